import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ErrorBar,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import { scoreTick } from '../../i18n/format.ts';
import type { RankingChartData, RankingBar } from '../data/ranking.ts';
import { theme } from '../theme.ts';
import { AxisLabel, GapLabel } from './AxisLabel.tsx';
import {
  FOOT_GAP,
  FOOT_LINE,
  LINE_HEIGHT,
  rankingLayout,
  REFERENCE_LINE,
  type RankingRow,
} from './rankingLayout.ts';
import { wrapLabel } from './wrapLabel.ts';

export interface RankingChartProps {
  readonly data: RankingChartData;
  readonly width: number;
  /** Formats a score for labels (locale-aware, "—" when missing). */
  readonly formatValue: (value: number | null) => string;
  readonly averageLabel: string;
  /** The maximum of the dataset's scale (0–10, 0–100, …): the axis never runs past it. */
  readonly scaleMax?: number;
  /** Published summary rows drawn as labelled lines ("Trung vị 63 tỉnh: 64,20"), never bars. */
  readonly references?: readonly { readonly value: number; readonly label: string }[];
  /** A muted line under each unit's name (rank interval, respondents); null for none. */
  readonly detail?: (bar: RankingBar) => string | null;
  /** Half-width of each score's whisker (e.g. 1.645 × standard error); null draws none. */
  readonly whisker?: (bar: RankingBar) => number | null;
  readonly onSelect?: (unitId: string) => void;
  /**
   * Long rankings are summarised (truncateRanking): at most `max` bars — the top, the bottom and
   * the selected or highlighted units — with a marker row saying how many are left out.
   */
  readonly truncation?: {
    readonly max: number;
    readonly gapLabel: (hidden: number) => string;
  };
  /**
   * Exports of a fixed size: the chart (footnote included) must fit this height, so it shows as
   * many rows as fit — the top, the bottom and the highlighted units, by the same truncateRanking
   * rule — and, when rows are left out, the footnote's lines under the chart ("showing 20 of 63
   * provinces", where the full ranking is).
   */
  readonly fit?: {
    readonly height: number;
    readonly footnote: (shown: number, total: number) => readonly string[];
  };
}

/**
 * Horizontal bars sorted by rank, "rank. name" on the left, the value (and tier) at the bar's
 * end, the group average as a thin vertical line. The selected unit is drawn in a strong colour,
 * the others neutral; the selection is also marked in bold and with ▶ so colour is not the only cue.
 */
export function RankingChart({
  data,
  width,
  formatValue,
  averageLabel,
  scaleMax = 100,
  references = [],
  onSelect,
  detail,
  whisker,
  truncation,
  fit,
}: RankingChartProps) {
  const layout = rankingLayout({
    data,
    width,
    scaleMax,
    references,
    // A fixed-size image has one line per bar (the muted detail line would halve the bars that
    // fit: 3 of Bắc Kạn's 8 at 1200×630); the details stay in the table and the CSV.
    detail: fit ? undefined : detail,
    whisker,
    truncation,
    fit,
  });
  const { rows, footnote, referencesHeight } = layout;
  const chart = (
    <BarChart
      width={width}
      height={layout.height}
      data={rows}
      layout="vertical"
      margin={{ ...theme.margin, bottom: theme.margin.bottom + referencesHeight }}
      barCategoryGap="18%"
      accessibilityLayer={false}
      style={{ fontFamily: theme.font }}
    >
      <CartesianGrid horizontal={false} stroke={theme.grid} />
      <XAxis
        type="number"
        domain={[0, layout.domainMax]}
        tick={{ fontSize: theme.smallFontSize, fill: theme.mutedText }}
        tickFormatter={(v: number) => scoreTick(formatValue(v))}
        stroke={theme.grid}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={layout.yWidth}
        interval={0}
        tickLine={false}
        stroke={theme.grid}
        tick={(props: TickProps) => rankingTick(props, rows, layout.charsPerLine)}
      />
      {gapMarkers(rows)}
      {data.mean !== null && meanLine(data.mean, averageLabel)}
      {references.map((r, i) => referenceLine(r, i))}
      {rankingBars(rows, layout.hasWhiskers, formatValue, onSelect)}
    </BarChart>
  );
  if (footnote.length === 0) return chart;
  return (
    <>
      {chart}
      <RankingFootnote width={width} lines={footnote} />
    </>
  );
}

/** One bar per unit (strong colour when selected), its whisker and its value label. */
function rankingBars(
  rows: readonly RankingRow[],
  hasWhiskers: boolean,
  formatValue: (value: number | null) => string,
  onSelect: ((unitId: string) => void) | undefined,
) {
  return (
    <Bar
      dataKey="barValue"
      isAnimationActive={false}
      onClick={(entry: { payload?: RankingRow }) =>
        entry.payload && entry.payload.gap === null && onSelect?.(entry.payload.unitId)
      }
      cursor={onSelect ? 'pointer' : undefined}
    >
      {rows.map((r) => (
        <Cell
          key={r.unitId}
          fill={r.selected ? theme.barSelected : theme.bar}
          data-unit={r.unitId}
        />
      ))}
      {hasWhiskers ? (
        <ErrorBar dataKey="errorX" direction="x" width={6} strokeWidth={1.5} stroke={theme.text} />
      ) : null}
      <LabelList
        dataKey="barValue"
        position="right"
        content={(props: ValueLabelProps) => valueLabel(props, rows, formatValue)}
      />
    </Bar>
  );
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
}

/** A unit's label ("▶ 1. Name" and its muted detail line), or a gap marker's italic label. */
function rankingTick(props: TickProps, rows: readonly RankingRow[], charsPerLine: number) {
  const row = rows[props.payload?.index ?? -1];
  if (row?.gap != null) {
    return (
      <GapLabel
        x={Number(props.x ?? 0) - 6}
        y={Number(props.y ?? 0)}
        lines={wrapLabel(row.label, charsPerLine, 2)}
        lineHeight={LINE_HEIGHT}
        gap={row.gap}
      />
    );
  }
  return (
    <AxisLabel
      x={Number(props.x ?? 0) - 6}
      y={Number(props.y ?? 0)}
      lines={wrapLabel(String(props.payload?.value ?? ''), charsPerLine)}
      lineHeight={LINE_HEIGHT}
      bold={row?.selected ?? false}
      prefix={row?.selected ? '▶ ' : ''}
      note={row?.note ?? null}
    />
  );
}

/** A dotted line across each gap marker row, where units are left out. */
function gapMarkers(rows: readonly RankingRow[]) {
  return rows
    .filter((r) => r.gap !== null)
    .map((r) => (
      <ReferenceLine
        key={r.unitId}
        y={r.label}
        stroke={theme.mutedText}
        strokeDasharray="2 4"
        strokeWidth={1}
      />
    ));
}

/** The group average as a thin dashed vertical line, labelled above the chart. */
function meanLine(mean: number, averageLabel: string) {
  return (
    <ReferenceLine
      x={mean}
      stroke={theme.average}
      strokeDasharray="4 3"
      strokeWidth={1}
      label={{
        value: averageLabel,
        position: 'top',
        fontSize: theme.smallFontSize,
        fill: theme.text,
      }}
      ifOverflow="extendDomain"
    />
  );
}

/** A published summary row ("Trung vị 63 tỉnh: 64,20") as a dashed line labelled under the axis. */
function referenceLine(r: { readonly value: number; readonly label: string }, i: number) {
  return (
    <ReferenceLine
      key={`reference-${i}`}
      x={r.value}
      stroke={theme.text}
      strokeDasharray="6 3"
      strokeWidth={1}
      label={{
        value: r.label,
        position: 'bottom',
        offset: 24 + i * REFERENCE_LINE,
        fontSize: theme.smallFontSize,
        fill: theme.text,
      }}
      ifOverflow="extendDomain"
      className="ranking-chart__reference"
    />
  );
}

interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

/** The value (and tier) at a bar's end, after its whisker; none on gap rows. */
function valueLabel(
  props: ValueLabelProps,
  rows: readonly RankingRow[],
  formatValue: (value: number | null) => string,
) {
  const row = rows[props.index ?? -1];
  if (!row || row.gap !== null) return null;
  const barWidth = Number(row.value === null ? 0 : (props.width ?? 0));
  // Start after the whisker so the value never sits on it (px per point = bar / value).
  const whiskerPx = row.errorX !== null && row.value ? (row.errorX * barWidth) / row.value : 0;
  const x = Number(props.x ?? 0) + barWidth + whiskerPx + 6;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  const text = row.tier ? `${formatValue(row.value)} · ${row.tier}` : formatValue(row.value);
  return (
    <text
      x={x}
      y={y}
      dominantBaseline="middle"
      fontSize={theme.smallFontSize}
      fill={theme.text}
      fontWeight={row.selected ? 700 : 400}
    >
      {text}
    </text>
  );
}

/** "Showing 20 of 63 provinces" and where the full ranking is, under a fixed-size chart. */
function RankingFootnote({ width, lines }: { width: number; lines: readonly string[] }) {
  return (
    <svg
      width={width}
      height={lines.length * FOOT_LINE + FOOT_GAP}
      className="ranking-chart__footnote"
    >
      {lines.map((line, i) => (
        <text
          key={i}
          x={8}
          y={FOOT_GAP + i * FOOT_LINE + theme.fontSize}
          fontSize={theme.fontSize}
          fill={theme.text}
          fontStyle={i === 0 ? 'italic' : 'normal'}
        >
          {line}
        </text>
      ))}
    </svg>
  );
}

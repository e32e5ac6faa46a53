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
import { truncateRanking } from '../../domain/truncation.ts';
import { scoreTick } from '../../i18n/format.ts';
import type { UnitId } from '../../domain/types.ts';
import type { RankingChartData, RankingBar } from '../data/ranking.ts';
import { labelWidth, theme } from '../theme.ts';
import { AxisLabel } from './AxisLabel.tsx';
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

interface Row extends RankingBar {
  readonly label: string;
  /** Units left out at this place (a gap marker row, no bar); null for a unit's row. */
  readonly gap: number | null;
  /** Recharts needs a number for the axis; missing totals draw no bar (see `value`). */
  readonly barValue: number | null;
  readonly note: string | null;
  readonly errorX: number | null;
}

const LINE_HEIGHT = 15;
const REFERENCE_LINE = 16;
const FOOT_LINE = 18;
const FOOT_GAP = 8;

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
  detail: detailLine,
  whisker,
  truncation,
  fit,
}: RankingChartProps) {
  // A fixed-size image has one line per bar (the muted detail line would halve the bars that
  // fit: 3 of Bắc Kạn's 8 at 1200×630); the details stay in the table and the CSV.
  const detail = fit ? undefined : detailLine;
  const keep = data.bars.filter((b) => b.selected).map((b) => b.unitId);
  const cap = truncation?.max ?? Infinity;
  let shown = truncateRanking(data.bars, (b) => b.unitId, { max: cap, keep });
  // Rows that fit a fixed export height: row height from every unit's label (an upper bound),
  // a footnote reserved; fewer rows until the rows and the gap markers fit.
  const yWidthAll = labelWidth(width);
  const perLineAll = Math.max(12, Math.floor((yWidthAll - 12) / 7));
  const footChars = Math.max(20, Math.floor((width - 16) / (theme.fontSize * 0.56)));
  let footnote: string[] = [];
  if (fit) {
    const linesAll = data.bars.reduce(
      (m, b) =>
        Math.max(
          m,
          wrapLabel(`${b.rank ?? '—'}. ${b.name}`, perLineAll).length + (detail?.(b) ? 1 : 0),
        ),
      1,
    );
    const rowH = Math.max(theme.rowHeight, linesAll * LINE_HEIGHT + 8);
    const footFor = (n: number, total: number) =>
      fit.footnote(n, total).flatMap((l) => wrapLabel(l, footChars, 4));
    const space = (n: number, total: number) =>
      fit.height -
      (theme.margin.top + theme.margin.bottom + 24) -
      2 * FOOT_GAP -
      footFor(n, total).length * FOOT_LINE;
    if (shown.items.length * rowH > fit.height - (theme.margin.top + theme.margin.bottom + 24)) {
      let m = Math.min(cap, data.bars.length);
      while (m > 2) {
        shown = truncateRanking(data.bars, (b) => b.unitId, { max: m, keep });
        if (shown.items.length * rowH <= space(shown.shown, shown.total)) break;
        m--;
      }
    }
    if (shown.truncated) footnote = footFor(shown.shown, shown.total);
  }
  const rows: Row[] = shown.items.map((item, i) =>
    item.kind === 'row'
      ? {
          ...item.row,
          label: `${item.row.rank ?? '—'}. ${item.row.name}${item.row.contradicts ? ' ⚠' : ''}`,
          gap: null,
          barValue: item.row.value,
          note: detail?.(item.row) ?? null,
          errorX: item.row.value === null ? null : (whisker?.(item.row) ?? null),
        }
      : gapRow(i, truncation?.gapLabel(item.hidden) ?? `… ${item.hidden}`, item.hidden),
  );
  const hasWhiskers = rows.some((r) => r.errorX !== null);
  const yWidth = labelWidth(width);
  const charsPerLine = Math.max(12, Math.floor((yWidth - 12) / 7));
  const lines = rows.reduce(
    (m, r) => Math.max(m, wrapLabel(r.label, charsPerLine).length + (r.note ? 1 : 0)),
    1,
  );
  const rowHeight = Math.max(theme.rowHeight, lines * LINE_HEIGHT + 8);
  // Reference labels sit under the axis, one line each, so they never cover a bar's value.
  const referencesHeight = references.length * REFERENCE_LINE;
  const height =
    theme.margin.top + theme.margin.bottom + rows.length * rowHeight + 24 + referencesHeight;
  const max = references.reduce(
    (m, r) => Math.max(m, r.value),
    rows.reduce((m, r) => Math.max(m, (r.value ?? 0) + (r.errorX ?? 0)), 0),
  );
  // A round end above the highest value, never past the dataset's scale (0–10 stays 0–10).
  const domainMax = Math.min(scaleMax, max <= 10 ? 10 : Math.ceil(max / 10) * 10);

  const chart = (
    <BarChart
      width={width}
      height={height}
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
        domain={[0, domainMax]}
        tick={{ fontSize: theme.smallFontSize, fill: theme.mutedText }}
        tickFormatter={(v: number) => scoreTick(formatValue(v))}
        stroke={theme.grid}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={yWidth}
        interval={0}
        tickLine={false}
        stroke={theme.grid}
        tick={(props: {
          x?: number | string;
          y?: number | string;
          payload?: { value?: unknown; index?: number };
        }) => {
          const row = rows[props.payload?.index ?? -1];
          if (row?.gap != null) {
            const gapLines = wrapLabel(row.label, charsPerLine, 2);
            const x = Number(props.x ?? 0) - 6;
            return (
              <text
                x={x}
                y={Number(props.y ?? 0) - ((gapLines.length - 1) * LINE_HEIGHT) / 2}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize={theme.fontSize}
                fontStyle="italic"
                fill={theme.mutedText}
                data-gap={row.gap}
              >
                {gapLines.map((line, i) => (
                  <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
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
        }}
      />
      {rows
        .filter((r) => r.gap !== null)
        .map((r) => (
          <ReferenceLine
            key={r.unitId}
            y={r.label}
            stroke={theme.mutedText}
            strokeDasharray="2 4"
            strokeWidth={1}
          />
        ))}
      {data.mean !== null && (
        <ReferenceLine
          x={data.mean}
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
      )}
      {references.map((r, i) => (
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
      ))}
      <Bar
        dataKey="barValue"
        isAnimationActive={false}
        onClick={(entry: { payload?: Row }) =>
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
          <ErrorBar
            dataKey="errorX"
            direction="x"
            width={6}
            strokeWidth={1.5}
            stroke={theme.text}
          />
        ) : null}
        <LabelList
          dataKey="barValue"
          position="right"
          content={(props: {
            x?: number | string;
            y?: number | string;
            width?: number | string;
            height?: number | string;
            index?: number;
          }) => {
            const row = rows[props.index ?? -1];
            if (!row || row.gap !== null) return null;
            const barWidth = Number(row.value === null ? 0 : (props.width ?? 0));
            // Start after the whisker so the value never sits on it (px per point = bar / value).
            const whiskerPx =
              row.errorX !== null && row.value ? (row.errorX * barWidth) / row.value : 0;
            const x = Number(props.x ?? 0) + barWidth + whiskerPx + 6;
            const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
            const text = row.tier
              ? `${formatValue(row.value)} · ${row.tier}`
              : formatValue(row.value);
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
          }}
        />
      </Bar>
    </BarChart>
  );
  if (footnote.length === 0) return chart;
  return (
    <>
      {chart}
      <svg
        width={width}
        height={footnote.length * FOOT_LINE + FOOT_GAP}
        className="ranking-chart__footnote"
      >
        {footnote.map((line, i) => (
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
    </>
  );
}

/** The marker row where `hidden` units are left out: a label, no bar, no value. */
function gapRow(index: number, label: string, hidden: number): Row {
  return {
    unitId: `gap-${index}` as UnitId,
    name: label,
    label,
    gap: hidden,
    rank: null,
    rankSource: 'none',
    contradicts: false,
    value: null,
    barValue: null,
    tier: null,
    tierIndex: null,
    selected: false,
    tied: false,
    respondents: null,
    standardError: null,
    lowRespondents: false,
    interval: null,
    statGroup: null,
    move: null,
    note: null,
    errorX: null,
  };
}

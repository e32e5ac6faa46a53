import { scoreTick } from '../../i18n/format.ts';
import type { RankingChartData, RankingBar } from '../data/ranking.ts';
import { boundedTicks, svgCoord } from '../scales.ts';
import { theme } from '../theme.ts';
import { AxisLabel, GapLabel } from './AxisLabel.tsx';
import { MeanRule, ReferenceRule, ValueText } from './RankingMarks.tsx';
import {
  AXIS_SPACE,
  FOOT_GAP,
  FOOT_LINE,
  LINE_HEIGHT,
  rankingLayout,
  REFERENCE_LINE,
  type RankingLayout,
  type RankingRow,
} from './rankingLayout.ts';

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

/** The share of a row left empty above and below its bar. */
const BAR_GAP = 0.18;
/** Half the height of a whisker's end caps. */
const CAP = 6;
/** The narrowest spacing of the score axis's labelled ticks, and the most ticks it draws. */
const TICK_SPACING = 32;
const MAX_SCORE_TICKS = 8;

/** Where the plot sits: its edges, the row height and the score → x scale. */
interface BarsFrame {
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly rowHeight: number;
  readonly ticks: readonly number[];
  readonly x: (v: number) => number;
}

function barsFrame(layout: RankingLayout, width: number, mean: number | null): BarsFrame {
  const x0 = theme.margin.left + layout.yWidth;
  const x1 = Math.max(x0 + 40, width - theme.margin.right);
  const top = theme.margin.top;
  const bottom = top + layout.rows.length * layout.rowHeight;
  // The average always lies inside the values, but a stray one must not be drawn off the plot.
  const max = Math.max(layout.domainMax, mean ?? 0) || 1;
  const x = (v: number) => svgCoord(x0 + (Math.min(max, Math.max(0, v)) / max) * (x1 - x0));
  const count = Math.min(MAX_SCORE_TICKS, Math.floor((x1 - x0) / TICK_SPACING) + 1);
  const ticks = boundedTicks([0, max], 0, count);
  return { x0, x1, top, bottom, rowHeight: layout.rowHeight, ticks, x };
}

/**
 * Horizontal bars sorted by rank, "rank. name" on the left, the value (and tier) at the bar's
 * end, the group average as a thin vertical line. The selected unit is drawn in a strong colour,
 * the others neutral; the selection is also marked in bold and with ▶ so colour is not the only cue.
 * Plain SVG drawn in one pass (as RankingDotsChart): the same markup in the browser, in exports
 * and in the build's prerender of the default view (src/build/prerender.ts), which a charting
 * library's client-only measuring cannot give.
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
  const input = { data, width, scaleMax, references, detail, whisker, truncation, fit };
  const withDetail = rankingLayout(input);
  // A fixed-size image keeps each bar's muted detail line (rank interval, respondents: what its
  // footnotes explain) when every bar fits with it; otherwise one line per bar (the detail would
  // halve the bars that fit: 3 of Bắc Kạn's 8 at 1200×630), the details staying in the table
  // and the CSV.
  const layout =
    fit && (withDetail.rows.length < data.bars.length || withDetail.height > fit.height)
      ? rankingLayout({ ...input, detail: undefined })
      : withDetail;
  const { rows, footnote, height } = layout;
  const f = barsFrame(layout, width, data.mean);
  const chart = (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      className="ranking-bars"
    >
      {f.ticks.map((v) => (
        <line key={v} x1={f.x(v)} x2={f.x(v)} y1={f.top} y2={f.bottom} stroke={theme.grid} />
      ))}
      <g className="ranking-bars__bars">
        {rows.map((r, i) => (
          <BarRow key={r.unitId} row={r} index={i} f={f} onSelect={onSelect} />
        ))}
      </g>
      <Rules mean={data.mean} averageLabel={averageLabel} references={references} f={f} />
      <ScoreAxis f={f} formatValue={formatValue} />
      <g className="ranking-bars__labels">
        {rows.map((r, i) => (
          <RowLabel key={r.unitId} row={r} cy={rowCentre(f, i)} f={f} />
        ))}
      </g>
      <g className="ranking-bars__values">
        {rows.map((r, i) =>
          r.gap === null ? (
            <ValueLabel
              key={r.unitId}
              row={r}
              cy={rowCentre(f, i)}
              f={f}
              formatValue={formatValue}
            />
          ) : null,
        )}
      </g>
    </svg>
  );
  if (footnote.length === 0) return chart;
  return (
    <>
      {chart}
      <RankingFootnote width={width} lines={footnote} />
    </>
  );
}

const rowCentre = (f: BarsFrame, i: number) => f.top + (i + 0.5) * f.rowHeight;

interface BarRowProps {
  readonly row: RankingRow;
  readonly index: number;
  readonly f: BarsFrame;
  readonly onSelect: ((unitId: string) => void) | undefined;
}

/** A unit's bar (strong colour when selected) and its whisker; a dotted line on a gap row. */
function BarRow({ row: r, index, f, onSelect }: BarRowProps) {
  const cy = rowCentre(f, index);
  if (r.gap !== null)
    return (
      <line
        className="ranking-bars__gap"
        x1={f.x0}
        x2={f.x1}
        y1={cy}
        y2={cy}
        stroke={theme.mutedText}
        strokeDasharray="2 4"
      />
    );
  if (r.value === null) return null;
  const thickness = f.rowHeight * (1 - 2 * BAR_GAP);
  const end = f.x(r.value);
  return (
    <>
      <rect
        className="ranking-bars__bar"
        data-unit={r.unitId}
        x={f.x0}
        y={svgCoord(cy - thickness / 2)}
        width={svgCoord(Math.max(0, end - f.x0))}
        height={thickness}
        fill={r.selected ? theme.barSelected : theme.bar}
        onClick={onSelect ? () => onSelect(r.unitId) : undefined}
        cursor={onSelect ? 'pointer' : undefined}
      />
      {r.errorX !== null ? (
        <g className="ranking-bars__whisker" stroke={theme.text} strokeWidth={1.5}>
          <line x1={f.x(r.value - r.errorX)} x2={f.x(r.value + r.errorX)} y1={cy} y2={cy} />
          <line
            x1={f.x(r.value - r.errorX)}
            x2={f.x(r.value - r.errorX)}
            y1={cy - CAP}
            y2={cy + CAP}
          />
          <line
            x1={f.x(r.value + r.errorX)}
            x2={f.x(r.value + r.errorX)}
            y1={cy - CAP}
            y2={cy + CAP}
          />
        </g>
      ) : null}
    </>
  );
}

interface RowLabelProps {
  readonly row: RankingRow;
  readonly cy: number;
  readonly f: BarsFrame;
}

/** A unit's label ("▶ 1. Name" and its muted detail line), or a gap row's italic label. */
function RowLabel({ row, cy, f }: RowLabelProps) {
  const x = f.x0 - 14;
  if (row.gap !== null)
    return <GapLabel x={x} y={cy} lines={row.labelLines} lineHeight={LINE_HEIGHT} gap={row.gap} />;
  return (
    <AxisLabel
      x={x}
      y={cy}
      lines={row.labelLines}
      lineHeight={LINE_HEIGHT}
      bold={row.selected}
      prefix={row.selected ? '▶ ' : ''}
      note={row.noteLines}
    />
  );
}

interface ValueLabelProps {
  readonly row: RankingRow;
  readonly cy: number;
  readonly f: BarsFrame;
  readonly formatValue: (value: number | null) => string;
}

/** The value (and tier) at a bar's end, after its whisker so it never sits on it; drawn over the rules. */
function ValueLabel({ row, cy, f, formatValue }: ValueLabelProps) {
  const end = row.value === null ? f.x0 : f.x(row.value + (row.errorX ?? 0));
  const text = row.tier ? `${formatValue(row.value)} · ${row.tier}` : formatValue(row.value);
  return <ValueText x={end + 6} y={cy} text={text} bold={row.selected} />;
}

interface RulesProps {
  readonly mean: number | null;
  readonly averageLabel: string;
  readonly references: readonly { readonly value: number; readonly label: string }[];
  readonly f: BarsFrame;
}

/** The group average above the plot, the published summary rows labelled under the axis. */
function Rules({ mean, averageLabel, references, f }: RulesProps) {
  return (
    <>
      {mean !== null ? (
        <MeanRule
          className="ranking-bars__mean"
          x={f.x(mean)}
          y1={f.top}
          y2={f.bottom}
          label={averageLabel}
          labelY={f.top - 6}
        />
      ) : null}
      {references.map((r, i) => (
        <ReferenceRule
          key={`reference-${i}`}
          className="ranking-chart__reference"
          x={f.x(r.value)}
          lineX={f.x(r.value)}
          y1={f.top}
          y2={f.bottom}
          label={r.label}
          labelY={f.bottom + AXIS_SPACE + i * REFERENCE_LINE}
          labelDy="0.71em"
        />
      ))}
    </>
  );
}

/** The axes: the label column's edge, the score axis with its ticks and labels. */
function ScoreAxis({
  f,
  formatValue,
}: {
  f: BarsFrame;
  formatValue: (value: number | null) => string;
}) {
  return (
    <g className="ranking-bars__x-axis" stroke={theme.grid}>
      <line x1={f.x0} x2={f.x0} y1={f.top} y2={f.bottom} />
      <line x1={f.x0} x2={f.x1} y1={f.bottom} y2={f.bottom} />
      {f.ticks.map((v) => (
        <g key={v}>
          <line x1={f.x(v)} x2={f.x(v)} y1={f.bottom} y2={f.bottom + 6} />
          <text
            x={f.x(v)}
            y={f.bottom + 8}
            dy="0.71em"
            textAnchor="middle"
            stroke="none"
            fontSize={theme.smallFontSize}
            fill={theme.mutedText}
          >
            {scoreTick(formatValue(v))}
          </text>
        </g>
      ))}
    </g>
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

import type { HistoryPoint } from '../data/scorecard.ts';
import { extent } from '../scales.ts';
import { theme } from '../theme.ts';

export interface HistoryChartProps {
  readonly points: readonly HistoryPoint[];
  readonly selectedYear: number;
  readonly width: number;
  readonly formatValue: (value: number | null) => string;
  readonly labels: {
    readonly score: string;
    readonly rank: string;
    readonly absent: string;
    readonly methodChange: string;
  };
}

const PANEL = 78;

/** True when the group was not surveyed in the years just before point `i` (2016 … 2020). */
const afterSkippedYears = (points: readonly HistoryPoint[], i: number): boolean =>
  i > 0 && (points[i] as HistoryPoint).year - (points[i - 1] as HistoryPoint).year > 1;

/**
 * Runs of present values in consecutive years: a missing value or a year the group was not
 * surveyed (2016 → 2020) breaks the line instead of joining across it.
 */
function segments(
  points: readonly HistoryPoint[],
  pick: (p: HistoryPoint) => number | null,
): { x: number; v: number }[][] {
  const out: { x: number; v: number }[][] = [];
  let run: { x: number; v: number }[] = [];
  points.forEach((p, i) => {
    const v = pick(p);
    if (v === null || afterSkippedYears(points, i)) {
      if (run.length > 0) out.push(run);
      run = [];
    }
    if (v !== null) run.push({ x: i, v });
  });
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * The indices whose labels are drawn: the selected year's, the last, the first, then the others
 * from the left, each only when it stays `gap` px from every label already kept — so labels
 * never run together however many years a narrow chart holds.
 */
export function spacedLabels(
  xs: readonly number[],
  first: readonly number[],
  gap: number,
): ReadonlySet<number> {
  const kept: number[] = [];
  const order = [...first, ...xs.keys()];
  for (const i of order) {
    const x = xs[i];
    if (x === undefined || kept.includes(i)) continue;
    if (kept.every((k) => Math.abs((xs[k] as number) - x) >= gap)) kept.push(i);
  }
  return new Set(kept);
}

/** Positions of the two panels: x per year, y per score and per rank, and which labels print. */
interface HistoryLayout {
  readonly px: (i: number) => number;
  readonly sy: (v: number) => number;
  readonly ry: (r: number) => number;
  readonly scoreTop: number;
  readonly rankTop: number;
  readonly height: number;
  readonly labelled: (i: number) => boolean;
  readonly yearShown: (i: number) => boolean;
}

// Widest value label ("70,00", "12/63") and year label at 12 px, with room between them.
const VALUE_GAP = 44;
const YEAR_GAP = 34;

function historyLayout(
  points: readonly HistoryPoint[],
  selectedYear: number,
  width: number,
): HistoryLayout {
  const left = 12;
  const right = 12;
  const n = points.length;
  const firstYear = points[0]?.year ?? 0;
  const span = Math.max(1, (points[n - 1]?.year ?? firstYear) - firstYear);
  // x by year, not by index: years the group skipped keep their width (2016 … 2020).
  const perYear = (width - left - right - 40) / span;
  const xs = points.map((p) =>
    n > 1 ? left + 20 + (p.year - firstYear) * perYear : (width - left - right) / 2 + left,
  );
  const px = (i: number) => xs[i] ?? left;
  const totals = points.map((p) => p.total).filter((v): v is number => v !== null);
  const [lo, hi] = extent(totals) ?? [0, 100];
  const valueSpan = hi - lo || 1;
  const scoreTop = 22;
  const sy = (v: number) => scoreTop + 14 + (1 - (v - lo) / valueSpan) * (PANEL - 32);
  const maxN = Math.max(1, ...points.map((p) => p.rankedCount));
  const rankTop = scoreTop + PANEL + 22;
  const ry = (r: number) =>
    rankTop + 14 + (maxN > 1 ? ((r - 1) / (maxN - 1)) * (PANEL - 32) : (PANEL - 32) / 2);
  const selected = points.findIndex((p) => p.year === selectedYear);
  const first = [...(selected >= 0 ? [selected] : []), n - 1, 0];
  const values = spacedLabels(xs, first, VALUE_GAP);
  const years = spacedLabels(xs, first, YEAR_GAP);
  return {
    px,
    sy,
    ry,
    scoreTop,
    rankTop,
    height: rankTop + PANEL + 24,
    labelled: (i) => values.has(i),
    yearShown: (i) => years.has(i),
  };
}

/**
 * A small two-panel history: the total score (top) and the rank out of n (bottom, 1 at the top)
 * for every year of the group, values printed at each point, the selected year in bold. A year
 * without the unit breaks the line and prints the `absent` label, never 0.
 */
export function HistoryChart({
  points,
  selectedYear,
  width,
  formatValue,
  labels,
}: HistoryChartProps) {
  const l = historyLayout(points, selectedYear, width);
  const { px, sy, ry, rankTop, height } = l;
  const path = (run: { x: number; v: number }[], y: (v: number) => number) =>
    run.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x)},${y(p.v)}`).join(' ');

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={theme.smallFontSize}
      className="history-chart"
    >
      <text x={0} y={14} fontWeight={700} fill={theme.text}>
        {labels.score}
      </text>
      <text x={0} y={rankTop - 8} fontWeight={700} fill={theme.text}>
        {labels.rank}
      </text>
      <MethodChanges points={points} l={l} label={labels.methodChange} />
      {segments(points, (p) => p.total).map((run, i) => (
        <path
          key={`s${i}`}
          d={path(run, sy)}
          fill="none"
          stroke={theme.barSelected}
          strokeWidth={2}
        />
      ))}
      {segments(points, (p) => p.rank).map((run, i) => (
        <path
          key={`r${i}`}
          d={path(run, ry)}
          fill="none"
          stroke={theme.mutedText}
          strokeWidth={2}
          strokeDasharray="5 3"
        />
      ))}
      <SurveyGaps points={points} l={l} />
      {points.map((p, i) => (
        <YearPoints
          key={p.year}
          point={p}
          i={i}
          bold={p.year === selectedYear ? 700 : 400}
          l={l}
          formatValue={formatValue}
          absent={labels.absent}
        />
      ))}
    </svg>
  );
}

interface MethodChangesProps {
  readonly points: readonly HistoryPoint[];
  readonly l: HistoryLayout;
  readonly label: string;
}

/** A dotted warning line, labelled, between the years where the method changed. */
function MethodChanges({ points, l, label }: MethodChangesProps) {
  const { px, scoreTop, rankTop } = l;
  return points.map((p, i) =>
    p.methodChange && i > 0 ? (
      <g key={`m${p.year}`} className="history-method-change">
        <line
          x1={(px(i - 1) + px(i)) / 2}
          x2={(px(i - 1) + px(i)) / 2}
          y1={scoreTop}
          y2={rankTop + PANEL}
          stroke={theme.warning}
          strokeDasharray="2 3"
        />
        <text
          x={(px(i - 1) + px(i)) / 2}
          y={scoreTop + 6}
          textAnchor="middle"
          fill={theme.warning}
          fontWeight={700}
        >
          {label}
        </text>
      </g>
    ) : null,
  );
}

/**
 * A "⋯" on the year axis between two years the group was surveyed with years between them
 * (PCI 2016 … 2020): the lines break there, and the mark says it is the calendar, not the data.
 */
function SurveyGaps({
  points,
  l,
}: {
  readonly points: readonly HistoryPoint[];
  readonly l: HistoryLayout;
}) {
  return points.map((p, i) =>
    afterSkippedYears(points, i) ? (
      <text
        key={`gap${p.year}`}
        className="history-chart__gap"
        x={(l.px(i - 1) + l.px(i)) / 2}
        y={l.height - 6}
        textAnchor="middle"
        fill={theme.mutedText}
      >
        ⋯
      </text>
    ) : null,
  );
}

interface YearPointsProps {
  readonly point: HistoryPoint;
  readonly i: number;
  readonly bold: number;
  readonly l: HistoryLayout;
  readonly formatValue: (value: number | null) => string;
  readonly absent: string;
}

/** One year: its score point and rank square with their values (or "absent"), and the year. */
function YearPoints({ point: p, i, bold, l, formatValue, absent }: YearPointsProps) {
  const { px, sy, ry, scoreTop, rankTop, labelled } = l;
  return (
    <g data-year={p.year}>
      {p.total !== null ? (
        <>
          <circle cx={px(i)} cy={sy(p.total)} r={4} fill={theme.barSelected} />
          {labelled(i) ? (
            <text
              x={px(i)}
              y={sy(p.total) - 8}
              textAnchor="middle"
              fontWeight={bold}
              fill={theme.text}
            >
              {formatValue(p.total)}
            </text>
          ) : null}
        </>
      ) : (
        <text x={px(i)} y={scoreTop + PANEL / 2} textAnchor="middle" fill={theme.mutedText}>
          {labelled(i) ? absent : '—'}
        </text>
      )}
      {p.rank !== null ? (
        <>
          <rect x={px(i) - 4} y={ry(p.rank) - 4} width={8} height={8} fill={theme.mutedText} />
          {labelled(i) ? (
            <text
              x={px(i)}
              y={ry(p.rank) - 8}
              textAnchor="middle"
              fontWeight={bold}
              fill={theme.text}
            >
              {`${p.rank}/${p.rankedCount}`}
            </text>
          ) : null}
        </>
      ) : (
        <text x={px(i)} y={rankTop + PANEL / 2} textAnchor="middle" fill={theme.mutedText}>
          {labelled(i) ? absent : '—'}
        </text>
      )}
      {l.yearShown(i) ? (
        <text x={px(i)} y={l.height - 6} textAnchor="middle" fontWeight={bold} fill={theme.text}>
          {p.year}
        </text>
      ) : null}
    </g>
  );
}

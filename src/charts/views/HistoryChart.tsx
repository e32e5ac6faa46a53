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

/** Consecutive runs of present values, so a missing year breaks the line instead of joining across it. */
function segments(
  points: readonly HistoryPoint[],
  pick: (p: HistoryPoint) => number | null,
): { x: number; v: number }[][] {
  const out: { x: number; v: number }[][] = [];
  let run: { x: number; v: number }[] = [];
  points.forEach((p, i) => {
    const v = pick(p);
    if (v === null) {
      if (run.length > 0) out.push(run);
      run = [];
    } else run.push({ x: i, v });
  });
  if (run.length > 0) out.push(run);
  return out;
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

function historyLayout(
  points: readonly HistoryPoint[],
  selectedYear: number,
  width: number,
): HistoryLayout {
  const left = 12;
  const right = 12;
  const n = points.length;
  const step = n > 1 ? (width - left - right - 40) / (n - 1) : 0;
  const px = (i: number) => left + 20 + (n > 1 ? i * step : (width - left - right) / 2 - 20);
  const totals = points.map((p) => p.total).filter((v): v is number => v !== null);
  const [lo, hi] = extent(totals) ?? [0, 100];
  const span = hi - lo || 1;
  const scoreTop = 22;
  const sy = (v: number) => scoreTop + 14 + (1 - (v - lo) / span) * (PANEL - 32);
  const maxN = Math.max(1, ...points.map((p) => p.rankedCount));
  const rankTop = scoreTop + PANEL + 22;
  const ry = (r: number) =>
    rankTop + 14 + (maxN > 1 ? ((r - 1) / (maxN - 1)) * (PANEL - 32) : (PANEL - 32) / 2);
  // Narrow charts with many years print values only for the first, last and selected years.
  const dense = n > 1 && step < 44;
  const labelled = (i: number) =>
    !dense || i === 0 || i === n - 1 || points[i]?.year === selectedYear;
  const yearShown = (i: number) =>
    !(n > 1 && step < 34) || i % 2 === 0 || i === n - 1 || points[i]?.year === selectedYear;
  return { px, sy, ry, scoreTop, rankTop, height: rankTop + PANEL + 24, labelled, yearShown };
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

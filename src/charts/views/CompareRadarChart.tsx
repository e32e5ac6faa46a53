import type { CompareData } from '../data/compare.ts';
import { theme } from '../theme.ts';
import { compareColor } from './CompareChart.tsx';
import { wrapLabel } from './wrapLabel.ts';

export interface CompareRadarChartProps {
  readonly data: CompareData;
  readonly lang: 'vi' | 'en';
  readonly width: number;
}

/** One dash pattern per compared unit, so the outlines differ by more than colour. */
export const RADAR_DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4'] as const;
const LINE = 14;

/** The radar's geometry: centre, radius and a value's point on sub-index `i`'s axis. */
interface Radar {
  readonly n: number;
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly angle: (i: number) => number;
  readonly point: (i: number, v: number) => readonly [number, number];
}

/** Runs of consecutive present values (wrapping around), drawn as open polylines. */
function presentRuns(values: readonly (number | null)[]): number[][] {
  const n = values.length;
  const runs: number[][] = [];
  const start = values.findIndex((v) => v === null);
  let run: number[] = [];
  for (let step = 1; step <= n; step++) {
    const i = (start + step) % n;
    if (values[i] === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(i);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The optional radar form of the comparison: one axis per sub-index on the 0–10 scale, one
 * outline per unit in its colour and its own dash pattern, its letter at its highest point. A
 * missing value breaks the outline there instead of pulling it to 0. Needs at least three
 * sub-indices (fewer make no polygon); the caller offers the bars otherwise.
 */
export function CompareRadarChart({ data, lang, width }: CompareRadarChartProps) {
  const n = data.rows.length;
  const labelRoom = width < 500 ? 84 : 110;
  const radius = Math.max(60, Math.min(220, width / 2 - labelRoom));
  const cx = width / 2;
  const cy = radius + 40;
  const height = 2 * radius + 80;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, v: number) =>
    [
      cx + (Math.cos(angle(i)) * (radius * v)) / 10,
      cy + (Math.sin(angle(i)) * (radius * v)) / 10,
    ] as const;
  const radar: Radar = { n, cx, cy, radius, angle, point };
  const perLine = Math.max(8, Math.floor((labelRoom - 14) / 6.5));

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={theme.font}
      fontSize={theme.smallFontSize}
      className="compare-radar"
    >
      {[2, 4, 6, 8, 10].map((r) => (
        <polygon
          key={r}
          points={data.rows.map((_, i) => point(i, r).join(',')).join(' ')}
          fill="none"
          stroke={theme.grid}
        />
      ))}
      {data.rows.map((row, i) => (
        <RadarAxis
          key={row.id}
          i={i}
          lines={wrapLabel(row.shortName[lang], perLine, 2)}
          radar={radar}
        />
      ))}
      {[2, 4, 6, 8, 10].map((r) => (
        <text
          key={r}
          x={cx + 3}
          y={cy - (radius * r) / 10}
          fill={theme.mutedText}
          dominantBaseline="middle"
        >
          {r}
        </text>
      ))}
      {data.units.map((u, k) => (
        <RadarOutline
          key={u.unitId}
          unit={u}
          k={k}
          values={data.rows.map((r) => r.values[k] ?? null)}
          radar={radar}
        />
      ))}
    </svg>
  );
}

/** A sub-index's spoke and its name just outside the outer ring. */
function RadarAxis({ i, lines, radar }: { i: number; lines: readonly string[]; radar: Radar }) {
  const { cx, cy, point } = radar;
  const [x, y] = point(i, 10);
  const [lx, ly] = point(i, 11.2);
  const cos = Math.cos(radar.angle(i));
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  return (
    <g>
      <line x1={cx} y1={cy} x2={x} y2={y} stroke={theme.grid} />
      <text
        x={lx}
        y={ly - ((lines.length - 1) * LINE) / 2}
        textAnchor={anchor}
        dominantBaseline="middle"
        fill={theme.text}
      >
        {lines.map((part, k) => (
          <tspan key={k} x={lx} dy={k === 0 ? 0 : LINE}>
            {part}
          </tspan>
        ))}
      </text>
    </g>
  );
}

interface RadarOutlineProps {
  readonly unit: CompareData['units'][number];
  /** The unit's place in the comparison (its dash pattern). */
  readonly k: number;
  readonly values: readonly (number | null)[];
  readonly radar: Radar;
}

/** One unit: its outline (broken at missing values), its points and its letter at its highest value. */
function RadarOutline({ unit: u, k, values, radar }: RadarOutlineProps) {
  const { point } = radar;
  const present = values.every((v) => v !== null);
  const runs = present ? [] : presentRuns(values);
  const color = compareColor(u.colorIndex);
  const dash = RADAR_DASHES[k % RADAR_DASHES.length];
  let top = -1;
  values.forEach((v, i) => {
    if (v !== null && (top === -1 || v > (values[top] as number))) top = i;
  });
  const [tx, ty] = top === -1 ? [radar.cx, radar.cy] : point(top, values[top] as number);
  return (
    <g data-unit={u.unitId}>
      {present ? (
        <polygon
          points={values.map((v, i) => point(i, v as number).join(',')).join(' ')}
          fill={color}
          fillOpacity={0.06}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={dash}
        />
      ) : (
        runs.map((run, r) => (
          <polyline
            key={r}
            points={run.map((i) => point(i, values[i] as number).join(',')).join(' ')}
            fill="none"
            stroke={color}
            strokeWidth={2}
            strokeDasharray={dash}
          />
        ))
      )}
      {values.map((v, i) =>
        v === null ? null : (
          <circle key={i} cx={point(i, v)[0]} cy={point(i, v)[1]} r={2.5} fill={color} />
        ),
      )}
      {top !== -1 ? (
        <text
          x={tx + 5}
          y={ty - 5}
          fontWeight={700}
          fill={theme.text}
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {u.letter}
        </text>
      ) : null}
    </g>
  );
}

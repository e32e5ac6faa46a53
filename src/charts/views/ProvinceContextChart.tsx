import type { ProvinceContextData } from '../data/provinceContext.ts';
import { theme } from '../theme.ts';

export interface ProvinceContextChartProps {
  readonly data: ProvinceContextData;
  readonly width: number;
  /** Label of a point, e.g. "60". */
  readonly formatRank: (rank: number) => string;
  /** Axis caption, e.g. "Hạng (1 = cao nhất)". */
  readonly axisLabel: string;
}

const HEIGHT = 144;
const TOP = 30;
const BOTTOM = 20;
const LEFT = 30;
const RIGHT = 12;

/** The line's segments (broken at years without data) and which points carry their rank. */
function contextLine(
  years: ProvinceContextData['years'],
  best: ProvinceContextData['best'],
  x: (i: number) => number,
  y: (rank: number) => number,
) {
  const segments: string[] = [];
  let current = '';
  years.forEach((yr, i) => {
    if (yr.rank === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(yr.rank).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const firstIdx = years.findIndex((yr) => yr.rank !== null);
  const lastIdx = years.length - 1 - [...years].reverse().findIndex((yr) => yr.rank !== null);
  const rankedIdx = years.map((yr, i) => (yr.rank === null ? -1 : i)).filter((i) => i >= 0);
  const worstIdx = rankedIdx.reduce(
    (w, i) => ((years[i]?.rank ?? 0) >= (years[w]?.rank ?? 0) ? i : w),
    rankedIdx[0] ?? -1,
  );
  const bestIdx = years.findIndex((yr) => best !== null && yr.year === best.year);
  return { segments, firstIdx, lastIdx, labelled: new Set([firstIdx, lastIdx, bestIdx, worstIdx]) };
}

/**
 * A compact rank line (1 at the top) over the years; a year without data breaks the line and
 * shows no point, never 0. The first, last, best and worst ranks are labelled.
 */
export function ProvinceContextChart({
  data,
  width,
  formatRank,
  axisLabel,
}: ProvinceContextChartProps) {
  const years = data.years;
  const w = Math.max(220, width);
  const n = Math.max(2, data.maxProvinces);
  const x = (i: number) =>
    LEFT + (years.length <= 1 ? 0 : (i * (w - LEFT - RIGHT)) / (years.length - 1));
  const y = (rank: number) => TOP + ((rank - 1) / (n - 1)) * (HEIGHT - TOP - BOTTOM);
  const { segments, firstIdx, lastIdx, labelled } = contextLine(years, data.best, x, y);

  return (
    <svg
      width={w}
      height={HEIGHT}
      viewBox={`0 0 ${w} ${HEIGHT}`}
      fontFamily={theme.font}
      fontSize={theme.smallFontSize}
      className="context-chart"
    >
      <text x={2} y={10} fill={theme.mutedText}>
        {axisLabel}
      </text>
      {[1, n].map((r) => (
        <g key={r}>
          <line x1={LEFT} x2={w - RIGHT} y1={y(r)} y2={y(r)} stroke={theme.grid} />
          <text
            x={LEFT - 4}
            y={y(r)}
            textAnchor="end"
            dominantBaseline="middle"
            fill={theme.mutedText}
          >
            {formatRank(r)}
          </text>
        </g>
      ))}
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke={theme.barSelected} strokeWidth={2} />
      ))}
      {years.map((yr, i) =>
        yr.rank === null ? null : (
          <g key={yr.year}>
            <circle cx={x(i)} cy={y(yr.rank)} r={3} fill={theme.barSelected} />
            {labelled.has(i) ? (
              <text
                x={x(i)}
                y={y(yr.rank) - 6}
                textAnchor={i === lastIdx ? 'end' : i === firstIdx ? 'start' : 'middle'}
                fill={theme.text}
                fontWeight={700}
              >
                {formatRank(yr.rank)}
              </text>
            ) : null}
          </g>
        ),
      )}
      {years.map((yr, i) =>
        i === 0 || i === years.length - 1 || yr.rank === null ? (
          <text
            key={`x-${yr.year}`}
            x={x(i)}
            y={HEIGHT - 4}
            textAnchor={i === 0 ? 'start' : i === years.length - 1 ? 'end' : 'middle'}
            fill={theme.mutedText}
          >
            {yr.rank === null && i !== 0 && i !== years.length - 1 ? `${yr.year}: —` : yr.year}
          </text>
        ) : null,
      )}
    </svg>
  );
}

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendData } from '../data/trends.ts';
import { extent, seriesColour, seriesDash } from '../scales.ts';
import { theme } from '../theme.ts';

export interface TrendChartProps {
  readonly data: TrendData;
  /** Which measure to draw: the total score, or the rank (1 at the top). */
  readonly metric: 'total' | 'rank';
  readonly width: number;
  readonly height?: number;
  /** Formats an axis value (score with the locale's decimals, or an integer rank). */
  readonly formatTick: (value: number) => string;
  /** Formats a value in the hover tooltip (score with 2 decimals, or a rank); omit for no tooltip. */
  readonly formatValue?: (value: number) => string;
  /** Axis text size: 14 in fixed-size images (MIN_EXPORT_TEXT_PX). */
  readonly fontSize?: number;
  /** The maximum of the dataset's scale: the score axis never runs past it. */
  readonly scaleMax?: number;
}

type Row = Record<string, number | null> & { year: number };

/**
 * Lines over the years, one per chosen unit, in the series colours and dash patterns (the key is
 * drawn by the view, so colour is never the only cue). Missing years are gaps, not zeros; every
 * point has a marker so a unit present in a single year still shows. Ranks run 1 at the top.
 */
export function TrendChart({
  data,
  metric,
  width,
  height = 260,
  formatTick,
  formatValue,
  fontSize = theme.smallFontSize,
  scaleMax = 100,
}: TrendChartProps) {
  const rows: Row[] = data.years.map((year, i) => {
    const row: Row = { year };
    for (const s of data.series)
      row[s.key] = metric === 'total' ? (s.points[i]?.total ?? null) : (s.points[i]?.rank ?? null);
    return row;
  });
  const values = data.series
    .flatMap((s) => s.points.map((p) => (metric === 'total' ? p.total : p.rank)))
    .filter((v): v is number => v !== null);
  const domain: [number, number] =
    metric === 'rank' ? [1, Math.max(2, data.maxGroupSize)] : scoreDomain(values, scaleMax);

  return (
    <LineChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 12, right: 24, bottom: 8, left: 0 }}
      accessibilityLayer={false}
      style={{ fontFamily: theme.font }}
    >
      <CartesianGrid stroke={theme.grid} vertical={false} />
      <XAxis
        dataKey="year"
        type="category"
        tick={{ fontSize, fill: theme.mutedText }}
        stroke={theme.grid}
        interval="preserveStartEnd"
        minTickGap={8}
      />
      <YAxis
        type="number"
        domain={domain}
        reversed={metric === 'rank'}
        allowDecimals={metric !== 'rank'}
        width={fontSize > 12 ? 52 : 44}
        tick={{ fontSize, fill: theme.mutedText }}
        tickFormatter={formatTick}
        stroke={theme.grid}
      />
      {formatValue ? (
        <Tooltip
          isAnimationActive={false}
          formatter={(value) => (typeof value === 'number' ? formatValue(value) : '—')}
          contentStyle={{ fontFamily: theme.font, fontSize: theme.smallFontSize }}
        />
      ) : null}
      {data.series.map((s, i) => (
        <Line
          key={s.key}
          type="linear"
          dataKey={s.key}
          name={s.name}
          stroke={seriesColour(i)}
          strokeWidth={2.5}
          strokeDasharray={seriesDash(i) || undefined}
          connectNulls={false}
          dot={{ r: 4, fill: seriesColour(i), stroke: '#fff', strokeWidth: 1 }}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

/** The score axis: the values padded by a tenth of their spread, within 0 and the scale's maximum. */
function scoreDomain(values: readonly number[], scaleMax: number): [number, number] {
  const [lo, hi] = extent(values) ?? [0, 1];
  const pad = Math.max(1, (hi - lo) * 0.1);
  const top = hi <= 10 ? Math.min(10, scaleMax) : scaleMax;
  return [Math.max(0, Math.floor(lo - pad)), Math.min(top, Math.ceil(hi + pad))];
}

import { legendStops, MISSING_FILL, sequentialScale } from '../scales.ts';

export interface HeatmapLegendProps {
  readonly domain: readonly [number, number];
  readonly title: string;
  readonly formatValue: (value: number) => string;
  /** Label of the "no data" swatch; omitted when nothing is missing. */
  readonly missingLabel?: string;
  readonly steps?: number;
}

/**
 * The legend of the sequential (viridis) scale: evenly spaced swatches labelled with their values,
 * low to high, plus a "no data" swatch. Shared by the heatmap, the choropleth and the tile grid.
 */
export function HeatmapLegend({
  domain,
  title,
  formatValue,
  missingLabel,
  steps = 5,
}: HeatmapLegendProps) {
  const stops = legendStops(sequentialScale(domain), steps);
  return (
    <div className="scale-legend">
      <span className="scale-legend__title">{title}</span>
      <ul className="scale-legend__stops">
        {stops.map((s) => (
          <li key={s.value}>
            <span
              className="scale-legend__swatch"
              style={{ backgroundColor: s.colour }}
              aria-hidden="true"
            />
            {formatValue(s.value)}
          </li>
        ))}
        {missingLabel ? (
          <li>
            <span
              className="scale-legend__swatch scale-legend__swatch--missing"
              style={{ backgroundColor: MISSING_FILL }}
              aria-hidden="true"
            />
            {missingLabel}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

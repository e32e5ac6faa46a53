import { legendStops, MISSING_FILL, sequentialScale } from '../scales.ts';
import { theme } from '../theme.ts';
import { MissingHatch, useHatchId } from './MissingHatch.tsx';

export interface HeatmapLegendProps {
  readonly domain: readonly [number, number];
  readonly title: string;
  readonly formatValue: (value: number) => string;
  /** Label of the "no data" swatch; omitted when nothing is missing. */
  readonly missingLabel?: string;
  readonly steps?: number;
  readonly width: number;
  /** Hidden from screen readers (`aria-hidden`): the chart box's summary and table say it. */
  readonly decorative?: boolean;
}

const CHAR = 7;
const SWATCH = 22;

/** Legend items flowing into rows of `width` px below the title; the legend's height. */
export function layoutLegend<T extends { readonly label: string }>(
  items: readonly T[],
  width: number,
) {
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    const w = SWATCH + 6 + item.label.length * CHAR + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const at = { ...item, x, y: 24 + row * 22 };
    x += w;
    return at;
  });
  return { placed, height: 24 + (row + 1) * 22 };
}

/**
 * The legend of the sequential (viridis) scale as SVG (so image exports keep it): the title, then
 * evenly spaced swatches labelled with their values, low to high, and a hatched "no data"
 * swatch; swatches wrap to the width. Shared by the heatmap, the choropleth and the tile grid.
 */
export function HeatmapLegend({
  domain,
  title,
  formatValue,
  missingLabel,
  steps = 5,
  width,
  decorative = false,
}: HeatmapLegendProps) {
  const items = [
    ...legendStops(sequentialScale(domain), steps).map((s) => ({
      key: `v${s.value}`,
      colour: s.colour,
      label: formatValue(s.value),
      missing: false,
    })),
    ...(missingLabel
      ? [{ key: 'missing', colour: MISSING_FILL, label: missingLabel, missing: true }]
      : []),
  ];
  const { placed, height } = layoutLegend(items, width);
  const hatchId = useHatchId('legend-hatch');
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="scale-legend"
      aria-hidden={decorative || undefined}
      fontFamily={theme.font}
      fontSize={theme.smallFontSize}
    >
      <defs>
        <MissingHatch id={hatchId} />
      </defs>
      <text x={0} y={14} fontWeight={600} fontSize={13} fill={theme.text}>
        {title}
      </text>
      {placed.map((p) => (
        <g key={p.key}>
          <rect
            x={p.x}
            y={p.y}
            width={SWATCH}
            height={14}
            fill={p.missing ? `url(#${hatchId})` : p.colour}
            stroke="rgb(0 0 0 / 0.25)"
          />
          <text x={p.x + SWATCH + 5} y={p.y + 7} dominantBaseline="middle" fill={theme.text}>
            {p.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

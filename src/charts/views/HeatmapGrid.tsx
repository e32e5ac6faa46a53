/**
 * The pieces the two SVG heatmaps (HeatmapSvg on screen exports, HeatmapFramed in fixed-size
 * images) draw alike: the bold header row and the outline of the highlighted sub-index column.
 */

export interface HeatmapHeadProps {
  /** Right edge of the rank column (the unit column starts 10 px after it). */
  readonly rankW: number;
  /** Left edge of the first sub-index column (the total column ends 6 px before it). */
  readonly x0: number;
  readonly cellW: number;
  /** Baseline of the headers' last line. */
  readonly y: number;
  readonly lineHeight: number;
  readonly labels: { readonly rank: string; readonly unit: string; readonly total: string };
  /** Each sub-index column's header, wrapped. */
  readonly heads: readonly { readonly key: string | number; readonly lines: readonly string[] }[];
  /** Text colour, when the surrounding SVG does not set it. */
  readonly fill?: string;
}

/** Rank, unit and total headers, then each sub-index's wrapped name centred on its column. */
export function HeatmapHead({
  rankW,
  x0,
  cellW,
  y,
  lineHeight,
  labels,
  heads,
  fill,
}: HeatmapHeadProps) {
  return (
    <g fontWeight={700} fill={fill}>
      <text x={rankW - 6} y={y} textAnchor="end">
        {labels.rank}
      </text>
      <text x={rankW + 4} y={y}>
        {labels.unit}
      </text>
      <text x={x0 - 6} y={y} textAnchor="end">
        {labels.total}
      </text>
      {heads.map(({ key, lines }, i) => {
        const cx = x0 + i * cellW + cellW / 2;
        return (
          <text key={key} x={cx} y={y - (lines.length - 1) * lineHeight} textAnchor="middle">
            {lines.map((line, k) => (
              <tspan key={k} x={cx} dy={k === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}

export interface ColumnOutlinesProps {
  readonly columns: readonly { readonly id: string; readonly highlighted: boolean }[];
  readonly x0: number;
  readonly cellW: number;
  readonly top: number;
  readonly height: number;
}

/** A heavy black outline round the highlighted column, so colour is not the only cue. */
export function ColumnOutlines({ columns, x0, cellW, top, height }: ColumnOutlinesProps) {
  return columns.map((c, i) =>
    c.highlighted ? (
      <rect
        key={`hl-${c.id}`}
        x={x0 + i * cellW + 1}
        y={top + 1}
        width={cellW - 2}
        height={height - 2}
        fill="none"
        stroke="#000000"
        strokeWidth={3}
      />
    ) : null,
  );
}

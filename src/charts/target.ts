/**
 * What an image export asks of a chart besides its width: the height of the frame's chart box
 * (null: the chart's natural height). On screen the chart gets no target; most charts ignore it,
 * the map uses it to fill a fixed-size image.
 */
export interface ChartTarget {
  readonly height: number | null;
}

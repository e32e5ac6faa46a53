/**
 * The only place for chart colours, fonts and sizes. Okabe–Ito for categories; the selected
 * unit in a strong blue and the others in a neutral grey-blue (DESIGN.md); never red/green alone.
 */
export const theme = {
  font: '"Noto Sans", "Be Vietnam Pro", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: 13,
  smallFontSize: 12,
  text: '#1b1f24',
  mutedText: '#4a5560',
  grid: '#e3e7ec',
  bar: '#8fa6bd',
  barSelected: '#0b5cad',
  barHover: '#6f8aa6',
  /** Dots of the zoomed ranking: darker than the bars, as a small mark needs 3:1 against white. */
  dot: '#56728f',
  average: '#1b1f24',
  warning: '#8a4b00',
  /** Okabe–Ito, colour-blind safe. */
  categorical: [
    '#0072B2',
    '#E69F00',
    '#009E73',
    '#CC79A7',
    '#56B4E9',
    '#D55E00',
    '#F0E442',
    '#000000',
  ],
  /** Ordered tier scale (best → worst), dark to light so order survives greyscale printing. */
  tiers: ['#08306b', '#2171b5', '#6baed6', '#c6dbef'],
  rowHeight: 28,
  margin: { top: 28, right: 76, bottom: 8, left: 8 },
} as const;

/** Pixels of label column for the unit names at a given chart width: about 40 % of it, 120–300 px. */
export function labelWidth(chartWidth: number): number {
  return Math.max(120, Math.min(300, Math.round(chartWidth * 0.4)));
}

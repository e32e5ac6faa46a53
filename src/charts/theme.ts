/**
 * The only place for chart colours, fonts and sizes (scales.ts re-exports its colours from here).
 * Okabe–Ito for series; the selected unit in a strong blue and the others in a neutral grey-blue
 * (DESIGN.md); never red/green alone. Every colour that draws a series or a highlight has at
 * least 3:1 contrast on white (WCAG 1.4.11; tests/unit/charts/theme.test.ts); sequential and
 * tier fills are exempt, their values are printed on them or in a table.
 */
export const theme = {
  font: '"Noto Sans", "Be Vietnam Pro", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: 13,
  smallFontSize: 12,
  /** A character of the 12 px text, generously (Vietnamese letters with marks): for fitting. */
  smallCharWidth: 6.6,
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
  /**
   * Series colours, one per chosen unit (Compare, Trends; never more than five): Okabe–Ito
   * without its orange, sky blue and yellow (2.3:1, 2.3:1 and 1.3:1 on white), black instead.
   * Blue, vermillion, bluish green, reddish purple and black stay apart in the three common
   * colour-vision deficiencies; dash patterns and letters are the second channel.
   */
  categorical: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000'],
  /** Change: rise blue, fall vermillion, no change neutral grey-blue (never red/green). */
  change: { rise: '#0072B2', fall: '#C14F00', same: '#6f8aa6' },
  /** Lines of units that are not highlighted. */
  context: '#b8c4d0',
  /** Fill of a map shape or tile without a value (hatched in the views, never the low end of a scale). */
  missing: '#f1f3f5',
  /** Viridis sampled at 9 evenly spaced points (matplotlib's `viridis`), low → high. */
  sequential: [
    '#440154',
    '#472d7b',
    '#3b528b',
    '#2c728e',
    '#21918c',
    '#28ae80',
    '#5ec962',
    '#addc30',
    '#fde725',
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

import { truncateRanking, type TruncatedRanking } from '../../domain/truncation.ts';
import type { HeatmapRow } from '../data/heatmap.ts';
import { wrapLabel } from './wrapLabel.ts';

/**
 * The layout of the heatmap in a fixed-size image (issue 13 point 3): every text at least 14 px,
 * the grid stretched to the box (cells wider and taller than on screen), and as many rows as fit
 * — the top, the bottom and the selected unit, by the one truncation rule — with the footnote
 * lines ("showing 20 of 63 provinces", where the full table is) when rows are left out.
 */

/** Text sizes of the fitted heatmap (all ≥ MIN_EXPORT_TEXT_PX = 14). */
export const FIT_FONT = 14;
export const FIT_VALUE_FONT = 16;
export const FIT_LINE = 18;
/** Legend: title, swatches and labels on one or more rows. */
export const FIT_LEGEND_ROW = 26;
/** Approximate width of one character at 14 px (Noto Sans, mixed case). */
const CHAR = 8;
const BOLD_CHAR = 8.8;

/** Words longer than a line broken with a hyphen ("Transpa- rency"), so no header overlaps its neighbour. */
export function hyphenate(label: string, perLine: number): string {
  return label
    .split(' ')
    .map((word) => {
      const parts: string[] = [];
      let rest = word;
      while (rest.length > perLine) {
        parts.push(`${rest.slice(0, perLine - 1)}-`);
        rest = rest.slice(perLine - 1);
      }
      return [...parts, rest].join(' ');
    })
    .join(' ');
}

export interface HeatmapFitInput {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly HeatmapRow[];
  readonly columns: readonly string[];
  /** Width the legend needs on one row (title and items), to know how many rows it wraps to. */
  readonly legendWidth: number;
  readonly selected: readonly string[];
  readonly footnote: (shown: number, total: number) => readonly string[];
}

export interface HeatmapFit {
  readonly legendH: number;
  readonly rankW: number;
  readonly unitW: number;
  readonly totalW: number;
  readonly cellW: number;
  readonly headLines: readonly (readonly string[])[];
  readonly headH: number;
  readonly rowH: number;
  /** Whether each cell prints its rank under its value (room for two lines). */
  readonly cellRanks: boolean;
  readonly shown: TruncatedRanking<HeatmapRow>;
  readonly footnote: readonly string[];
  /** Top of the grid's first row. */
  readonly gridTop: number;
  /** Height of the grid (header + rows). */
  readonly gridH: number;
}

const TWO_LINE_ROW = 42;
const ONE_LINE_ROW = 26;

export function fitHeatmap(input: HeatmapFitInput): HeatmapFit {
  const { width, height, rows, columns } = input;
  const legendRows = Math.max(1, Math.ceil(input.legendWidth / Math.max(1, width)));
  const legendH = legendRows * FIT_LEGEND_ROW + 6;
  const rankW = 48;
  const totalW = 70;
  const longest = rows.reduce((m, r) => Math.max(m, Math.min(r.name.length, 22)), 6);
  const unitW = Math.min(Math.max(110, longest * CHAR + 16), Math.max(110, width * 0.3));
  const cellW = Math.max(40, (width - rankW - unitW - totalW) / Math.max(1, columns.length));
  const perLine = Math.max(4, Math.floor((cellW - 8) / BOLD_CHAR));
  const headLines = columns.map((c) =>
    wrapLabel(hyphenate(c, perLine), perLine, perLine < 10 ? 4 : 3),
  );
  const headH = Math.max(1, ...headLines.map((l) => l.length)) * FIT_LINE + 10;
  const footChars = Math.max(20, Math.floor(width / CHAR));
  const footFor = (shown: number, total: number) =>
    input.footnote(shown, total).flatMap((l) => wrapLabel(l, footChars, 4));
  const room = (foot: number) => height - legendH - headH - (foot > 0 ? foot * FIT_LINE + 8 : 0);
  // Two-line cells (value and rank) when every row fits so or at least 10 rows do; else one line.
  const all = room(0);
  let rowMin = TWO_LINE_ROW;
  if (all < rows.length * TWO_LINE_ROW && all < 10 * TWO_LINE_ROW) rowMin = ONE_LINE_ROW;
  let shown = truncateRanking(rows, (r) => r.unitId, { max: rows.length, keep: input.selected });
  let footnote: readonly string[] = [];
  if (rows.length * rowMin > all) {
    for (let m = rows.length - 1; m >= 1; m--) {
      shown = truncateRanking(rows, (r) => r.unitId, { max: m, keep: input.selected });
      footnote = footFor(shown.shown, shown.total);
      if (shown.shown * rowMin <= room(footnote.length)) break;
    }
  }
  const space = room(footnote.length);
  const rowH = Math.max(rowMin, space / Math.max(1, shown.shown));
  const gridTop = legendH + headH;
  return {
    legendH,
    rankW,
    unitW,
    totalW,
    cellW,
    headLines,
    headH,
    rowH,
    cellRanks: rowH >= TWO_LINE_ROW,
    shown,
    footnote,
    gridTop,
    gridH: headH + shown.shown * rowH,
  };
}

import { truncateRanking, type TruncatedRanking } from '../../domain/truncation.ts';
import type { UnitId } from '../../domain/types.ts';
import type { RankingBar, RankingChartData } from '../data/ranking.ts';
import { labelWidth, theme } from '../theme.ts';
import { wrapLabel, wrapNote } from './wrapLabel.ts';

/**
 * The layout of the ranking bars (RankingChart): which rows are drawn (truncated lists, rows that
 * fit a fixed export height), their labels, row height, chart height and axis end. Pure, no pixels drawn.
 */

export interface RankingRow extends RankingBar {
  readonly label: string;
  /** Units left out at this place (a gap marker row, no bar); null for a unit's row. */
  readonly gap: number | null;
  readonly note: string | null;
  /** The label and the note as drawn: wrapped to the label column (the row height counts them). */
  readonly labelLines: readonly string[];
  readonly noteLines: readonly string[];
  readonly errorX: number | null;
}

export const LINE_HEIGHT = 15;
export const REFERENCE_LINE = 16;
export const FOOT_LINE = 18;
export const FOOT_GAP = 8;
/** Space under the plot for the score axis's tick marks and labels. */
export const AXIS_SPACE = 24;

export interface RankingLayoutInput {
  readonly data: RankingChartData;
  readonly width: number;
  readonly scaleMax: number;
  readonly references: readonly { readonly value: number }[];
  readonly detail: ((bar: RankingBar) => string | null) | undefined;
  readonly whisker: ((bar: RankingBar) => number | null) | undefined;
  readonly truncation:
    { readonly max: number; readonly gapLabel: (hidden: number) => string } | undefined;
  readonly fit:
    | {
        readonly height: number;
        readonly footnote: (shown: number, total: number) => readonly string[];
      }
    | undefined;
}

export interface RankingLayout {
  readonly rows: readonly RankingRow[];
  /** Lines under a fixed-size chart when rows are left out; empty otherwise. */
  readonly footnote: readonly string[];
  readonly yWidth: number;
  /** Height of each row (a bar or a gap marker), from its longest wrapped label. */
  readonly rowHeight: number;
  readonly height: number;
  readonly domainMax: number;
}

type Shown = TruncatedRanking<RankingBar>;

/**
 * Rows that fit a fixed export height: row height from every unit's label (an upper bound),
 * a footnote reserved; fewer rows until the rows and the gap markers fit.
 */
function fitRows(input: RankingLayoutInput, shownAtCap: Shown, keep: readonly UnitId[]) {
  const { data, width, fit, truncation } = input;
  let shown = shownAtCap;
  if (!fit) return { shown, footnote: [] };
  const cap = truncation?.max ?? Infinity;
  const perLineAll = Math.max(12, Math.floor((labelWidth(width) - 12) / 7));
  const footChars = Math.max(20, Math.floor((width - 16) / (theme.fontSize * 0.56)));
  const noteLines = (b: RankingBar) => {
    const note = input.detail?.(b);
    return note ? wrapNote(note, labelWidth(width)).length : 0;
  };
  const linesAll = data.bars.reduce(
    (m, b) =>
      Math.max(m, wrapLabel(`${b.rank ?? '—'}. ${b.name}`, perLineAll).length + noteLines(b)),
    1,
  );
  const rowH = Math.max(theme.rowHeight, linesAll * LINE_HEIGHT + 8);
  const footFor = (n: number, total: number) =>
    fit.footnote(n, total).flatMap((l) => wrapLabel(l, footChars, 4));
  const space = (n: number, total: number) =>
    fit.height -
    (theme.margin.top + theme.margin.bottom + AXIS_SPACE) -
    2 * FOOT_GAP -
    footFor(n, total).length * FOOT_LINE;
  if (
    shown.items.length * rowH >
    fit.height - (theme.margin.top + theme.margin.bottom + AXIS_SPACE)
  ) {
    let m = Math.min(cap, data.bars.length);
    while (m > 2) {
      shown = truncateRanking(data.bars, (b) => b.unitId, { max: m, keep });
      if (shown.items.length * rowH <= space(shown.shown, shown.total)) break;
      m--;
    }
  }
  return { shown, footnote: shown.truncated ? footFor(shown.shown, shown.total) : [] };
}

/** The rows, heights and axis end of a ranking chart `width` px wide. */
export function rankingLayout(input: RankingLayoutInput): RankingLayout {
  const { data, width, scaleMax, references, detail, whisker, truncation } = input;
  const keep = data.bars.filter((b) => b.selected).map((b) => b.unitId);
  const cap = truncation?.max ?? Infinity;
  const { shown, footnote } = fitRows(
    input,
    truncateRanking(data.bars, (b) => b.unitId, { max: cap, keep }),
    keep,
  );
  const yWidth = labelWidth(width);
  const charsPerLine = Math.max(12, Math.floor((yWidth - 12) / 7));
  const rows: RankingRow[] = shown.items.map((item, i) => {
    if (item.kind !== 'row') {
      const label = truncation?.gapLabel(item.hidden) ?? `… ${item.hidden}`;
      return gapRow(i, label, item.hidden, wrapLabel(label, charsPerLine, 2));
    }
    const label = `${item.row.rank ?? '—'}. ${item.row.name}${item.row.contradicts ? ' ⚠' : ''}`;
    const note = detail?.(item.row) ?? null;
    return {
      ...item.row,
      label,
      gap: null,
      note,
      labelLines: wrapLabel(label, charsPerLine),
      noteLines: note ? wrapNote(note, yWidth) : [],
      errorX: item.row.value === null ? null : (whisker?.(item.row) ?? null),
    };
  });
  const lines = rows.reduce((m, r) => Math.max(m, r.labelLines.length + r.noteLines.length), 1);
  const rowHeight = Math.max(theme.rowHeight, lines * LINE_HEIGHT + 8);
  // Reference labels sit under the axis, one line each, so they never cover a bar's value.
  const referencesHeight = references.length * REFERENCE_LINE;
  const height =
    theme.margin.top +
    theme.margin.bottom +
    rows.length * rowHeight +
    AXIS_SPACE +
    referencesHeight;
  const max = references.reduce(
    (m, r) => Math.max(m, r.value),
    rows.reduce((m, r) => Math.max(m, (r.value ?? 0) + (r.errorX ?? 0)), 0),
  );
  return {
    rows,
    footnote,
    yWidth,
    rowHeight,
    height,
    // A round end above the highest value, never past the dataset's scale (0–10 stays 0–10).
    domainMax: Math.min(scaleMax, max <= 10 ? 10 : Math.ceil(max / 10) * 10),
  };
}

/** The marker row where `hidden` units are left out: a label, no bar, no value. */
function gapRow(
  index: number,
  label: string,
  hidden: number,
  labelLines: readonly string[],
): RankingRow {
  return {
    unitId: `gap-${index}` as UnitId,
    name: label,
    label,
    gap: hidden,
    rank: null,
    rankSource: 'none',
    contradicts: false,
    value: null,
    tier: null,
    tierIndex: null,
    selected: false,
    tied: false,
    respondents: null,
    standardError: null,
    lowRespondents: false,
    interval: null,
    statGroup: null,
    move: null,
    note: null,
    labelLines,
    noteLines: [],
    errorX: null,
  };
}

/**
 * The one rule for showing a long ranking in limited space — the ranking chart on screen and
 * the social-image layouts: the top and the bottom of the ranking plus the units that must stay
 * visible (the selected and highlighted ones), in rank order, with a gap marker wherever rows are
 * left out. Tables and CSV exports never use it: they keep every row.
 */

/**
 * Most bars in the ranking chart: every province of PCI (63) still fits; longer rankings show the
 * top, the bottom and the selected units (truncateRanking) — a 5,000-bar chart froze the page.
 */
export const RANKING_CHART_MAX_BARS = 64;

export interface TruncateOptions {
  /** Most rows shown (gap markers not counted); at least 1; `Infinity` for every row. */
  readonly max: number;
  /** Ids that are shown wherever they rank (selected, highlighted); the first `max` in rank order. */
  readonly keep?: Iterable<string>;
}

/** A shown row (with its index in the full ranking) or a marker for `hidden` left-out rows. */
export type TruncatedItem<T> =
  | { readonly kind: 'row'; readonly row: T; readonly index: number }
  | { readonly kind: 'gap'; readonly hidden: number };

export interface TruncatedRanking<T> {
  readonly items: readonly TruncatedItem<T>[];
  /** Rows shown (≤ max). */
  readonly shown: number;
  /** Rows in the full ranking. */
  readonly total: number;
  readonly truncated: boolean;
}

/**
 * Rows in rank order, `idOf` giving each row's id. Up to `max` rows: when there are more, the
 * kept ids first, then the top and the bottom taken alternately (top first) until `max` rows are
 * chosen. Work is linear in the number of rows, the result's length bounded by 2·max + 1.
 */
export function truncateRanking<T>(
  rows: readonly T[],
  idOf: (row: T) => string,
  { max, keep = [] }: TruncateOptions,
): TruncatedRanking<T> {
  const total = rows.length;
  // No limit (`Infinity`, what a chart without a `truncation` prop asks) keeps every row; a
  // crafted NaN or a negative limit shows one.
  const cap =
    max === Number.POSITIVE_INFINITY
      ? total
      : Math.max(1, Math.floor(Number.isFinite(max) ? max : 1));
  if (total <= cap) {
    return {
      items: rows.map((row, index) => ({ kind: 'row', row, index })),
      shown: total,
      total,
      truncated: false,
    };
  }
  const keepIds = new Set(keep);
  const chosen = new Set<number>();
  if (keepIds.size > 0)
    for (let i = 0; i < total && chosen.size < cap; i++)
      if (keepIds.has(idOf(rows[i] as T))) chosen.add(i);
  let top = 0;
  let bottom = total - 1;
  let fromTop = true;
  while (chosen.size < cap && top <= bottom) {
    if (fromTop) {
      while (chosen.has(top)) top++;
      if (top <= bottom) chosen.add(top++);
    } else {
      while (chosen.has(bottom)) bottom--;
      if (top <= bottom) chosen.add(bottom--);
    }
    fromTop = !fromTop;
  }
  const indices = [...chosen].sort((a, b) => a - b);
  const items: TruncatedItem<T>[] = [];
  let next = 0;
  for (const index of indices) {
    if (index > next) items.push({ kind: 'gap', hidden: index - next });
    items.push({ kind: 'row', row: rows[index] as T, index });
    next = index + 1;
  }
  if (next < total) items.push({ kind: 'gap', hidden: total - next });
  return { items, shown: indices.length, total, truncated: true };
}

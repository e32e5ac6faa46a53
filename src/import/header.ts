import { foldKey } from '../domain/names.ts';
import type { CsvRecord } from './parseCsv.ts';
import { isKnownHeader } from './columns.ts';
import { tokenizeCell } from './numbers.ts';

/** How far down the header row may be (title rows above it). */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderFound {
  /** Index in `records` of the (last) header row; data starts after it. */
  readonly index: number;
  /** Header cells, two-row headers merged (lower cell wins, else the upper one). */
  readonly cells: readonly string[];
  /** Index of the upper row when two header rows were merged, else null. */
  readonly mergedFrom: number | null;
  /** Non-empty records above the header (titles), in order. */
  readonly titles: readonly CsvRecord[];
}

const isEmptyRecord = (r: CsvRecord): boolean => r.cells.every((c) => c.trim() === '');
const nonEmpty = (r: CsvRecord): number => r.cells.filter((c) => c.trim() !== '').length;
const YEAR_CELL = /^\s*(?:19|20)\d\d\s*$/;
// Year cells count as text: "2019 | 2020" under a merged "Điểm PCI" is a header row.
const isTextRow = (r: CsvRecord): boolean =>
  nonEmpty(r) > 0 &&
  r.cells.every((c) => tokenizeCell(c).kind !== 'number' || c.trim() === '' || YEAR_CELL.test(c));

/**
 * Finds the header among the first 30 records: the row with the most known column names (at
 * least two), earliest on ties. `isKnown` may add names (a sidecar's sub-index columns). A text
 * row right below or above it that has text where the header row is empty (merged cells in
 * Excel) is merged with it as a two-row header. Null when no row qualifies.
 */
export function findHeader(
  records: readonly CsvRecord[],
  isKnown: (header: string) => boolean = isKnownHeader,
): HeaderFound | null {
  let best = -1;
  let bestScore = 1;
  const limit = Math.min(records.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const record = records[i];
    if (record === undefined) continue;
    const score = record.cells.filter((c) => c.trim() !== '' && isKnown(c)).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  const header = records[best];
  if (header === undefined) return null;

  let upper: CsvRecord | null = null;
  let lower: CsvRecord = header;
  let index = best;
  let firstHeader = best;
  const below = records[best + 1];
  const above = records[best - 1];
  if (below !== undefined && isTextRow(below) && fillsGaps(header, below)) {
    upper = header;
    lower = below;
    index = best + 1;
  } else if (
    above !== undefined &&
    nonEmpty(above) >= 2 &&
    isTextRow(above) &&
    fillsGaps(header, above)
  ) {
    upper = above;
    firstHeader = best - 1;
  }
  const cells = upper === null ? [...lower.cells] : mergeHeaderRows(upper, lower);
  const titles = records.slice(0, firstHeader).filter((r) => !isEmptyRecord(r));
  return { index, cells, mergedFrom: upper === null ? null : firstHeader, titles };
}

/**
 * Two header rows as one: the lower cell wins, else the upper one. A year in the lower row under
 * a merged upper cell ("Điểm PCI" spanning 2019 | 2020 | 2021) takes the upper label with it:
 * "Điểm PCI 2019", so a wide file's score and rank columns of one year stay apart.
 */
function mergeHeaderRows(upper: CsvRecord, lower: CsvRecord): string[] {
  const width = Math.max(lower.cells.length, upper.cells.length);
  const cells: string[] = [];
  let span = '';
  for (let c = 0; c < width; c++) {
    const up = (upper.cells[c] ?? '').trim();
    const low = (lower.cells[c] ?? '').trim();
    if (up !== '') span = up;
    else if (!YEAR_CELL.test(low)) span = '';
    if (YEAR_CELL.test(low) && span !== '') cells.push(`${span} ${low}`);
    else cells.push(low !== '' ? (lower.cells[c] ?? '') : (upper.cells[c] ?? ''));
  }
  return cells;
}

/** True when `other` has a non-empty cell where `header` is empty (a merged-cell header). */
function fillsGaps(header: CsvRecord, other: CsvRecord): boolean {
  for (let c = 0; c < other.cells.length; c++) {
    if ((other.cells[c] ?? '').trim() !== '' && (header.cells[c] ?? '').trim() === '') return true;
  }
  return false;
}

const MARKER_KEYS = ['so lieu minh hoa', 'illustrative data'];
const WHAT_IF_KEYS = ['kich ban gia dinh khong phai ket qua chinh thuc', 'what if not official'];

/** The title line that marks a what-if export (src/export/csv.ts WHAT_IF_MARKER), or null. */
export function whatIfMarker(titles: readonly CsvRecord[]): CsvRecord | null {
  return (
    titles.find((r) => {
      const key = foldKey(r.cells.join(' '));
      return WHAT_IF_KEYS.some((m) => key.includes(m));
    }) ?? null
  );
}

/** True when a title line carries `SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA` (either half is enough). */
export function hasIllustrativeMarker(titles: readonly CsvRecord[]): boolean {
  return titles.some((r) => {
    const key = foldKey(r.cells.join(' '));
    return MARKER_KEYS.some((m) => key.includes(m));
  });
}

const plausible = (y: number): boolean => y >= 1990 && y <= 2100;

/**
 * The year a title states, with its record: first a year after "năm", "year", "DCCI", "DDCI" or
 * "PCI" ("Kết quả DCCI năm 2019"), else the first plausible year (1990–2100) that is not part of
 * a date ("ngày 15/3/2020" is when a decision was signed, not the survey year).
 */
export function yearFromTitles(
  titles: readonly CsvRecord[],
): { readonly year: number; readonly record: CsvRecord } | null {
  for (const record of titles) {
    const key = foldKey(record.cells.join(' '));
    const named = /\b(?:nam|year|dcci|ddci|pci)\s+((?:19|20)\d\d)\b/.exec(key);
    const year = named?.[1] === undefined ? NaN : Number(named[1]);
    if (plausible(year)) return { year, record };
  }
  for (const record of titles) {
    const text = record.cells.join(' ').replace(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/g, ' ');
    const m = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(text);
    const year = m?.[1] === undefined ? NaN : Number(m[1]);
    if (plausible(year)) return { year, record };
  }
  return null;
}

const FOOTER_KEYS = [
  'nguon',
  'ghi chu',
  'chu thich',
  'source',
  'sources',
  'note',
  'notes',
  'luu y',
];

/** True for a one-cell row starting "Nguồn:", "Ghi chú:", "Source:", "Note:" (a table footer). */
export function isFooterRecord(record: CsvRecord): boolean {
  const cells = record.cells.filter((c) => c.trim() !== '');
  if (cells.length !== 1) return false;
  const text = (cells[0] ?? '').trim();
  const colon = text.indexOf(':');
  if (colon < 0) return /^\*/.test(text);
  return FOOTER_KEYS.includes(foldKey(text.slice(0, colon)));
}

/**
 * Stage "footer and limit handling": the records below the header that hold data. Padding rows
 * are skipped silently; footers ("Nguồn: …") and header rows repeated mid-table (a table printed
 * over several pages, then converted) with a notice; the row limit is enforced.
 */
import { foldKey } from '../domain/names.ts';
import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import { isFooterRecord } from './header.ts';
import { memoByText } from './memo.ts';
import type { CsvRecord } from './parseCsv.ts';

/** Limits of RELIABILITY.md S7. */
export const MAX_DATA_ROWS = 10_000;

const isBlank = (s: string): boolean => s.trim() === '';

export interface DataRecords {
  readonly data: readonly CsvRecord[];
  readonly issues: readonly Issue[];
  /** True when the table has more than MAX_DATA_ROWS data rows (TOO_MANY_ROWS in `issues`). */
  readonly tooMany: boolean;
}

/** The header's named columns, their folded texts and first characters (HeaderKeys). */
interface HeaderKeys {
  readonly cols: readonly number[];
  readonly keys: readonly string[];
  readonly firsts: readonly number[];
  /** Matches that make a repeated header: at least two and half of the named cells. */
  readonly needed: number;
}

function headerKeysOf(headerCells: readonly string[], width: number): HeaderKeys {
  const folded = headerCells.slice(0, width).map((c) => foldKey(c));
  const cols = folded.flatMap((k, c) => (k === '' ? [] : [c]));
  const keys = cols.map((c) => folded[c] as string);
  const needed = Math.max(2, Math.ceil(cols.length / 2));
  return { cols, keys, firsts: keys.map((k) => k.charCodeAt(0)), needed };
}

/**
 * True when `record` repeats the header. Stops as soon as the answer is known: folding every
 * cell of every row (long notes included) was the importer's largest cost, and a data row is
 * told apart after a few cells. Runs on every row (a response file's 140 answers each).
 */
function repeatsHeader(
  record: CsvRecord,
  header: HeaderKeys,
  fold: (cell: string) => string,
): boolean {
  const { cols, keys, firsts, needed } = header;
  const cells = record.cells;
  let same = 0;
  for (let j = 0; j < cols.length && same < needed && same + cols.length - j >= needed; j++) {
    const cell = cells[cols[j] as number];
    if (cell === undefined || cell === '') continue;
    // Folding keeps a leading ASCII digit (so "1", "2019" cannot match "nam"): no fold needed.
    const first = cell.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && firsts[j] !== first) continue;
    if (fold(cell) === keys[j]) same++;
  }
  return same >= needed;
}

/**
 * `foldKey` remembered for short cells: answers, codes and names repeat on thousands of rows
 * (a response file's "1"–"5"), and folding is the costly part of the header check.
 */
const memoFold = (): ((cell: string) => string) => memoByText(foldKey, 40, 50_000);

/** The number of non-blank cells, counted up to `limit` (enough to tell one from several). */
function filledUpTo(cells: readonly string[], limit: number): number {
  let filled = 0;
  for (let i = 0; i < cells.length && filled < limit; i++) if (!isBlank(cells[i] ?? '')) filled++;
  return filled;
}

/** The data records after `headerIndex`, given the header's cells (first `width` columns). */
export function dataRecords(
  records: readonly CsvRecord[],
  headerIndex: number,
  headerCells: readonly string[],
  width: number,
): DataRecords {
  const issues: Issue[] = [];
  const header = headerKeysOf(headerCells, width);
  const fold = memoFold();
  const headerLine = records[headerIndex]?.line ?? 1;
  const data: CsvRecord[] = [];
  let inFooter = false;
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i];
    if (record === undefined || record.cells.every(isBlank)) continue;
    const at = { line: record.line, excelRow: record.excelRow };
    if (repeatsHeader(record, header, fold)) {
      const related = [{ line: headerLine, column: null }];
      issues.push(makeIssue('REPEATED_HEADER_IGNORED', { ...at, related }));
      continue;
    }
    // A footer has one filled cell: rows with two or more (every data row) skip that check.
    const fewFilled = filledUpTo(record.cells, 2) <= 1;
    if (fewFilled && (isFooterRecord(record) || inFooter)) {
      inFooter = true;
      const value = (record.cells.find((c) => !isBlank(c)) ?? '').slice(0, 120);
      issues.push(makeIssue('FOOTER_IGNORED', { ...at, value }));
      continue;
    }
    data.push(record);
  }
  if (data.length > MAX_DATA_ROWS) {
    const params = { found: data.length, limit: MAX_DATA_ROWS };
    return { data: [], issues: [...issues, makeIssue('TOO_MANY_ROWS', { params })], tooMany: true };
  }
  return { data, issues, tooMany: false };
}

import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import { canonicalName, foldKey } from '../domain/names.ts';
import { classifyHeader } from './columns.ts';
import type { HeaderFound } from './header.ts';
import type { CsvRecord } from './parseCsv.ts';
import { isSummaryName } from './sections.ts';

// The first header of a table of sub-indices as rows (the app's Compare and scorecard exports).
const SUB_INDEX_HEADERS = new Set(['chi so thanh phan', 'chi so', 'sub index', 'sub indices']);
// Columns that are neither a unit nor a total: a per-sub-index rank, a difference between units.
const IGNORED_PREFIXES = ['hang', 'xep hang', 'rank', 'chenh lech', 'difference', 'khoang cach'];
// Per-sub-index statistics that isSummaryName does not know in English.
const STAT_HEADERS = new Set(['best', 'worst', 'highest', 'lowest', 'group average', 'group mean']);
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
// The compare view's letters: "A. Ba Bể", "B. Chợ Đồn", … in order.
const LETTER = /^([A-Z])\.\s+/;

/** True for a first header that says the rows are sub-indices ("Chỉ số thành phần", "Sub-index"). */
export function isSubIndexHeader(cell: string): boolean {
  return SUB_INDEX_HEADERS.has(foldKey(cell));
}

const isStatColumn = (header: string): boolean =>
  isSummaryName(header) || STAT_HEADERS.has(foldKey(header));
const isIgnoredColumn = (header: string): boolean => {
  const key = foldKey(header);
  return (
    classifyHeader(header).kind === 'rank' ||
    IGNORED_PREFIXES.some((p) => key === p || key.startsWith(`${p} `))
  );
};

type RowKind = 'total' | 'respondents' | 'stderr' | 'subIndex' | 'ignored';

/**
 * Stage "sub-indices as rows": a table whose first column (after Năm / Khối) lists sub-indices
 * and whose other columns are units — "Chỉ số thành phần | A. Ba Bể | B. Chợ Đồn | Trung bình
 * khối", rows "Điểm tổng hợp", "Số phiếu", "Sai số chuẩn", an interval row, then one row per
 * sub-index — becomes the long table the other stages read: one record per unit column (its
 * total, respondents, SE and sub-index values), under a header "Năm | Khối | Đơn vị | <row
 * labels>". The compare letters are dropped; a summary column with a total ("Trung bình khối")
 * becomes a summary row, other statistics columns (Trung bình, Trung vị, Cao nhất), rank and
 * difference columns are ignored, and so are rows of text (rank intervals). Year and group cells
 * are taken from the first row that has them. Null when the table is not of this layout.
 * Records keep the header's line (every value of a unit comes from its header's column); the
 * notice follows `earlier` (the issues found before the header, which the re-read keeps).
 */
export function transposeSubIndexRows(
  records: readonly CsvRecord[],
  found: Pick<HeaderFound, 'index' | 'mergedFrom'>,
  earlier: readonly Issue[] = [],
): { readonly records: CsvRecord[]; readonly issues: Issue[] } | null {
  const headerIndex = found.index;
  const header = records[headerIndex];
  if (header === undefined || found.mergedFrom !== null) return null;
  const kinds = header.cells.map((c) => classifyHeader(c).kind);
  const first = kinds.findIndex((k) => !['year', 'group', 'rowNumber', 'empty'].includes(k));
  const firstCell = header.cells[first];
  if (first < 0 || firstCell === undefined || !isSubIndexHeader(firstCell)) return null;
  const keep = header.cells.flatMap((_, i) =>
    kinds[i] === 'year' || kinds[i] === 'group' ? [i] : [],
  );
  const body = records.slice(headerIndex + 1).filter((r) => (r.cells[first] ?? '').trim() !== '');
  const rowKind = (r: CsvRecord, units: readonly number[]): RowKind => {
    const kind = classifyHeader(r.cells[first] ?? '').kind;
    if (kind === 'total' || kind === 'respondents' || kind === 'stderr') return kind;
    if (kind !== 'unknown') return 'ignored';
    const values = units.map((i) => (r.cells[i] ?? '').trim()).filter((v) => v !== '');
    return values.every((v) => NUMBER.test(v)) ? 'subIndex' : 'ignored';
  };
  const units: number[] = [];
  const stats: number[] = [];
  let other = false;
  header.cells.forEach((cell, i) => {
    if (i <= first || cell.trim() === '' || kinds[i] === 'year' || kinds[i] === 'group') return;
    if (isIgnoredColumn(cell)) return;
    if (isStatColumn(cell)) stats.push(i);
    else if (kinds[i] === 'unknown') units.push(i);
    // A score, unit or year column ("Điểm 2019") is another layout, never a unit.
    else other = true;
  });
  if (units.length === 0 || other) return null;
  const typed = body.map((r) => ({ record: r, kind: rowKind(r, units) }));
  const used = typed.filter((t) => t.kind !== 'ignored');
  const totalRow = used.find((t) => t.kind === 'total');
  // Only a summary column with a total is a reference line; the others describe sub-indices.
  const summaries = stats.filter((i) => NUMBER.test((totalRow?.record.cells[i] ?? '').trim()));
  const lettered = units.every((i, n) => LETTER.exec(header.cells[i] ?? '')?.[1] === abc(n));
  const unitName = (i: number): string => {
    const raw = header.cells[i] ?? '';
    return canonicalName(lettered ? raw.replace(LETTER, '') : raw);
  };
  const fixed = keep.map(
    (k) => body.map((r) => (r.cells[k] ?? '').trim()).find((v) => v !== '') ?? '',
  );
  const english = foldKey(firstCell).startsWith('sub');
  const at = { line: header.line, excelRow: header.excelRow };
  const newHeader: CsvRecord = {
    ...at,
    cells: [
      ...keep.map((k) => header.cells[k] ?? ''),
      english ? 'Unit' : 'Đơn vị',
      ...(totalRow === undefined ? [english ? 'Total score' : 'Điểm tổng hợp'] : []),
      ...used.map((t) => t.record.cells[first] ?? ''),
    ],
  };
  const rowOf = (i: number, name: string, stat: boolean): CsvRecord => ({
    ...at,
    cells: [
      ...fixed,
      name,
      ...(totalRow === undefined ? [''] : []),
      ...used.map((t) => (stat && t.kind !== 'total' ? '' : (t.record.cells[i] ?? ''))),
    ],
  });
  const names = units.map(unitName);
  const out: CsvRecord[] = [
    ...records.slice(0, headerIndex),
    newHeader,
    ...units.map((i, n) => rowOf(i, names[n] ?? '', false)),
    ...summaries.map((i) => rowOf(i, canonicalName(header.cells[i] ?? ''), true)),
  ];
  const issue = makeIssue('SUB_INDEX_ROWS_RESHAPED', {
    ...at,
    value: firstCell.trim(),
    params: { count: units.length, names: names.slice(0, 5) },
  });
  return { records: out, issues: [...earlier, issue] };
}

const abc = (n: number): string => String.fromCharCode(65 + n);

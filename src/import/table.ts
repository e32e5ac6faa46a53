import { foldKey } from '../domain/names.ts';
import { columnLetter, makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { DatasetMeta } from '../domain/meta.ts';
import { classifyHeader } from './columns.ts';
import type { HeaderFound } from './header.ts';
import { isFooterRecord } from './header.ts';
import type { ColumnPlan, ColumnRole, ParsedRow } from './model.ts';
import { stripFormulaPrefix } from './names.ts';
import { decideDecimal, decimalVotes, readToken, tokenizeCell } from './numbers.ts';
import { RANGES, inRange } from './validate.ts';
import type { CellToken, DecimalMark } from './numbers.ts';
import type { CsvRecord } from './parseCsv.ts';
import { checkFieldCount, readRow } from './rows.ts';
import { isSummaryName, sectionName } from './sections.ts';

export type { ColumnPlan, ColumnRole } from './model.ts';

/** Limits of RELIABILITY.md S7. */
export const MAX_DATA_ROWS = 10_000;
export const MAX_COLUMNS = 200;

export interface Table {
  readonly columns: readonly ColumnPlan[];
  /** Block headings found among the rows ("I. KHỐI SỞ, BAN, NGÀNH"), see sections.ts. */
  readonly sections: readonly { readonly name: string; readonly line: number }[];
  readonly rows: readonly ParsedRow[];
  readonly decimal: DecimalMark;
  readonly wide: boolean;
  readonly issues: readonly Issue[];
}

const NUMERIC: ReadonlySet<ColumnRole> = new Set([
  'year',
  'total',
  'rank',
  'respondents',
  'stderr',
  'subIndex',
  'yearValue',
]);
const SCORE_LIKE: ReadonlySet<ColumnRole> = new Set(['total', 'subIndex', 'yearValue', 'stderr']);
const REQUIRED_LABEL = { unit: 'Đơn vị', total: 'Điểm tổng hợp' } as const;

const isBlank = (s: string): boolean => s.trim() === '';
const NUMBER_LIKE = /^[+\-\u2212]*(?:[0-9][0-9.,eExXa-fA-F+-]*|nan|inf|infinity)$/i;

/**
 * Reads the records below the header into typed rows: column roles from header aliases (and the
 * sidecar's sub-index columns), padding rows and footers dropped, ragged rows refused, each
 * numeric cell read with its column's decimal mark and range-checked, names canonicalised.
 * Every problem becomes an issue located by line, Excel row and column letter; rows with
 * problems are still returned so that all problems are listed at once.
 */
export function readTable(
  records: readonly CsvRecord[],
  header: HeaderFound,
  delimiter: string | null,
  meta: DatasetMeta | undefined,
): Table {
  const issues: Issue[] = [];
  const headerCells = header.cells.map((c) => stripFormulaPrefix(c).normalize('NFC').trim());
  let width = headerCells.length;
  while (width > 0 && isBlank(headerCells[width - 1] ?? '')) width--;
  const headerLine = records[header.index]?.line ?? 1;
  if (width > MAX_COLUMNS) {
    issues.push(
      makeIssue('TOO_MANY_COLUMNS', {
        line: headerLine,
        excelRow: records[header.index]?.excelRow ?? headerLine,
        params: { found: width, limit: MAX_COLUMNS },
      }),
    );
    return { columns: [], sections: [], rows: [], decimal: '.', wide: false, issues };
  }

  // Data records: padding rows skipped silently, footers and repeated headers (a table printed
  // over several pages, then converted) with a notice, the row limit enforced.
  const headerKeys = headerCells.map((c) => foldKey(c));
  const repeatsHeader = (record: CsvRecord): boolean => {
    let same = 0;
    for (let c = 0; c < width; c++) {
      const key = headerKeys[c] ?? '';
      if (key !== '' && foldKey(record.cells[c] ?? '') === key) same++;
    }
    return same >= 2 && same * 2 >= headerKeys.filter((k) => k !== '').length;
  };
  const data: CsvRecord[] = [];
  let inFooter = false;
  for (let i = header.index + 1; i < records.length; i++) {
    const record = records[i];
    if (record === undefined || record.cells.every(isBlank)) continue;
    if (repeatsHeader(record)) {
      issues.push(
        makeIssue('REPEATED_HEADER_IGNORED', {
          line: record.line,
          excelRow: record.excelRow,
          related: [{ line: headerLine, column: null }],
        }),
      );
      continue;
    }
    const filled = record.cells.filter((c) => !isBlank(c)).length;
    if (isFooterRecord(record) || (inFooter && filled <= 1)) {
      inFooter = true;
      issues.push(
        makeIssue('FOOTER_IGNORED', {
          line: record.line,
          excelRow: record.excelRow,
          value: (record.cells.find((c) => !isBlank(c)) ?? '').slice(0, 120),
        }),
      );
      continue;
    }
    data.push(record);
  }
  if (data.length > MAX_DATA_ROWS) {
    issues.push(
      makeIssue('TOO_MANY_ROWS', { params: { found: data.length, limit: MAX_DATA_ROWS } }),
    );
    return { columns: [], sections: [], rows: [], decimal: '.', wide: false, issues };
  }

  // Column roles from headers.
  const metaColumns = new Map<string, string>();
  for (const sub of meta?.subIndices ?? []) {
    for (const column of sub.columns) metaColumns.set(foldKey(column), sub.id);
  }
  // Names (vi, en, short) also match, so the app's own exports in either language re-import;
  // declared columns win over names.
  for (const sub of meta?.subIndices ?? []) {
    const names = [sub.name.vi, sub.name.en, sub.shortName?.vi, sub.shortName?.en];
    for (const name of names) {
      const key = name === undefined ? '' : foldKey(name);
      if (key !== '' && !metaColumns.has(key)) metaColumns.set(key, sub.id);
    }
  }
  type Draft = { role: ColumnRole | 'unknown' | 'empty'; year?: number; subIndexId?: string };
  const drafts: Draft[] = headerCells.slice(0, width).map((cell) => {
    const subIndexId = metaColumns.get(foldKey(cell));
    if (subIndexId !== undefined && foldKey(cell) !== '') return { role: 'subIndex', subIndexId };
    const role = classifyHeader(cell);
    return role.kind === 'yearValue' ? { role: 'yearValue', year: role.year } : { role: role.kind };
  });

  // Duplicate headers (same name without case/diacritics) refuse the file.
  const seenHeader = new Map<string, number>();
  headerCells.slice(0, width).forEach((cell, index) => {
    const key = foldKey(cell);
    if (key === '') return;
    const first = seenHeader.get(key);
    if (first === undefined) {
      seenHeader.set(key, index);
      return;
    }
    issues.push(
      makeIssue('DUPLICATE_HEADER', {
        line: headerLine,
        excelRow: records[header.index]?.excelRow ?? headerLine,
        column: columnLetter(index),
        header: cell,
        value: cell,
        related: [{ line: headerLine, column: columnLetter(first) }],
      }),
    );
  });

  // Two name columns (e.g. "province" and "province_vi"): keep the one with Vietnamese letters.
  const unitCandidates = drafts.flatMap((d, index) => (d.role === 'unit' ? [index] : []));
  if (unitCandidates.length > 1) {
    const accented = (col: number): number =>
      data.filter((r) => /[^\p{ASCII}]/u.test(r.cells[col] ?? '')).length;
    const best = unitCandidates.reduce((a, b) => (accented(b) > accented(a) ? b : a));
    for (const index of unitCandidates) {
      const d = drafts[index];
      if (index !== best && d !== undefined) {
        issues.push(columnIgnored(headerLine, index, headerCells[index] ?? ''));
        d.role = 'ignored';
      }
    }
  }

  // One column per single-valued role: later ones are ignored with a notice.
  const taken = new Set<ColumnRole | 'unknown' | 'empty'>();
  const hasTotal = drafts.some((d) => d.role === 'total');
  drafts.forEach((d, index) => {
    const single =
      d.role !== 'subIndex' &&
      d.role !== 'yearValue' &&
      d.role !== 'unknown' &&
      d.role !== 'empty' &&
      d.role !== 'rowNumber';
    if ((single && taken.has(d.role)) || (d.role === 'yearValue' && hasTotal)) {
      issues.push(columnIgnored(headerLine, index, headerCells[index] ?? ''));
      d.role = 'ignored';
    }
    taken.add(d.role);
  });
  const wide = !hasTotal && drafts.some((d) => d.role === 'yearValue');

  // Unknown columns: numbers → sub-index (only without a sidecar), else ignored.
  const cellsOf = (col: number): string[] =>
    data.map((r) => stripFormulaPrefix(r.cells[col] ?? ''));
  drafts.forEach((d, index) => {
    if (d.role !== 'unknown' && d.role !== 'empty') return;
    const cells = cellsOf(index);
    const tokens = cells.map(tokenizeCell);
    const numbers = tokens.filter((t) => t.kind === 'number').length;
    // Junk that was meant as a number (NaN, 1e3, 7..5) counts with the numbers, not as text.
    const numberLike = tokens.filter(
      (t, i) => t.kind === 'junk' && NUMBER_LIKE.test((cells[i] ?? '').trim()),
    ).length;
    const junk = tokens.filter((t) => t.kind === 'junk').length - numberLike;
    const headerText = headerCells[index] ?? '';
    // Mostly outside 0–10 ("Điểm năm trước", "Hạng 2018"): another kind of number, not a
    // sub-index; a sub-index with a few bad cells still gets them reported one by one.
    const outside = tokens.filter((t) => {
      const r = readToken(t, '.');
      return (
        (r.kind === 'number' || r.kind === 'mixed' || r.kind === 'ambiguous') &&
        !inRange(r.value, RANGES.subIndex)
      );
    }).length;
    if (d.role === 'empty' && numbers === 0 && junk === 0) {
      d.role = 'ignored'; // Excel padding column: silent.
      return;
    }
    // Mostly numbers: a sub-index whose bad cells are then reported one by one (not dropped).
    if (
      meta === undefined &&
      d.role === 'unknown' &&
      numbers > 0 &&
      numbers + numberLike >= junk &&
      outside * 2 <= numbers &&
      !wide
    ) {
      d.role = 'subIndex';
      return;
    }
    issues.push(columnIgnored(headerLine, index, headerText));
    d.role = 'ignored';
  });

  // Required columns.
  const unitCol = drafts.findIndex((d) => d.role === 'unit');
  const totalCol = drafts.findIndex((d) => d.role === 'total' || d.role === 'yearValue');
  for (const [missing, label] of [
    [unitCol < 0, REQUIRED_LABEL.unit],
    [totalCol < 0, REQUIRED_LABEL.total],
  ] as const) {
    if (missing) {
      issues.push(
        makeIssue('MISSING_REQUIRED_COLUMN', {
          line: headerLine,
          excelRow: records[header.index]?.excelRow ?? headerLine,
          value: label,
        }),
      );
    }
  }

  // Decimal marks: the file's majority, then each column's own majority.
  const tokensByCol = new Map<number, CellToken[]>();
  drafts.forEach((d, index) => {
    if (NUMERIC.has(d.role as ColumnRole)) tokensByCol.set(index, cellsOf(index).map(tokenizeCell));
  });
  let dot = 0;
  let comma = 0;
  for (const [index, tokens] of tokensByCol) {
    if (!SCORE_LIKE.has(drafts[index]?.role as ColumnRole)) continue;
    const v = decimalVotes(tokens);
    dot += v.dot;
    comma += v.comma;
  }
  const fileDecimal = decideDecimal({ dot, comma }, delimiter === ';' ? ',' : '.');
  const columns: ColumnPlan[] = drafts.map((d, index) => {
    const tokens = tokensByCol.get(index);
    const plan: ColumnPlan = {
      index,
      letter: columnLetter(index),
      header: headerCells[index] ?? '',
      role: d.role === 'unknown' || d.role === 'empty' ? 'ignored' : d.role,
      decimal:
        tokens === undefined ? fileDecimal : decideDecimal(decimalVotes(tokens), fileDecimal),
      ...(d.year === undefined ? {} : { year: d.year }),
      ...(d.subIndexId === undefined ? {} : { subIndexId: d.subIndexId }),
    };
    return plan;
  });
  if (issues.some((i) => i.code === 'MISSING_REQUIRED_COLUMN')) {
    return { columns, sections: [], rows: [], decimal: fileDecimal, wide, issues };
  }

  const rows: ParsedRow[] = [];
  const missingByCol = new Map<number, number>();
  let section: { name: string; line: number } | null = null;
  const sections: { name: string; line: number }[] = [];
  for (const record of data) {
    const heading = sectionName(record, columns);
    if (heading !== null) {
      section = { name: heading, line: record.line };
      sections.push(section);
      continue;
    }
    const rowIssues = checkFieldCount(record, width);
    if (rowIssues !== null) {
      issues.push(rowIssues);
      continue;
    }
    const row = readRow(record, columns, missingByCol, issues);
    if (row === null) continue;
    if (isSummaryName(row.unit)) {
      const unitColumn = columns.find((c) => c.role === 'unit');
      issues.push(
        makeIssue('SUMMARY_ROW_IGNORED', {
          line: record.line,
          excelRow: record.excelRow,
          column: unitColumn?.letter ?? null,
          header: unitColumn?.header ?? null,
          value: row.unit,
        }),
      );
      continue;
    }
    rows.push({ ...row, section: section?.name ?? null, sectionLine: section?.line ?? null });
  }
  const missingTotal = [...missingByCol.values()].reduce((a, b) => a + b, 0);
  if (missingTotal > 0) {
    issues.push(
      makeIssue('MISSING_VALUES', {
        params: {
          count: missingTotal,
          columns: [...missingByCol.keys()].map((c) => columns[c]?.header ?? columnLetter(c)),
        },
      }),
    );
  }
  return { columns, sections, rows, decimal: fileDecimal, wide, issues };
}

function columnIgnored(line: number, index: number, header: string): Issue {
  return makeIssue('COLUMN_IGNORED', { line, column: columnLetter(index), header, value: header });
}

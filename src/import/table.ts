import { columnLetter, makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { DatasetMeta } from '../domain/meta.ts';
import { planColumns } from './columnPlan.ts';
import type { Draft } from './columnPlan.ts';
import { dataRecords } from './dataRecords.ts';
import type { HeaderFound } from './header.ts';
import type { ColumnMapping } from './mapping.ts';
import type { ColumnPlan, ColumnRole, ParsedRow } from './model.ts';
import { stripFormulaPrefix } from './names.ts';
import { cellVote, decideDecimal } from './numbers.ts';
import type { DecimalMark, DecimalVotes } from './numbers.ts';
import type { CsvRecord } from './parseCsv.ts';
import { checkFieldCount, readRow } from './rows.ts';
import type { Range } from './validate.ts';
import { isSummaryName, sectionName } from './sections.ts';

export type { ColumnPlan, ColumnRole } from './model.ts';
export { MAX_DATA_ROWS } from './dataRecords.ts';

/** Limits of RELIABILITY.md S7. */
export const MAX_COLUMNS = 200;

export interface Table {
  readonly columns: readonly ColumnPlan[];
  /** Block headings found among the rows ("I. KHỐI SỞ, BAN, NGÀNH"), see sections.ts. */
  readonly sections: readonly { readonly name: string; readonly line: number }[];
  readonly rows: readonly ParsedRow[];
  /** Summary rows (medians, averages) read like rows but never units; kept as references. */
  readonly summaries: readonly ParsedRow[];
  readonly decimal: DecimalMark;
  readonly wide: boolean;
  readonly issues: readonly Issue[];
}

/** What readTable needs beyond the records: the sidecar, the user's mapping, a fixed unit. */
export interface TableOptions {
  readonly meta?: DatasetMeta | undefined;
  readonly mapping?: ColumnMapping | undefined;
  /**
   * A single-unit table (no unit column) may go on without a unit column: the unit then comes
   * from the user or the title (importDataset.ts).
   */
  readonly singleUnit?: (columns: readonly ColumnPlan[]) => boolean;
  /** The range of totals and whether it was declared (title, header, user); default 0–100. */
  readonly scale?: { readonly range: Range; readonly declared: boolean } | undefined;
}

const NUMERIC: ReadonlySet<ColumnRole> = new Set([
  'year',
  'total',
  'respondents',
  'stderr',
  'subIndex',
  'yearValue',
]);
const SCORE_LIKE: ReadonlySet<ColumnRole> = new Set(['total', 'subIndex', 'yearValue', 'stderr']);
const REQUIRED_LABEL = { unit: 'Đơn vị', total: 'Điểm tổng hợp' } as const;

const isBlank = (s: string): boolean => s.trim() === '';
const emptyTable = (issues: readonly Issue[]): Table => ({
  columns: [],
  sections: [],
  rows: [],
  summaries: [],
  decimal: '.',
  wide: false,
  issues,
});

/**
 * Reads the records below the header into typed rows: data records (footers, repeated headers
 * and the row limit, dataRecords.ts) → column roles (columnPlan.ts) → required columns →
 * decimal marks → rows (rows.ts; block headings and summary rows set apart). Every problem
 * becomes an issue located by line, Excel row and column letter; rows with problems are still
 * returned so that all problems are listed at once.
 */
export function readTable(
  records: readonly CsvRecord[],
  header: HeaderFound,
  delimiter: string | null,
  options: TableOptions = {},
): Table {
  const headerCells = header.cells.map((c) => stripFormulaPrefix(c).normalize('NFC').trim());
  let width = headerCells.length;
  while (width > 0 && isBlank(headerCells[width - 1] ?? '')) width--;
  const headerRecord = records[header.index];
  const at = { line: headerRecord?.line ?? 1, excelRow: headerRecord?.excelRow ?? 1 };
  if (width > MAX_COLUMNS) {
    const params = { found: width, limit: MAX_COLUMNS };
    return emptyTable([makeIssue('TOO_MANY_COLUMNS', { ...at, params })]);
  }
  const found = dataRecords(records, header.index, headerCells, width);
  const issues: Issue[] = [...found.issues];
  if (found.tooMany) return emptyTable(issues);

  const plan = planColumns({
    headerCells: headerCells.slice(0, width),
    data: found.data,
    meta: options.meta,
    mapping: options.mapping,
    at,
  });
  issues.push(...plan.issues);
  const columns = columnPlans(plan.drafts, headerCells, found.data, delimiter);
  const fileDecimal = columns.decimal;
  const missing = requiredColumns(columns.plans, options, at);
  issues.push(...missing);
  const base = { columns: columns.plans, decimal: fileDecimal, wide: plan.wide };
  if (missing.length > 0) return { ...base, sections: [], rows: [], summaries: [], issues };
  const read = readRows(found.data, columns.plans, width, options.scale);
  return { ...base, ...read, issues: [...issues, ...read.issues] };
}

/** MISSING_REQUIRED_COLUMN for a missing unit (unless a single-unit table) or total column. */
function requiredColumns(
  columns: readonly ColumnPlan[],
  options: TableOptions,
  at: { readonly line: number; readonly excelRow: number },
): Issue[] {
  const unit = columns.some((c) => c.role === 'unit') || (options.singleUnit?.(columns) ?? false);
  const total = columns.some((c) => c.role === 'total' || c.role === 'yearValue');
  const issues: Issue[] = [];
  if (!unit)
    issues.push(makeIssue('MISSING_REQUIRED_COLUMN', { ...at, value: REQUIRED_LABEL.unit }));
  if (!total)
    issues.push(makeIssue('MISSING_REQUIRED_COLUMN', { ...at, value: REQUIRED_LABEL.total }));
  return issues;
}

/** The decimal-mark votes of one column's cells (no token kept per cell). */
function columnVotes(data: readonly CsvRecord[], index: number): DecimalVotes {
  let dot = 0;
  let comma = 0;
  for (const r of data) {
    const vote = cellVote(stripFormulaPrefix(r.cells[index] ?? ''));
    if (vote === '.') dot++;
    else if (vote === ',') comma++;
  }
  return { dot, comma };
}

/** Column plans with decimal marks: the file's majority, then each column's own majority. */
function columnPlans(
  drafts: readonly Draft[],
  headerCells: readonly string[],
  data: readonly CsvRecord[],
  delimiter: string | null,
): { plans: ColumnPlan[]; decimal: DecimalMark } {
  const votesByCol = new Map<number, DecimalVotes>();
  drafts.forEach((d, index) => {
    if (NUMERIC.has(d.role as ColumnRole)) votesByCol.set(index, columnVotes(data, index));
  });
  let dot = 0;
  let comma = 0;
  for (const [index, v] of votesByCol) {
    if (!SCORE_LIKE.has(drafts[index]?.role as ColumnRole)) continue;
    dot += v.dot;
    comma += v.comma;
  }
  const decimal = decideDecimal({ dot, comma }, delimiter === ';' ? ',' : '.');
  const plans = drafts.map((d, index): ColumnPlan => {
    const votes = votesByCol.get(index);
    return {
      index,
      letter: columnLetter(index),
      header: headerCells[index] ?? '',
      role: d.role === 'unknown' || d.role === 'empty' ? 'ignored' : d.role,
      decimal: votes === undefined ? decimal : decideDecimal(votes, decimal),
      ...(d.year === undefined ? {} : { year: d.year }),
      ...(d.subIndexId === undefined ? {} : { subIndexId: d.subIndexId }),
    };
  });
  return { plans, decimal };
}

/**
 * Stage "rows": block headings give sections, summary rows (averages, totals, medians) are set
 * apart by their unit cell (read on their own, never units), then each record becomes a typed row.
 */
function readRows(
  data: readonly CsvRecord[],
  columns: readonly ColumnPlan[],
  width: number,
  scale: TableOptions['scale'],
): Pick<Table, 'rows' | 'summaries' | 'sections' | 'issues'> {
  const issues: Issue[] = [];
  const rows: ParsedRow[] = [];
  const summaries: ParsedRow[] = [];
  const missingByCol = new Map<number, number>();
  let section: { name: string; line: number } | null = null;
  const sections: { name: string; line: number }[] = [];
  const unitColumn = columns.find((c) => c.role === 'unit');
  for (const record of data) {
    const heading = sectionName(record, columns);
    if (heading !== null) {
      section = { name: heading, line: record.line };
      sections.push(section);
      continue;
    }
    const unitCell = unitColumn === undefined ? '' : (record.cells[unitColumn.index] ?? '');
    if (unitColumn !== undefined && isSummaryName(stripFormulaPrefix(unitCell))) {
      const at = { line: record.line, excelRow: record.excelRow };
      const where = { column: unitColumn.letter, header: unitColumn.header };
      issues.push(makeIssue('SUMMARY_ROW_IGNORED', { ...at, ...where, value: unitCell.trim() }));
      const summary = readSummaryRow(record, columns, scale);
      if (summary !== null) summaries.push({ ...summary, ...sectionOf(section) });
      continue;
    }
    const fieldIssue = checkFieldCount(record, width);
    if (fieldIssue !== null) {
      issues.push(fieldIssue);
      continue;
    }
    const row = readRow(record, columns, missingByCol, issues, scale, null, section);
    if (row !== null) rows.push(row);
  }
  return {
    rows,
    summaries,
    sections,
    issues: [...mergeRankIssues(issues), ...missingValues(missingByCol, columns)],
  };
}

const sectionOf = (section: { name: string; line: number } | null) => ({
  section: section?.name ?? null,
  sectionLine: section?.line ?? null,
});

/**
 * A summary row read like a data row, its cell problems dropped (it is a reference, not data:
 * a bad cell only loses the reference line). Null when its shape is off.
 */
function readSummaryRow(
  record: CsvRecord,
  columns: readonly ColumnPlan[],
  scale: TableOptions['scale'],
): ParsedRow | null {
  const scratch: Issue[] = [];
  const row = readRow(record, columns, new Map(), scratch, scale);
  return row === null || scratch.some((i) => i.severity === 'error') ? null : row;
}

/** One RANK_NOT_READ per column (the first cell, the others as related lines). */
function mergeRankIssues(issues: readonly Issue[]): Issue[] {
  const firstByColumn = new Map<string | null, Issue>();
  const related = new Map<string | null, { line: number | null; column: string | null }[]>();
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'RANK_NOT_READ') {
      out.push(issue);
      continue;
    }
    if (!firstByColumn.has(issue.column)) {
      firstByColumn.set(issue.column, issue);
      related.set(issue.column, []);
    } else {
      related.get(issue.column)?.push({ line: issue.line, column: issue.column });
    }
  }
  for (const [column, first] of firstByColumn) {
    out.push({ ...first, related: related.get(column) ?? [] });
  }
  return out;
}

/** One MISSING_VALUES notice naming the columns with empty score cells. */
function missingValues(
  missingByCol: ReadonlyMap<number, number>,
  columns: readonly ColumnPlan[],
): Issue[] {
  const count = [...missingByCol.values()].reduce((a, b) => a + b, 0);
  if (count === 0) return [];
  const names = [...missingByCol.keys()].map((c) => columns[c]?.header ?? columnLetter(c));
  return [makeIssue('MISSING_VALUES', { params: { count, columns: names } })];
}

/**
 * One data record → one typed row: each cell read by its column's role, numbers through the
 * strict grammar and range-checked, names canonicalised, every problem an issue at its cell.
 */
import { canonicalName } from '../domain/names.ts';
import { columnLetter, makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { ColumnPlan, ColumnRole, ParsedRow } from './model.ts';
import { nameLengthIssue, ownString, readName, stripFormulaPrefix } from './names.ts';
import { readPlainNumber, readToken, tokenizeCell } from './numbers.ts';
import { readRank } from './ranks.ts';
import type { CsvRecord } from './parseCsv.ts';
import { RANGES, inRange } from './validate.ts';
import type { Range } from './validate.ts';

const isBlank = (s: string): boolean => s.trim() === '';

/** The allowed values of a numeric column (null for text columns); totals on the table's scale. */
function rangeOf(role: ColumnRole, total: Range): Range | null {
  switch (role) {
    case 'total':
    case 'yearValue':
      return total;
    case 'subIndex':
      return RANGES.subIndex;
    case 'respondents':
      return RANGES.respondents;
    case 'stderr':
      return { min: 0, max: total.max - total.min, integer: false };
    case 'year':
      return RANGES.year;
    default:
      return null;
  }
}

/** TOO_FEW_FIELDS / TOO_MANY_FIELDS; trailing empty fields are fine. */
export function checkFieldCount(record: CsvRecord, width: number): Issue | null {
  let used = record.cells.length;
  while (used > 0 && isBlank(record.cells[used - 1] ?? '')) used--;
  if (used > width) {
    return makeIssue('TOO_MANY_FIELDS', {
      line: record.line,
      excelRow: record.excelRow,
      column: columnLetter(width),
      value: record.cells[width] ?? '',
      params: { expected: width, found: used },
    });
  }
  if (record.cells.length < width) {
    return makeIssue('TOO_FEW_FIELDS', {
      line: record.line,
      excelRow: record.excelRow,
      column: columnLetter(record.cells.length),
      params: { expected: width, found: record.cells.length },
    });
  }
  return null;
}

type At = {
  readonly line: number;
  readonly excelRow: number;
  readonly column: string;
  readonly header: string;
  readonly value: string;
};

/** Where a cell's issue points (built only when there is an issue: most cells have none). */
const cellAt = (record: CsvRecord, c: ColumnPlan, raw: string): At => ({
  line: record.line,
  excelRow: record.excelRow,
  column: c.letter,
  header: c.header,
  value: raw,
});

/**
 * Reads a numeric cell by its column's decimal mark and range; problems become issues. The
 * value, null when the cell is wrong, or undefined when it is blank (a missing marker): no
 * result object per cell.
 */
function readNumberCell(
  c: ColumnPlan,
  raw: string,
  record: CsvRecord,
  ctx: CellContext,
): number | null | undefined {
  const { missingByCol, issues } = ctx;
  const range = rangeOf(c.role, ctx.total);
  const reading = readPlainNumber(raw, c.decimal) ?? readToken(tokenizeCell(raw), c.decimal);
  if (reading.kind === 'junk') {
    const params = range === null ? {} : { min: range.min, max: range.max };
    issues.push(makeIssue('NOT_A_NUMBER', { ...cellAt(record, c, raw), params }));
    return null;
  }
  if (reading.kind === 'ambiguous') {
    const params = { decimal: c.decimal, reading: reading.value };
    issues.push(makeIssue('AMBIGUOUS_NUMBER', { ...cellAt(record, c, raw), params }));
    return null;
  }
  if (reading.kind === 'missing') {
    if (c.role === 'total' || c.role === 'subIndex' || c.role === 'yearValue') {
      missingByCol.set(c.index, (missingByCol.get(c.index) ?? 0) + 1);
    }
    return undefined;
  }
  if (reading.kind === 'mixed') {
    const params = { decimal: c.decimal, reading: reading.value };
    issues.push(makeIssue('MIXED_DECIMAL_SEPARATOR', { ...cellAt(record, c, raw), params }));
  }
  if (range !== null && !inRange(reading.value, range)) {
    // A total outside a declared scale names that scale ("the table's scale, 0 to 10").
    const declared = ctx.declared && (c.role === 'total' || c.role === 'yearValue');
    const params = { min: range.min, max: range.max, integer: range.integer };
    const scale = declared ? { scale: true } : {};
    issues.push(
      makeIssue('OUT_OF_RANGE', { ...cellAt(record, c, raw), params: { ...params, ...scale } }),
    );
    return null;
  }
  return reading.value;
}

/** Reads a rank cell as published ("Hạng 1", "60/63", "=3"); RANK_NOT_READ when it is not one. */
function readRankCell(
  c: ColumnPlan,
  raw: string,
  record: CsvRecord,
  issues: Issue[],
): PublishedRank {
  const reading = readRank(raw);
  if (reading.kind === 'rank') return { rank: reading.rank, fieldSize: reading.fieldSize };
  if (reading.kind === 'junk') {
    // A plain number that is no rank (0, 2.5) is out of range; text is a rank not read.
    const range = RANGES.rank;
    const params = { min: range.min, max: range.max, integer: range.integer };
    issues.push(
      tokenizeCell(raw).kind === 'number'
        ? makeIssue('OUT_OF_RANGE', { ...cellAt(record, c, raw), params })
        : makeIssue('RANK_NOT_READ', cellAt(record, c, raw)),
    );
  }
  return { rank: null, fieldSize: null };
}

type PublishedRank = { rank: number | null; fieldSize: number | null };

/** What reading a row's cells needs beyond the record: counters, issues and the scale. */
interface CellContext {
  readonly missingByCol: Map<number, number>;
  readonly issues: Issue[];
  /** The range of totals (the declared scale, else 0–100). */
  readonly total: Range;
  /** True when that range was declared (title, header or user), not the default. */
  readonly declared: boolean;
}

/** The unit cell: canonical name, repairs as notices, lost letters and over-long names. */
function readUnitCell(c: ColumnPlan, raw: string, record: CsvRecord, issues: Issue[]): string {
  const reading = readName(raw);
  const unit = ownString(reading.name);
  for (const code of reading.codes)
    issues.push(makeIssue(code, { ...cellAt(record, c, raw), params: { canonical: unit } }));
  // A "?" in a unit name is a letter lost when the file was saved in a non-Vietnamese code page.
  if (unit.includes('?')) issues.push(makeIssue('TEXT_LOST_IN_SAVE', cellAt(record, c, raw)));
  const tooLong = nameLengthIssue(unit, {
    line: record.line,
    excelRow: record.excelRow,
    column: c.letter,
    header: c.header,
  });
  if (tooLong !== null) issues.push(tooLong);
  return unit;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type RowDraft = Mutable<Omit<ParsedRow, 'subIndices' | 'yearValues' | 'yearRanks'>> & {
  subIndices: Map<number, number | null>;
  yearValues?: Map<number, number | null>;
  yearRanks?: Map<number, PublishedRank>;
};

/** Stores one cell's value in the row draft by its column's role. */
function storeCell(
  draft: RowDraft,
  c: ColumnPlan,
  raw: string,
  record: CsvRecord,
  ctx: CellContext,
): void {
  const { issues } = ctx;
  if (c.role === 'group' || c.role === 'tier' || c.role === 'notes' || c.role === 'code') {
    const text = canonicalName(raw);
    const value = text === '' ? null : text;
    if (c.role === 'group') draft.groupText = value ?? '';
    else if (c.role === 'tier') draft.tier = value;
    else if (c.role === 'code') draft.code = value;
    else draft.notes = value;
    return;
  }
  if (c.role === 'rank' || c.role === 'yearRank') {
    const published = readRankCell(c, raw, record, issues);
    if (c.role === 'yearRank') draft.yearRanks?.set(c.index, published);
    else Object.assign(draft, published);
    return;
  }
  const read = readNumberCell(c, raw, record, ctx);
  const value = read ?? null;
  switch (c.role) {
    case 'year':
      draft.year = value;
      draft.yearBlank = read === undefined;
      break;
    case 'total':
      draft.total = value;
      draft.totalCol = c.index;
      break;
    case 'respondents':
      draft.respondents = value;
      break;
    case 'stderr':
      draft.standardError = value;
      break;
    case 'subIndex':
      draft.subIndices.set(c.index, value);
      break;
    case 'yearValue':
      draft.yearValues?.set(c.index, value);
      break;
    default:
      break;
  }
}

const wideColumns = (columns: readonly ColumnPlan[]): boolean =>
  columns.some((c) => c.role === 'yearValue' || c.role === 'yearRank');

/** The range of totals when the table declares no scale. */
const DEFAULT_TOTAL = { range: RANGES.total, declared: false } as const;

/** The block heading a row is under (sections.ts), or none. */
export type RowSection = { readonly name: string; readonly line: number } | null;

/**
 * Reads one record; pushes its cell issues; null for a row without a unit name. `scale` is the
 * range of totals (a declared scale, else 0–100); `fixedUnit` the unit of a single-unit table;
 * `section` the block heading above the row. The row is built once (no copies per row: every
 * copy of its twenty fields was garbage on a 10,000-row file).
 */
export function readRow(
  record: CsvRecord,
  columns: readonly ColumnPlan[],
  missingByCol: Map<number, number>,
  issues: Issue[],
  scale: { readonly range: Range; readonly declared: boolean } = DEFAULT_TOTAL,
  fixedUnit: string | null = null,
  section: RowSection = null,
): ParsedRow | null {
  const ctx: CellContext = { missingByCol, issues, total: scale.range, declared: scale.declared };
  const wide = wideColumns(columns);
  const draft: RowDraft = {
    line: record.line,
    excelRow: record.excelRow,
    year: null,
    yearBlank: false,
    groupText: null,
    unitRaw: fixedUnit ?? '',
    unit: fixedUnit ?? '',
    total: null,
    totalCol: -1,
    rank: null,
    fieldSize: null,
    tier: null,
    respondents: null,
    standardError: null,
    notes: null,
    code: null,
    subIndices: new Map(),
    section: section?.name ?? null,
    sectionLine: section?.line ?? null,
  };
  // Only a wide file's rows have these (its columns are the only ones that fill them). Added
  // after the literal: a spread in it made every row's object on a slow path.
  if (wide) {
    draft.yearValues = new Map();
    draft.yearRanks = new Map();
  }
  let unitPlan: ColumnPlan | null = null;
  for (const c of columns) {
    if (c.role === 'ignored' || c.role === 'rowNumber') continue;
    const raw = stripFormulaPrefix(record.cells[c.index] ?? '');
    if (c.role === 'unit') {
      unitPlan = c;
      draft.unitRaw = raw;
      draft.unit = readUnitCell(c, raw, record, issues);
    } else {
      storeCell(draft, c, raw, record, ctx);
    }
  }
  if (draft.unit === '' && unitPlan !== null) {
    // A template row numbered in advance (only the STT cell filled) is padding, not an error.
    const onlyNumbered = columns.every(
      (c) => c.role === 'rowNumber' || c.role === 'ignored' || isBlank(record.cells[c.index] ?? ''),
    );
    if (!onlyNumbered)
      issues.push(makeIssue('EMPTY_UNIT_NAME', cellAt(record, unitPlan, draft.unitRaw)));
    return null;
  }
  if (!wide) return draft;
  // A wide row keeps only the maps it filled.
  const { yearValues, yearRanks, ...rest } = draft;
  return {
    ...rest,
    ...(yearValues !== undefined && yearValues.size > 0 ? { yearValues } : {}),
    ...(yearRanks !== undefined && yearRanks.size > 0 ? { yearRanks } : {}),
  };
}

/**
 * One data record → one typed row: each cell read by its column's role, numbers through the
 * strict grammar and range-checked, names canonicalised, every problem an issue at its cell.
 */
import { canonicalName } from '../domain/names.ts';
import { columnLetter, makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { ColumnPlan, ColumnRole, ParsedRow } from './model.ts';
import { nameLengthIssue, readName, stripFormulaPrefix } from './names.ts';
import { readToken, tokenizeCell } from './numbers.ts';
import type { CsvRecord } from './parseCsv.ts';
import { RANGES, inRange } from './validate.ts';
import type { Range } from './validate.ts';

const isBlank = (s: string): boolean => s.trim() === '';

/** The allowed values of a numeric column (null for text columns). */
function rangeOf(role: ColumnRole): Range | null {
  switch (role) {
    case 'total':
    case 'yearValue':
      return RANGES.total;
    case 'subIndex':
      return RANGES.subIndex;
    case 'rank':
      return RANGES.rank;
    case 'respondents':
      return RANGES.respondents;
    case 'stderr':
      return RANGES.stderr;
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

/** Reads one record; pushes its cell issues; null for a row without a unit name. */
export function readRow(
  record: CsvRecord,
  columns: readonly ColumnPlan[],
  missingByCol: Map<number, number>,
  issues: Issue[],
): ParsedRow | null {
  const at = (c: ColumnPlan, raw: string) => ({
    line: record.line,
    excelRow: record.excelRow,
    column: c.letter,
    header: c.header,
    value: raw,
  });
  let year: number | null = null;
  let yearBlank = false;
  let groupText: string | null = null;
  let unitRaw = '';
  let unit = '';
  let unitPlan: ColumnPlan | null = null;
  let total: number | null = null;
  let totalCol = -1;
  let rank: number | null = null;
  let tier: string | null = null;
  let respondents: number | null = null;
  let standardError: number | null = null;
  let notes: string | null = null;
  let code: string | null = null;
  const subIndices = new Map<number, number | null>();
  const yearValues = new Map<number, number | null>();

  for (const c of columns) {
    if (c.role === 'ignored' || c.role === 'rowNumber') continue;
    const raw = stripFormulaPrefix(record.cells[c.index] ?? '');
    if (c.role === 'unit') {
      unitPlan = c;
      unitRaw = raw;
      const reading = readName(raw);
      unit = reading.name;
      for (const code of reading.codes)
        issues.push(makeIssue(code, { ...at(c, raw), params: { canonical: unit } }));
      // A "?" in a unit name is a letter lost when the file was saved in a non-Vietnamese code page.
      if (unit.includes('?')) issues.push(makeIssue('TEXT_LOST_IN_SAVE', at(c, raw)));
      const tooLong = nameLengthIssue(unit, {
        line: record.line,
        excelRow: record.excelRow,
        column: c.letter,
        header: c.header,
      });
      if (tooLong !== null) issues.push(tooLong);
      continue;
    }
    if (c.role === 'group' || c.role === 'tier' || c.role === 'notes' || c.role === 'code') {
      const text = canonicalName(raw);
      const value = text === '' ? null : text;
      if (c.role === 'group') groupText = value ?? '';
      else if (c.role === 'tier') tier = value;
      else if (c.role === 'code') code = value;
      else notes = value;
      continue;
    }
    const range = rangeOf(c.role);
    const reading = readToken(tokenizeCell(raw), c.decimal);
    let value: number | null = null;
    if (reading.kind === 'junk') {
      issues.push(
        makeIssue('NOT_A_NUMBER', {
          ...at(c, raw),
          params: range === null ? {} : { min: range.min, max: range.max },
        }),
      );
    } else if (reading.kind === 'ambiguous') {
      issues.push(
        makeIssue('AMBIGUOUS_NUMBER', {
          ...at(c, raw),
          params: { decimal: c.decimal, reading: reading.value },
        }),
      );
    } else if (reading.kind === 'missing') {
      if (c.role === 'total' || c.role === 'subIndex' || c.role === 'yearValue') {
        missingByCol.set(c.index, (missingByCol.get(c.index) ?? 0) + 1);
      }
    } else {
      if (reading.kind === 'mixed') {
        issues.push(
          makeIssue('MIXED_DECIMAL_SEPARATOR', {
            ...at(c, raw),
            params: { decimal: c.decimal, reading: reading.value },
          }),
        );
      }
      if (range !== null && !inRange(reading.value, range)) {
        issues.push(
          makeIssue('OUT_OF_RANGE', {
            ...at(c, raw),
            params: { min: range.min, max: range.max, integer: range.integer },
          }),
        );
      } else {
        value = reading.value;
      }
    }
    switch (c.role) {
      case 'year':
        year = value;
        yearBlank = reading.kind === 'missing';
        break;
      case 'total':
        total = value;
        totalCol = c.index;
        break;
      case 'rank':
        rank = value;
        break;
      case 'respondents':
        respondents = value;
        break;
      case 'stderr':
        standardError = value;
        break;
      case 'subIndex':
        subIndices.set(c.index, value);
        break;
      case 'yearValue':
        yearValues.set(c.index, value);
        break;
      default:
        break;
    }
  }
  if (unit === '' && unitPlan !== null) {
    // A template row numbered in advance (only the STT cell filled) is padding, not an error.
    const onlyNumbered = columns.every(
      (c) => c.role === 'rowNumber' || c.role === 'ignored' || isBlank(record.cells[c.index] ?? ''),
    );
    if (!onlyNumbered) issues.push(makeIssue('EMPTY_UNIT_NAME', at(unitPlan, unitRaw)));
    return null;
  }
  return {
    line: record.line,
    excelRow: record.excelRow,
    year,
    yearBlank,
    groupText,
    unitRaw,
    unit,
    total,
    totalCol,
    rank,
    tier,
    respondents,
    standardError,
    notes,
    code,
    subIndices,
    section: null,
    sectionLine: null,
    ...(yearValues.size > 0 ? { yearValues } : {}),
  };
}

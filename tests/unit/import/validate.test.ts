import { describe, expect, it } from 'vitest';
import { makeIssue, orderIssues } from '../../../src/domain/issues.ts';
import { issueMessage } from '../../../src/i18n/issueMessages.ts';
import type { ParsedRow } from '../../../src/import/model.ts';
import {
  checkDuplicates,
  checkRanks,
  competitionRanks,
  inRange,
  RANGES,
} from '../../../src/import/validate.ts';

const row = (
  line: number,
  unit: string,
  total: number | null,
  rank: number | null = null,
): ParsedRow => ({
  line,
  excelRow: line,
  year: 2023,
  yearBlank: false,
  groupText: null,
  unitRaw: unit,
  unit,
  total,
  totalCol: 2,
  rank,
  fieldSize: null,
  tier: null,
  respondents: null,
  standardError: null,
  notes: null,
  code: null,
  subIndices: new Map(),
  section: null,
  sectionLine: null,
});

describe('ranges', () => {
  it.each([
    ['total', 0, true],
    ['total', 100, true],
    ['total', 104.5, false],
    ['total', -3.1, false],
    ['subIndex', 10, true],
    ['subIndex', 11.2, false],
    ['rank', 1, true],
    ['rank', 0, false],
    ['rank', 2.5, false],
    ['respondents', 0, true],
    ['respondents', 12.5, false],
    ['year', 2019, true],
    ['year', 19, false],
  ] as const)('%s %d allowed: %s', (kind, value, ok) => {
    expect(inRange(value, RANGES[kind])).toBe(ok);
  });
});

/** One row per unit name, each in the bucket given (all 2023 by default). */
const duplicateInputs = (rows: ParsedRow[], buckets?: readonly string[]) =>
  rows.map((r, i) => ({
    row: r,
    bucket: buckets?.[i] ?? '2023',
    unitId: r.unit,
    unitCol: 1,
    unitHeader: 'Đơn vị',
    year: 2023,
  }));

describe('checkDuplicates', () => {
  it('reports a unit seen three times once, at the second line, with all the others and the count', () => {
    const rows = [row(2, 'Ba Bể', 70), row(5, 'Ba Bể', 71), row(9, 'Ba Bể', 72)];
    const issues = checkDuplicates(duplicateInputs(rows));
    expect(issues.map((i) => [i.line, i.related.map((r) => r.line), i.params])).toEqual([
      [5, [2, 9], { year: 2023, count: 3 }],
    ]);
    expect(issueMessage(issues[0]!, 'vi')).toBe(
      '«Ba Bể» năm 2023 xuất hiện 3 lần (dòng 2, 5 và 9). Xóa hoặc sửa các dòng thừa.',
    );
  });

  it('counts a unit once per year and group (the same unit in two buckets is no duplicate)', () => {
    const rows = [
      row(2, 'Ba Bể', 70),
      row(3, 'Ba Bể', 71),
      row(4, 'Na Rì', 60),
      row(5, 'Ba Bể', 72),
    ];
    const issues = checkDuplicates(duplicateInputs(rows, ['2022', '2023', '2023', '2023']));
    expect(issues.map((i) => [i.line, i.related.map((r) => r.line)])).toEqual([[5, [3]]]);
  });

  it('names the later line and points back to the first', () => {
    const rows = [row(2, 'Ba Bể', 70), row(3, 'Na Rì', 60), row(9, 'Ba Bể', 71)];
    const issues = checkDuplicates(duplicateInputs(rows));
    expect(issues.map((i) => [i.code, i.line, i.column, i.value, i.related])).toEqual([
      ['DUPLICATE_UNIT_YEAR', 9, 'B', 'Ba Bể', [{ line: 2, column: 'B' }]],
    ]);
  });
});

describe('checkRanks', () => {
  const inputs = (rows: ParsedRow[]) => rows.map((r) => ({ row: r, key: 'k' }));

  it('accepts ties sharing a rank and ranks in score order', () => {
    const rows = [row(2, 'A', 80, 1), row(3, 'B', 70, 2), row(4, 'C', 70, 2), row(5, 'D', 60, 4)];
    expect(checkRanks(inputs(rows), 3, 'Xếp hạng')).toEqual([]);
  });

  it('accepts equal scores with different ranks (ranked on unrounded scores)', () => {
    const rows = [row(2, 'A', 70, 1), row(3, 'B', 70, 2)];
    expect(checkRanks(inputs(rows), 3, 'Xếp hạng')).toEqual([]);
  });

  it('warns at the row whose rank beats a higher score, naming that row', () => {
    const rows = [row(2, 'A', 80, 1), row(3, 'B', 70, 3), row(4, 'C', 60, 2)];
    const issues = checkRanks(inputs(rows), 3, 'Xếp hạng');
    expect(issues.map((i) => [i.severity, i.code, i.line, i.column, i.related])).toEqual([
      ['warning', 'RANK_CONTRADICTS_SCORE', 4, 'D', [{ line: 3, column: 'D' }]],
    ]);
  });

  it('warns when a lower score shares the rank of a higher one', () => {
    const rows = [row(2, 'A', 80, 1), row(3, 'B', 70, 1)];
    expect(checkRanks(inputs(rows), 3, 'Xếp hạng').map((i) => i.line)).toEqual([3]);
  });

  it('compares only within one year and group', () => {
    const a = row(2, 'A', 80, 2);
    const b = row(3, 'B', 70, 1);
    expect(
      checkRanks(
        [
          { row: a, key: 'x' },
          { row: b, key: 'y' },
        ],
        3,
        'Xếp hạng',
      ),
    ).toEqual([]);
  });
});

describe('competitionRanks', () => {
  it('gives ties the same rank, skips the next, and leaves missing scores unranked', () => {
    const rows = [
      row(2, 'A', 70),
      row(3, 'B', 80),
      row(4, 'C', 70),
      row(5, 'D', null),
      row(6, 'E', 60),
    ];
    expect(competitionRanks(rows.map((r) => ({ row: r, key: 'k' })))).toEqual([2, 1, 2, null, 4]);
  });
});

describe('orderIssues', () => {
  it('puts errors first, then warnings, then notices; file-level first, then by line, stably', () => {
    const issues = [
      makeIssue('MISSING_VALUES'),
      makeIssue('OUT_OF_RANGE', { line: 5, column: 'C' }),
      makeIssue('RANK_CONTRADICTS_SCORE', { line: 2 }),
      makeIssue('OUT_OF_RANGE', { line: 3, column: 'E' }),
      makeIssue('OUT_OF_RANGE', { line: 3, column: 'C' }),
      makeIssue('ENCODING_CONVERTED'),
    ];
    expect(orderIssues(issues).map((i) => `${i.code}@${i.line ?? '-'}${i.column ?? ''}`)).toEqual([
      'OUT_OF_RANGE@3E',
      'OUT_OF_RANGE@3C',
      'OUT_OF_RANGE@5C',
      'RANK_CONTRADICTS_SCORE@2',
      'MISSING_VALUES@-',
      'ENCODING_CONVERTED@-',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, makeIssue } from '../../../src/domain/issues.ts';
import type { Issue, IssueCode } from '../../../src/domain/issues.ts';
import { issueLocation, issueMessage } from '../../../src/i18n/issueMessages.ts';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { fixture } from './helpers.ts';

const located = (code: IssueCode): Issue =>
  makeIssue(code, {
    line: 7,
    excelRow: 6,
    column: 'C',
    header: 'Điểm tổng hợp',
    value: '104.5',
    related: [{ line: 3, column: 'C' }],
    params: {
      expected: 4,
      found: 5,
      min: 0,
      max: 100,
      year: 2023,
      count: 2,
      limit: 200,
      encoding: 'tcvn3',
      names: ['Ba Bể'],
      columns: ['Chi phí thời gian'],
      sheets: ['A', 'B'],
      years: [2018, 2019],
      decimal: ',',
      reading: 7.25,
      canonical: 'Ba Bể',
    },
  });

describe('issue messages', () => {
  it.each(ISSUE_CODES.map((code) => [code]))('%s has a complete message in vi and en', (code) => {
    for (const lang of ['vi', 'en'] as const) {
      const text = issueMessage(located(code), lang);
      expect(text.length).toBeGreaterThan(30);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(text.trim()).toMatch(/[.)»”]$/);
    }
    expect(issueMessage(located(code), 'vi')).not.toBe(issueMessage(located(code), 'en'));
  });

  it('says the line, the Excel row when it differs, the column letter and header', () => {
    const issue = located('OUT_OF_RANGE');
    expect(issueLocation(issue, 'vi')).toBe('dòng 7 (hàng 6 trong Excel), cột C «Điểm tổng hợp»');
    expect(issueLocation(issue, 'en')).toBe('line 7 (Excel row 6), column C “Điểm tổng hợp”');
    expect(issueMessage(issue, 'en')).toBe(
      'Line 7 (Excel row 6), column C “Điểm tổng hợp”: “104.5” is outside the allowed range (from 0 to 100). Correct the cell from the source.',
    );
  });

  it('matches the refused-file example of CONTRACTS.md', () => {
    const issue = makeIssue('DUPLICATE_UNIT_YEAR', {
      line: 10,
      column: 'B',
      header: 'Đơn vị',
      value: 'Bạch Thông',
      related: [{ line: 6, column: 'B' }],
      params: { year: 2023, count: 2 },
    });
    expect(issueMessage(issue, 'vi')).toBe(
      '«Bạch Thông» năm 2023 xuất hiện 2 lần (dòng 6 và 10). Xóa hoặc sửa một dòng.',
    );
  });

  it('matches the windows-1258 notice of CONTRACTS.md', () => {
    expect(
      issueMessage(makeIssue('ENCODING_CONVERTED', { params: { encoding: 'windows-1258' } }), 'vi'),
    ).toBe('Tệp dùng bảng mã Windows-1258; đã chuyển sang Unicode.');
  });

  it('locates damaged UTF-8', () => {
    const issue = makeIssue('ENCODING_UNCERTAIN', {
      line: 4,
      value: '2023,Ba B\uFFFD',
      params: { encoding: 'utf-8', count: 1 },
    });
    expect(issueMessage(issue, 'vi')).toMatch(/^Dòng 4: tệp là UTF-8 nhưng có 1 chỗ byte bị hỏng/);
    expect(issueMessage(issue, 'en')).toMatch(/^Line 4: the file is UTF-8 but has 1 damaged/);
  });

  it('gives Unikey instructions for legacy encodings and Excel steps for renamed files', () => {
    expect(issueMessage(makeIssue('ENCODING_UNCERTAIN'), 'vi')).toContain(
      'Unikey → Công cụ chuyển mã',
    );
    expect(issueMessage(makeIssue('NOT_CSV_XLS'), 'vi')).toContain('CSV UTF-8');
    expect(
      issueMessage(makeIssue('TEXT_LOST_IN_SAVE', { line: 2, value: 'Ba B?' }), 'en'),
    ).toContain('CSV UTF-8');
  });

  it('writes a message for every issue of every fixture without leaving a blank', async () => {
    for (const file of [
      'out-of-range.csv',
      'ambiguous-number.csv',
      'too-few-fields.csv',
      'tcvn3.csv',
      'title-rows.csv',
    ]) {
      const { report } = await importAnyBytes(fixture(file));
      for (const issue of report.issues) {
        for (const lang of ['vi', 'en'] as const)
          expect(issueMessage(issue, lang)).not.toMatch(/undefined| \?[ ,.)]|«»|“”/);
      }
    }
  });
});

describe('issue codes', () => {
  // CONTRACTS.md: stable codes (add, never rename).
  const CONTRACT =
    'EMPTY_FILE NO_DATA_ROWS NOT_TEXT NOT_CSV_XLSX NOT_CSV_XLS NOT_CSV_PDF NOT_CSV_HTML FILE_TOO_LARGE TOO_MANY_ROWS TOO_MANY_COLUMNS NAME_TOO_LONG ENCODING_CONVERTED ENCODING_UNCERTAIN TEXT_LOST_IN_SAVE SEP_LINE_USED HEADER_BELOW_TITLE HEADER_ROWS_MERGED FOOTER_IGNORED YEAR_FROM_TITLE YEAR_MISSING GROUP_MISSING MISSING_REQUIRED_COLUMN DUPLICATE_HEADER COLUMN_IGNORED TOO_FEW_FIELDS TOO_MANY_FIELDS UNTERMINATED_QUOTE NOT_A_NUMBER AMBIGUOUS_NUMBER MIXED_DECIMAL_SEPARATOR OUT_OF_RANGE MISSING_VALUES DUPLICATE_UNIT_YEAR RANK_CONTRADICTS_SCORE RANK_COMPUTED_FROM_SCORE NAME_CANONICALISED CONTROL_CHARS_REMOVED LOOKALIKE_LETTER_FOLDED WIDE_FORMAT_RESHAPED ILLUSTRATIVE_MARKER'.split(
      ' ',
    );

  it('include every code of CONTRACTS.md, in its order, before any addition', () => {
    expect(ISSUE_CODES.slice(0, CONTRACT.length)).toEqual(CONTRACT);
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
  });
});

/**
 * Each refusal names the real cause (issue 10, point 9): a million columns is TOO_MANY_COLUMNS,
 * found before any per-cell work (in the browser the slow path ended in the worker's TIMEOUT);
 * a file of nothing but separators is NO_VALUES, not "empty"; an unreadable workbook says so
 * without the reader's internal error text.
 */
import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../../src/i18n/issueMessages.ts';
import { importAnyBytes, importBytes } from '../../../src/import/importDataset.ts';
import { brief, fixture, utf8 } from './helpers.ts';

describe('refusals name the real cause', () => {
  it('refuses 1,000,000 columns as TOO_MANY_COLUMNS on the line that has them', () => {
    const { report } = importBytes(utf8(`Tiêu đề\n${'a,'.repeat(999_999)}a\n2019,x\n`));
    expect(report.issues.map(brief)).toEqual(['error TOO_MANY_COLUMNS 2:2:-']);
    expect(report.issues[0]?.params).toEqual({ found: 1_000_000, limit: 200 });
  });

  it('ignores empty cells after the last column when counting', () => {
    const { report } = importBytes(
      utf8(`Năm,Khối,Đơn vị,Điểm${','.repeat(100_000)}\n2019,Sở,Sở A,60\n2019,Sở,Sở B,61\n`),
    );
    expect(report.issues.map((i) => i.code)).not.toContain('TOO_MANY_COLUMNS');
    expect(report.rows.map((r) => r.unit)).toEqual(['Sở A', 'Sở B']);
  });

  it.each([
    ['3 MB of commas on one line', ','.repeat(3_000_000), ',', 1],
    ['lines of semicolons', ';;;;\r\n'.repeat(1000), ';', 1000],
  ])('refuses %s as NO_VALUES, not as an empty file', (_name, text, delimiter, lines) => {
    const { report } = importBytes(utf8(text));
    expect(report.issues.map((i) => [i.code, i.value, i.params.count])).toEqual([
      ['NO_VALUES', delimiter, lines],
    ]);
    for (const lang of ['vi', 'en'] as const) {
      expect(issueMessage(report.issues[0]!, lang)).not.toMatch(
        /trống \(không có chữ|empty \(no text/,
      );
    }
  });

  it('still calls a file of blanks empty', () => {
    expect(importBytes(utf8(' \n\n  \n')).report.issues.map((i) => i.code)).toEqual(['EMPTY_FILE']);
  });

  it('refuses an unreadable workbook with a message that holds no internal error text', async () => {
    const { report } = await importAnyBytes(fixture('xlsx-renamed.csv'), {
      fileName: 'broken.xlsx',
    });
    expect(report.issues.map((i) => [i.code, i.value])).toEqual([['XLSX_UNREADABLE', null]]);
    const issue = report.issues[0]!;
    expect(issueMessage(issue, 'en')).toMatch(
      /^The Excel workbook could not be read: it may be damaged, password-protected or not a real \.xlsx file\./,
    );
    expect(issueMessage(issue, 'vi')).toMatch(/^Không đọc được sổ tính Excel: /);
    expect(issueMessage(issue, 'en')).not.toMatch(/zip|invalid|error|undefined/i);
  });
});

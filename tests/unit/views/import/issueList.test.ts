import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../../../src/domain/issues.ts';
import { issueListTsv } from '../../../../src/views/import/issueList.ts';

const FORMULA = /^[=+\-@\t\r\n\0]/;

describe('the downloadable issue list ("Tải toàn bộ danh sách")', () => {
  const hostile = 'x\r\n=HYPERLINK("http://evil.example","bấm")';
  const issues = [
    makeIssue('NOT_A_NUMBER', { line: 3, column: 'D', header: 'Điểm', value: hostile }),
    makeIssue('UNKNOWN_GROUP', { line: 4, column: 'B', value: '=1+1\t@SUM(A1)' }),
    makeIssue('XLSX_UNREADABLE', { value: '+cmd|"/c calc"!A0' }),
  ];

  it.each(['vi', 'en'] as const)(
    'keeps each value inside its quoted cell and no cell reads as a formula (%s)',
    (lang) => {
      const text = issueListTsv(issues, lang);
      const parsed = Papa.parse<string[]>(text, { delimiter: '\t', newline: '\r\n' });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toHaveLength(issues.length);
      for (const row of parsed.data) {
        expect(row).toHaveLength(5);
        for (const cell of row) expect(cell).not.toMatch(FORMULA);
      }
      expect(parsed.data.map((r) => r.slice(0, 4))).toEqual([
        ['error', 'NOT_A_NUMBER', '3', 'D'],
        ['error', 'UNKNOWN_GROUP', '4', 'B'],
        ['error', 'XLSX_UNREADABLE', '', ''],
      ]);
      expect(parsed.data[0]?.[4]).toContain(hostile);
    },
  );
});

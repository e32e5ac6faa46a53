import { describe, expect, it } from 'vitest';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { fixture } from './helpers.ts';

// Files converted by an independent tool (glibc iconv) must read back to the UTF-8 original.
describe('files written by another converter', () => {
  it.each([
    ['names-cp1258-iconv.csv', 'windows-1258'],
    ['names-tcvn-iconv.csv', 'tcvn3'],
  ])(
    '%s reads as %s to exactly the names and numbers of the UTF-8 file',
    async (file, encoding) => {
      const original = (await importAnyBytes(fixture('names-utf8.csv'))).report;
      const { report } = await importAnyBytes(fixture(file));
      expect(report.encoding).toBe(encoding);
      expect(report.ok).toBe(true);
      expect(report.rows).toEqual(original.rows);
      expect(report.years).toEqual([2019]);
      expect(report.rows.map((r) => r.unit)).toContain('ỦY BAN NHÂN DÂN HUYỆN ĐỒNG HỶ');
    },
  );
});

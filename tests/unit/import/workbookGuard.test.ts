/**
 * The .xlsx guard (issue 10, point 5): a small workbook that inflates to gigabytes, or whose
 * sheet makes read-excel-file fill a huge grid, is refused as XLSX_TOO_LARGE before the library
 * reads it. Without the guard these tests crash the worker or run past the timeout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import {
  MAX_XLSX_CELLS,
  MAX_XLSX_INFLATED_BYTES,
  checkWorkbook,
} from '../../../src/import/workbookGuard.ts';
import { FIXTURES } from './helpers.ts';
import { testZip } from './zipBuilder.ts';

const codes = async (bytes: Uint8Array) =>
  (await importAnyBytes(bytes, { fileName: 'bomb.xlsx' })).report.issues.map((i) => i.code);

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
const workbookWith = (sheet: string, declaredSize?: number) =>
  testZip([
    { name: '[Content_Types].xml', chunk: '<Types/>' },
    {
      name: 'xl/worksheets/sheet1.xml',
      chunk: sheet,
      ...(declaredSize === undefined ? {} : { declaredSize }),
    },
  ]);

describe('the workbook guard', () => {
  const bombBytes = MAX_XLSX_INFLATED_BYTES + 1024 * 1024;
  const padding = ' '.repeat(1024);

  it('refuses a zip bomb whose directory declares its size, without inflating it', async () => {
    const bomb = testZip([
      { name: 'xl/worksheets/sheet1.xml', chunk: padding, repeat: bombBytes / 1024 },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const issue = await checkWorkbook(bomb);
    expect(issue?.code).toBe('XLSX_TOO_LARGE');
    expect(issue?.params).toMatchObject({ found: bombBytes, limit: MAX_XLSX_INFLATED_BYTES });
    expect(await codes(bomb)).toEqual(['XLSX_TOO_LARGE']);
  });

  it('refuses a zip bomb that declares a small size, by counting what it inflates to', async () => {
    const bomb = testZip([
      {
        name: 'xl/sharedStrings.xml',
        chunk: padding,
        repeat: bombBytes / 1024,
        declaredSize: 1000,
      },
    ]);
    const issue = await checkWorkbook(bomb);
    expect(issue?.code).toBe('XLSX_TOO_LARGE');
    expect(issue?.params.found).toBeGreaterThan(MAX_XLSX_INFLATED_BYTES);
  });

  it('refuses more cells than the largest importable table', async () => {
    const row = '<c r="A1"/>'.repeat(1000);
    const sheet = `${SHEET_HEAD}${row}`;
    const many = testZip([
      { name: 'xl/worksheets/sheet1.xml', chunk: sheet, repeat: MAX_XLSX_CELLS / 1000 + 1 },
    ]);
    const issue = await checkWorkbook(many);
    expect(issue?.code).toBe('XLSX_TOO_LARGE');
    expect(issue?.params).toMatchObject({ limit: MAX_XLSX_CELLS });
    expect(issue?.params.count).toBeGreaterThan(MAX_XLSX_CELLS);
  });

  it('refuses two cells far apart, which read-excel-file would pad into billions', async () => {
    const sheet = `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><x:c r="XFD1048576"><x:v>2</x:v></x:c></row>${SHEET_TAIL}`;
    expect(await codes(workbookWith(sheet))).toEqual(['XLSX_TOO_LARGE']);
  });

  it('refuses a row or column number outside Excel’s grid', async () => {
    for (const tag of ['<row r="99999999999"/>', '<c r="AAAAA1"><v>1</v></c>']) {
      expect(await codes(workbookWith(`${SHEET_HEAD}${tag}${SHEET_TAIL}`))).toEqual([
        'XLSX_TOO_LARGE',
      ]);
    }
  });

  it('lets a real workbook through, and refuses a damaged one without internal error text', async () => {
    const real = new Uint8Array(readFileSync(join(FIXTURES, 'workbook.xlsx')));
    expect(await checkWorkbook(real)).toBeNull();
    const damaged = real.slice(0, real.length - 40);
    const { report } = await importAnyBytes(damaged, { fileName: 'x.xlsx' });
    expect(report.issues.map((i) => [i.code, i.value])).toEqual([['XLSX_UNREADABLE', null]]);
    const corrupt = workbookWith(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c>`);
    corrupt[60] = (corrupt[60] ?? 0) ^ 0xff;
    const refused = await importAnyBytes(corrupt, { fileName: 'x.xlsx' });
    expect(refused.report.issues.map((i) => [i.code, i.value])).toEqual([
      ['XLSX_UNREADABLE', null],
    ]);
  });
});

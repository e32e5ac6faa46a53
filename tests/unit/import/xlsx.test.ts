import { describe, expect, it } from 'vitest';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { brief, fixture } from './helpers.ts';

describe('reading .xlsx workbooks', () => {
  it('reads the first sheet that has a header row and lists every sheet', async () => {
    const { report } = await importAnyBytes(fixture('workbook.xlsx'), {
      fileName: 'workbook.xlsx',
    });
    expect(report).toMatchObject({
      ok: true,
      encoding: 'xlsx',
      delimiter: null,
      decimal: '.',
      headerLine: 2,
      years: [2023],
    });
    expect(report.rows.map((r) => `${r.unit}=${r.score}/${r.rank}`)).toEqual([
      'Ba Bể=71.97/1',
      'Bạch Thông=70.1/2',
      'Chợ Đồn=66.93/3',
    ]);
    const chosen = report.issues.find((i) => i.code === 'SHEET_CHOSEN');
    expect(chosen?.value).toBe('DCCI 2023');
    expect(chosen?.params.sheets).toEqual(['Ghi chú', 'DCCI 2023']);
  });

  it('reads the sheet named by the option (without case or diacritics)', async () => {
    const { report } = await importAnyBytes(fixture('workbook.xlsx'), {
      fileName: 'workbook.xlsx',
      sheet: 'ghi chu',
    });
    expect(report.ok).toBe(false);
    expect(report.issues.find((i) => i.code === 'SHEET_CHOSEN')?.value).toBe('Ghi chú');
  });

  it('refuses a sheet name that does not exist, listing the sheets', async () => {
    const { report } = await importAnyBytes(fixture('workbook.xlsx'), {
      fileName: 'workbook.xlsx',
      sheet: 'Năm 2024',
    });
    expect(report.issues.map(brief)).toEqual(['error SHEET_NOT_FOUND -:-:- "Năm 2024"']);
    expect(report.issues[0]?.params.sheets).toEqual(['Ghi chú', 'DCCI 2023']);
  });

  it('refuses a workbook renamed to .csv, from its first bytes', async () => {
    const { report } = await importAnyBytes(fixture('workbook.xlsx'), { fileName: 'ket-qua.csv' });
    expect(report.issues.map(brief)).toEqual(['error NOT_CSV_XLSX -:-:-']);
  });

  it('refuses a damaged workbook as XLSX_UNREADABLE', async () => {
    const { report } = await importAnyBytes(fixture('xlsx-renamed.csv'), {
      fileName: 'broken.xlsx',
    });
    expect(report.issues.map((i) => i.code)).toEqual(['XLSX_UNREADABLE']);
  });
});

describe('decoding the whole file at once', () => {
  it('keeps a letter whose bytes straddle a 64 KiB boundary', async () => {
    const enc = new TextEncoder();
    const head = 'Năm,Đơn vị,Điểm tổng hợp,Ghi chú\n2023,Ba Bể,70,';
    // A long note, then "Huyện" placed so that the 3 bytes of "ệ" are 65,535–65,537.
    const pad = 65_535 - enc.encode(`${head}\n2023,Huy`).length;
    const bytes = enc.encode(`${head}${'a'.repeat(pad)}\n2023,Huyện,60,\n`);
    expect([bytes[65_535], bytes[65_536], bytes[65_537]]).toEqual([0xe1, 0xbb, 0x87]);
    const { report } = await importAnyBytes(bytes);
    expect(report.ok).toBe(true);
    expect(report.rows.map((r) => r.unit)).toEqual(['Ba Bể', 'Huyện']);
  });
});

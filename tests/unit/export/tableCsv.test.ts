import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../src/export/types.ts';
import { csvBlobParts, ILLUSTRATIVE_MARKER } from '../../../src/export/csv.ts';
import { tableCsv, tableCsvBlob } from '../../../src/export/tableCsv.ts';
import { importBytes } from '../../../src/import/importDataset.ts';

const TITLE = `${ILLUSTRATIVE_MARKER} — DCCI Bắc Kạn — Nguồn: Dữ liệu minh họa — Giấy phép: CC0`;

// The ranking chart's plotted bars: rank, unit, total (null = no data), tier.
const TABLE: ExportTable = {
  header: ['Hạng', 'Đơn vị', 'Điểm', 'Xếp loại'],
  rows: [
    [1, 'Na Rì', 66.03, 'Tốt'],
    [2, '=1+1', 62.35, 'Khá'],
    [3, '=1+1\nNa Rì', 61.7, 'Khá'],
    [4, '-Chợ Mới', 60, '+Khá'],
    [null, 'Pác Nặm', null, null],
  ],
};

describe('CSV of the plotted data', () => {
  it('starts with a BOM, carries source, licence and the marker in the title line', async () => {
    const bytes = new Uint8Array(await tableCsvBlob(TABLE, TITLE, 'plain').arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([TITLE]);
    expect(rows[1]).toEqual(['Hạng', 'Đơn vị', 'Điểm', 'Xếp loại']);
  });

  it('neutralises formulas, also in multi-line cells, and keeps numbers as numbers', () => {
    const rows = Papa.parse<string[]>(tableCsv(TABLE, TITLE, 'plain'), {
      skipEmptyLines: true,
    }).data;
    expect(rows.slice(2)).toEqual([
      ['1', 'Na Rì', '66.03', 'Tốt'],
      ['2', "'=1+1", '62.35', 'Khá'],
      ['3', "'=1+1\nNa Rì", '61.7', 'Khá'],
      ['4', "'-Chợ Mới", '60', "'+Khá"],
      ['', 'Pác Nặm', '', ''],
    ]);
  });

  it('writes the Vietnamese-Excel dialect with semicolons and decimal commas', () => {
    const rows = Papa.parse<string[]>(tableCsv(TABLE, TITLE, 'excel-vi'), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(rows[2]).toEqual(['1', 'Na Rì', '66,03', 'Tốt']);
    expect(rows[4]?.[1]).toBe("'=1+1\nNa Rì");
  });

  it('re-imports through the app importer with the same names, scores and ranks, still illustrative', () => {
    for (const dialect of ['plain', 'excel-vi'] as const) {
      const csv = tableCsv(TABLE, TITLE, dialect);
      const outcome = importBytes(new TextEncoder().encode(csvBlobParts(csv).join('')), {
        fileName: 'dcci-bac-kan-2019-huyen-thanh-pho-xep-hang.csv',
        year: 2019,
        group: 'Huyện, thành phố',
      });
      expect(outcome.report.ok, JSON.stringify(outcome.report.issues.slice(0, 3))).toBe(true);
      const d = outcome.dataset;
      if (!d) throw new Error('no dataset');
      expect(d.illustrative).toBe(true);
      const byName = new Map(d.units.map((u) => [u.id, u.name]));
      const got = d.observations.map((o) => [byName.get(o.unitId), o.total, o.publishedRank]);
      expect(got).toEqual([
        ['Na Rì', 66.03, 1],
        ['=1+1', 62.35, 2],
        ['=1+1 Na Rì', 61.7, 3],
        ['-Chợ Mới', 60, 4],
        ['Pác Nặm', null, null],
      ]);
    }
  });

  it('refuses to write a chart without a table', () => {
    expect(() => tableCsv(null, TITLE, 'plain')).toThrow();
  });
});

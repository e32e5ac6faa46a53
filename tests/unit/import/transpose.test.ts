import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/import/importDataset.ts';
import type { ImportOutcome } from '../../../src/import/model.ts';
import type { CsvRecord } from '../../../src/import/parseCsv.ts';
import { isSummaryName } from '../../../src/import/sections.ts';
import { isSubIndexHeader, transposeSubIndexRows } from '../../../src/import/transpose.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`transpose.test.ts fast-check seed: ${SEED}`);

const HEAD = { index: 0, mergedFrom: null };
const rec = (line: number, ...cells: string[]): CsvRecord => ({ line, excelRow: line, cells });

/** The Compare export: total, respondents, SE and an interval row above the sub-indices. */
const COMPARE_VI = [
  'Kết quả DCCI Bắc Kạn 2023 — Chỉ số: DCCI — Thang điểm 0–100',
  'Năm;Khối;Chỉ số thành phần;A. Ba Bể;B. Chợ Đồn;C. Na Rì;Trung bình khối',
  '2023;Huyện, thành phố;Điểm tổng hợp;71,5;64,25;;68,1',
  '2023;Huyện, thành phố;Số phiếu;120;95;80;',
  '2023;Huyện, thành phố;Sai số chuẩn;1,2;1,5;2;',
  '2023;Huyện, thành phố;Khoảng hạng 90%;hạng 1–2;hạng 1–3;hạng 2–3;',
  '2023;Huyện, thành phố;Tính minh bạch;7,1;6,5;5;6,2',
  '2023;Huyện, thành phố;Chi phí thời gian;6;;4,75;5,4',
].join('\n');

/** The scorecard's sub-index table (en): one unit, its per-sub-index rank and statistics. */
const SCORECARD_EN = [
  'DCCI results 2022 — Index: DCCI — Scale 0–10',
  'Year,Group,Sub-index,Sở Tư pháp,Rank in group,Average,Median,Best',
  '2022,Departments,Transparency,6.5,2,6,6.1,7.25',
  '2022,Departments,Time costs,5,4,5.5,5.5,6',
].join('\n');

const rowsOf = (out: ImportOutcome) =>
  out.report.rows.map((r) => [r.unit, r.year, r.group, r.score, Object.fromEntries(r.subIndices)]);

describe('transposeSubIndexRows (sub-indices as rows, units as columns)', () => {
  it('a Compare CSV: one row per unit with its total, respondents, SE and sub-indices', () => {
    const out = importText(COMPARE_VI, { fileName: 'compare.csv' });
    expect(out.report.ok).toBe(true);
    expect(rowsOf(out)).toEqual([
      ['Ba Bể', 2023, 'huyen-thanh-pho', 71.5, { 'Tính minh bạch': 7.1, 'Chi phí thời gian': 6 }],
      [
        'Chợ Đồn',
        2023,
        'huyen-thanh-pho',
        64.25,
        { 'Tính minh bạch': 6.5, 'Chi phí thời gian': null },
      ],
      ['Na Rì', 2023, 'huyen-thanh-pho', null, { 'Tính minh bạch': 5, 'Chi phí thời gian': 4.75 }],
    ]);
    const obs = out.dataset?.observations ?? [];
    expect(obs.map((o) => [o.respondents, o.standardError])).toEqual([
      [120, 1.2],
      [95, 1.5],
      [80, 2],
    ]);
    // The group mean of the total row is a reference line, never a unit.
    expect(out.dataset?.summaryRows).toEqual([
      { name: 'Trung bình khối', year: 2023, groupId: 'huyen-thanh-pho', total: 68.1 },
    ]);
    const notice = out.report.issues.find((i) => i.code === 'SUB_INDEX_ROWS_RESHAPED');
    expect(notice).toMatchObject({
      severity: 'notice',
      line: 2,
      value: 'Chỉ số thành phần',
      params: { count: 3, names: ['Ba Bể', 'Chợ Đồn', 'Na Rì'] },
    });
  });

  it('a scorecard sub-index CSV: the unit and its sub-indices, rank and statistics ignored', () => {
    const out = importText(SCORECARD_EN, { fileName: 'scorecard.csv' });
    expect(out.report.ok).toBe(true);
    expect(rowsOf(out)).toEqual([
      ['Sở Tư pháp', 2022, 'departments', null, { Transparency: 6.5, 'Time costs': 5 }],
    ]);
    expect(out.dataset?.summaryRows ?? []).toEqual([]);
    expect(out.dataset?.indexName).toBe('DCCI');
    expect(out.dataset?.scale?.total.max).toBe(10);
  });

  it('keeps letters that are not the compare sequence A, B, C…', () => {
    const out = transposeSubIndexRows(
      [rec(1, 'Chỉ số thành phần', 'B. Ba Bể', 'A. Chợ Đồn'), rec(2, 'Tính minh bạch', '5', '6')],
      HEAD,
    );
    expect(out?.records.map((r) => r.cells)).toEqual([
      ['Đơn vị', 'Điểm tổng hợp', 'Tính minh bạch'],
      ['B. Ba Bể', '', '5'],
      ['A. Chợ Đồn', '', '6'],
    ]);
  });

  it('other layouts are left alone', () => {
    // A ranking, one unit's sub-indices over years ("Điểm 2019"), a header that is not a sub-index word.
    expect(
      transposeSubIndexRows([rec(1, 'Đơn vị', 'Điểm'), rec(2, 'Ba Bể', '7')], HEAD),
    ).toBeNull();
    expect(
      transposeSubIndexRows(
        [rec(1, 'Chỉ số', 'Điểm 2019', 'Điểm 2020'), rec(2, 'A', '5', '6')],
        HEAD,
      ),
    ).toBeNull();
    expect(transposeSubIndexRows([rec(1, 'Chỉ số thành phần', 'Trung bình')], HEAD)).toBeNull();
    expect(isSubIndexHeader('Sub-index')).toBe(true);
    expect(isSubIndexHeader('Chỉ số')).toBe(true);
    expect(isSubIndexHeader('Chỉ số 1')).toBe(false);
  });

  it('"Group average" / "Group mean" are summary names (the en Compare column)', () => {
    expect(isSummaryName('Group average')).toBe(true);
    expect(isSummaryName('Group mean')).toBe(true);
    expect(isSummaryName('Groupon')).toBe(false);
  });

  it('property: any unit names and values come back per unit column, in either dialect', () => {
    const name = fc.constantFrom('Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Sở Y tế', 'Pác Nặm', 'Na Rì');
    const value = fc.option(
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 100),
      { freq: 4 },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(value, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        fc.array(value, { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (units, subs, totals, excel) => {
          const sep = excel ? ';' : ',';
          const cell = (v: number | null) =>
            v === null ? '' : excel ? String(v).replace('.', ',') : String(v);
          const lines = [
            ['Năm', 'Khối', 'Chỉ số thành phần', ...units.map((u, i) => `${'ABCDE'[i]}. ${u}`)],
            ['2021', 'Sở ngành', 'Điểm tổng hợp', ...units.map((_, i) => cell(totals[i] ?? null))],
            ...subs.map((row, s) => [
              '2021',
              'Sở ngành',
              `Chỉ số thành phần ${s + 1}`,
              ...units.map((_, i) => cell(row[i] ?? null)),
            ]),
          ];
          const text = lines.map((l) => l.join(sep)).join('\n');
          const out = importText(text, { fileName: 'c.csv', scale: 10 });
          expect(out.report.ok, text).toBe(true);
          expect(out.report.rows.map((r) => r.unit)).toEqual(units);
          out.report.rows.forEach((r, i) => {
            expect(r.score).toBe(totals[i] ?? null);
            subs.forEach((row, s) =>
              expect(r.subIndices.get(`Chỉ số thành phần ${s + 1}`) ?? null).toBe(row[i] ?? null),
            );
          });
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});

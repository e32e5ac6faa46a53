import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../src/export/types.ts';
import { rankScores } from '../../../src/domain/ranking.ts';
import { slug } from '../../../src/domain/names.ts';
import type { Dataset, DatasetId, GroupId } from '../../../src/domain/types.ts';
import { csvBlobParts, csvTitle, type CsvDialect } from '../../../src/export/csv.ts';
import { tableCsv, withYearAndGroup } from '../../../src/export/tableCsv.ts';
import { importBytes } from '../../../src/import/importDataset.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`chartRoundtrip.test.ts fast-check seed: ${SEED}`);

/**
 * Issue 11, point 10: a one-year chart's CSV re-imports to the same units, year, group, scores
 * and ranks, in both dialects and both languages — and a what-if export is refused as a ranking.
 */
const DATASET: Dataset = {
  id: 'dcci-test' as DatasetId,
  // The title names the first year of the dataset: the bug took the year from here.
  title: { vi: 'DCCI Bắc Kạn 2018–2020', en: 'Bắc Kạn DCCI 2018–2020' },
  province: null,
  indexName: 'DCCI',
  years: [2018, 2019, 2020],
  groups: [{ id: 'districts' as GroupId, name: { vi: 'Huyện, thành phố', en: 'Districts' } }],
  subIndices: [],
  units: [],
  observations: [],
  source: { name: { vi: 'Thử', en: 'Test' }, licence: { vi: 'CC0', en: 'CC0' } },
  illustrative: false,
};
const INFO = { dataset: DATASET, groupId: 'districts', year: 2019 } as const;

async function reimport(
  table: ExportTable,
  lang: 'vi' | 'en',
  dialect: CsvDialect,
  whatIf = false,
) {
  const csv = tableCsv(
    withYearAndGroup(table, INFO, lang),
    csvTitle(DATASET, lang, whatIf),
    dialect,
  );
  const bytes = new Uint8Array(await new Blob(csvBlobParts(csv)).arrayBuffer());
  return importBytes(bytes, { fileName: 'chart.csv' });
}

const NAMES = [
  'Ba Bể',
  'Bạch Thông',
  'Chợ Đồn',
  'Chợ Mới',
  'Na Rì',
  'Ngân Sơn',
  'Pác Nặm',
  'Thành phố Bắc Kạn',
];

describe('a chart CSV re-imports to what it shows', () => {
  it('ranking bars in every dialect and language: same units, year, group, scores and ranks', async () => {
    const cents = fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 8 }),
        fc.array(cents, { minLength: 8, maxLength: 8 }),
        fc.constantFrom<CsvDialect>('plain', 'excel-vi'),
        fc.constantFrom<'vi' | 'en'>('vi', 'en'),
        async (names, scores, dialect, lang) => {
          const values = names.map((_, i) => scores[i] ?? 0);
          const ranks = rankScores(values);
          const table: ExportTable = {
            header: lang === 'vi' ? ['Hạng', 'Đơn vị', 'Điểm'] : ['Rank', 'Unit', 'Score'],
            rows: names.map((n, i) => [ranks[i] ?? null, n, values[i] ?? null]),
          };
          const { report } = await reimport(table, lang, dialect);
          expect(report.ok).toBe(true);
          expect(report.years).toEqual([2019]);
          const group = slug(DATASET.groups[0]?.name[lang] ?? '');
          expect(report.rows.map((r) => [r.year, r.group, r.unit, r.score, r.rank])).toEqual(
            names.map((n, i) => [2019, group, n, values[i], ranks[i]]),
          );
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('without the year column the 2019 ranking would come back as 2018 (the bug)', async () => {
    const table: ExportTable = { header: ['Hạng', 'Đơn vị', 'Điểm'], rows: [[1, 'Ba Bể', 70]] };
    const csv = tableCsv(table, csvTitle(DATASET, 'vi'), 'plain');
    const { report } = importBytes(new TextEncoder().encode(csv), { fileName: 'chart.csv' });
    expect(report.years).toEqual([2018]);
    expect((await reimport(table, 'vi', 'plain')).report.years).toEqual([2019]);
  });

  it('tables over several years (trends) keep their years and gain the group', () => {
    const table: ExportTable = { header: ['Năm', 'Đơn vị', 'Điểm'], rows: [[2018, 'Ba Bể', 70]] };
    const over = withYearAndGroup(table, { ...INFO, year: '2018–2020' }, 'vi');
    expect(over.header).toEqual(['Khối', 'Năm', 'Đơn vị', 'Điểm']);
    expect(over.rows).toEqual([['Huyện, thành phố', 2018, 'Ba Bể', 70]]);
    expect(withYearAndGroup(table, INFO, 'vi').header).toEqual(['Khối', 'Năm', 'Đơn vị', 'Điểm']);
  });

  it('a what-if export (Weights) is refused as a ranking, with that reason', async () => {
    const table: ExportTable = { header: ['Hạng', 'Đơn vị', 'Điểm'], rows: [[1, 'Ba Bể', 70]] };
    for (const dialect of ['plain', 'excel-vi'] as const) {
      const { report, dataset } = await reimport(table, 'en', dialect, true);
      expect(report.ok).toBe(false);
      expect(dataset).toBeNull();
      const errors = report.issues.filter((i) => i.severity === 'error');
      expect(errors.map((i) => i.code)).toEqual(['WHAT_IF_NOT_A_RANKING']);
    }
  });
});

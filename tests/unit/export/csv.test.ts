import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../../src/domain/meta.ts';
import { canonicalName, slug } from '../../../src/domain/names.ts';
import type { Dataset, Observation } from '../../../src/domain/types.ts';
import {
  csvBlobParts,
  datasetTable,
  ILLUSTRATIVE_MARKER,
  neutraliseFormula,
  writeCsv,
  writeRows,
  type CsvDialect,
} from '../../../src/export/csv.ts';
import { importBytes } from '../../../src/import/importDataset.ts';
import { makeDataset } from '../../fixtures/builders.ts';

const root = new URL('../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root));
const meta = (id: string) =>
  JSON.parse(read(`data/${id}.meta.json`).toString('utf8')) as DatasetMeta;
const encode = (csv: string) => new TextEncoder().encode(csvBlobParts(csv).join(''));
const DIALECTS: CsvDialect[] = ['plain', 'excel-vi'];

/** Observations as comparable plain data, keyed by unit name (ids may differ without metadata). */
function dataOf(d: Dataset) {
  const names = new Map(d.units.map((u) => [u.id, u.name]));
  const subNames = new Map(d.subIndices.map((s) => [s.id, s.name.vi]));
  return d.observations
    .map((o: Observation) => ({
      unit: names.get(o.unitId),
      year: o.year,
      total: o.total,
      rank: o.publishedRank,
      tier: o.tier,
      respondents: o.respondents,
      se: o.standardError,
      notes: o.notes,
      // A missing key and a null value both mean "missing" (types.ts); a column with no value
      // at all is dropped on import, so compare present values only.
      subs: [...o.subIndices]
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [subNames.get(k), v])
        .sort(),
    }))
    .sort((a, b) => `${a.unit}|${a.year}`.localeCompare(`${b.unit}|${b.year}`));
}

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['=1+1\nNa Rì', "'=1+1\nNa Rì"],
    ["'=x", "''=x"],
    ['Na Rì', 'Na Rì'],
    ["'Ba Bể", "'Ba Bể"],
  ])('writes %j as %j', (input, output) => expect(neutraliseFormula(input)).toBe(output));
});

describe('dataset CSV export', () => {
  it.each(DIALECTS)(
    're-imports the bundled illustrative dataset identically (%s), still flagged illustrative',
    (dialect) => {
      const original = importBytes(read('data/bac-kan-dcci.csv'), {
        meta: meta('bac-kan-dcci'),
        datasetId: 'bac-kan-dcci',
      }).dataset as Dataset;
      const csv = writeCsv(datasetTable(original), dialect);
      expect(csv.split('\r\n')[0]).toContain(ILLUSTRATIVE_MARKER);
      const again = importBytes(encode(csv), {
        meta: meta('bac-kan-dcci'),
        datasetId: 'bac-kan-dcci',
        fileName: 'x.csv',
      });
      expect(again.report.ok).toBe(true);
      expect(again.report.issues.map((i) => i.code)).toContain('ILLUSTRATIVE_MARKER');
      expect(again.dataset?.illustrative).toBe(true);
      expect(again.dataset?.observations).toEqual(original.observations);
      expect(again.dataset?.units).toEqual(original.units);
    },
  );

  it.each(DIALECTS)(
    're-imports the real PCI identically (%s) and writes its source and licence in the title line',
    (dialect) => {
      const original = importBytes(read('data/pci.csv'), { meta: meta('pci'), datasetId: 'pci' })
        .dataset as Dataset;
      const csv = writeCsv(datasetTable(original), dialect);
      const title = csv.split('\r\n')[0] ?? '';
      expect(title).toContain('VCCI');
      expect(title).not.toContain(ILLUSTRATIVE_MARKER);
      const again = importBytes(encode(csv), {
        meta: meta('pci'),
        datasetId: 'pci',
        fileName: 'x.csv',
      });
      expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(again.dataset?.illustrative).toBe(false);
      expect(again.dataset?.observations).toEqual(original.observations);
    },
  );

  it('writes numbers with a decimal comma and ; in the Vietnamese Excel dialect', () => {
    const d = makeDataset([{ unit: 'Ba Bể', year: 2019, total: 71.97 }]);
    const lines = writeCsv(datasetTable(d), 'excel-vi').split('\r\n');
    expect(lines[2]).toBe('2019;districts;Ba Bể;71,97');
  });

  it('neutralises formula-like names but never numbers, including negative ones', () => {
    const d = makeDataset([
      { unit: '=1+1', year: 2019, total: 50 },
      { unit: '@cmd', year: 2019, total: 40, subs: { a: -3.1 } },
    ]);
    const parsed = Papa.parse<string[]>(writeCsv(datasetTable(d), 'plain'), {
      skipEmptyLines: true,
    }).data;
    expect(parsed[2]?.[2]).toBe("'=1+1");
    expect(parsed[3]?.[2]).toBe("'@cmd");
    expect(parsed[3]?.[4]).toBe('-3.1');
  });

  const nameChar = fc.constantFrom(
    ...'aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠẦẾỘỮ =+-@\'",;\t0123456789'.split(''),
  );
  const name = fc
    .array(nameChar, { minLength: 1, maxLength: 24 })
    .map((cs) => canonicalName(cs.join('')))
    .filter((n) => /[\p{L}]/u.test(n));
  const score = (max: number) =>
    fc.option(
      fc.integer({ min: 0, max: max * 100 }).map((v) => v / 100),
      { nil: null, freq: 5 },
    );

  it.each(DIALECTS)(
    're-imports random datasets identically through the %s dialect (property)',
    (dialect) => {
      fc.assert(
        fc.property(
          fc.uniqueArray(name, { minLength: 1, maxLength: 8, selector: (n) => slug(n) }),
          fc.array(fc.tuple(score(100), score(10), score(10)), { minLength: 8, maxLength: 8 }),
          fc.boolean(),
          (names, values, illustrative) => {
            const rows = names.map((unit, i) => {
              const [total, a, b] = values[i] ?? [null, null, null];
              return { unit, year: 2021, total, subs: { 'chi-phi-thoi-gian': a, 'minh-bach': b } };
            });
            const d = makeDataset(rows, { illustrative });
            const subNamed = {
              ...d,
              subIndices: d.subIndices.map((s) => ({ ...s, name: { vi: s.id, en: s.id } })),
            };
            const again = importBytes(encode(writeCsv(datasetTable(subNamed), dialect)), {
              fileName: 'random.csv',
            });
            expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
            expect(again.dataset?.illustrative).toBe(illustrative);
            expect(dataOf(again.dataset as Dataset)).toEqual(dataOf(subNamed));
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});

describe('numbers in CSV cells', () => {
  const cell = (v: number, decimal: '.' | ',' = '.') =>
    writeRows([[v]], decimal === ',' ? ';' : ',', decimal).trim();

  it('drop the float noise of computed means (15 significant digits, as a spreadsheet keeps)', () => {
    expect(cell(6.298749999999999)).toBe('6.29875');
    expect(cell(6.202500000000001)).toBe('6.2025');
    expect(cell(7.0600000000000005)).toBe('7.06');
    expect(cell(7.0600000000000005, ',')).toBe('7,06');
    expect(cell((0.1 + 0.2) * 10)).toBe('3');
  });

  it('keep every value written with 15 digits or fewer exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
        fc.integer({ min: 0, max: 12 }),
        (digits, scale) => {
          const v = Number(`${digits}e-${scale}`);
          // Below a millionth a cell has six decimals (no exponent): no score is that small.
          fc.pre(v === 0 || Math.abs(v) >= 1e-6);
          expect(Number(cell(v))).toBe(v);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

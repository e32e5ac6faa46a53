import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetId, SubIndexId } from '../../../src/domain/types.ts';
import { datasetIssueMessage } from '../../../src/i18n/issueMessages.ts';
import {
  MAX_DATASET_UNITS,
  SCALE_BOUNDS,
  validateDataset,
} from '../../../src/import/datasetRules.ts';
import { RANGES, inRange, type Range } from '../../../src/import/validate.ts';
import { encodeDataset, tryDecodeDataset } from '../../../src/storage/datasetCodec.ts';
import { decodeDatasetFragment, encodeDatasetFragment } from '../../../src/storage/shareLink.ts';
import { makeDataset } from '../../fixtures/builders.ts';

const good = makeDataset([
  { unit: 'Ba Bể', year: 2020, total: 70.1, rank: 1, respondents: 50, se: 1.2, subs: { a: 7 } },
  { unit: 'Na Rì', year: 2020, total: 64.2, rank: 2, respondents: 48, se: 1.4, subs: { a: 6 } },
]);
const obs0 = good.observations[0]!;
const codesOf = (d: Dataset) => validateDataset(d).map((i) => `${i.path} ${i.issue.code}`);
const withObs = (patch: Partial<Dataset['observations'][number]>): Dataset => ({
  ...good,
  observations: [{ ...obs0, ...patch }, ...good.observations.slice(1)],
});

describe('validateDataset: the importer rules on a dataset from outside the importer', () => {
  it('passes a dataset the importer could have produced', () => {
    expect(validateDataset(good)).toEqual([]);
  });

  it.each([
    [
      'a score of 1e12',
      withObs({ total: 1e12 }),
      'observations[0] (Ba Bể, 2020).total OUT_OF_RANGE',
    ],
    [
      'a negative score',
      withObs({ total: -1 }),
      'observations[0] (Ba Bể, 2020).total OUT_OF_RANGE',
    ],
    ['rank 0', withObs({ publishedRank: 0 }), 'publishedRank OUT_OF_RANGE'],
    ['rank 1.5', withObs({ publishedRank: 1.5 }), 'publishedRank OUT_OF_RANGE'],
    ['negative respondents', withObs({ respondents: -3 }), 'respondents OUT_OF_RANGE'],
    ['a standard error of 1e9', withObs({ standardError: 1e9 }), 'standardError OUT_OF_RANGE'],
    [
      'a sub-index over 10',
      withObs({ subIndices: new Map([['a' as SubIndexId, 11]]) }),
      'subIndices.a OUT_OF_RANGE',
    ],
    ['year 3000', { ...good, years: [3000] }, 'years[0] OUT_OF_RANGE'],
    ['no observations', { ...good, observations: [] }, 'observations NO_DATA_ROWS'],
    [
      'an unknown unit',
      withObs({ unitId: 'districts.nowhere' as Dataset['units'][number]['id'] }),
      'observations[0].unitId INVALID_REFERENCE',
    ],
    ['a year not listed', withObs({ year: 2019 }), 'year INVALID_REFERENCE'],
    [
      'an unknown sub-index',
      withObs({ subIndices: new Map([['zz' as SubIndexId, 5]]) }),
      'subIndices INVALID_REFERENCE',
    ],
    [
      'a unit in an unknown group',
      { ...good, units: good.units.map((u) => ({ ...u, groupId: 'x' as never })) },
      'units[0].groupId UNKNOWN_GROUP',
    ],
    [
      'a duplicate unit and year',
      { ...good, observations: [obs0, obs0] },
      'observations[1] (Ba Bể, 2020) DUPLICATE_UNIT_YEAR',
    ],
    [
      'a 400-character unit name',
      { ...good, units: good.units.map((u, i) => (i ? u : { ...u, name: 'x'.repeat(400) })) },
      'units[0].name NAME_TOO_LONG',
    ],
    [
      'a negative weight',
      {
        ...good,
        subIndices: [{ id: 'a' as SubIndexId, name: { vi: 'a', en: 'a' }, weight: -5 }],
      },
      'subIndices[0].weight OUT_OF_RANGE',
    ],
    [
      'a rank beyond its field (64/63)',
      withObs({ publishedRank: 64, fieldSize: 63 }),
      'publishedRank OUT_OF_RANGE',
    ],
    ['a field size of 0', withObs({ fieldSize: 0 }), 'fieldSize OUT_OF_RANGE'],
    [
      'a scale whose minimum is not below its maximum',
      { ...good, scale: { total: { min: 10, max: 10 }, subIndex: { min: 0, max: 10 } } },
      'scale.total.max OUT_OF_RANGE',
    ],
    [
      'a scale of 1e12',
      { ...good, scale: { total: { min: 0, max: 1e12 }, subIndex: { min: 0, max: 10 } } },
      'scale.total.max OUT_OF_RANGE',
    ],
    [
      'a score of 70 on a declared 0–10 scale',
      { ...good, scale: { total: { min: 0, max: 10 }, subIndex: { min: 0, max: 10 } } },
      'observations[0] (Ba Bể, 2020).total OUT_OF_RANGE',
    ],
    [
      'a summary row of an unknown year',
      { ...good, summaryRows: [{ name: 'Trung vị', year: 1999, groupId: null, total: 60 }] },
      'summaryRows[0].year INVALID_REFERENCE',
    ],
    [
      'a summary row of an unknown group',
      { ...good, summaryRows: [{ name: 'Trung vị', year: 2020, groupId: 'x', total: 60 }] },
      'summaryRows[0].groupId UNKNOWN_GROUP',
    ],
    [
      'a summary row over the scale',
      { ...good, summaryRows: [{ name: 'Trung vị', year: 2020, groupId: null, total: 101 }] },
      'summaryRows[0].total OUT_OF_RANGE',
    ],
    [
      'a summary row without a name',
      { ...good, summaryRows: [{ name: ' ', year: 2020, groupId: null, total: 60 }] },
      'summaryRows[0].name EMPTY_UNIT_NAME',
    ],
    [
      'two era corrections for one year',
      {
        ...good,
        provinceEras: [
          { year: 2020, era: 'before-2025' },
          { year: 2020, era: 'from-2025' },
        ],
      },
      'provinceEras[1].year INVALID_REFERENCE',
    ],
  ])('refuses %s, saying where', (_name, dataset, expected) => {
    const found = codesOf(dataset as Dataset);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(expected);
    for (const i of validateDataset(dataset as Dataset)) expect(i.issue.severity).toBe('error');
  });

  it('passes the new fields when they hold: a 0–10 scale, a field size, a median row', () => {
    const tenScale: Dataset = {
      ...good,
      scale: { total: { min: 0, max: 10 }, subIndex: { min: 0, max: 10 } },
      observations: good.observations.map((o, i) => ({
        ...o,
        total: 7 - i,
        standardError: 0.2,
        fieldSize: 63,
      })),
      summaryRows: [{ name: 'Trung vị cả nước', year: 2020, groupId: null, total: 6.5 }],
    };
    expect(validateDataset(tenScale)).toEqual([]);
  });

  it('refuses a dataset over the size bounds with one issue, without judging every item', () => {
    const units = Array.from({ length: MAX_DATASET_UNITS + 1 }, (_, i) => ({
      ...good.units[0]!,
      id: `districts.u${i}` as Dataset['units'][number]['id'],
    }));
    expect(codesOf({ ...good, units })).toEqual(['units TOO_MANY_ROWS']);
  });

  it('gives a located message in both languages', () => {
    const [issue] = validateDataset(withObs({ total: 1e12 }));
    expect(issue).toBeDefined();
    const en = datasetIssueMessage(issue!.path, issue!.issue, 'en');
    expect(en).toContain('observations[0] (Ba Bể, 2020).total');
    expect(en).toContain('from 0 to 100');
    expect(datasetIssueMessage(issue!.path, issue!.issue, 'vi')).toContain('từ 0 đến 100');
  });
});

// Any JSON a link can carry, shaped like a dataset: values anywhere on the number line.
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 200_000 }),
  fc.constantFrom(0, 1, 10, 100, 1e12, 2e8, -0.5, 0.5),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const units = ['districts.ba-be', 'districts.na-ri', 'departments.so-tc', 'nowhere.x'];
const rawDataset = fc.record({
  years: fc.array(fc.integer({ min: 1980, max: 2110 }), { maxLength: 4 }),
  observations: fc.array(
    fc.record({
      unitId: fc.constantFrom(...units),
      year: fc.integer({ min: 1980, max: 2110 }),
      total: maybe(anyNumber),
      publishedRank: maybe(anyNumber),
      tier: fc.constant(null),
      subIndices: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'zz'), maybe(anyNumber)), {
        maxLength: 2,
      }),
      respondents: maybe(anyNumber),
      standardError: maybe(anyNumber),
      notes: fc.constant(null),
      fieldSize: maybe(anyNumber),
    }),
    { maxLength: 6 },
  ),
  scale: fc.record({
    total: fc.oneof(
      fc.constantFrom({ min: 0, max: 100 }, { min: 0, max: 10 }),
      fc.record({ min: anyNumber, max: anyNumber }),
    ),
    subIndex: fc.constant({ min: 0, max: 10 }),
  }),
});
const base = encodeDataset(good);

/** Every rule of validateDataset, written out independently for the property. */
function obeysRules(d: Dataset): boolean {
  const unitIds = new Set(d.units.map((u) => u.id as string));
  const subIds = new Set(d.subIndices.map((s) => s.id as string));
  const years = new Set(d.years);
  if (years.size !== d.years.length || !d.years.every((y) => inRange(y, RANGES.year))) return false;
  if (d.observations.length === 0) return false;
  const keys = new Set(d.observations.map((o) => `${o.unitId}/${o.year}`));
  if (keys.size !== d.observations.length) return false;
  const ok = (v: number | null | undefined, r: Range) => v == null || inRange(v, r);
  const t = d.scale?.total ?? { min: 0, max: 100 };
  if (d.scale && !(ok(t.min, SCALE_BOUNDS) && ok(t.max, SCALE_BOUNDS) && t.min < t.max))
    return false;
  const total = { ...t, integer: false };
  const se = { min: 0, max: t.max - t.min, integer: false };
  return d.observations.every(
    (o) =>
      unitIds.has(o.unitId) &&
      years.has(o.year) &&
      ok(o.total, total) &&
      ok(o.publishedRank, { ...RANGES.rank, max: o.fieldSize ?? RANGES.rank.max }) &&
      ok(o.fieldSize, RANGES.rank) &&
      ok(o.respondents, RANGES.respondents) &&
      ok(o.standardError, se) &&
      [...o.subIndices].every(([k, v]) => subIds.has(k) && ok(v, RANGES.subIndex)),
  );
}

describe('validateDataset: properties', () => {
  it('any decoded dataset is either refused with a located issue or obeys every rule', () => {
    fc.assert(
      fc.property(rawDataset, (raw) => {
        const decoded = tryDecodeDataset({ ...base, ...raw });
        if (!decoded.ok) return; // the codec refused it already
        const issues = validateDataset(decoded.value);
        if (issues.length === 0) expect(obeysRules(decoded.value)).toBe(true);
        else {
          expect(obeysRules(decoded.value)).toBe(false);
          for (const i of issues) {
            expect(i.path).not.toBe('');
            expect(i.issue.severity).toBe('error');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a link carrying any such dataset opens only when the rules hold', async () => {
    await fc.assert(
      fc.asyncProperty(rawDataset, async (raw) => {
        const decoded = tryDecodeDataset({ ...base, ...raw });
        if (!decoded.ok) return;
        const r = await decodeDatasetFragment(await encodeDatasetFragment(decoded.value));
        expect(r.ok).toBe(obeysRules(decoded.value));
        if (!r.ok) {
          const issue = r.issues[0];
          expect(issue?.code).toBe('INVALID_DATASET');
          if (issue?.code === 'INVALID_DATASET') expect(issue.rule?.path).toBeTruthy();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('stays linear: 100,000 observations are judged quickly (no quadratic step)', () => {
    const n = 100_000;
    const big: Dataset = {
      ...good,
      id: 'du-lieu-lon' as DatasetId,
      years: Array.from({ length: 20 }, (_, i) => 2000 + i),
      units: Array.from({ length: n / 20 }, (_, i) => ({
        ...good.units[0]!,
        id: `districts.u${i}` as Dataset['units'][number]['id'],
        name: `U${i}`,
      })),
      observations: Array.from({ length: n }, (_, i) => ({
        ...obs0,
        unitId: `districts.u${i % (n / 20)}` as Dataset['units'][number]['id'],
        year: 2000 + Math.floor(i / (n / 20)),
      })),
    };
    expect(validateDataset(big)).toEqual([]);
  });
});

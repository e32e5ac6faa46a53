import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { subIndicesFor } from '../../../src/domain/dataset.ts';
import { rankObservations } from '../../../src/domain/ranking.ts';
import type { Dataset, GroupId, SubIndexDef, SubIndexId } from '../../../src/domain/types.ts';
import {
  datasetWeights,
  datasetWeightsOf,
  encodeWeights,
  equalWeights,
  groupYearInputs,
  parseWeights,
  pci2016Weights,
  rankBand,
  reweight,
  weightStability,
  weightedTotals,
  type WeightVector,
} from '../../../src/domain/weights.ts';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { tryParseMeta } from '../../../src/import/metaJson.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

async function importBundled(name: string): Promise<Dataset> {
  const meta = tryParseMeta(readFileSync(join(ROOT, 'data', `${name}.meta.json`), 'utf8'));
  if (!meta.ok) throw new Error(meta.error);
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'data', `${name}.csv`)));
  const { dataset } = await importAnyBytes(bytes, { fileName: `${name}.csv`, meta: meta.value });
  if (!dataset) throw new Error(`${name} did not import`);
  return dataset;
}

const sid = (s: string) => s as SubIndexId;
const sub = (id: string, weight?: number): SubIndexDef => ({
  id: sid(id),
  name: { vi: id, en: id },
  ...(weight === undefined ? {} : { weight }),
});
const G = 'districts' as GroupId;

// Three districts, three sub-indices weighted 2:1:1.
const small = makeDataset(
  [
    { unit: 'A', year: 2019, total: 70, subs: { a: 8, b: 6, c: 6 } },
    { unit: 'B', year: 2019, total: 65, subs: { a: 5, b: 8, c: 8 } },
    { unit: 'C', year: 2019, total: 60, subs: { a: 6, b: 6, c: null } },
  ],
  { subIndices: [sub('a', 20), sub('b', 10), sub('c', 10)] },
);

describe('weight vectors', () => {
  it('takes the dataset weights of the sub-indices that apply', () => {
    const d = datasetWeights(small, G, 2019);
    expect([...d.weights]).toEqual([
      ['a', 20],
      ['b', 10],
      ['c', 10],
    ]);
    expect(d.published).toBe(true);
    expect(d.unweighted).toEqual([]);
  });

  it('falls back to equal weights when none is given, and flags a sub-index without a weight as 0', () => {
    expect(datasetWeightsOf([sub('a'), sub('b')])).toEqual({
      weights: new Map([
        ['a', 10],
        ['b', 10],
      ]),
      published: false,
      unweighted: [],
    });
    const mixed = datasetWeightsOf([sub('a', 5), sub('b')]);
    expect(mixed.weights.get(sid('b'))).toBe(0);
    expect(mixed.unweighted).toEqual(['b']);
  });

  it('rescales fractional weights into the slider range without changing their ratios', () => {
    const w = datasetWeightsOf([sub('a', 0.15), sub('b', 0.05)]).weights;
    expect(w.get(sid('a'))).toBeCloseTo(15);
    expect(w.get(sid('b'))).toBeCloseTo(5);
  });

  it('maps PCI 2016 weights by id and equivalence, giving 10 to sub-indices without a counterpart', () => {
    const r = pci2016Weights([
      sub('transparency'),
      sub('informal-costs'),
      sub('dynamism'),
      sub('digital-transformation'),
      sub('leadership'),
      sub('labour-training'),
    ]);
    expect(Object.fromEntries(r.weights)).toEqual({
      transparency: 20,
      'informal-costs': 10,
      dynamism: 5,
      'digital-transformation': 10,
      leadership: 10,
      'labour-training': 20,
    });
    expect(r.unmatched).toEqual(['digital-transformation', 'leadership']);
  });
});

describe('the URL form of the weights', () => {
  const subs = [sub('a', 20), sub('b', 10), sub('c', 10)];
  it('parses presets, pairs over the dataset weights, unknown ids and clamping', () => {
    expect(parseWeights(null, subs).preset).toBe('dataset');
    expect(parseWeights('equal', subs).preset).toBe('equal');
    expect(Object.fromEntries(parseWeights('equal', subs).weights)).toEqual({
      a: 10,
      b: 10,
      c: 10,
    });
    const p = parseWeights('b:2.5,zz:4,a:99', subs);
    expect(Object.fromEntries(p.weights)).toEqual({ a: 30, b: 2.5, c: 10 });
    expect(p.unknownIds).toEqual(['zz']);
    expect(p.clamped).toBe(true);
    expect(p.preset).toBe('custom');
  });

  it('encodes only what differs from the dataset weights, or a preset name', () => {
    const w = (o: Record<string, number>): WeightVector =>
      new Map(Object.entries(o).map(([k, v]) => [sid(k), v]));
    expect(encodeWeights(w({ a: 20, b: 10, c: 10 }), subs)).toBeNull();
    expect(encodeWeights(w({ a: 10, b: 10, c: 10 }), subs)).toBe('equal');
    expect(encodeWeights(w({ a: 20, b: 12.5, c: 10 }), subs)).toBe('b:12.5');
    expect(encodeWeights(w({ a: 1 / 3, b: 10, c: 10 }), subs)).toBe('a:0.333');
  });

  it('round-trips any weights through encode and parse (3 decimals)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 }),
        (xs) => {
          const w: WeightVector = new Map(subs.map((s, i) => [s.id, (xs[i] as number) / 2]));
          const back = parseWeights(encodeWeights(w, subs), subs).weights;
          expect(Object.fromEntries(back)).toEqual(Object.fromEntries(w));
        },
      ),
    );
  });
});

describe('reweight', () => {
  const { observations, subIndices } = groupYearInputs(small, G, 2019);
  const base = datasetWeights(small, G, 2019).weights;

  it('computes 10·Σw·s/Σw over the present sub-indices, renormalised when one is missing', () => {
    expect(weightedTotals(observations, subIndices, base)).toEqual([70, 65, 60]);
  });

  it('with equal weights gives the unweighted mean of the present sub-indices', () => {
    const totals = weightedTotals(observations, subIndices, equalWeights(subIndices));
    expect(totals).toEqual([66.67, 70, 60]);
  });

  it('reports new ranks and places moved against the dataset weights', () => {
    const r = reweight(observations, subIndices, equalWeights(subIndices), base);
    expect(r.rows.map((x) => [x.baselineRank, x.rank, x.moved])).toEqual([
      [1, 2, -1],
      [2, 1, 1],
      [3, 3, 0],
    ]);
    expect(r.ranked).toBe(3);
    expect(r.baselineDiffersFromOfficial).toBe(false);
  });

  it('gives no total when every present sub-index has weight 0', () => {
    const zero = new Map([
      [sid('a'), 0],
      [sid('b'), 0],
      [sid('c'), 5],
    ]);
    const r = reweight(observations, subIndices, zero, base);
    expect(r.rows[2]).toMatchObject({ total: null, rank: null, moved: null });
    expect(r.ranked).toBe(2);
  });

  const arbWeights = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 });
  const arbScores = fc.array(
    fc.array(fc.option(fc.integer({ min: 100, max: 1000 }), { nil: null }), {
      minLength: 3,
      maxLength: 3,
    }),
    { minLength: 1, maxLength: 25 },
  );
  const tenth = (v: number | null | undefined) => (v === null || v === undefined ? null : v / 100);
  const build = (rows: (number | null)[][]) =>
    groupYearInputs(
      makeDataset(
        rows.map((r, i) => ({
          unit: `U${i}`,
          year: 2019,
          total: 50,
          subs: { a: tenth(r[0]), b: tenth(r[1]), c: tenth(r[2]) },
        })),
        { subIndices: [sub('a', 20), sub('b', 10), sub('c', 10)] },
      ),
      G,
      2019,
    );

  it('property: ranks lie in 1..n (n = units with a what-if total)', () => {
    fc.assert(
      fc.property(arbScores, arbWeights, (rows, ws) => {
        const { observations: obs, subIndices: subs } = build(rows);
        const w: WeightVector = new Map(subs.map((s, i) => [s.id, (ws[i] ?? 0) / 2]));
        const r = reweight(obs, subs, w, base);
        for (const row of r.rows) {
          if (row.rank === null) expect(row.total).toBeNull();
          else {
            expect(row.rank).toBeGreaterThanOrEqual(1);
            expect(row.rank).toBeLessThanOrEqual(r.ranked);
          }
        }
      }),
    );
  });

  it('property: scaling every weight by a constant changes no total and no rank', () => {
    fc.assert(
      fc.property(arbScores, arbWeights, fc.constantFrom(0.5, 2, 3, 10), (rows, ws, factor) => {
        const { observations: obs, subIndices: subs } = build(rows);
        const w: WeightVector = new Map(subs.map((s, i) => [s.id, (ws[i] ?? 0) / 2]));
        const scaled: WeightVector = new Map([...w].map(([k, v]) => [k, v * factor]));
        const a = reweight(obs, subs, w, base);
        const b = reweight(obs, subs, scaled, base);
        expect(b.rows.map((x) => x.rank)).toEqual(a.rows.map((x) => x.rank));
        expect(b.rows.map((x) => x.total)).toEqual(a.rows.map((x) => x.total));
      }),
    );
  });
});

describe('on the bundled data', () => {
  let dcci: Dataset;
  let pci: Dataset;
  beforeAll(async () => {
    [dcci, pci] = await Promise.all([importBundled('bac-kan-dcci'), importBundled('pci')]);
  });

  it('property: the dataset weights reproduce the published totals and ranking of every Bắc Kạn group-year', () => {
    const cases = dcci.groups.flatMap((g) => dcci.years.map((y) => [g.id, y] as const));
    expect(cases).toHaveLength(9);
    fc.assert(
      fc.property(fc.constantFrom(...cases), ([groupId, year]) => {
        const { observations, subIndices } = groupYearInputs(dcci, groupId, year);
        const base = datasetWeights(dcci, groupId, year).weights;
        const r = reweight(observations, subIndices, base, base);
        const official = rankObservations(observations);
        expect(r.rows.map((x) => x.total)).toEqual(observations.map((o) => o.total));
        expect(r.rows.map((x) => x.rank)).toEqual(
          observations.map((o) => official.get(o.unitId)?.rank),
        );
        expect(r.rows.every((x) => x.moved === 0)).toBe(true);
        expect(r.baselineDiffersFromOfficial).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('flags PCI, whose published totals do not come from the 2016 weights in every year', () => {
    const g = pci.groups[0]!.id;
    const { observations, subIndices } = groupYearInputs(pci, g, 2010);
    const d = datasetWeights(pci, g, 2010);
    expect(
      reweight(observations, subIndices, d.weights, d.weights).baselineDiffersFromOfficial,
    ).toBe(true);
    // 2005: policy bias and implementation consistency have no published weight.
    expect(datasetWeights(pci, g, 2005).unweighted).toEqual([
      'policy-bias',
      'implementation-consistency',
    ]);
    expect(pci2016Weights(subIndicesFor(pci, g, 2016)).unmatched).toEqual([]);
  });

  // Speed is measured by `npm run bench`, not asserted here (a busy CI machine would flake).
  it('is reproducible with the default seed (1000 draws × 19 units × 10 sub-indices)', () => {
    const g = 'departments' as GroupId;
    const { observations, subIndices } = groupYearInputs(dcci, g, 2019);
    const w = datasetWeights(dcci, g, 2019).weights;
    const a = weightStability(observations, subIndices, w);
    const b = weightStability(observations, subIndices, w);
    expect(a).toEqual(b);
    expect(a.draws).toBe(1000);
    const other = weightStability(observations, subIndices, w, { seed: 7 });
    expect(other.rows).not.toEqual(a.rows);
    for (const row of a.rows) {
      expect(row.stayShare).toBeGreaterThanOrEqual(0);
      expect(row.stayShare).toBeLessThanOrEqual(1);
      expect(row.rankLow).toBeLessThanOrEqual(row.rank!);
      expect(row.rankHigh).toBeGreaterThanOrEqual(row.rank!);
      expect(row.rankLow).toBeGreaterThanOrEqual(1);
      expect(row.rankHigh).toBeLessThanOrEqual(a.ranked);
    }
  });
});

describe('weightStability', () => {
  it('keeps every unit in its band when one sub-index decides everything', () => {
    const ds = makeDataset(
      [1, 2, 3, 4, 5, 6].map((i) => ({
        unit: `U${i}`,
        year: 2019,
        total: 50,
        subs: { a: i },
      })),
      { subIndices: [sub('a', 10)] },
    );
    const { observations, subIndices } = groupYearInputs(ds, G, 2019);
    const s = weightStability(observations, subIndices, new Map([[sid('a'), 10]]), { draws: 50 });
    expect(s.rows.map((r) => [r.rank, r.band, r.stayShare, r.rankLow, r.rankHigh])).toEqual([
      [6, 2, 1, 6, 6],
      [5, 2, 1, 5, 5],
      [4, 1, 1, 4, 4],
      [3, 1, 1, 3, 3],
      [2, 0, 1, 2, 2],
      [1, 0, 1, 1, 1],
    ]);
    expect(s.rows.map((r) => r.unitId)).toEqual([1, 2, 3, 4, 5, 6].map((i) => uid(`U${i}`)));
  });

  it('bands are thirds of the ranked group', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((r) => rankBand(r, 8))).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
    expect(rankBand(1, 1)).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatasetMeta } from '../../../src/domain/meta.ts';
import { importBytes } from '../../../src/import/importDataset.ts';
import { describe, expect, it } from 'vitest';
import { buildGapData } from '../../../src/charts/data/gap.ts';
import { gapToLeader } from '../../../src/domain/gap.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import type { Dataset, GroupId, SubIndexDef, SubIndexId } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const dir = fileURLToPath(new URL('../../../data/', import.meta.url));
const cache = new Map<string, Dataset>();

/** The bundled datasets, loaded through the real importer with their metadata. */
function bundled(id: 'bac-kan-dcci' | 'pci'): Dataset {
  const hit = cache.get(id);
  if (hit) return hit;
  const meta = JSON.parse(readFileSync(`${dir}${id}.meta.json`, 'utf8')) as DatasetMeta;
  const outcome = importBytes(new Uint8Array(readFileSync(`${dir}${id}.csv`)), {
    meta,
    datasetId: id,
    fileName: `${id}.csv`,
  });
  if (!outcome.dataset) throw new Error(`${id} did not import`);
  cache.set(id, outcome.dataset);
  return outcome.dataset;
}

const G = 'districts' as GroupId;
const weighted = (ds: Dataset, weights: Record<string, number>): Dataset => ({
  ...ds,
  subIndices: ds.subIndices.map<SubIndexDef>((s) => ({ ...s, weight: weights[s.id] })),
});

// Totals are 10 × the weighted mean (weights a:3, b:1): A = 10×(3×8+6)/4 = 75, B = 10×(3×6+7)/4 = 62.5.
const rows = [
  { unit: 'A', year: 2019, total: 75, subs: { a: 8, b: 6 } },
  { unit: 'B', year: 2019, total: 62.5, subs: { a: 6, b: 7 } },
  { unit: 'C', year: 2019, total: null, subs: { a: 5, b: 5 } },
];

describe('gapToLeader', () => {
  it('splits the gap into weighted contributions that add up to the total gap', () => {
    const gy = buildGroupYear(weighted(makeDataset(rows), { a: 3, b: 1 }), G, 2019);
    const gap = gapToLeader(gy, uid('B'));
    expect(gap?.weighted).toBe(true);
    expect(gap?.reference.unit.name).toBe('A');
    expect(gap?.totalGap).toBeCloseTo(12.5);
    expect(gap?.parts.map((p) => p.contribution)).toEqual([15, -2.5]);
    expect(gap?.contributionSum).toBeCloseTo(12.5);
    expect(gap?.addsUp).toBe(true);
  });

  it('says the parts do not add up when the totals follow other weights', () => {
    const gy = buildGroupYear(weighted(makeDataset(rows), { a: 1, b: 1 }), G, 2019);
    const gap = gapToLeader(gy, uid('B'));
    expect(gap?.contributionSum).toBeCloseTo(5);
    expect(gap?.residual).toBeCloseTo(7.5);
    expect(gap?.addsUp).toBe(false);
  });

  it('is unweighted, with raw differences and no sum, when a weight is unknown', () => {
    const gy = buildGroupYear(weighted(makeDataset(rows), { a: 3 }), G, 2019);
    const gap = gapToLeader(gy, uid('B'));
    expect(gap?.weighted).toBe(false);
    expect(gap?.parts.map((p) => [p.difference, p.contribution])).toEqual([
      [2, null],
      [-1, null],
    ]);
    expect(gap?.contributionSum).toBeNull();
    expect(gap?.addsUp).toBeNull();
  });

  it('compares the leader with the runner-up (its lead)', () => {
    const gy = buildGroupYear(makeDataset(rows), G, 2019);
    const gap = gapToLeader(gy, uid('A'));
    expect(gap?.unitLeads).toBe(true);
    expect(gap?.reference.unit.name).toBe('B');
    expect(gap?.totalGap).toBeCloseTo(12.5);
    expect(gap?.parts[0]?.difference).toBe(2);
  });

  it('treats tied leaders as leading with a zero gap', () => {
    const ds = makeDataset([
      { unit: 'A', year: 2019, total: 70, subs: { a: 7 } },
      { unit: 'B', year: 2019, total: 70, subs: { a: 6 } },
    ]);
    const gap = gapToLeader(buildGroupYear(ds, G, 2019), uid('B'));
    expect(gap?.unitLeads).toBe(true);
    expect(gap?.totalGap).toBe(0);
    expect(gap?.reference.unit.name).toBe('A');
  });

  it('leaves a missing sub-index out of the sum and reports that it does not add up', () => {
    const ds = weighted(
      makeDataset([
        { unit: 'A', year: 2019, total: 80, subs: { a: 8, b: 8 } },
        { unit: 'B', year: 2019, total: 60, subs: { a: 6, b: null } },
      ]),
      { a: 1, b: 1 },
    );
    const gap = gapToLeader(buildGroupYear(ds, G, 2019), uid('B'));
    expect(gap?.parts[1]).toMatchObject({ value: null, difference: null, contribution: null });
    expect(gap?.contributionSum).toBeCloseTo(10);
    expect(gap?.addsUp).toBe(false);
  });

  it('reverses the difference of a lower-is-better sub-index but not its contribution', () => {
    const ds: Dataset = {
      ...makeDataset([
        { unit: 'A', year: 2019, total: 70, subs: { a: 2 } },
        { unit: 'B', year: 2019, total: 60, subs: { a: 5 } },
      ]),
    };
    const lower = {
      ...ds,
      subIndices: [
        {
          id: 'a' as SubIndexId,
          name: { vi: 'a', en: 'a' },
          direction: 'lower-is-better' as const,
        },
      ],
    };
    const gap = gapToLeader(buildGroupYear(lower, G, 2019), uid('B'));
    expect(gap?.parts[0]?.difference).toBe(3);
  });

  it('returns null for a unit without a total, an unknown unit and a one-unit group', () => {
    const gy = buildGroupYear(makeDataset(rows), G, 2019);
    expect(gapToLeader(gy, uid('C'))).toBeNull();
    expect(gapToLeader(gy, uid('Z'))).toBeNull();
    const one = buildGroupYear(
      makeDataset([{ unit: 'A', year: 2019, total: 70, subs: { a: 7 } }]),
      G,
      2019,
    );
    expect(gapToLeader(one, uid('A'))).toBeNull();
  });

  it('uses only the sub-indices of the unit\u2019s group (groups with different sub-index sets)', () => {
    const ds = makeDataset([
      { unit: 'A', year: 2019, total: 70, subs: { a: 7, land: 8 } },
      { unit: 'B', year: 2019, total: 60, subs: { a: 6, land: 5 } },
      { unit: 'Sở X', group: 'departments', year: 2019, total: 90, subs: { a: 9 } },
      { unit: 'Sở Y', group: 'departments', year: 2019, total: 80, subs: { a: 8 } },
    ]);
    const scoped: Dataset = {
      ...ds,
      subIndices: ds.subIndices.map((s) => (s.id === 'land' ? { ...s, groups: [G] } : s)),
    };
    const dept = gapToLeader(
      buildGroupYear(scoped, 'departments' as GroupId, 2019),
      uid('Sở Y', 'departments'),
    );
    expect(dept?.parts.map((p) => p.subIndex.id)).toEqual(['a']);
    const dist = gapToLeader(buildGroupYear(scoped, G, 2019), uid('B'));
    expect(dist?.parts.map((p) => p.subIndex.id)).toEqual(['a', 'land']);
  });
});

describe('buildGapData', () => {
  it('sorts bars by value, largest first, missing last, and keeps each side\u2019s values', () => {
    const ds = makeDataset([
      { unit: 'A', year: 2019, total: 80, subs: { a: 8, b: 9, c: 5 } },
      { unit: 'B', year: 2019, total: 60, subs: { a: 6, b: null, c: 7 } },
    ]);
    const data = buildGapData(gapToLeader(buildGroupYear(ds, G, 2019), uid('B'))!);
    expect(data.weighted).toBe(false);
    expect(data.bars.map((b) => [b.id, b.value])).toEqual([
      ['a', 2],
      ['c', -2],
      ['b', null],
    ]);
    expect(data.bars[0]).toMatchObject({ unitValue: 6, leaderValue: 8 });
    expect(data.maxAbs).toBe(2);
    expect(data.referenceName).toBe('A');
  });
});

describe('the weighted breakdown on the bundled data', () => {
  it('adds up to the total gap for every unit of the illustrative DCCI (totals = weighted mean × 10)', () => {
    const ds = bundled('bac-kan-dcci');
    let checked = 0;
    for (const year of ds.years) {
      for (const g of ds.groups) {
        const gy = buildGroupYear(ds, g.id, year);
        for (const s of gy.standings) {
          const gap = gapToLeader(gy, s.unit.id);
          if (!gap) continue;
          expect(gap.weighted).toBe(true);
          const complete = gap.parts.every((p) => p.contribution !== null);
          // Rows with a missing sub-index are renormalised over the others, so they cannot add up exactly.
          if (complete) {
            expect(Math.abs(gap.residual ?? 99), `${s.unit.name} ${year}`).toBeLessThanOrEqual(
              0.02,
            );
            expect(gap.addsUp).toBe(true);
            checked++;
          } else expect(gap.addsUp).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(70);
  });

  it('adds up for the PCI 2013–2016 (the 2016 handbook weights) and not for 2005–2012, which the view then says', () => {
    const ds = bundled('pci');
    const G2 = 'provinces' as GroupId;
    const bacKan = 'provinces.bac-kan';
    for (const year of [2013, 2014, 2015, 2016])
      expect(gapToLeader(buildGroupYear(ds, G2, year), bacKan)?.addsUp, String(year)).toBe(true);
    for (const year of [2010, 2012]) {
      const gap = gapToLeader(buildGroupYear(ds, G2, year), bacKan);
      expect(gap?.weighted, String(year)).toBe(true);
      expect(gap?.addsUp, String(year)).toBe(false);
    }
    // 2005–2008 carry a sub-index without a weight (policy bias): unweighted.
    expect(gapToLeader(buildGroupYear(ds, G2, 2007), bacKan)?.weighted).toBe(false);
  });
});

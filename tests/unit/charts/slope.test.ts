import { describe, expect, it } from 'vitest';
import { buildSlopeData } from '../../../src/charts/data/slope.ts';
import type { GroupId, SubIndexId } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const G = 'districts' as GroupId;
const ds = makeDataset([
  { unit: 'A', year: 2018, total: 60, subs: { s1: 5 } },
  { unit: 'B', year: 2018, total: 70, subs: { s1: 6 } },
  { unit: 'C', year: 2018, total: 65, subs: { s1: 7 } },
  { unit: 'D', year: 2018, total: 50, subs: { s1: 4 } },
  { unit: 'A', year: 2019, total: 66, subs: { s1: 5, s2: 3 } },
  { unit: 'B', year: 2019, total: 66, subs: { s1: 6, s2: 3 } },
  { unit: 'C', year: 2019, total: 65, subs: { s1: 7, s2: 3 } },
  { unit: 'E', year: 2019, total: 58, subs: { s1: 7, s2: 3 } },
  { unit: 'D', year: 2019, total: null },
]);

describe('buildSlopeData', () => {
  const slope = buildSlopeData(ds, G, 2019, 2018, [uid('A')]);

  it('orders the two years whichever way they are given', () => {
    expect([slope.fromYear, slope.toYear]).toEqual([2018, 2019]);
  });

  it('computes changes and rank changes; tied units share the best rank', () => {
    const a = slope.rows.find((r) => r.name === 'A');
    const b = slope.rows.find((r) => r.name === 'B');
    expect(a).toMatchObject({
      from: 60,
      to: 66,
      change: 6,
      fromRank: 3,
      toRank: 1,
      rankChange: 2,
      presence: 'both',
      highlighted: true,
    });
    expect(b).toMatchObject({
      from: 70,
      to: 66,
      change: -4,
      fromRank: 1,
      toRank: 1,
      rankChange: 0,
      highlighted: false,
    });
  });

  it('keeps a unit present in one year only with a null on the other side, never 0', () => {
    const d = slope.rows.find((r) => r.name === 'D');
    const e = slope.rows.find((r) => r.name === 'E');
    expect(d).toMatchObject({
      from: 50,
      to: null,
      change: null,
      toRank: null,
      rankChange: null,
      presence: 'from-only',
    });
    expect(e).toMatchObject({
      from: null,
      to: 58,
      change: null,
      fromRank: null,
      presence: 'to-only',
    });
  });

  it('sorts by the later rank, then the earlier (tied A and B: B ranked higher before), then name', () => {
    expect(slope.rows.map((r) => r.name)).toEqual(['B', 'A', 'C', 'E', 'D']);
  });

  it('flags a change of group size and of the sub-index set', () => {
    expect([slope.fromSize, slope.toSize, slope.sizeChanged]).toEqual([4, 4, false]);
    expect(slope.subIndexSetChanged).toBe(true);
    const same = buildSlopeData(ds, G, 2018, 2018);
    expect(same.subIndexSetChanged).toBe(false);
    expect(same.rows.every((r) => r.change === 0)).toBe(true);
  });

  it('reports the dataset method changes between the years (PCI 2009, 2013)', () => {
    const pci = makeDataset(
      [
        { unit: 'X', year: 2008, total: 50 },
        { unit: 'X', year: 2016, total: 60 },
      ],
      {
        methodChanges: [
          { year: 2006, note: { vi: 'a', en: 'a' } },
          { year: 2009, note: { vi: 'b', en: 'b' } },
          { year: 2013, note: { vi: 'c', en: 'c' } },
        ],
      },
    );
    expect(buildSlopeData(pci, G, 2008, 2016).methodChanges.map((m) => m.year)).toEqual([
      2009, 2013,
    ]);
    expect(buildSlopeData(pci, G, 2016, 2016).methodChanges).toEqual([]);
  });

  it('has a null domain when nothing has a total, and no rows', () => {
    const empty = makeDataset([{ unit: 'A', year: 2019, total: null }]);
    const s = buildSlopeData(empty, G, 2019, 2019);
    expect(s.rows).toEqual([]);
    expect(s.domain).toBeNull();
  });

  it('treats groups with different sub-index sets per group independently', () => {
    const two = makeDataset([
      { unit: 'A', year: 2019, total: 60, subs: { land: 5 } },
      { unit: 'S', group: 'departments', year: 2019, total: 60, subs: { lead: 5 } },
    ]);
    const s = buildSlopeData(two, 'departments' as GroupId, 2019, 2019);
    expect(s.rows.map((r) => r.name)).toEqual(['S']);
    expect(two.subIndices.map((x) => x.id)).toEqual(['land' as SubIndexId, 'lead' as SubIndexId]);
  });
});

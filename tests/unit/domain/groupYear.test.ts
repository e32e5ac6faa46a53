import { describe, expect, it } from 'vitest';
import { buildGroupYear, strengthsAndWeaknesses } from '../../../src/domain/groupYear.ts';
import type { GroupId, SubIndexId } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const ds = makeDataset([
  { unit: 'Ba Bể', year: 2018, total: 60, subs: { a: 6, b: 5 } },
  { unit: 'Na Rì', year: 2018, total: 65, subs: { a: 7, b: 6 } },
  { unit: 'Ba Bể', year: 2019, total: 70, subs: { a: 8, b: 4 } },
  { unit: 'Na Rì', year: 2019, total: 64, subs: { a: 6, b: 7 } },
  { unit: 'Pác Nặm', year: 2019, total: 64, subs: { a: 5, b: null } },
  { unit: 'Chợ Mới', year: 2019, total: null },
  { unit: 'Sở Tư pháp', group: 'departments', year: 2019, total: 99 },
]);
const gy = buildGroupYear(ds, 'districts' as GroupId, 2019);

describe('buildGroupYear', () => {
  it('keeps only the group and year, in rank order with unranked units last', () => {
    expect(gy.standings.map((s) => s.unit.name)).toEqual(['Ba Bể', 'Na Rì', 'Pác Nặm', 'Chợ Mới']);
    expect(gy.standings.map((s) => s.rank.rank)).toEqual([1, 2, 2, null]);
  });
  it('compares with the previous available year: score change and places gained', () => {
    const baBe = gy.standings.find((s) => s.unit.id === uid('Ba Bể'));
    expect(baBe).toMatchObject({ previousTotal: 60, change: 10, previousRank: 2, rankChange: 1 });
  });
  it('shows no change for a unit absent in the previous year, never zero', () => {
    const pacNam = gy.standings.find((s) => s.unit.id === uid('Pác Nặm'));
    expect(pacNam).toMatchObject({ previousTotal: null, change: null, rankChange: null });
  });
  it('summarises the group (mean, spread) over present totals only', () => {
    expect(gy.totals).toMatchObject({ n: 3, best: 70, worst: 64, spread: 6 });
  });
  it('ranks units per sub-index, missing values unranked', () => {
    const pacNam = gy.standings.find((s) => s.unit.id === uid('Pác Nặm'));
    expect(pacNam?.subIndexRanks.get('a' as SubIndexId)).toBe(3);
    expect(pacNam?.subIndexRanks.get('b' as SubIndexId)).toBeNull();
  });
  it('has no previous year for the first year of the group', () => {
    expect(buildGroupYear(ds, 'districts' as GroupId, 2018).previousYear).toBeNull();
  });
  it('handles a one-unit group', () => {
    const one = buildGroupYear(ds, 'departments' as GroupId, 2019);
    expect(one.standings).toHaveLength(1);
    expect(one.totals.spread).toBe(0);
  });
});

describe('strengthsAndWeaknesses', () => {
  it('orders sub-indices from strongest to weakest relative to the group mean', () => {
    const baBe = gy.standings[0]!;
    const order = strengthsAndWeaknesses(gy, baBe).map((g) => g.subIndex.id);
    expect(order).toEqual(['a', 'b']);
  });
});

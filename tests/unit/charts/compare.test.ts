import { describe, expect, it } from 'vitest';
import {
  buildCompareData,
  defaultCompareUnits,
  resolveCompareUnits,
} from '../../../src/charts/data/compare.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import type { GroupId } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const G = 'districts' as GroupId;
const ds = makeDataset([
  { unit: 'A', year: 2019, total: 80, subs: { x: 8, y: 7 } },
  { unit: 'B', year: 2019, total: 70, subs: { x: 7, y: null } },
  { unit: 'C', year: 2019, total: 70, subs: { x: 6, y: 9 } },
  { unit: 'D', year: 2019, total: 60, subs: { x: 5, y: 5 } },
  { unit: 'E', year: 2019, total: null, subs: { x: 4, y: 4 } },
  { unit: 'F', year: 2018, total: 50, subs: { x: 5, y: 5 } },
  { unit: 'Sở X', group: 'departments', year: 2019, total: 90, subs: { x: 9 } },
]);
const gy = buildGroupYear(ds, G, 2019);
const ids = (...names: string[]) => names.map((n) => uid(n));

describe('defaultCompareUnits', () => {
  it('takes the selected unit with the units ranked just above and below', () => {
    expect(defaultCompareUnits(gy, uid('B'))).toEqual(ids('A', 'B', 'C'));
  });
  it('takes the two nearest at the top and at the bottom of the ranking', () => {
    expect(defaultCompareUnits(gy, uid('A'))).toEqual(ids('A', 'B', 'C'));
    expect(defaultCompareUnits(gy, uid('D'))).toEqual(ids('B', 'C', 'D'));
  });
  it('starts from the leader when nothing is selected', () => {
    expect(defaultCompareUnits(gy, null)).toEqual(ids('A', 'B', 'C'));
  });
  it('keeps a selected unit without a total in front of the top three', () => {
    expect(defaultCompareUnits(gy, uid('E'))).toEqual(ids('E', 'A', 'B'));
  });
  it('gives what there is in a one-unit group and nothing in an empty one', () => {
    const one = makeDataset([{ unit: 'A', year: 2019, total: 70, subs: { x: 7 } }]);
    expect(defaultCompareUnits(buildGroupYear(one, G, 2019), null)).toEqual(ids('A'));
    expect(defaultCompareUnits(buildGroupYear(one, G, 2020), null)).toEqual([]);
  });
});

describe('resolveCompareUnits', () => {
  it('keeps requested units of the group, in order, without duplicates, at most five', () => {
    expect(resolveCompareUnits(ds, gy, ids('D', 'A', 'D'), null)).toEqual(ids('D', 'A'));
    expect(resolveCompareUnits(ds, gy, ids('A', 'B', 'C', 'D', 'E', 'F'), null)).toHaveLength(5);
  });
  it('drops units of another group and falls back to the default below two', () => {
    expect(resolveCompareUnits(ds, gy, [uid('A'), uid('Sở X', 'departments')], uid('D'))).toEqual(
      ids('B', 'C', 'D'),
    );
  });
  it('keeps a requested unit that has no row this year (shown as absent)', () => {
    expect(resolveCompareUnits(ds, gy, ids('A', 'F'), null)).toEqual(ids('A', 'F'));
  });
});

describe('buildCompareData', () => {
  it('gives each unit a letter and a colour slot and each sub-index its values', () => {
    const data = buildCompareData(ds, gy, ids('A', 'B', 'C'));
    expect(data.units.map((u) => [u.letter, u.name, u.colorIndex, u.rank])).toEqual([
      ['A', 'A', 0, 1],
      ['B', 'B', 1, 2],
      ['C', 'C', 2, 2],
    ]);
    expect(data.rows.map((r) => [r.id, r.values])).toEqual([
      ['x', [8, 7, 6]],
      ['y', [7, null, 9]],
    ]);
    expect(data.rankedCount).toBe(4);
  });

  it('keeps missing values null (never 0) and spreads over present values only', () => {
    const data = buildCompareData(ds, gy, ids('A', 'B', 'C'));
    expect(data.rows[1]).toMatchObject({ spread: 2 });
    expect(data.hasMissing).toBe(true);
    expect(data.widest?.id).toBe('x');
  });

  it('marks a unit absent in the year, with null total, rank and values', () => {
    const data = buildCompareData(ds, gy, ids('A', 'F'));
    expect(data.units[1]).toMatchObject({ present: false, total: null, rank: null });
    expect(data.rows.every((r) => r.values[1] === null)).toBe(true);
    expect(data.rows[0]?.spread).toBeNull();
    expect(data.widest).toBeNull();
  });

  it('uses only the group-year\u2019s sub-indices (groups with different sub-index sets)', () => {
    const depts = buildGroupYear(ds, 'departments' as GroupId, 2019);
    const data = buildCompareData(ds, depts, [uid('Sở X', 'departments')]);
    expect(data.rows.map((r) => r.id)).toEqual(['x']);
  });
});

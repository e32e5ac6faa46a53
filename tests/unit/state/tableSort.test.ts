import { describe, expect, it } from 'vitest';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import type { GroupId } from '../../../src/domain/types.ts';
import { nextSort, parseSort, sortStandings } from '../../../src/views/tableSort.ts';
import { makeDataset } from '../../fixtures/builders.ts';

const gy = buildGroupYear(
  makeDataset([
    { unit: 'Chợ Đồn', year: 2019, total: 70, subs: { a: 5 } },
    { unit: 'Ba Bể', year: 2019, total: null, subs: { a: 9 } },
    { unit: 'Bạch Thông', year: 2019, total: 72, subs: { a: null } },
  ]),
  'districts' as GroupId,
  2019,
);
const names = (sort: string | null) =>
  sortStandings(gy.standings, parseSort(sort)).map((s) => s.unit.name);

describe('table sorting', () => {
  it('sorts by rank by default, unranked last', () =>
    expect(names(null)).toEqual(['Bạch Thông', 'Chợ Đồn', 'Ba Bể']));
  it('keeps missing values last in both directions', () => {
    expect(names('total')).toEqual(['Chợ Đồn', 'Bạch Thông', 'Ba Bể']);
    expect(names('-a')).toEqual(['Ba Bể', 'Chợ Đồn', 'Bạch Thông']);
  });
  it('sorts names in Vietnamese order', () =>
    expect(names('unit')).toEqual(['Ba Bể', 'Bạch Thông', 'Chợ Đồn']));
  it('toggles the direction of the current column and starts scores descending', () => {
    expect(nextSort(parseSort(null), 'total')).toBe('-total');
    expect(nextSort(parseSort('-total'), 'total')).toBe('total');
    expect(nextSort(parseSort(null), 'rank')).toBe('-rank');
    expect(nextSort(parseSort('-rank'), 'rank')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { buildHeatmapData, parseHeatmapSort } from '../../../src/charts/data/heatmap.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import type { GroupId, SubIndexId } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const G = 'districts' as GroupId;
const ds = makeDataset([
  { unit: 'Ba Bể', year: 2019, total: 70, subs: { transparency: 7.5, land: 6 } },
  { unit: 'Na Rì', year: 2019, total: 65, subs: { transparency: 7.5, land: null } },
  { unit: 'Chợ Mới', year: 2019, total: null, subs: { transparency: 5, land: 8 } },
  { unit: 'Pác Nặm', year: 2019, total: 60, subs: { transparency: 6 } },
  { unit: 'Sở Y tế', group: 'departments', year: 2019, total: 80, subs: { leadership: 9 } },
]);
const gy = buildGroupYear(ds, G, 2019);
const names = (d: ReturnType<typeof buildHeatmapData>) => d.rows.map((r) => r.name);

describe('buildHeatmapData', () => {
  it('has one column per sub-index of the group and one row per unit, in rank order by default', () => {
    const d = buildHeatmapData(gy);
    expect(d.columns.map((c) => c.id)).toEqual(['transparency', 'land']);
    expect(names(d)).toEqual(['Ba Bể', 'Na Rì', 'Pác Nặm', 'Chợ Mới']);
    expect(d.sort).toEqual({ key: 'rank', descending: false });
    expect(d.groupSize).toBe(4);
  });

  it("gives each cell the unit's rank on that sub-index; ties share the best rank and are flagged", () => {
    const d = buildHeatmapData(gy);
    const cell = (unit: string, sub: string) =>
      d.rows.find((r) => r.name === unit)?.cells.find((c) => c.subIndexId === sub);
    expect(cell('Ba Bể', 'transparency')).toEqual({
      subIndexId: 'transparency',
      value: 7.5,
      rank: 1,
      tied: true,
    });
    expect(cell('Na Rì', 'transparency')).toMatchObject({ rank: 1, tied: true });
    expect(cell('Pác Nặm', 'transparency')).toMatchObject({ rank: 3, tied: false });
    expect(cell('Chợ Mới', 'land')).toMatchObject({ value: 8, rank: 1 });
    expect(d.hasTies).toBe(true);
  });

  it('keeps missing values missing (null, unranked), never 0', () => {
    const d = buildHeatmapData(gy);
    const naRi = d.rows.find((r) => r.name === 'Na Rì');
    expect(naRi?.cells[1]).toEqual({ subIndexId: 'land', value: null, rank: null, tied: false });
    const pacNam = d.rows.find((r) => r.name === 'Pác Nặm');
    expect(pacNam?.cells[1]?.value).toBeNull();
    expect(d.hasMissing).toBe(true);
    expect(d.domain).toEqual([5, 8]);
  });

  it('sorts by a sub-index, descending, with missing values last in both directions', () => {
    expect(names(buildHeatmapData(gy, { sort: '-land' }))).toEqual([
      'Chợ Mới',
      'Ba Bể',
      'Na Rì',
      'Pác Nặm',
    ]);
    expect(names(buildHeatmapData(gy, { sort: 'land' }))).toEqual([
      'Ba Bể',
      'Chợ Mới',
      'Na Rì',
      'Pác Nặm',
    ]);
  });

  it('keeps rank order between tied values', () => {
    expect(names(buildHeatmapData(gy, { sort: '-transparency' })).slice(0, 2)).toEqual([
      'Ba Bể',
      'Na Rì',
    ]);
  });

  it('sorts by total (missing last), by name (Vietnamese order) and by rank descending', () => {
    expect(names(buildHeatmapData(gy, { sort: '-total' }))).toEqual([
      'Ba Bể',
      'Na Rì',
      'Pác Nặm',
      'Chợ Mới',
    ]);
    expect(names(buildHeatmapData(gy, { sort: 'unit' }))).toEqual([
      'Ba Bể',
      'Chợ Mới',
      'Na Rì',
      'Pác Nặm',
    ]);
    expect(names(buildHeatmapData(gy, { sort: '-rank' }))).toEqual([
      'Pác Nặm',
      'Na Rì',
      'Ba Bể',
      'Chợ Mới',
    ]);
  });

  it('highlights the sub-index of sub= and says when it does not apply to the group', () => {
    const d = buildHeatmapData(gy, { sub: 'land' });
    expect(d.columns.map((c) => c.highlighted)).toEqual([false, true]);
    expect(d.subNotApplicable).toBe(false);
    const dep = buildHeatmapData(buildGroupYear(ds, 'departments' as GroupId, 2019), {
      sub: 'land',
    });
    expect(dep.subNotApplicable).toBe(true);
    expect(dep.columns.map((c) => c.id)).toEqual(['leadership' as SubIndexId]);
  });

  it('handles a one-unit group', () => {
    const dep = buildHeatmapData(buildGroupYear(ds, 'departments' as GroupId, 2019), {
      selected: uid('Sở Y tế', 'departments'),
    });
    expect(dep.rows).toHaveLength(1);
    expect(dep.rows[0]?.cells[0]).toEqual({
      subIndexId: 'leadership',
      value: 9,
      rank: 1,
      tied: false,
    });
    expect(dep.rows[0]?.selected).toBe(true);
    expect(dep.domain).toEqual([9, 9]);
  });

  it('gives group means per column and a null domain when every cell is missing', () => {
    expect(buildHeatmapData(gy).columns[0]?.mean).toBeCloseTo(6.5);
    const empty = makeDataset([{ unit: 'A', year: 2019, total: 50, subs: { s: null } }]);
    const d = buildHeatmapData(buildGroupYear(empty, G, 2019));
    expect(d.columns).toEqual([]);
    expect(d.domain).toBeNull();
  });
});

describe('parseHeatmapSort', () => {
  it.each([
    [null, { key: 'rank', descending: false }],
    ['-total', { key: 'total', descending: true }],
    ['unit', { key: 'unit', descending: false }],
    ['-land', { key: 'land', descending: true }],
    ['-nope', { key: 'rank', descending: false }],
  ])('reads %s', (sort, expected) => {
    expect(parseHeatmapSort(sort, ['land'])).toEqual(expected);
  });
});

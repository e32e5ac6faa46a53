import { describe, expect, it } from 'vitest';
import {
  buildTileGridData,
  districtKey,
  matchesTileLayout,
  type TileLayout,
} from '../../../src/charts/data/tileGrid.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import type { GroupId, Unit } from '../../../src/domain/types.ts';
import { makeDataset } from '../../fixtures/builders.ts';
import { readData } from '../data/dataFiles.ts';

const layout = JSON.parse(readData('bac-kan-districts-tiles.json')) as TileLayout;
const meta = JSON.parse(readData('bac-kan-dcci.meta.json')) as {
  units: { group: string; name: string; code?: string }[];
};
const districts = meta.units.filter((u) => u.group === 'districts');

describe('data/bac-kan-districts-tiles.json', () => {
  it('covers all 8 districts once, by GSO code and name', () => {
    expect(districts).toHaveLength(8);
    expect(layout.tiles).toHaveLength(8);
    expect(new Set(layout.tiles.map((t) => t.code)).size).toBe(8);
    expect([...layout.tiles.map((t) => t.code)].sort()).toEqual(
      districts.map((d) => d.code).sort(),
    );
    for (const t of layout.tiles)
      expect(districts.find((d) => d.code === t.code)?.name, t.code).toBe(t.name);
  });

  it('puts every tile inside the grid, no two on the same cell', () => {
    const cells = layout.tiles.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(8);
    for (const t of layout.tiles) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(layout.columns);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(layout.rows);
    }
  });

  it('places the districts roughly geographically', () => {
    const at = (name: string) => layout.tiles.find((t) => t.name === name)!;
    expect(at('Pác Nặm').row).toBe(0);
    expect(at('Ngân Sơn').col).toBeGreaterThan(at('Ba Bể').col);
    expect(at('Chợ Đồn').col).toBeLessThan(at('Bạch Thông').col);
    expect(at('Na Rì').col).toBeGreaterThan(at('Bạch Thông').col);
    expect(at('Thành phố Bắc Kạn').row).toBeGreaterThan(at('Bạch Thông').row);
    expect(at('Chợ Mới').row).toBe(Math.max(...layout.tiles.map((t) => t.row)));
  });
});

const G = 'districts' as GroupId;
const base = makeDataset([
  { unit: 'Ba Bể', year: 2019, total: 61.71, subs: { land: 5.6 } },
  { unit: 'Na Rì', year: 2019, total: 66.03, subs: { land: 6.14 } },
  { unit: 'Pác Nặm', year: 2019, total: 60.73, subs: { land: null } },
  { unit: 'Thanh pho Bac Kan', year: 2019, total: null },
  { unit: 'Huyện Mới', year: 2019, total: 50 },
]);
const ds = {
  ...base,
  units: base.units.map((u): Unit => (u.name === 'Ba Bể' ? { ...u, code: '061' } : u)),
};
const gy = buildGroupYear(ds, G, 2019);

describe('buildTileGridData', () => {
  const d = buildTileGridData(gy, layout);
  const tile = (code: string) => d.tiles.find((t) => t.code === code);

  it('matches by code, then by name ignoring case and diacritics', () => {
    expect(tile('061')).toMatchObject({ name: 'Ba Bể', value: 61.71, rank: 2 });
    expect(tile('066')).toMatchObject({ name: 'Na Rì', value: 66.03, rank: 1 });
    expect(tile('058')?.unitId).not.toBeNull();
  });

  it('shows a tile without a unit or a value as null, never 0', () => {
    expect(tile('058')).toMatchObject({ value: null, rank: null });
    expect(tile('065')).toMatchObject({ unitId: null, value: null, name: 'Chợ Mới' });
  });

  it('lists units that have no tile', () => {
    expect(d.unplaced.map((u) => u.name)).toEqual(['Huyện Mới']);
    expect(d.domain).toEqual([60.73, 66.03]);
  });

  it('colours by a sub-index when sub= applies', () => {
    const s = buildTileGridData(gy, layout, { sub: 'land' });
    expect(s.measure.kind).toBe('sub');
    expect(s.tiles.find((t) => t.code === '066')).toMatchObject({ value: 6.14, rank: 1 });
    expect(s.tiles.find((t) => t.code === '060')).toMatchObject({ value: null, rank: null });
  });
});

describe('matchesTileLayout', () => {
  it('is true for the districts and false for departments', () => {
    expect(matchesTileLayout(districts, layout)).toBe(true);
    expect(
      matchesTileLayout(
        meta.units.filter((u) => u.group === 'departments'),
        layout,
      ),
    ).toBe(false);
    expect(matchesTileLayout([], layout)).toBe(false);
  });
});

describe('imported district files without codes', () => {
  it('match tiles ignoring "Huyện"/"Thị xã" and reading "TP." as "Thành phố"', () => {
    expect(districtKey('Huyện Ba Bể')).toBe('ba be');
    expect(districtKey('TP. Bắc Kạn')).toBe(districtKey('Thành phố Bắc Kạn'));
    const imported = makeDataset([
      { unit: 'Huyện Ba Bể', year: 2021, total: 62 },
      { unit: 'TP. Bắc Kạn', year: 2021, total: 64 },
      { unit: 'Huyện Na Rì', year: 2021, total: 60 },
    ]);
    expect(matchesTileLayout(imported.units, layout)).toBe(true);
    const d = buildTileGridData(buildGroupYear(imported, G, 2021), layout);
    expect(d.tiles.find((t) => t.code === '058')).toMatchObject({
      name: 'TP. Bắc Kạn',
      value: 64,
      rank: 1,
    });
    expect(d.unplaced).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoArea } from 'd3-geo';
import {
  buildChoroplethData,
  hasProvinceCodes,
  measureUnits,
  provinceCodeOf,
  provinceKey,
} from '../../../src/charts/data/map.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import type { Dataset, GroupId, Unit } from '../../../src/domain/types.ts';
import { makeDataset } from '../../fixtures/builders.ts';
import { readData } from '../data/dataFiles.ts';

const G = 'provinces' as GroupId;
function withCodes(ds: Dataset, codes: Record<string, string>): Dataset {
  return {
    ...ds,
    units: ds.units.map((u): Unit => (codes[u.name] ? { ...u, code: codes[u.name] } : u)),
  };
}
const base = makeDataset([
  { unit: 'Bắc Kạn', group: 'provinces', year: 2016, total: 54.6, subs: { transparency: 6.36 } },
  {
    unit: 'Bà Rịa - Vũng Tàu',
    group: 'provinces',
    year: 2016,
    total: 60,
    subs: { transparency: 6 },
  },
  { unit: 'Đà Nẵng', group: 'provinces', year: 2016, total: 70, subs: { transparency: null } },
  { unit: 'Hà Tây', group: 'provinces', year: 2016, total: 50 },
  { unit: 'Cao Bằng', group: 'provinces', year: 2016, total: null },
]);
const ds = withCodes(base, {
  'Bắc Kạn': 'VN-53',
  'Bà Rịa - Vũng Tàu': 'VN-43',
  'Đà Nẵng': 'VN-DN',
  'Cao Bằng': 'VN-04',
});
const gy = buildGroupYear(ds, G, 2016);
const features = [
  { code: 'VN-53', name: 'Bắc Kạn' },
  { code: 'VN-43', name: 'Bà Rịa–Vũng Tàu' },
  { code: 'VN-43', name: 'Côn Đảo' },
  { code: 'VN-DN', name: 'Da Nang (other spelling)' },
  { code: null, name: 'Cao  Bằng' },
  { code: 'VN-99', name: 'Nowhere' },
];

describe('buildChoroplethData', () => {
  const d = buildChoroplethData(gy, features);

  it('joins on the ISO code first, so names spelled differently still match', () => {
    expect(d.areas.map((a) => a.name)).toEqual([
      'Bắc Kạn',
      'Bà Rịa - Vũng Tàu',
      'Bà Rịa - Vũng Tàu',
      'Đà Nẵng',
      'Cao Bằng',
      'Nowhere',
    ]);
    expect(d.areas[3]).toMatchObject({ value: 70, rank: 1 });
  });

  it('colours Côn Đảo with Bà Rịa–Vũng Tàu (shared VN-43)', () => {
    expect(d.areas[1]?.unitId).toBe(d.areas[2]?.unitId);
    expect(d.areas[2]?.value).toBe(60);
    expect(d.sharedShapes).toBe(1);
  });

  it('falls back to the name (case, diacritics, spaces ignored) when a feature has no code', () => {
    expect(d.areas[4]?.unitId).not.toBeNull();
  });

  it('leaves a missing value or an unmatched shape as null, never 0', () => {
    expect(d.areas[4]).toMatchObject({ value: null, rank: null });
    expect(d.areas[5]).toMatchObject({ unitId: null, value: null });
  });

  it('lists units without a shape (Hà Tây) and highlights Bắc Kạn', () => {
    expect(d.unmatched.map((u) => u.name)).toEqual(['Hà Tây']);
    expect(d.areas.filter((a) => a.highlighted).map((a) => a.name)).toEqual(['Bắc Kạn']);
    expect(d.highlightedUnit).toMatchObject({ name: 'Bắc Kạn', value: 54.6, rank: 3 });
  });

  it('takes the domain from the units on the map only', () => {
    expect(d.domain).toEqual([54.6, 70]);
    expect(d.ranked).toBe(4);
  });

  it('colours by a sub-index with its own ranks when sub= applies, else by the total', () => {
    const s = buildChoroplethData(gy, features, { sub: 'transparency' });
    expect(s.measure.kind).toBe('sub');
    expect(s.areas[0]).toMatchObject({ value: 6.36, rank: 1 });
    expect(s.areas[3]).toMatchObject({ value: null, rank: null });
    expect(buildChoroplethData(gy, features, { sub: 'nope' }).measure.kind).toBe('total');
  });
});

describe('measureUnits', () => {
  it('orders units by rank with unranked last', () => {
    expect(measureUnits(gy, null).units.map((u) => u.name)).toEqual([
      'Đà Nẵng',
      'Bà Rịa - Vũng Tàu',
      'Bắc Kạn',
      'Hà Tây',
      'Cao Bằng',
    ]);
  });
});

describe('hasProvinceCodes', () => {
  it('is true when most units carry an ISO 3166-2 code', () => {
    expect(hasProvinceCodes(ds.units)).toBe(true);
    expect(hasProvinceCodes([{ code: '058' }, { code: '061' }])).toBe(false);
    expect(hasProvinceCodes([])).toBe(false);
  });
});

describe('data/geo/geoBoundaries-VNM-ADM1_simplified.topojson.txt', () => {
  const topology = JSON.parse(
    readData('geo/geoBoundaries-VNM-ADM1_simplified.topojson.txt'),
  ) as Topology;
  const collection = feature(
    topology,
    topology.objects.VNMADM1gbOpen as GeometryCollection<{ shapeISO: string; shapeName: string }>,
  );
  const pciMeta = JSON.parse(readData('pci.meta.json')) as {
    units: { name: string; code?: string }[];
  };

  it('has 64 features, none inverted for d3-geo, Côn Đảo sharing VN-43', () => {
    expect(collection.features).toHaveLength(64);
    expect(collection.features.filter((f) => geoArea(f) > 2 * Math.PI)).toEqual([]);
    expect(collection.features.filter((f) => f.properties.shapeISO === 'VN-43')).toHaveLength(2);
  });

  it("covers every PCI province's code except Hà Tây", () => {
    const codes = new Set(collection.features.map((f) => f.properties.shapeISO));
    const missing = pciMeta.units.filter((u) => !u.code || !codes.has(u.code)).map((u) => u.name);
    expect(missing).toEqual(['Hà Tây']);
    expect(codes.has('VN-53')).toBe(true);
  });
});

describe('province codes for imported files without codes', () => {
  const reference = new Map([
    [provinceKey('TP. Hồ Chí Minh'), 'VN-SG'],
    [provinceKey('Bắc Kạn'), 'VN-53'],
    [provinceKey('Hà Nội'), 'VN-HN'],
  ]);

  it('ignores "TP." / "Thành phố" / "Tỉnh", case and diacritics in province names', () => {
    expect(provinceKey('Thành phố Hồ Chí Minh')).toBe('ho chi minh');
    expect(provinceKey('TP. Hồ Chí Minh')).toBe('ho chi minh');
    expect(provinceKey('Tỉnh Bắc Kạn')).toBe('bac kan');
  });

  it('keeps a unit’s own ISO code, else finds it by name, else null', () => {
    expect(provinceCodeOf({ name: 'Bắc Kạn', code: 'VN-53' })).toBe('VN-53');
    expect(provinceCodeOf({ name: 'Tỉnh Bắc Kạn' }, reference)).toBe('VN-53');
    expect(provinceCodeOf({ name: 'Thành phố Hồ Chí Minh', code: null }, reference)).toBe('VN-SG');
    expect(provinceCodeOf({ name: 'Ba Bể', code: '061' }, reference)).toBeNull();
  });

  it('maps an imported province file without codes, Bắc Kạn highlighted', () => {
    const imported = makeDataset([
      { unit: 'Tỉnh Bắc Kạn', group: 'provinces', year: 2020, total: 61.97 },
      { unit: 'Thành phố Hồ Chí Minh', group: 'provinces', year: 2020, total: 65 },
      { unit: 'Hà Nội', group: 'provinces', year: 2020, total: 66 },
    ]);
    expect(hasProvinceCodes(imported.units)).toBe(false);
    expect(hasProvinceCodes(imported.units, reference)).toBe(true);
    const d = buildChoroplethData(
      buildGroupYear(imported, G, 2020),
      [
        { code: 'VN-53', name: 'Bắc Kạn' },
        { code: 'VN-SG', name: 'Ho Chi Minh' },
        { code: 'VN-HN', name: 'Hà Nội\t' },
      ],
      { codeByName: reference },
    );
    expect(d.areas.map((a) => a.value)).toEqual([61.97, 65, 66]);
    expect(d.highlightedUnit?.name).toBe('Tỉnh Bắc Kạn');
    expect(d.unmatched).toEqual([]);
  });
});

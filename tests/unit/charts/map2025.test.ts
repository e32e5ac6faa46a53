import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildChoroplethData } from '../../../src/charts/data/map.ts';
import { mapFrameLayout } from '../../../src/charts/data/mapFrame.ts';
import { CROSSWALK_2025, eraOf } from '../../../src/domain/era.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import type { GroupId } from '../../../src/domain/types.ts';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { code2025 } from '../../../src/views/map/provinceShapes.ts';
import { toProvinceFeatures } from '../../../data/tools/mapReference.ts';
import { readData } from '../data/dataFiles.ts';

const topology = JSON.parse(readData('geo/provinces-63-and-34.topojson.txt')) as Topology;
const shapes = toProvinceFeatures(topology);

describe('the 34 provinces merged at build time', () => {
  it('keeps the 64 original features and adds 34 merged ones, one per province of 2025', () => {
    expect(shapes.features).toHaveLength(64);
    expect(shapes.from2025.features).toHaveLength(34);
    const names = shapes.from2025.infos.map((i) => i.name);
    expect(new Set(names)).toEqual(new Set(CROSSWALK_2025.map((c) => c.after)));
  });

  it('gives each merged province the area of its predecessors (Côn Đảo goes with VN-43)', () => {
    const areaOfCodes = (codes: readonly string[]) =>
      shapes.features
        .filter((f) => codes.includes(String(f.properties?.shapeISO)))
        .reduce((sum, f) => sum + geoArea(f as never), 0);
    for (const [i, f] of shapes.from2025.features.entries()) {
      const name = shapes.from2025.infos[i]?.name ?? '';
      const codes = CROSSWALK_2025.filter((c) => c.after === name).map((c) => c.code);
      expect(geoArea(f as never), name).toBeCloseTo(areaOfCodes(codes), 6);
    }
    const hcm = topology.objects['provinces2025'] as unknown as {
      geometries: { properties: { name: string; codes: string[] } }[];
    };
    const hcmCodes = hcm.geometries.find((g) => g.properties.name === 'TP. Hồ Chí Minh')?.properties
      .codes;
    expect(hcmCodes).toEqual(expect.arrayContaining(['VN-SG', 'VN-43', 'VN-57']));
  });
});

/** A PCI-style file of the 34 provinces as an official would type them. */
function csv34(): string {
  const spelled: Record<string, string> = {
    'Hà Nội': 'TP. Hà Nội',
    'TP. Hồ Chí Minh': 'Thành phố Hồ Chí Minh',
    'Hải Phòng': 'TP. Hải Phòng',
    Huế: 'Thành phố Huế',
    'Đà Nẵng': 'TP Đà Nẵng',
  };
  const names = [...new Set(CROSSWALK_2025.map((c) => c.after))];
  const rows = names.map((n, i) => `2025,${spelled[n] ?? n},${(70 - i * 0.3).toFixed(2)}`);
  return ['Năm,"Tỉnh, thành phố",Điểm PCI', ...rows].join('\n') + '\n';
}

describe('an imported PCI file of the 34 provinces', () => {
  it('is read as the era from 2025 and colours every merged province (none grey)', async () => {
    const { dataset } = await importAnyBytes(new TextEncoder().encode(csv34()), {
      fileName: 'pci-2025.csv',
      group: 'Tỉnh, thành phố',
    });
    expect(dataset).not.toBeNull();
    if (!dataset) return;
    const group = dataset.groups[0]?.id as GroupId;
    expect(eraOf(dataset, group, 2025)).toBe('from-2025');
    const data = buildChoroplethData(buildGroupYear(dataset, group, 2025), shapes.from2025.infos, {
      codeOf: (u) => code2025(u.name),
    });
    expect(data.areas).toHaveLength(34);
    expect(data.areas.filter((a) => a.value === null).map((a) => a.name)).toEqual([]);
    expect(data.unmatched).toEqual([]);
  });
});

describe('mapFrameLayout', () => {
  const aspect = 0.92; // the map of Vietnam with Hoàng Sa and Trường Sa, about as wide as tall
  const legend = (w: number) => (w > 500 ? 46 : 68);
  const union = (l: ReturnType<typeof mapFrameLayout>) => {
    const boxes = [l.map, l.legend, ...(l.list ? [l.list] : [])];
    const x0 = Math.min(...boxes.map((b) => b.x));
    const y0 = Math.min(...boxes.map((b) => b.y));
    const x1 = Math.max(...boxes.map((b) => b.x + b.width));
    const y1 = Math.max(...boxes.map((b) => b.y + b.height));
    return (x1 - x0) * (y1 - y0);
  };
  // Chart boxes of the 1200×630, 1080×1080 and 1080×1350 images (inner width × the height left).
  it.each([
    [1152, 420],
    [1032, 850],
    [1032, 1120],
  ])('fills at least 70 percent of a %i×%i chart box, inside it', (w, h) => {
    const l = mapFrameLayout(w, h, aspect, legend);
    expect([l.width, l.height]).toEqual([w, h]);
    expect(union(l) / (w * h)).toBeGreaterThanOrEqual(0.7);
    for (const b of [l.map, l.legend, ...(l.list ? [l.list] : [])]) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(w + 1e-9);
      expect(b.y + b.height).toBeLessThanOrEqual(h + 1e-9);
    }
    // The map itself is never squeezed: it keeps the aspect.
    expect(l.map.width / l.map.height).toBeCloseTo(aspect, 6);
  });

  it('puts the list beside the map in a landscape image and fills the shown width', () => {
    expect(mapFrameLayout(1152, 420, aspect, legend).list).not.toBeNull();
    const shown = mapFrameLayout(1100, null, aspect, legend);
    expect(union(shown) / (shown.width * shown.height)).toBeGreaterThanOrEqual(0.7);
  });
});

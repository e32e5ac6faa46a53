import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodePath, toProvinceFeatures } from '../../../data/tools/mapReference.ts';
import { ARCHIPELAGOS, EAST_SEA_LABEL } from '../../../src/charts/data/mapFrame.ts';
import { mapProjection, type ProjectedMap } from '../../../src/charts/views/mapProjection.ts';
import { readProvinceShapes } from '../../../src/views/map/provinceShapes.ts';
import { readData } from '../data/dataFiles.ts';

const topology = JSON.parse(readData('geo/provinces-63-and-34.topojson.txt')) as Topology;
/** What the Map tab fetches (npm run data; a data test checks it is up to date). */
const shipped = readProvinceShapes(JSON.parse(readData('geo/provinces-projected.json.txt')));

/** What the map drew before the reference projection: d3's Mercator fitted at every size. */
function direct(
  features: readonly Feature<Geometry | null>[],
  w: number,
  height: number | undefined,
): ProjectedMap {
  const boxes = ARCHIPELAGOS.map<Feature<Geometry>>((a) => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [a.extent[0], a.extent[1]],
        [a.extent[2], a.extent[3]],
        [a.label[0], a.label[1] + 0.4],
      ],
    },
  }));
  const extent = { type: 'FeatureCollection' as const, features: [...features, ...boxes] };
  const projection =
    height === undefined
      ? geoMercator().fitWidth(w - 8, extent)
      : geoMercator().fitSize([w - 8, height - 8], extent);
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(extent);
  const h = height ?? Math.ceil(y1 - y0 + 8);
  const [tx, ty] = projection.translate();
  projection.translate([tx + (w - (x1 - x0)) / 2 - x0, ty + (h - (y1 - y0)) / 2 - y0]);
  const at = (p: readonly [number, number]) => projection([p[0], p[1]]) ?? [0, 0];
  return {
    height: h,
    paths: features.map((f) => path(f) ?? ''),
    centroids: features.map((f) => path.centroid(f)),
    archipelagos: ARCHIPELAGOS.map((a) => ({
      id: a.id,
      islands: a.islands.map(at),
      label: at(a.label),
    })),
    sea: at(EAST_SEA_LABEL),
  };
}

/** The vertices of a path, or its bounding box when the resampling differs. */
const box = (d: string) => {
  const xy = [...d.matchAll(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  const xs = xy.map((p) => p[0] ?? 0);
  const ys = xy.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

const near = (a: readonly number[], b: readonly number[], tolerance: number) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? NaN)) <= tolerance);

describe('the map drawn from the shapes projected when the data was built', () => {
  const shapes = toProvinceFeatures(topology);
  for (const [name, features, reference] of [
    ['63 provinces', shapes.features, shipped.reference],
    ['34 provinces of 2025', shapes.from2025.features, shipped.from2025.reference],
  ] as const) {
    for (const [w, h] of [
      [382, undefined],
      [560, undefined],
      [1200, 560],
      [1080, 1080],
    ] as const) {
      it(`draws the ${name} where d3 fitted at ${w}×${h ?? 'auto'} does, within half a pixel`, () => {
        const got = mapProjection(reference, w, h);
        const want = direct(features, w, h);
        expect(got.height).toBe(want.height);
        expect(got.paths).toHaveLength(features.length);
        for (const [i, d] of got.paths.entries()) {
          expect(near(box(d), box(want.paths[i] ?? ''), 0.5), `shape ${i}`).toBe(true);
          expect(near(got.centroids[i] ?? [], want.centroids[i] ?? [], 0.5), `centroid ${i}`).toBe(
            true,
          );
        }
        expect(near(got.sea, want.sea, 0.5)).toBe(true);
        for (const [i, a] of got.archipelagos.entries()) {
          expect(near(a.label, want.archipelagos[i]?.label ?? [], 0.5)).toBe(true);
          expect(near(a.islands.flat(), want.archipelagos[i]?.islands.flat() ?? [], 0.5)).toBe(
            true,
          );
        }
      });
    }
  }

  it('draws each shape with as many rings, points and closings as d3 (the encoding drops none)', () => {
    const got = mapProjection(shipped.reference, 560, undefined);
    const want = direct(shapes.features, 560, undefined);
    // Rings started, points drawn and rings closed, shape by shape.
    const count = (d: string) => ['M', 'L', 'Z'].map((c) => d.split(c).length - 1).join('/');
    expect(got.paths.map(count)).toEqual(want.paths.map(count));
    expect(got.paths.every((d) => /^(?:[ML]-?[\d.]+,-?[\d.]+|Z)+$/.test(d))).toBe(true);
  });
});

describe('encodePath', () => {
  it('writes hundredths of a pixel, the first point of each ring absolute and the rest as steps', () => {
    expect(encodePath('M1.234,5.678L2,6L1.5,7ZM10,10L11,10.005Z')).toBe(
      'M123,568l77,32l-50,100zM1000,1000l100,1z',
    );
  });

  it('refuses a command the app does not draw', () => {
    expect(() => encodePath('M0,0C1,1,2,2,3,3Z')).toThrow(/unexpected path command C/);
  });
});

describe('readProvinceShapes', () => {
  it('accepts the shipped file', () => {
    expect(shipped.infos).toHaveLength(64);
    expect(shipped.from2025.infos).toHaveLength(34);
  });

  it.each([
    ['not an object', 'oops'],
    ['no 2025 set', { ...shipped, from2025: undefined }],
    ['a path missing', { ...shipped, reference: { ...shipped.reference, paths: ['M0,0z'] } }],
    [
      'a centroid not a point',
      {
        ...shipped,
        reference: { ...shipped.reference, centroids: shipped.reference.centroids.map(() => [0]) },
      },
    ],
    ['bounds missing', { ...shipped, reference: { ...shipped.reference, bounds: [] } }],
    ['a name not text', { ...shipped, infos: shipped.infos.map((i) => ({ ...i, name: 1 })) }],
    [
      'an island without a label',
      { ...shipped, reference: { ...shipped.reference, archipelagos: [{ id: 'x', islands: [] }] } },
    ],
  ])('refuses a file with %s', (_, json) => {
    expect(() => readProvinceShapes(json)).toThrow(/unexpected file/);
  });
});

describe('loadProvinceShapes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['an error page served as 200', '<!doctype html><p>Proxy error</p>', /JSON|Unexpected token/],
    ['JSON of another kind', '{"type":"Topology"}', /unexpected file/],
  ])('refuses %s, and asks again next time', async (_, body, message) => {
    vi.resetModules();
    const { loadProvinceShapes } = await import('../../../src/views/map/useProvinceShapes.ts');
    const fetchMock = vi.fn(async () => new Response(body, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(loadProvinceShapes()).rejects.toThrow(message);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(readData('geo/provinces-projected.json.txt'))),
    );
    await expect(loadProvinceShapes()).resolves.toMatchObject({ infos: shipped.infos });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

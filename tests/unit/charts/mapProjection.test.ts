import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it, vi } from 'vitest';
import { ARCHIPELAGOS, EAST_SEA_LABEL } from '../../../src/charts/data/mapFrame.ts';
import {
  mapProjection,
  prepareMapProjection,
  type ProjectedMap,
} from '../../../src/charts/views/mapProjection.ts';
import { toProvinceShapes } from '../../../src/views/map/provinceShapes.ts';
import { readData } from '../data/dataFiles.ts';

const topology = JSON.parse(readData('geo/provinces-63-and-34.topojson.txt')) as Topology;

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

describe('the map projection scaled from one reference drawing', () => {
  const shapes = toProvinceShapes(topology);
  for (const [name, features] of [
    ['63 provinces', shapes.features],
    ['34 provinces of 2025', shapes.from2025.features],
  ] as const) {
    for (const [w, h] of [
      [382, undefined],
      [560, undefined],
      [1200, 560],
      [1080, 1080],
    ] as const) {
      it(`draws the ${name} where d3 fitted at ${w}×${h ?? 'auto'} does, within half a pixel`, () => {
        const got = mapProjection(features, w, h);
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

  it('is prepared in several short tasks, and then draws exactly what the direct call draws', async () => {
    const fresh = toProvinceShapes(topology).features;
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    await prepareMapProjection(fresh);
    // 63 provinces + 2 archipelagos in groups of 8 for the bounds, then 63 in groups of 8.
    expect(timeout.mock.calls.length).toBeGreaterThanOrEqual(15);
    timeout.mockRestore();
    const other = toProvinceShapes(topology).features;
    expect(mapProjection(fresh, 390, undefined)).toEqual(mapProjection(other, 390, undefined));
  });
});

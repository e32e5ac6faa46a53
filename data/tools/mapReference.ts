/**
 * The province map projected once, for `npm run data`: data/geo/provinces-projected.json.txt,
 * which the app's Map tab fetches instead of the topology (src/charts/views/mapProjection.ts draws
 * any size from it). Mercator (d3-geo, adaptive resampling) fitted to the provinces and both
 * archipelagos at REFERENCE_WIDTH, the way d3's `fitWidth` does it.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapFeatureInfo } from '../../src/charts/data/map.ts';
import { ARCHIPELAGOS, EAST_SEA_LABEL } from '../../src/charts/data/mapFrame.ts';
import type { MapReference, Point } from '../../src/charts/views/mapProjection.ts';
import { code2025, type ProvinceShapes } from '../../src/views/map/provinceShapes.ts';

/** The width the shapes are projected at; every drawn size is scaled from it. */
export const REFERENCE_WIDTH = 1000;

/** Name of the TopoJSON object holding the 64 province features (data/geo/README.md). */
const OBJECT = 'VNMADM1gbOpen';
/** The 34 provinces from 1 July 2025, merged by data/tools/provinces2025.ts. */
const OBJECT_2025 = 'provinces2025';

export interface FeatureSet {
  readonly features: readonly Feature<Geometry | null>[];
  readonly infos: readonly MapFeatureInfo[];
}

/** The geoBoundaries topology as GeoJSON features with their code and name (both sets). */
export function toProvinceFeatures(topology: Topology): FeatureSet & { from2025: FeatureSet } {
  const object = topology.objects[OBJECT] as
    GeometryCollection<{ shapeISO?: string; shapeName?: string }> | undefined;
  if (!object) throw new Error(`missing object ${OBJECT}`);
  const features = feature(topology, object).features as Feature<
    Geometry | null,
    { shapeISO?: string; shapeName?: string }
  >[];
  const merged = topology.objects[OBJECT_2025] as GeometryCollection<{ name?: string }> | undefined;
  const features2025 = merged
    ? (feature(topology, merged).features as Feature<Geometry | null, { name?: string }>[])
    : [];
  return {
    features,
    infos: features.map((f) => ({
      code: f.properties?.shapeISO ?? null,
      name: f.properties?.shapeName ?? '',
    })),
    from2025: {
      features: features2025,
      infos: features2025.map((f) => ({
        code: code2025(f.properties?.name ?? ''),
        name: f.properties?.name ?? '',
      })),
    },
  };
}

/** The extent the projection is fitted to, besides the provinces: both archipelagos and their labels. */
function archipelagoBoxes(): Feature<Geometry>[] {
  return ARCHIPELAGOS.map((a) => {
    const [w, s, e, n] = a.extent;
    return {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, n],
          [a.label[0], a.label[1] + 0.4],
        ],
      },
    };
  });
}

const hundredths = (v: number): number => Math.round(v * 100);
const exact = (v: number): number => hundredths(v) / 100;
const point = (p: readonly [number, number] | null): Point => [
  exact(p?.[0] ?? 0),
  exact(p?.[1] ?? 0),
];

/**
 * A d3 path of polygons ("M x,y L x,y … Z") in MapReference's encoding: hundredths of a pixel,
 * the first point of each ring absolute and the others as steps. Throws on any other command
 * (d3 draws polygons with these three only), so a change in d3 cannot ship a broken map.
 */
export function encodePath(d: string): string {
  let out = '';
  let [px, py] = [0, 0];
  for (const [, command, xs, ys] of d.matchAll(
    /([A-Za-z])(?:(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?))?/g,
  )) {
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    if ((command !== 'M' && command !== 'L') || xs === undefined || ys === undefined)
      throw new Error(`unexpected path command ${command ?? ''} in ${d.slice(0, 40)}`);
    const [x, y] = [hundredths(Number(xs)), hundredths(Number(ys))];
    out += command === 'M' ? `M${x},${y}` : `l${x - px},${y - py}`;
    [px, py] = [x, y];
  }
  return out;
}

/** Projects one boundary set at the reference width (d3's `fitWidth` with its bounds). */
export function buildMapReference(features: readonly Feature<Geometry | null>[]): MapReference {
  const projection = geoMercator().scale(150).translate([0, 0]);
  const path = geoPath(projection);
  let [[x0, y0], [x1, y1]] = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  for (const f of [...features, ...archipelagoBoxes()]) {
    const [[a, b], [c, d]] = path.bounds(f);
    [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  }
  const k = REFERENCE_WIDTH / (x1 - x0);
  projection.scale(150 * k).translate([(REFERENCE_WIDTH - k * (x1 + x0)) / 2, -k * y0]);
  const at = (p: readonly [number, number]): Point => point(projection([p[0], p[1]]));
  return {
    paths: features.map((f) => encodePath(path(f) ?? '')),
    centroids: features.map((f) => point(path.centroid(f))),
    bounds: [
      [0, 0],
      [REFERENCE_WIDTH, exact(k * (y1 - y0))],
    ],
    archipelagos: ARCHIPELAGOS.map((a) => ({
      id: a.id,
      islands: a.islands.map(at),
      label: at(a.label),
    })),
    sea: at(EAST_SEA_LABEL),
  };
}

/** What the Map tab fetches: both boundary sets projected, with each shape's code and name. */
export function projectProvinceShapes(topology: Topology): ProvinceShapes {
  const sets = toProvinceFeatures(topology);
  return {
    infos: sets.infos,
    reference: buildMapReference(sets.features),
    from2025: { infos: sets.from2025.infos, reference: buildMapReference(sets.from2025.features) },
  };
}

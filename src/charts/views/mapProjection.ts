/**
 * The map's projection: done once per boundary set, then scaled to every size.
 *
 * Projecting the provinces with d3-geo's Mercator (adaptive resampling; fit, bounds, paths and
 * centroids are four passes) was one task of ≈ 220 ms at Lighthouse's 4× CPU slowdown whenever a
 * map was first drawn. A Mercator fitted to a box is one drawing scaled and moved, so the shapes
 * are projected once at a reference width — path strings, centroids, bounds — and each size is an
 * affine transform of those numbers (string work, no trigonometry). `prepareMapProjection` does
 * the reference work a few provinces per task, before the map is drawn; `mapProjection` does it
 * at once when nothing prepared it (tests, a first export).
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { ARCHIPELAGOS, EAST_SEA_LABEL, type LonLat } from '../data/mapFrame.ts';
import { svgCoord as round } from '../scales.ts';

type Point = [number, number];
type Bounds = [Point, Point];

/** The width the shapes are projected at once; every drawn size is scaled from it. */
const REFERENCE_WIDTH = 1000;
/** Provinces projected per task by `prepareMapProjection` (≈ 10 ms each at 4× slowdown). */
const PER_TASK = 8;
/** The drawing's margin inside its box. */
export const MAP_MARGIN = 4;

interface Reference {
  /** The Mercator fitted to REFERENCE_WIDTH (for the few points drawn besides the shapes). */
  readonly projection: GeoProjection;
  readonly paths: readonly string[];
  readonly centroids: readonly Point[];
  /** Of the provinces, both archipelagos and their labels, at the reference width. */
  readonly bounds: Bounds;
}

export interface ProjectedArchipelago {
  readonly id: string;
  readonly islands: readonly Point[];
  readonly label: Point;
}

export interface ProjectedMap {
  readonly height: number;
  readonly paths: readonly string[];
  readonly centroids: readonly Point[];
  readonly archipelagos: readonly ProjectedArchipelago[];
  readonly sea: Point;
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

const union = (a: Bounds, b: Bounds): Bounds => [
  [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
  [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
];

/**
 * The reference projection, yielding between groups of provinces. The fit is d3's `fitWidth`
 * (bounds at scale 150, then scale and translate) with the bounds gathered shape by shape.
 */
function* buildReference(
  features: readonly Feature<Geometry | null>[],
): Generator<void, Reference> {
  const projection = geoMercator().scale(150).translate([0, 0]);
  const path = geoPath(projection);
  let b: Bounds = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  const extent = [...features, ...archipelagoBoxes()];
  for (const [i, f] of extent.entries()) {
    b = union(b, path.bounds(f) as Bounds);
    if (i % PER_TASK === PER_TASK - 1) yield;
  }
  const k = REFERENCE_WIDTH / (b[1][0] - b[0][0]);
  projection
    .scale(150 * k)
    .translate([(REFERENCE_WIDTH - k * (b[1][0] + b[0][0])) / 2, -k * b[0][1]]);
  const paths: string[] = [];
  const centroids: Point[] = [];
  for (const [i, f] of features.entries()) {
    paths.push(path(f) ?? '');
    centroids.push(path.centroid(f));
    if (i % PER_TASK === PER_TASK - 1) yield;
  }
  return {
    projection,
    paths,
    centroids,
    bounds: [
      [0, 0],
      [REFERENCE_WIDTH, k * (b[1][1] - b[0][1])],
    ],
  };
}

const references = new WeakMap<readonly Feature<Geometry | null>[], Reference>();

function referenceOf(features: readonly Feature<Geometry | null>[]): Reference {
  const known = references.get(features);
  if (known) return known;
  const steps = buildReference(features);
  let step = steps.next();
  while (!step.done) step = steps.next();
  references.set(features, step.value);
  return step.value;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Projects the shapes at the reference width in tasks of a few provinces, so drawing the map
 * later is quick and no start-up task is long. Safe to call more than once.
 */
export async function prepareMapProjection(
  features: readonly Feature<Geometry | null>[],
): Promise<void> {
  if (references.has(features)) return;
  const steps = buildReference(features);
  let step = steps.next();
  while (!step.done) {
    await nextTask();
    step = steps.next();
  }
  references.set(features, step.value);
}

/** Width / height of the drawn map of Vietnam with its islands. */
export function mapAspect(features: readonly Feature<Geometry | null>[]): number {
  const [[x0, y0], [x1, y1]] = referenceOf(features).bounds;
  return (x1 - x0) / Math.max(1, y1 - y0);
}

/** A d3 path of polygons ("M x,y L x,y … Z") scaled by `k` and moved by (dx, dy). */
function transformPath(d: string, k: number, dx: number, dy: number): string {
  return d.replace(
    /(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g,
    (_, x: string, y: string) => `${round(k * Number(x) + dx)},${round(k * Number(y) + dy)}`,
  );
}

/** The shapes, centroids, island symbols and sea label drawn into `w` × `height` (centred). */
export function mapProjection(
  features: readonly Feature<Geometry | null>[],
  w: number,
  height: number | undefined,
): ProjectedMap {
  const ref = referenceOf(features);
  const [[x0, y0], [x1, y1]] = ref.bounds;
  const [bw, bh] = [x1 - x0, Math.max(1e-9, y1 - y0)];
  const fitW = (w - 2 * MAP_MARGIN) / bw;
  const k = height === undefined ? fitW : Math.min(fitW, (height - 2 * MAP_MARGIN) / bh);
  const h = height ?? Math.ceil(k * bh + 2 * MAP_MARGIN);
  // Centre the drawing in the frame.
  const dx = (w - k * bw) / 2 - k * x0;
  const dy = (h - k * bh) / 2 - k * y0;
  const place = ([x, y]: Point): Point => [k * x + dx, k * y + dy];
  const at = (p: LonLat): Point => place(ref.projection([p[0], p[1]]) ?? [0, 0]);
  return {
    height: h,
    paths: ref.paths.map((d) => transformPath(d, k, dx, dy)),
    centroids: ref.centroids.map(place),
    archipelagos: ARCHIPELAGOS.map((a) => ({
      id: a.id,
      islands: a.islands.map(at),
      label: at(a.label),
    })),
    sea: at(EAST_SEA_LABEL),
  };
}

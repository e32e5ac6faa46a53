/**
 * The map's projection at any size, from one drawing projected when the data is built.
 *
 * A Mercator fitted to a box is one drawing scaled and moved. `npm run data`
 * (data/tools/mapReference.ts, d3-geo) projects the provinces once at a reference width — outlines,
 * centroids, bounds, the archipelagos' symbols and the sea label — and the app draws every size as
 * an affine transform of those numbers: string work, no trigonometry, no d3-geo or topojson in the
 * browser. (Projecting in the browser was ≈ 480 ms of main-thread work at Lighthouse's 4× CPU
 * slowdown whenever the Map tab opened first.)
 */
import { svgCoord as round } from '../scales.ts';

export type Point = readonly [number, number];
type Bounds = readonly [Point, Point];

/** The drawing's margin inside its box. */
export const MAP_MARGIN = 4;

export interface ProjectedArchipelago {
  readonly id: string;
  readonly islands: readonly Point[];
  readonly label: Point;
}

/** One boundary set projected at the reference width (data/geo/provinces-projected.json.txt). */
export interface MapReference {
  /**
   * Each shape's outline in hundredths of a reference pixel: `M x,y` starts a ring, `l dx,dy`
   * steps from the previous point, `z` closes the ring (relative steps keep the file small).
   */
  readonly paths: readonly string[];
  readonly centroids: readonly Point[];
  /** Of the provinces, both archipelagos and their labels. */
  readonly bounds: Bounds;
  readonly archipelagos: readonly ProjectedArchipelago[];
  readonly sea: Point;
}

export interface ProjectedMap {
  readonly height: number;
  readonly paths: readonly string[];
  readonly centroids: readonly Point[];
  readonly archipelagos: readonly ProjectedArchipelago[];
  readonly sea: Point;
}

/** Width / height of the drawn map of Vietnam with its islands. */
export function mapAspect(reference: MapReference): number {
  const [[x0, y0], [x1, y1]] = reference.bounds;
  return (x1 - x0) / Math.max(1, y1 - y0);
}

const M = 0x4d;
const L_STEP = 0x6c;
const Z = 0x7a;

/**
 * An encoded outline (see MapReference.paths) as an SVG path ("M x,y L x,y … Z"), scaled by `k`
 * and moved by (dx, dy), coordinates rounded to 0.01 px. Read character by character: this runs
 * over every point of the map at each drawn size.
 */
function drawPath(encoded: string, k: number, dx: number, dy: number): string {
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  let i = 0;
  const n = encoded.length;
  const integer = (): number => {
    let sign = 1;
    if (encoded.charCodeAt(i) === 0x2d) {
      sign = -1;
      i++;
    }
    let v = 0;
    for (let c = encoded.charCodeAt(i); c >= 0x30 && c <= 0x39; c = encoded.charCodeAt(++i))
      v = v * 10 + (c - 0x30);
    return sign * v;
  };
  while (i < n) {
    const command = encoded.charCodeAt(i++);
    if (command === Z) {
      parts.push('Z');
      continue;
    }
    const a = integer();
    i++; // the comma
    const b = integer();
    if (command === M) {
      x = a;
      y = b;
    } else if (command === L_STEP) {
      x += a;
      y += b;
    } else break;
    parts.push(
      `${command === M ? 'M' : 'L'}${round((k * x) / 100 + dx)},${round((k * y) / 100 + dy)}`,
    );
  }
  return parts.join('');
}

/** The shapes, centroids, island symbols and sea label drawn into `w` × `height` (centred). */
export function mapProjection(
  reference: MapReference,
  w: number,
  height: number | undefined,
): ProjectedMap {
  const [[x0, y0], [x1, y1]] = reference.bounds;
  const [bw, bh] = [x1 - x0, Math.max(1e-9, y1 - y0)];
  const fitW = (w - 2 * MAP_MARGIN) / bw;
  const k = height === undefined ? fitW : Math.min(fitW, (height - 2 * MAP_MARGIN) / bh);
  const h = height ?? Math.ceil(k * bh + 2 * MAP_MARGIN);
  // Centre the drawing in the frame.
  const dx = (w - k * bw) / 2 - k * x0;
  const dy = (h - k * bh) / 2 - k * y0;
  const place = ([x, y]: Point): Point => [k * x + dx, k * y + dy];
  return {
    height: h,
    paths: reference.paths.map((d) => drawPath(d, k, dx, dy)),
    centroids: reference.centroids.map(place),
    archipelagos: reference.archipelagos.map((a) => ({
      id: a.id,
      islands: a.islands.map(place),
      label: place(a.label),
    })),
    sea: place(reference.sea),
  };
}

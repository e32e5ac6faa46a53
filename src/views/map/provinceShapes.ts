/**
 * The province shapes as the Map tab gets them: both boundary sets projected when the data was
 * built (data/tools/mapReference.ts → data/geo/provinces-projected.json.txt), each shape with its
 * code and name. Pure: no fetching, no React.
 */
import type { MapFeatureInfo } from '../../charts/data/map.ts';
import type { MapReference, Point } from '../../charts/views/mapProjection.ts';
import { provinceNameKey } from '../../domain/era.ts';
import { slug } from '../../domain/names.ts';

export interface FeatureSet {
  /** Code and name of each shape, parallel to `reference.paths`. */
  readonly infos: readonly MapFeatureInfo[];
  readonly reference: MapReference;
}

export interface ProvinceShapes extends FeatureSet {
  /** The 34 provinces from 1 July 2025; their `code` is `code2025(name)`. */
  readonly from2025: FeatureSet;
}

/**
 * The join code of a province of 2025 ("VN34-thai-nguyen"): the merged units have no ISO code in
 * the boundary layer, so the map and the data meet on the name through the app's name rules.
 */
export function code2025(name: string): string {
  return `VN34-${slug(provinceNameKey(name))}`;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPoint = (v: unknown): v is Point =>
  Array.isArray(v) && v.length === 2 && isNumber(v[0]) && isNumber(v[1]);
const isArrayOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] =>
  Array.isArray(v) && v.every(item);
const isString = (v: unknown): v is string => typeof v === 'string';

function isFeatureSet(v: unknown): v is FeatureSet {
  if (typeof v !== 'object' || v === null) return false;
  const { infos, reference } = v as Partial<Record<keyof FeatureSet, unknown>>;
  if (typeof reference !== 'object' || reference === null) return false;
  const r = reference as Partial<Record<keyof MapReference, unknown>>;
  const parallel =
    isArrayOf(r.paths, isString) &&
    isArrayOf(r.centroids, isPoint) &&
    isArrayOf(infos, (i): i is MapFeatureInfo => {
      if (typeof i !== 'object' || i === null) return false;
      const { code, name } = i as Partial<Record<keyof MapFeatureInfo, unknown>>;
      return (code === null || isString(code)) && isString(name);
    }) &&
    r.paths.length === infos.length &&
    r.centroids.length === infos.length;
  return (
    parallel &&
    isArrayOf(r.bounds, isPoint) &&
    r.bounds.length === 2 &&
    isPoint(r.sea) &&
    isArrayOf(r.archipelagos, (a): a is MapReference['archipelagos'][number] => {
      if (typeof a !== 'object' || a === null) return false;
      const { id, islands, label } = a as Record<string, unknown>;
      return isString(id) && isArrayOf(islands, isPoint) && isPoint(label);
    })
  );
}

/**
 * The fetched file as ProvinceShapes, or an error naming what is wrong: it is same-origin and
 * built with the app, but a stale cache or a proxy's error page must not draw a broken map.
 */
export function readProvinceShapes(json: unknown): ProvinceShapes {
  if (!isFeatureSet(json) || !isFeatureSet((json as { from2025?: unknown }).from2025))
    throw new Error('province shapes: unexpected file');
  return json as ProvinceShapes;
}

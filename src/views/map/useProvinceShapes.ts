import { useEffect, useState } from 'react';
import type { Topology } from 'topojson-specification';
import topologyUrl from '../../../data/geo/provinces-63-and-34.topojson.txt?url';
import { prepareMapProjection } from '../../charts/views/mapProjection.ts';
import { toProvinceShapes, type ProvinceShapes } from './provinceShapes.ts';

export { code2025, toProvinceShapes, type ProvinceShapes } from './provinceShapes.ts';

export type ShapesState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly shapes: ProvinceShapes }
  | { readonly status: 'error'; readonly message: string };

let cache: Promise<ProvinceShapes> | null = null;

/** Fetches the boundaries once per page (same origin, so the CSP allows it); later calls share the promise. */
export function loadProvinceShapes(): Promise<ProvinceShapes> {
  cache ??= fetch(topologyUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json() as Promise<Topology>;
    })
    .then(toProvinceShapes)
    // Projected in short tasks before the first map is drawn (a 220 ms task at 4× otherwise).
    .then(async (shapes) => {
      await prepareMapProjection(shapes.features);
      await prepareMapProjection(shapes.from2025.features);
      return shapes;
    })
    .catch((err: unknown) => {
      cache = null;
      throw err;
    });
  return cache;
}

/**
 * The province shapes, loaded only when `enabled` (the Map tab on a province dataset): the
 * 89 KB topology (the 63 provinces and the 34 of 2025) is never part of the initial bundle.
 */
export function useProvinceShapes(enabled: boolean): ShapesState {
  const [state, setState] = useState<ShapesState>({ status: enabled ? 'loading' : 'idle' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadProvinceShapes().then(
      (shapes) => live && setState({ status: 'ready', shapes }),
      (err: unknown) =>
        live &&
        setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}

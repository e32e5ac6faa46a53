import { startTransition, useEffect, useState } from 'react';
import shapesUrl from '../../../data/geo/provinces-projected.json.txt?url';
import { readProvinceShapes, type ProvinceShapes } from './provinceShapes.ts';

export { code2025, type ProvinceShapes } from './provinceShapes.ts';

export type ShapesState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly shapes: ProvinceShapes }
  | { readonly status: 'error'; readonly message: string };

let cache: Promise<ProvinceShapes> | null = null;

/**
 * Fetches the projected boundaries once per page (same origin, so the CSP allows it); later calls
 * share the promise. Nothing is projected here: the file holds the drawing (see mapProjection.ts).
 */
export function loadProvinceShapes(): Promise<ProvinceShapes> {
  cache ??= fetch(shapesUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    })
    .then(readProvinceShapes)
    .catch((err: unknown) => {
      cache = null;
      throw err;
    });
  return cache;
}

/**
 * The province shapes, loaded only when `enabled` (the Map tab on a province dataset): the
 * projected boundaries (the 63 provinces and the 34 of 2025) are never part of the initial bundle.
 */
export function useProvinceShapes(enabled: boolean): ShapesState {
  const [state, setState] = useState<ShapesState>({ status: enabled ? 'loading' : 'idle' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadProvinceShapes().then(
      // A transition: React draws the 100-odd shapes (and creates their elements) in short
      // slices while the reserved box stays on screen, then shows the map at once; drawn in one
      // go it was a 170–260 ms task at 4× CPU.
      (shapes) => live && startTransition(() => setState({ status: 'ready', shapes })),
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

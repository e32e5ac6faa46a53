import type { Feature, Geometry } from 'geojson';
import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapFeatureInfo } from '../../charts/data/map.ts';
import topologyUrl from '../../../data/geo/geoBoundaries-VNM-ADM1_simplified.topojson.txt?url';

/** Name of the TopoJSON object holding the 64 province features (data/geo/README.md). */
const OBJECT = 'VNMADM1gbOpen';

export interface ProvinceShapes {
  readonly features: readonly Feature<Geometry | null>[];
  readonly infos: readonly MapFeatureInfo[];
}

export type ShapesState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly shapes: ProvinceShapes }
  | { readonly status: 'error'; readonly message: string };

/** Converts the geoBoundaries topology into GeoJSON features plus their code and name. */
export function toProvinceShapes(topology: Topology): ProvinceShapes {
  const object = topology.objects[OBJECT] as
    GeometryCollection<{ shapeISO?: string; shapeName?: string }> | undefined;
  if (!object) throw new Error(`missing object ${OBJECT}`);
  const collection = feature(topology, object);
  const features = collection.features as Feature<
    Geometry | null,
    { shapeISO?: string; shapeName?: string }
  >[];
  return {
    features,
    infos: features.map((f) => ({
      code: f.properties?.shapeISO ?? null,
      name: f.properties?.shapeName ?? '',
    })),
  };
}

let cache: Promise<ProvinceShapes> | null = null;

/** Fetches the boundaries once per page (same origin, so the CSP allows it); later calls share the promise. */
export function loadProvinceShapes(): Promise<ProvinceShapes> {
  cache ??= fetch(topologyUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json() as Promise<Topology>;
    })
    .then(toProvinceShapes)
    .catch((err: unknown) => {
      cache = null;
      throw err;
    });
  return cache;
}

/**
 * The province shapes, loaded only when `enabled` (the Map tab on a province dataset): the
 * 84 KB topology is never part of the initial bundle.
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

/** The province shapes of the map topology (pure: no fetching, no React). */
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapFeatureInfo } from '../../charts/data/map.ts';
import { provinceNameKey } from '../../domain/era.ts';
import { slug } from '../../domain/names.ts';

/** Name of the TopoJSON object holding the 64 province features (data/geo/README.md). */
const OBJECT = 'VNMADM1gbOpen';
/** The 34 provinces from 1 July 2025, merged at build time (data/tools/provinces2025.ts). */
const OBJECT_2025 = 'provinces2025';

export interface FeatureSet {
  readonly features: readonly Feature<Geometry | null>[];
  readonly infos: readonly MapFeatureInfo[];
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

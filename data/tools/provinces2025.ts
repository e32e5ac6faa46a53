/**
 * The provinces of 1 July 2025 (data/sources/crosswalk-63-to-34.csv, a copy of
 * reference-data/provinces-2025): the crosswalk as JSON for the app's era rules, and the 34
 * merged province shapes, built here (not in the browser) with topojson-client's `mergeArcs` so
 * they share the arcs of the untouched geoBoundaries topology.
 */
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, Polygon, MultiPolygon, Topology } from 'topojson-specification';
import { readCsvRecords } from './convert-pci.ts';

export interface CrosswalkEntry {
  /** ISO 3166-2 code before 2025 (the boundary layer's `shapeISO`). */
  readonly code: string;
  readonly before: string;
  readonly after: string;
}

/** The crosswalk rows, in file order; throws on a missing column or a duplicate code. */
export function readCrosswalk(text: string): CrosswalkEntry[] {
  const rows = readCsvRecords(text).map((r) => ({
    code: r['iso_3166_2_before_2025'] ?? '',
    before: r['province_before_2025'] ?? '',
    after: r['province_2025'] ?? '',
  }));
  if (rows.some((r) => !r.code || !r.before || !r.after)) throw new Error('crosswalk: empty cell');
  if (new Set(rows.map((r) => r.code)).size !== rows.length)
    throw new Error('crosswalk: duplicate code');
  return rows;
}

/** data/provinces-2025.json: { units: [{ code, before, after }] } for the 63 provinces before 2025. */
export function buildCrosswalkJson(text: string): { units: CrosswalkEntry[] } {
  return { units: readCrosswalk(text) };
}

/** The geoBoundaries object (data/geo/README.md) and the object of the 34 merged units. */
export const OBJECT_63 = 'VNMADM1gbOpen';
export const OBJECT_34 = 'provinces2025';

type Props = { shapeISO?: string; shapeName?: string };

/**
 * The boundary topology with one more object, `provinces2025`: for each province of 2025 the
 * union of its predecessors' polygons (joined on `shapeISO`, so Côn Đảo goes with VN-43 to
 * TP. Hồ Chí Minh), with properties `{ name, codes }` (the predecessors' ISO codes). Arcs,
 * transform and the original object are kept as they are.
 */
export function withProvinces2025(
  topology: Topology,
  crosswalk: readonly CrosswalkEntry[],
): Topology {
  const object = topology.objects[OBJECT_63] as GeometryCollection<Props> | undefined;
  if (!object) throw new Error(`missing object ${OBJECT_63}`);
  const afterByCode = new Map(crosswalk.map((c) => [c.code, c.after]));
  const names = [...new Set(crosswalk.map((c) => c.after))];
  const parts = new Map<string, (Polygon<Props> | MultiPolygon<Props>)[]>(
    names.map((n) => [n, []]),
  );
  for (const g of object.geometries) {
    const code = (g.properties as Props | undefined)?.shapeISO ?? '';
    const after = afterByCode.get(code);
    if (after === undefined) throw new Error(`no 2025 province for shape ${code}`);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
      throw new Error(`shape ${code}: ${g.type}`);
    parts.get(after)?.push(g);
  }
  const geometries = names.map((name) => {
    const merged = mergeArcs(topology, parts.get(name) ?? []);
    const codes = crosswalk.filter((c) => c.after === name).map((c) => c.code);
    return { ...merged, properties: { name, codes } };
  });
  return {
    ...topology,
    objects: { ...topology.objects, [OBJECT_34]: { type: 'GeometryCollection', geometries } },
  } as Topology;
}

import type { GroupYear } from '../../domain/groupYear.ts';
import { provinceNameKey } from '../../domain/era.ts';
import { foldKey } from '../../domain/names.ts';
import type { LocalizedText, SubIndexId, UnitId } from '../../domain/types.ts';
import { extent } from '../scales.ts';

/** What a map is coloured by: the total (out of 100) or one sub-index (out of 10). */
export interface MapMeasure {
  readonly kind: 'total' | 'sub';
  readonly subIndexId: SubIndexId | null;
  /** Name of the sub-index; null for the total. */
  readonly name: LocalizedText | null;
}

/** A unit's value and rank on the measure. */
export interface MeasuredUnit {
  readonly unitId: UnitId;
  readonly name: string;
  readonly code: string | null;
  readonly value: number | null;
  readonly rank: number | null;
}

/**
 * The measure named by `sub=` when it applies to the group-year, else the total; and each unit's
 * value and rank on it, in rank order (the ranks of `buildGroupYear`: published or computed
 * totals, competition ranks per sub-index; missing values unranked and last).
 */
export function measureUnits(
  groupYear: GroupYear,
  sub: string | null,
): { measure: MapMeasure; units: MeasuredUnit[] } {
  const def = sub ? groupYear.subIndices.find((s) => s.id === sub) : undefined;
  const measure: MapMeasure = def
    ? { kind: 'sub', subIndexId: def.id, name: def.name }
    : { kind: 'total', subIndexId: null, name: null };
  const units = groupYear.standings.map<MeasuredUnit>((s) => ({
    unitId: s.unit.id,
    name: s.unit.name,
    code: s.unit.code ?? null,
    value: def ? (s.observation.subIndices.get(def.id) ?? null) : s.total,
    rank: def ? (s.subIndexRanks.get(def.id) ?? null) : s.rank.rank,
  }));
  units.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return { measure, units };
}

/**
 * A comparison key for province names: case, diacritics and punctuation ignored, and a leading
 * "TP." / "Thành phố" / "Tỉnh" dropped ("TP. Hồ Chí Minh" and "Hồ Chí Minh" give "ho chi minh").
 */
export function provinceKey(name: string): string {
  return provinceNameKey(name);
}

/**
 * A unit's ISO 3166-2 province code: its own `code` when it has one ("VN-xx"), else the code of
 * the reference province with the same `provinceKey` (for imported files without codes); null
 * when neither gives one.
 */
export function provinceCodeOf(
  unit: { readonly name: string; readonly code?: string | null },
  reference: ReadonlyMap<string, string> = new Map(),
): string | null {
  if (unit.code && /^VN-[0-9A-Z]{2,3}$/.test(unit.code)) return unit.code;
  return reference.get(provinceKey(unit.name)) ?? null;
}

/** The identity of one map feature (from the TopoJSON properties `shapeISO`, `shapeName`). */
export interface MapFeatureInfo {
  readonly code: string | null;
  readonly name: string;
}

export interface ChoroplethArea {
  /** Index of the feature in the feature list given to the builder. */
  readonly index: number;
  readonly code: string | null;
  /** Unit name when matched, else the feature's own name. */
  readonly name: string;
  readonly unitId: UnitId | null;
  readonly value: number | null;
  readonly rank: number | null;
  /** The province to outline (Bắc Kạn by default). */
  readonly highlighted: boolean;
}

export interface ChoroplethData {
  readonly areas: readonly ChoroplethArea[];
  readonly measure: MapMeasure;
  /** Units in rank order with their values (the table alternative). */
  readonly units: readonly MeasuredUnit[];
  /** Units with no shape on the map (e.g. Hà Tây, 2006–2008). */
  readonly unmatched: readonly MeasuredUnit[];
  /** Min and max of the values on the map; null when none. */
  readonly domain: readonly [number, number] | null;
  /** Units ranked (with a value). */
  readonly ranked: number;
  readonly highlightedUnit: MeasuredUnit | null;
  /** Shapes that share a unit with another shape (Côn Đảo with Bà Rịa–Vũng Tàu). */
  readonly sharedShapes: number;
}

/**
 * Joins a group-year to map features: by code (ISO 3166-2 `shapeISO` = unit code) first, then by
 * name ignoring case, diacritics and punctuation. Several features may share one unit (Côn Đảo
 * and Bà Rịa–Vũng Tàu share VN-43): each gets the unit's value. A feature without a unit, or a
 * unit without a value, has value null (drawn as "no data", never as the low end of the scale).
 */
export function buildChoroplethData(
  groupYear: GroupYear,
  features: readonly MapFeatureInfo[],
  options: {
    readonly sub?: string | null;
    readonly highlightCode?: string;
    /** provinceKey(name) → ISO code, for units without a code (see `provinceCodeOf`). */
    readonly codeByName?: ReadonlyMap<string, string>;
    /** The join code of a unit, replacing the rule above (the 34 provinces of 2025 join by name). */
    readonly codeOf?: (unit: MeasuredUnit) => string | null;
  } = {},
): ChoroplethData {
  const measured = measureUnits(groupYear, options.sub ?? null);
  const measure = measured.measure;
  const codeOf = options.codeOf ?? ((u: MeasuredUnit) => provinceCodeOf(u, options.codeByName));
  const units = measured.units.map((u) => ({ ...u, code: codeOf(u) ?? u.code }));
  const highlightCode = options.highlightCode ?? 'VN-53';
  const byCode = new Map(units.filter((u) => u.code).map((u) => [u.code as string, u]));
  const byName = new Map(units.map((u) => [foldKey(u.name), u]));
  const used = new Set<UnitId>();
  const areas = features.map<ChoroplethArea>((f, index) => {
    const unit = (f.code ? byCode.get(f.code) : undefined) ?? byName.get(foldKey(f.name));
    if (unit) used.add(unit.unitId);
    const code = f.code ?? unit?.code ?? null;
    return {
      index,
      code,
      name: unit?.name ?? f.name.trim(),
      unitId: unit?.unitId ?? null,
      value: unit?.value ?? null,
      rank: unit?.rank ?? null,
      highlighted: code === highlightCode,
    };
  });
  const values = units
    .filter((u) => used.has(u.unitId))
    .map((u) => u.value)
    .filter((v): v is number => v !== null);
  const counts = new Map<UnitId, number>();
  for (const a of areas) if (a.unitId) counts.set(a.unitId, (counts.get(a.unitId) ?? 0) + 1);
  return {
    areas,
    measure,
    units,
    unmatched: units.filter((u) => !used.has(u.unitId)),
    domain: extent(values),
    ranked: units.filter((u) => u.rank !== null).length,
    highlightedUnit: units.find((u) => u.code === highlightCode) ?? null,
    sharedShapes: [...counts.values()].filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0),
  };
}

/**
 * True when most units of the group have an ISO 3166-2 province code ("VN-xx"), their own or
 * found by name in `codeByName`: a province map applies.
 */
export function hasProvinceCodes(
  units: readonly { readonly name?: string; readonly code?: string }[],
  codeByName: ReadonlyMap<string, string> = new Map(),
): boolean {
  const coded = units.filter(
    (u) => provinceCodeOf({ name: u.name ?? '', code: u.code ?? null }, codeByName) !== null,
  ).length;
  return units.length > 0 && coded * 2 >= units.length;
}

/**
 * The provinces of 1 July 2025: 63 provinces became 34 (Resolution 202/2025/QH15). A merged
 * province after the change is a different unit from its namesake before, so rankings, changes
 * and slopes never cross the change. Which side of the change a year is on is decided from its
 * units (data/README.md, "Provinces of 2025"), never from the calendar alone.
 */
import crosswalk from '../../data/provinces-2025.json';
import { observationsOf, previousYear, unitIndex } from './dataset.ts';
import { foldKey } from './names.ts';
import type { Dataset, GroupId, UnitId } from './types.ts';

/** Before 1 July 2025 (63 provinces) or from then on (34). */
export type ProvinceEra = 'before-2025' | 'from-2025';

export interface CrosswalkEntry {
  readonly code: string;
  readonly before: string;
  readonly after: string;
}

/** The 63 provinces before 2025, each with its ISO code and the province of 2025 it belongs to. */
export const CROSSWALK_2025: readonly CrosswalkEntry[] = crosswalk.units;

/**
 * A comparison key for province names: case, diacritics and punctuation ignored, a leading
 * "TP." / "Thành phố" / "Tỉnh" dropped ("TP. Hồ Chí Minh" and "Hồ Chí Minh" give "ho chi minh").
 */
export function provinceNameKey(name: string): string {
  return foldKey(name).replace(/^(tp|thanh pho|tinh)\s+/, '');
}

const NEW_KEYS = new Set(CROSSWALK_2025.map((c) => provinceNameKey(c.after)));
const OLD_KEYS = new Set(CROSSWALK_2025.map((c) => provinceNameKey(c.before)));
/** The 30 names used before the change and no longer after it (Bắc Kạn, Hà Giang, Thừa Thiên Huế…). */
export const RETIRED_KEYS: ReadonlySet<string> = new Set(
  [...OLD_KEYS].filter((k) => !NEW_KEYS.has(k)),
);

/**
 * The era of one year's units, from their names: any retired name → before 2025; otherwise, when
 * at least half the names are province names, from 2025. Null when the units are not provinces
 * (departments, districts): the change of 2025 does not split them.
 */
export function eraOfUnits(names: readonly string[]): ProvinceEra | null {
  return eraOfKeys(names.map(provinceNameKey));
}

function eraOfKeys(keys: readonly string[]): ProvinceEra | null {
  if (keys.some((k) => RETIRED_KEYS.has(k))) return 'before-2025';
  const provinces = keys.filter((k) => NEW_KEYS.has(k) || OLD_KEYS.has(k)).length;
  return keys.length > 0 && provinces * 2 >= keys.length ? 'from-2025' : null;
}

/**
 * Eras and name keys already found, per dataset (datasets are never changed in place). Every
 * screen asks for the era of the year shown and of the year before; folding the names of a
 * 5,000-unit file each time was ≈ 90 ms of each render.
 */
const memos = new WeakMap<
  Dataset,
  { readonly eras: Map<string, ProvinceEra | null>; readonly keys: Map<UnitId, string> }
>();

/**
 * The era of a group-year: the user's correction when the dataset records one
 * (`provinceEras`), else `eraOfUnits` of the units with a row that year.
 */
export function eraOf(dataset: Dataset, groupId: GroupId, year: number): ProvinceEra | null {
  const corrected = dataset.provinceEras?.find((e) => e.year === year)?.era;
  if (corrected) return corrected;
  let memo = memos.get(dataset);
  if (memo === undefined) memos.set(dataset, (memo = { eras: new Map(), keys: new Map() }));
  const id = `${groupId}\u0000${year}`;
  const known = memo.eras.get(id);
  if (known !== undefined || memo.eras.has(id)) return known ?? null;
  const units = unitIndex(dataset);
  const keys = observationsOf(dataset, groupId, year).map((o) => {
    let key = memo.keys.get(o.unitId);
    if (key === undefined) {
      key = provinceNameKey(units.get(o.unitId)?.name ?? '');
      memo.keys.set(o.unitId, key);
    }
    return key;
  });
  const era = eraOfKeys(keys);
  memo.eras.set(id, era);
  return era;
}

/** True when the two years of a group lie on different sides of the change of 2025. */
export function crossesEra(
  dataset: Dataset,
  groupId: GroupId,
  yearA: number,
  yearB: number,
): boolean {
  const a = eraOf(dataset, groupId, yearA);
  const b = eraOf(dataset, groupId, yearB);
  return a !== null && b !== null && a !== b;
}

/**
 * The year a change is measured against: the group's previous year with data, but only when it
 * is the calendar year before (a gap such as PCI 2017–2019 is not year-over-year) and on the
 * same side of the change of 2025. Null otherwise: no change, rank move, mover or flag is shown.
 */
export function comparablePreviousYear(
  dataset: Dataset,
  groupId: GroupId,
  year: number,
): number | null {
  const prev = previousYear(dataset, groupId, year);
  if (prev === null || year - prev !== 1) return null;
  return crossesEra(dataset, groupId, prev, year) ? null : prev;
}

/**
 * Why a year is not compared with the group's previous year with data: `era` when the two lie
 * on either side of the province merger of 1 July 2025, `gap` when years between them are
 * missing (PCI 2016 → 2020). `previous` is that earlier year, `year` the one shown.
 */
export interface YearBreak {
  readonly kind: 'gap' | 'era';
  readonly previous: number;
  readonly year: number;
}

/** Why a year has no comparable previous year although earlier years have data (null: no break). */
export function previousYearBreak(
  dataset: Dataset,
  groupId: GroupId,
  year: number,
): YearBreak | null {
  const prev = previousYear(dataset, groupId, year);
  if (prev === null) return null;
  if (crossesEra(dataset, groupId, prev, year)) return { kind: 'era', previous: prev, year };
  return year - prev !== 1 ? { kind: 'gap', previous: prev, year } : null;
}

/**
 * How a group-year compares with the year before, for every view that shows a change (ranking,
 * scorecard): the comparable previous year, or why there is none (`yearBreak`), and whether the units
 * were reorganised between the two (departments and districts across 1 July 2025).
 */
export interface YearComparison {
  readonly previous: number | null;
  readonly yearBreak: YearBreak | null;
  readonly reorganised: boolean;
}

/** The `YearComparison` of a group-year. Pure. */
export function yearComparison(dataset: Dataset, groupId: GroupId, year: number): YearComparison {
  const previous = comparablePreviousYear(dataset, groupId, year);
  return {
    previous,
    yearBreak: previous === null ? previousYearBreak(dataset, groupId, year) : null,
    reorganised: previous !== null && dcciSpansMerger(dataset, groupId, [previous, year]),
  };
}

/** ISO code before 2025 → the province of 2025 it belongs to. */
export const AFTER_BY_CODE: ReadonlyMap<string, string> = new Map(
  CROSSWALK_2025.map((c) => [c.code, c.after]),
);

/**
 * True when a group that is not provinces (departments, districts: `eraOf` null) has data both
 * up to 2024 and from 2025: departments were reorganised and district-level units abolished on
 * 1 July 2025, so units of the two sides are not the same units even under the same name.
 */
export function dcciSpansMerger(
  dataset: Dataset,
  groupId: GroupId,
  years: readonly number[],
): boolean {
  const withData = years.filter((y) => observationsOf(dataset, groupId, y).length > 0);
  if (!withData.some((y) => y <= 2024) || !withData.some((y) => y >= 2025)) return false;
  return withData.every((y) => eraOf(dataset, groupId, y) === null);
}

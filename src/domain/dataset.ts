import { DEFAULT_SCALE } from './types.ts';
import type {
  Dataset,
  GroupId,
  Observation,
  ScoreRange,
  SubIndexDef,
  SummaryRow,
  Unit,
  UnitId,
} from './types.ts';

/** Units of one group in dataset order. */
export function unitsOf(dataset: Dataset, groupId: GroupId): Unit[] {
  return dataset.units.filter((u) => u.groupId === groupId);
}

/** Index of units by id (built per call; callers memoise per dataset). */
export function unitIndex(dataset: Dataset): Map<UnitId, Unit> {
  return new Map(dataset.units.map((u) => [u.id, u]));
}

/** Observations of one group in one year, in dataset unit order. Units without a row that year are absent. */
export function observationsOf(dataset: Dataset, groupId: GroupId, year: number): Observation[] {
  const inGroup = new Set(unitsOf(dataset, groupId).map((u) => u.id));
  return dataset.observations.filter((o) => o.year === year && inGroup.has(o.unitId));
}

/** Years in which the group has at least one observation, ascending. */
export function yearsOf(dataset: Dataset, groupId: GroupId): number[] {
  const inGroup = new Set(unitsOf(dataset, groupId).map((u) => u.id));
  const years = new Set<number>();
  for (const o of dataset.observations) if (inGroup.has(o.unitId)) years.add(o.year);
  return [...years].sort((a, b) => a - b);
}

/** The latest year before `year` in which the group has observations; null when there is none. */
export function previousYear(dataset: Dataset, groupId: GroupId, year: number): number | null {
  const earlier = yearsOf(dataset, groupId).filter((y) => y < year);
  return earlier.length > 0 ? (earlier[earlier.length - 1] as number) : null;
}

/**
 * Sub-indices that apply to a group in a year: declared for the group (or for every group),
 * declared for the year (or every year), and with at least one value in that group-year.
 */
export function subIndicesFor(dataset: Dataset, groupId: GroupId, year: number): SubIndexDef[] {
  const rows = observationsOf(dataset, groupId, year);
  return dataset.subIndices.filter(
    (s) =>
      (s.groups === undefined || s.groups.includes(groupId)) &&
      (s.years === undefined || s.years.includes(year)) &&
      rows.some((o) => typeof o.subIndices.get(s.id) === 'number'),
  );
}

/** A method change note that separates `year` from the previous year, if the dataset declares one. */
export function methodChangeBetween(dataset: Dataset, fromYear: number, toYear: number) {
  return (dataset.methodChanges ?? []).filter((m) => m.year > fromYear && m.year <= toYear);
}

/** The scale of the dataset's totals (declared on import, else DEFAULT_SCALE's 0–100). */
export function totalScale(dataset: Dataset): ScoreRange {
  return (dataset.scale ?? DEFAULT_SCALE).total;
}

/**
 * The summary rows (medians, averages) that belong on a group's chart in a year: those of that
 * group and those of the whole table (group null). References, never units.
 */
export function summaryRowsFor(dataset: Dataset, groupId: GroupId, year: number): SummaryRow[] {
  return (dataset.summaryRows ?? []).filter(
    (r) => r.year === year && (r.groupId === null || r.groupId === groupId),
  );
}

/** The scale of the dataset's sub-indices (DEFAULT_SCALE's 0–10 unless declared). */
export function subIndexScale(dataset: Dataset): ScoreRange {
  return (dataset.scale ?? DEFAULT_SCALE).subIndex;
}

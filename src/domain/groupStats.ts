import { observationsOf, previousYear } from './dataset.ts';
import type { ScoredUnit } from './uncertainty.ts';
import type { Dataset, GroupId } from './types.ts';

/** The units of a group-year as the statistics need them: total and its standard error. */
export function scoredUnits(dataset: Dataset, groupId: GroupId, year: number): ScoredUnit[] {
  return observationsOf(dataset, groupId, year).map((o) => ({
    unitId: o.unitId,
    score: o.total,
    se: o.standardError,
  }));
}

/** This year's and the previous available year's scored units (for intervals and move flags). */
export function scoredGroupYear(
  dataset: Dataset,
  groupId: GroupId,
  year: number,
): { current: ScoredUnit[]; previous: ScoredUnit[] | null } {
  const prev = previousYear(dataset, groupId, year);
  return {
    current: scoredUnits(dataset, groupId, year),
    previous: prev === null ? null : scoredUnits(dataset, groupId, prev),
  };
}

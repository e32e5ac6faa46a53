import { methodChangeBetween, observationsOf } from './dataset.ts';
import { comparablePreviousYear } from './era.ts';
import { rankObservations } from './ranking.ts';
import type { ScoredUnit } from './uncertainty.ts';
import type { Dataset, GroupId } from './types.ts';

/** The units of a group-year as the statistics need them: total, standard error, shown rank. */
export function scoredUnits(dataset: Dataset, groupId: GroupId, year: number): ScoredUnit[] {
  const rows = observationsOf(dataset, groupId, year);
  const ranks = rankObservations(rows);
  return rows.map((o) => ({
    unitId: o.unitId,
    score: o.total,
    se: o.standardError,
    rank: ranks.get(o.unitId)?.rank ?? null,
  }));
}

/**
 * This year's and the previous available year's scored units (for intervals and move flags).
 * `previous` is null when there is no comparable previous year (a gap in the years, the
 * province merger of 2025: see `comparablePreviousYear`) or when a declared method change lies
 * between the two: a move across a method break is not judged "likely real" or "within noise".
 */
export function scoredGroupYear(
  dataset: Dataset,
  groupId: GroupId,
  year: number,
): { current: ScoredUnit[]; previous: ScoredUnit[] | null } {
  const prev = comparablePreviousYear(dataset, groupId, year);
  const comparable = prev !== null && methodChangeBetween(dataset, prev, year).length === 0;
  return {
    current: scoredUnits(dataset, groupId, year),
    previous: comparable ? scoredUnits(dataset, groupId, prev) : null,
  };
}

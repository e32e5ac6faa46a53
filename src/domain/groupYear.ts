import { comparablePreviousYear } from './era.ts';
import { methodChangeBetween, observationsOf, subIndicesFor, unitIndex } from './dataset.ts';
import { rankChange, rankObservations, rankScores, type RankInfo } from './ranking.ts';
import { scoreChange, summarise, type Summary } from './stats.ts';
import type {
  Dataset,
  GroupId,
  LocalizedText,
  Observation,
  SubIndexDef,
  SubIndexId,
  Unit,
} from './types.ts';

/** One unit's standing in a group and year, with its change against the previous available year. */
export interface UnitStanding {
  readonly unit: Unit;
  readonly observation: Observation;
  readonly total: number | null;
  readonly rank: RankInfo;
  /** Total in the previous year of the group; null when the unit had no total then (or there is no previous year). */
  readonly previousTotal: number | null;
  readonly previousRank: number | null;
  /** total − previousTotal (2 decimals); null when either is missing. */
  readonly change: number | null;
  /** Places gained since the previous year (positive = improved); null when either rank is missing. */
  readonly rankChange: number | null;
  /** Competition rank of the unit on each sub-index within the group-year (null when its value is missing). */
  readonly subIndexRanks: ReadonlyMap<SubIndexId, number | null>;
}

export interface GroupYear {
  readonly groupId: GroupId;
  readonly year: number;
  readonly previousYear: number | null;
  /** Ordered by rank (ties by name), unranked units last. */
  readonly standings: readonly UnitStanding[];
  readonly subIndices: readonly SubIndexDef[];
  readonly totals: Summary;
  readonly subIndexSummaries: ReadonlyMap<SubIndexId, Summary>;
  /** Method changes between the previous year and this one (comparisons across them need care). */
  readonly methodChanges: readonly { readonly year: number; readonly note: LocalizedText }[];
}

const collator = new Intl.Collator('vi');

/**
 * Everything the ranking chart and table show for one group in one year: ranks (published or
 * computed, see `rankObservations`), changes against the previous year in which the group has
 * data, per-sub-index ranks and group summaries. Pure; callers memoise on (dataset, group, year).
 */
export function buildGroupYear(dataset: Dataset, groupId: GroupId, year: number): GroupYear {
  const units = unitIndex(dataset);
  const rows = observationsOf(dataset, groupId, year);
  const ranks = rankObservations(rows);
  // Changes stop at a gap in the years and at the province merger of 2025 (era.ts).
  const prevYear = comparablePreviousYear(dataset, groupId, year);
  const prevRows = prevYear === null ? [] : observationsOf(dataset, groupId, prevYear);
  const prevRanks = rankObservations(prevRows);
  const prevByUnit = new Map(prevRows.map((o) => [o.unitId, o]));
  const subIndices = subIndicesFor(dataset, groupId, year);

  const subRanks = new Map<SubIndexId, (number | null)[]>();
  for (const s of subIndices) {
    subRanks.set(
      s.id,
      rankScores(
        rows.map((o) => o.subIndices.get(s.id) ?? null),
        s.direction ?? 'higher-is-better',
      ),
    );
  }

  const standings: UnitStanding[] = [];
  rows.forEach((o, i) => {
    const unit = units.get(o.unitId);
    if (!unit) return;
    const rank = ranks.get(o.unitId) as RankInfo;
    const prev = prevByUnit.get(o.unitId) ?? null;
    const prevRank = prev ? (prevRanks.get(o.unitId)?.rank ?? null) : null;
    standings.push({
      unit,
      observation: o,
      total: o.total,
      rank,
      previousTotal: prev?.total ?? null,
      previousRank: prevRank,
      change: scoreChange(prev?.total ?? null, o.total),
      rankChange: rankChange(prevRank, rank.rank),
      subIndexRanks: new Map(subIndices.map((s) => [s.id, subRanks.get(s.id)?.[i] ?? null])),
    });
  });
  standings.sort(
    (a, b) =>
      (a.rank.rank ?? Infinity) - (b.rank.rank ?? Infinity) ||
      collator.compare(a.unit.name, b.unit.name),
  );

  return {
    groupId,
    year,
    previousYear: prevYear,
    standings,
    subIndices,
    totals: summarise(rows.map((o) => o.total)),
    subIndexSummaries: new Map(
      subIndices.map((s) => [s.id, summarise(rows.map((o) => o.subIndices.get(s.id) ?? null))]),
    ),
    methodChanges: prevYear === null ? [] : methodChangeBetween(dataset, prevYear, year),
  };
}

/** A sub-index score relative to the group: the unit's value minus the group mean. */
export interface SubIndexGap {
  readonly subIndex: SubIndexDef;
  readonly value: number;
  readonly groupMean: number;
  readonly gap: number;
}

/**
 * A unit's sub-indices ordered from strongest to weakest relative to its group (value − group
 * mean, reversed for lower-is-better sub-indices). Missing values are left out.
 */
export function strengthsAndWeaknesses(
  groupYear: GroupYear,
  standing: UnitStanding,
): SubIndexGap[] {
  const gaps: SubIndexGap[] = [];
  for (const s of groupYear.subIndices) {
    const value = standing.observation.subIndices.get(s.id);
    const mean = groupYear.subIndexSummaries.get(s.id)?.mean ?? null;
    if (typeof value !== 'number' || mean === null) continue;
    const sign = s.direction === 'lower-is-better' ? -1 : 1;
    gaps.push({ subIndex: s, value, groupMean: mean, gap: sign * (value - mean) });
  }
  return gaps.sort((a, b) => b.gap - a.gap);
}

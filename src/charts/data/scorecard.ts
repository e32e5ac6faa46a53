import { observationsOf, yearsOf } from '../../domain/dataset.ts';
import type { GroupYearStats } from '../../domain/uncertainty.ts';
import { gapToLeader, type GapBreakdown } from '../../domain/gap.ts';
import {
  buildGroupYear,
  strengthsAndWeaknesses,
  type GroupYear,
  type SubIndexGap,
  type UnitStanding,
} from '../../domain/groupYear.ts';
import { yearComparison, type YearBreak } from '../../domain/era.ts';
import type { ScorecardFacts } from '../../domain/sentence.ts';
import type { Dataset, GroupId, LocalizedText, SubIndexId, UnitId } from '../../domain/types.ts';
import { comparabilityNotes, type ComparabilityNote } from './caption.ts';

/** One sub-index bar of the scorecard: the unit's value against the group's average, median and best. */
export interface SubIndexBar {
  readonly id: SubIndexId;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
  /** The unit's value (10-point scale); null when missing — drawn as "—", never 0. */
  readonly value: number | null;
  readonly mean: number | null;
  readonly median: number | null;
  /** Best value in the group (the highest, or the lowest for lower-is-better sub-indices). */
  readonly best: number | null;
  /** The unit's competition rank on this sub-index in the group-year; null when missing. */
  readonly rank: number | null;
  /** Units with a value for this sub-index. */
  readonly n: number;
}

/** One year of the unit's history. A year without the unit keeps a row with nulls (a gap, not 0). */
export interface HistoryPoint {
  readonly year: number;
  readonly total: number | null;
  readonly rank: number | null;
  /** Ranked units in the group that year. */
  readonly rankedCount: number;
  /** False when the unit has no row that year (not surveyed / not in the data). */
  readonly present: boolean;
  /** True when the dataset declares a method change since the group's previous year (a break in the series). */
  readonly methodChange: boolean;
}

export interface ScorecardData {
  readonly unitId: UnitId;
  readonly unitName: string;
  readonly groupId: GroupId;
  readonly year: number;
  readonly standing: UnitStanding;
  /** Units with a rank in the group-year (the n of "rank of n"). */
  readonly rankedCount: number;
  readonly tied: boolean;
  readonly tier: string | null;
  readonly previousYear: number | null;
  /** Why there is no comparable previous year although earlier years have data (era.ts). */
  readonly previousBreak: YearBreak | null;
  /** Departments or districts compared across 1 July 2025: changes are indicative only. */
  readonly unitsReorganised: boolean;
  readonly presentInPreviousYear: boolean;
  readonly subIndexBars: readonly SubIndexBar[];
  /** Up to three sub-indices most above the group mean (positive gaps only). */
  readonly strengths: readonly SubIndexGap[];
  /** Up to three sub-indices most below the group mean (negative gaps only), weakest first. */
  readonly weaknesses: readonly SubIndexGap[];
  /** Null when the unit has no total or is alone in its group-year. */
  readonly gap: GapBreakdown | null;
  readonly history: readonly HistoryPoint[];
  /** Comparability notes between the previous year and this year. */
  readonly notes: readonly ComparabilityNote[];
  /** Facts for the auto-written sentence (domain/sentence.ts). */
  readonly facts: ScorecardFacts;
}

/** The unit the scorecard shows by default: the first ranked unit of the group-year (null when empty). */
export function defaultScorecardUnit(groupYear: GroupYear): UnitId | null {
  return groupYear.standings[0]?.unit.id ?? null;
}

/** The unit's value on each sub-index against the group's mean, median and best. */
function subIndexBarsOf(groupYear: GroupYear, standing: UnitStanding): SubIndexBar[] {
  return groupYear.subIndices.map<SubIndexBar>((s) => {
    const summary = groupYear.subIndexSummaries.get(s.id);
    const v = standing.observation.subIndices.get(s.id);
    return {
      id: s.id,
      name: s.name,
      shortName: s.shortName ?? s.name,
      value: typeof v === 'number' ? v : null,
      mean: summary?.mean ?? null,
      median: summary?.median ?? null,
      best: (s.direction === 'lower-is-better' ? summary?.worst : summary?.best) ?? null,
      rank: standing.subIndexRanks.get(s.id) ?? null,
      n: summary?.n ?? 0,
    };
  });
}

/** The unit's total and rank in every year of its group (a year without it keeps a row of nulls). */
function historyOf(dataset: Dataset, groupYear: GroupYear, unitId: string): HistoryPoint[] {
  const groupId = groupYear.groupId;
  return yearsOf(dataset, groupId).map<HistoryPoint>((year) => {
    const gy = year === groupYear.year ? groupYear : buildGroupYear(dataset, groupId, year);
    const s = gy.standings.find((x) => x.unit.id === unitId);
    return {
      year,
      total: s?.total ?? null,
      rank: s?.rank.rank ?? null,
      rankedCount: gy.standings.filter((x) => x.rank.rank !== null).length,
      present: s !== undefined,
      methodChange: gy.methodChanges.length > 0,
    };
  });
}

/**
 * Everything the scorecard shows for one unit in one group-year: total, rank of n, tier, change
 * against the previous available year, sub-index bars against the group's mean/median/best,
 * strengths and weaknesses relative to the group (a one-unit group has none), the gap to the
 * leader (domain/gap.ts), the history of score and rank over every year of the group, and
 * comparability notes. Returns null when the unit has no row in the group-year.
 */
export function buildScorecardData(
  dataset: Dataset,
  groupYear: GroupYear,
  unitId: string,
  /** The group-year's uncertainty, when computed: the sentence then gives the rank interval and move flag. */
  stats: GroupYearStats | null = null,
): ScorecardData | null {
  const standing = groupYear.standings.find((s) => s.unit.id === unitId);
  if (!standing) return null;
  const groupId = groupYear.groupId;
  const rankedCount = groupYear.standings.filter((s) => s.rank.rank !== null).length;
  const tied =
    standing.rank.rank !== null &&
    groupYear.standings.some((s) => s !== standing && s.rank.rank === standing.rank.rank);

  const subIndexBars = subIndexBarsOf(groupYear, standing);

  // A one-unit group has nothing to be strong or weak against.
  const alone = groupYear.standings.length < 2;
  const ordered = alone ? [] : strengthsAndWeaknesses(groupYear, standing);
  const strengths = ordered.filter((g) => g.gap > 0).slice(0, 3);
  const weaknesses = ordered
    .filter((g) => g.gap < 0)
    .reverse()
    .slice(0, 3);

  const history = historyOf(dataset, groupYear, unitId);

  const previousYear = groupYear.previousYear;
  const presentInPreviousYear =
    previousYear !== null &&
    observationsOf(dataset, groupId, previousYear).some((o) => o.unitId === unitId);
  const notes = comparabilityNotes(dataset, groupId, previousYear, groupYear.year);
  const comparison = yearComparison(dataset, groupId, groupYear.year);
  const group = dataset.groups.find((g) => g.id === groupId);

  return {
    unitId: standing.unit.id,
    unitName: standing.unit.name,
    groupId,
    year: groupYear.year,
    standing,
    rankedCount,
    tied,
    tier: standing.observation.tier,
    previousYear,
    previousBreak: comparison.yearBreak,
    unitsReorganised: comparison.reorganised,
    presentInPreviousYear,
    subIndexBars,
    strengths,
    weaknesses,
    gap: gapToLeader(groupYear, unitId),
    history,
    notes,
    facts: {
      unitName: standing.unit.name,
      groupId,
      groupName: group?.name ?? { vi: '', en: '' },
      indexName: dataset.indexName,
      year: groupYear.year,
      rank: standing.rank.rank,
      rankedCount,
      tied,
      total: standing.total,
      previousYear,
      previousRank: standing.previousRank,
      presentInPreviousYear,
      previousBreak: comparison.yearBreak,
      unitsReorganised: comparison.reorganised,
      comparabilityWarning: notes.some(
        (n) => n.kind === 'method' || n.kind === 'groupSize' || n.kind === 'subIndexSet',
      ),
      illustrative: dataset.illustrative,
      respondents: standing.observation.respondents,
      interval: stats?.intervals.get(standing.unit.id) ?? null,
      moveFlag: stats?.moves.get(standing.unit.id) ?? null,
    },
  };
}

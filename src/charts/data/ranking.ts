import type { GroupYear } from '../../domain/groupYear.ts';
import { sharedRanks } from '../../domain/ranking.ts';
import type { UnitId } from '../../domain/types.ts';
import type { GroupYearStats, MoveFlag, RankInterval } from '../../domain/uncertainty.ts';

/** One bar of the ranking chart. `value` is null for a unit without a total (drawn as "—", never 0). */
export interface RankingBar {
  readonly unitId: UnitId;
  readonly name: string;
  readonly rank: number | null;
  readonly rankSource: 'published' | 'computed' | 'none';
  readonly contradicts: boolean;
  readonly value: number | null;
  readonly tier: string | null;
  /** Position of the tier in the group's tier order (0 = best), for an ordered colour/marker. */
  readonly tierIndex: number | null;
  readonly selected: boolean;
  /** True when another unit shares this rank. */
  readonly tied: boolean;
  readonly respondents: number | null;
  readonly standardError: number | null;
  /** True when the unit has fewer respondents than the chosen minimum. */
  readonly lowRespondents: boolean;
  /** 90 % rank interval; null when it cannot be computed (or is still being computed). */
  readonly interval: RankInterval | null;
  /** 1-based statistically tied group; null without standard errors. */
  readonly statGroup: number | null;
  /** Whether the move since the previous year is likely real; null when there is no move to judge. */
  readonly move: MoveFlag | null;
}

export interface RankingChartData {
  readonly bars: readonly RankingBar[];
  readonly mean: number | null;
  readonly hasTies: boolean;
  readonly hasMissing: boolean;
  readonly hasComputedRanks: boolean;
  readonly contradictions: number;
  readonly tiers: readonly string[];
  readonly hasRespondents: boolean;
  readonly hasLowRespondents: boolean;
  /** The statistics behind intervals, groups and move flags (null until computed). */
  readonly stats: GroupYearStats | null;
}

/** Options for the uncertainty parts of the ranking. */
export interface RankingStatsOptions {
  readonly stats: GroupYearStats | null;
  /** Units with fewer respondents are marked. */
  readonly minRespondents: number;
}

/**
 * Bars for the ranking chart in rank order (unranked last), the group average for the reference
 * line, and flags for the footnotes. Tiers are ordered by the best total that carries them.
 */
export function buildRankingData(
  groupYear: GroupYear,
  selected: string | null,
  options: RankingStatsOptions = { stats: null, minRespondents: 0 },
): RankingChartData {
  const { stats, minRespondents } = options;
  const statGroup = new Map<UnitId, number>();
  for (const g of stats?.groups ?? []) for (const id of g.unitIds) statGroup.set(id, g.index);
  const tiedRanks = sharedRanks(groupYear.standings.map((s) => s.rank.rank));
  const tiers: string[] = [];
  for (const s of groupYear.standings) {
    const tier = s.observation.tier;
    if (tier && !tiers.includes(tier)) tiers.push(tier);
  }
  const bars = groupYear.standings.map<RankingBar>((s) => ({
    unitId: s.unit.id,
    name: s.unit.name,
    rank: s.rank.rank,
    rankSource: s.rank.source,
    contradicts: s.rank.contradicts,
    value: s.total,
    tier: s.observation.tier,
    tierIndex: s.observation.tier ? tiers.indexOf(s.observation.tier) : null,
    selected: s.unit.id === selected,
    tied: s.rank.rank !== null && tiedRanks.has(s.rank.rank),
    respondents: s.observation.respondents,
    standardError: s.observation.standardError,
    lowRespondents:
      s.observation.respondents !== null && s.observation.respondents < minRespondents,
    interval: stats?.intervals.get(s.unit.id) ?? null,
    statGroup: statGroup.get(s.unit.id) ?? null,
    move: stats?.moves.get(s.unit.id) ?? null,
  }));
  return {
    bars,
    mean: groupYear.totals.mean,
    hasTies: bars.some((b) => b.tied),
    hasMissing: bars.some((b) => b.value === null),
    hasComputedRanks: bars.some((b) => b.rankSource === 'computed'),
    contradictions: bars.filter((b) => b.contradicts).length,
    tiers,
    hasRespondents: bars.some((b) => b.respondents !== null),
    hasLowRespondents: bars.some((b) => b.lowRespondents),
    stats,
  };
}

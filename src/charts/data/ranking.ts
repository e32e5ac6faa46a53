import type { GroupYear } from '../../domain/groupYear.ts';
import type { UnitId } from '../../domain/types.ts';

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
}

export interface RankingChartData {
  readonly bars: readonly RankingBar[];
  readonly mean: number | null;
  readonly hasTies: boolean;
  readonly hasMissing: boolean;
  readonly hasComputedRanks: boolean;
  readonly contradictions: number;
  readonly tiers: readonly string[];
}

/**
 * Bars for the ranking chart in rank order (unranked last), the group average for the reference
 * line, and flags for the footnotes. Tiers are ordered by the best total that carries them.
 */
export function buildRankingData(groupYear: GroupYear, selected: string | null): RankingChartData {
  const rankCounts = new Map<number, number>();
  for (const s of groupYear.standings) {
    if (s.rank.rank !== null) rankCounts.set(s.rank.rank, (rankCounts.get(s.rank.rank) ?? 0) + 1);
  }
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
    tied: s.rank.rank !== null && (rankCounts.get(s.rank.rank) ?? 0) > 1,
  }));
  return {
    bars,
    mean: groupYear.totals.mean,
    hasTies: bars.some((b) => b.tied),
    hasMissing: bars.some((b) => b.value === null),
    hasComputedRanks: bars.some((b) => b.rankSource === 'computed'),
    contradictions: bars.filter((b) => b.contradicts).length,
    tiers,
  };
}

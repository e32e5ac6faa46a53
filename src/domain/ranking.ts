import type { Observation, UnitId } from './types.ts';

/**
 * Competition ranks ("1224") for a list of scores: 1-based, higher is better (unless
 * `direction` is 'lower-is-better'), tied scores share the best rank of the tie (1, 2, 2, 4),
 * missing scores (`null` or non-finite) get `null` and do not take a place.
 * The result is parallel to the input. Empty input gives [].
 *
 * This is the one ranking rule of the app: every view ranks through it.
 */
export function rankScores(
  scores: readonly (number | null)[],
  direction: 'higher-is-better' | 'lower-is-better' = 'higher-is-better',
): (number | null)[] {
  const present: number[] = [];
  scores.forEach((s, i) => {
    if (s !== null && Number.isFinite(s)) present.push(i);
  });
  const sign = direction === 'higher-is-better' ? -1 : 1;
  present.sort((a, b) => sign * ((scores[a] as number) - (scores[b] as number)));
  const ranks: (number | null)[] = scores.map(() => null);
  let previous: number | null = null;
  let previousRank = 0;
  present.forEach((index, position) => {
    const score = scores[index] as number;
    const rank = previous !== null && score === previous ? previousRank : position + 1;
    ranks[index] = rank;
    previous = score;
    previousRank = rank;
  });
  return ranks;
}

/** How a unit's rank in one group and year was obtained. */
export interface RankInfo {
  /** The rank to show: the published rank when there is one, else the computed rank; null when unranked. */
  readonly rank: number | null;
  /** The rank computed from the total with `rankScores`. */
  readonly computedRank: number | null;
  readonly publishedRank: number | null;
  readonly source: 'published' | 'computed' | 'none';
  /**
   * True when a published rank does not order strictly different scores: a unit with a higher
   * score has the same or a worse published rank, or one with a lower score the same or a better
   * one (shown as published, flagged).
   * Equal rounded scores with different ranks (ties broken on more decimals) and ranks that skip
   * units missing from a top-N list are not contradictions.
   */
  readonly contradicts: boolean;
}

/**
 * Ranks the observations of one group in one year by total. Published ranks are kept as
 * published and flagged when they contradict the scores; otherwise ranks are computed.
 * Units with a missing total are unranked (rank null) unless the source publishes a rank.
 */
export function rankObservations(observations: readonly Observation[]): Map<UnitId, RankInfo> {
  const computed = rankScores(observations.map((o) => o.total));
  const inverted = rankInversions(observations.map((o) => [o.total, o.publishedRank] as const));
  const result = new Map<UnitId, RankInfo>();
  observations.forEach((o, i) => {
    const computedRank = computed[i] ?? null;
    const published = o.publishedRank;
    result.set(o.unitId, {
      rank: published ?? computedRank,
      computedRank,
      publishedRank: published,
      source: published !== null ? 'published' : computedRank !== null ? 'computed' : 'none',
      contradicts: inverted[i] ?? false,
    });
  });
  return result;
}

/**
 * For each (score, published rank) pair: true when another pair with a strictly higher score has
 * the same or a worse rank, or one with a strictly lower score the same or a better rank. Sorted once,
 * with the worst rank above and the best rank below each run of equal scores: O(n log n).
 */
export function rankInversions(
  pairs: readonly (readonly [number | null, number | null])[],
): boolean[] {
  const ranked = pairs
    .map(([score, rank], index) => ({ score, rank, index }))
    .filter(
      (p): p is { score: number; rank: number; index: number } =>
        p.score !== null && Number.isFinite(p.score) && p.rank !== null,
    )
    .sort((a, b) => b.score - a.score);
  const out = pairs.map(() => false);
  // Runs of equal scores, best first.
  const runs: (typeof ranked)[] = [];
  for (const p of ranked) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0]?.score === p.score) last.push(p);
    else runs.push([p]);
  }
  const bestBelow: number[] = new Array<number>(runs.length + 1).fill(Infinity);
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r] ?? [];
    bestBelow[r] = Math.min(bestBelow[r + 1] ?? Infinity, ...run.map((p) => p.rank));
  }
  let worstAbove = -Infinity;
  runs.forEach((run, r) => {
    const below = bestBelow[r + 1] ?? Infinity;
    for (const p of run) out[p.index] = p.rank <= worstAbove || p.rank >= below;
    worstAbove = Math.max(worstAbove, ...run.map((p) => p.rank));
  });
  return out;
}

/**
 * Places gained between two ranks: positive when the unit improved (rank 5 → 3 gives +2),
 * null when either rank is missing.
 */
export function rankChange(previousRank: number | null, rank: number | null): number | null {
  return previousRank === null || rank === null ? null : previousRank - rank;
}

/** The ranks that more than one unit holds (ties), e.g. [1, 2, 2, 4] → {2}. */
export function sharedRanks(ranks: Iterable<number | null | undefined>): Set<number> {
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const r of ranks) {
    if (r === null || r === undefined) continue;
    if (seen.has(r)) shared.add(r);
    seen.add(r);
  }
  return shared;
}

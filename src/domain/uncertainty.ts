import { LEVEL, Z_90 } from './confidence.ts';
import { DEFAULT_STATS_SEED, countDraws, gaussian, mulberry32 } from './random.ts';
import { rankScores } from './ranking.ts';
import type { SubIndexId, UnitId } from './types.ts';

/**
 * One unit-year's questionnaire answers reduced to what the estimator needs, for the bootstrap
 * over respondents. The estimator is the one of data/README.md: a sub-index's raw score is the
 * mean, over the respondents who answered it, of each respondent's mean answer; its score is
 * `offset + scale × raw` (the normalisation, linear); the total is 10 × Σ w·s / Σ w over the
 * sub-indices present.
 */
export interface RespondentSample {
  readonly unitId: UnitId;
  /** Number of respondents (rows of `means`). */
  readonly n: number;
  /** The sub-indices, in column order of `means`. */
  readonly subIndexIds: readonly SubIndexId[];
  /** Row-major n × k: respondent r's mean answer to sub-index i; NaN when r answered none of its indicators. */
  readonly means: Float64Array;
  /** Per sub-index: score = offset + scale × raw mean. */
  readonly offset: Float64Array;
  readonly scale: Float64Array;
  /** Per sub-index weight (only ratios matter). */
  readonly weights: Float64Array;
}

export { LEVEL, Z_90 } from './confidence.ts';
/** Resamples behind every interval: enough for stable 5th/95th percentiles of ranks. */
export const DEFAULT_RESAMPLES = 1000;

/** One unit's score with its standard error (null when the data has none). */
export interface ScoredUnit {
  readonly unitId: UnitId;
  readonly score: number | null;
  readonly se: number | null;
  /**
   * The rank shown for the unit (the published one when there is one); intervals contain it and
   * move flags judge its change. Absent: the rank of `score` by `rankScores`.
   */
  readonly rank?: number | null;
}

/** True when a standard error can be used (finite, not negative). */
export function usableSe(se: number | null | undefined): se is number {
  return se !== null && se !== undefined && Number.isFinite(se) && se >= 0;
}

/** The shown ranks of `units`: their own `rank` when given, else computed from the scores. */
function shownRanks(units: readonly ScoredUnit[]): (number | null)[] {
  const computed = rankScores(units.map((u) => u.score));
  return units.map((u, i) =>
    u.rank !== undefined && u.rank !== null ? u.rank : (computed[i] ?? null),
  );
}

/** A 90 % rank interval: the unit is ranked between `low` and `high` (1 = best) in 90 % of resamples. */
export interface RankInterval {
  readonly rank: number;
  readonly low: number;
  readonly high: number;
}

export type UncertaintyMethod = 'parametric' | 'bootstrap';

export interface RankIntervals {
  readonly method: UncertaintyMethod;
  readonly resamples: number;
  readonly seed: number;
  /** Units with a score and an uncertainty; units without either are absent. */
  readonly intervals: ReadonlyMap<UnitId, RankInterval>;
}

export interface ResampleOptions {
  readonly resamples?: number;
  readonly seed?: number;
}

/**
 * The 90 % interval of one unit from its rank histogram (`counts[r − 1]` = resamples in which it
 * ranked r): the nearest-rank 5th and 95th percentiles, X(⌈m/20⌉) and X(⌈19m/20⌉) of the m
 * ranks, computed in integers. The interval is then widened, if needed, to contain the shown
 * rank (a percentile interval can miss it when the estimate sits at the edge of its own
 * sampling distribution; it then says "at least this uncertain"). Null when m is 0.
 */
export function percentileInterval(
  counts: ArrayLike<number>,
  pointRank: number,
): RankInterval | null {
  let m = 0;
  for (let r = 0; r < counts.length; r += 1) m += counts[r] ?? 0;
  if (m === 0) return null;
  const lowK = Math.max(1, Math.ceil(m / 20));
  const highK = Math.max(1, Math.ceil((19 * m) / 20));
  let cumulative = 0;
  let low = 0;
  let high = 0;
  for (let r = 0; r < counts.length; r += 1) {
    cumulative += counts[r] ?? 0;
    if (low === 0 && cumulative >= lowK) low = r + 1;
    if (high === 0 && cumulative >= highK) high = r + 1;
  }
  return { rank: pointRank, low: Math.min(low, pointRank), high: Math.max(high, pointRank) };
}

/**
 * Tallies the ranks of each resample into per-unit histograms. A unit left unranked in more
 * than 5 % of resamples (e.g. every drawn respondent skipped every question) gets no interval:
 * percentiles over the rest would look more certain than the data is.
 */
class RankTally {
  private readonly counts: Int32Array;
  private total = 0;
  constructor(private readonly n: number) {
    this.counts = new Int32Array(n * n);
  }
  add(ranks: readonly (number | null)[]): void {
    for (let u = 0; u < this.n; u += 1) {
      const r = ranks[u];
      if (r === null || r === undefined) continue;
      const cell = u * this.n + r - 1;
      this.counts[cell] = (this.counts[cell] as number) + 1;
    }
    this.total += 1;
  }
  interval(u: number, pointRank: number): RankInterval | null {
    const counts = this.counts.subarray(u * this.n, (u + 1) * this.n);
    let ranked = 0;
    for (const c of counts) ranked += c;
    // 20 × ranked < 19 × total  ⇔  ranked in fewer than 95 % of resamples.
    if (20 * ranked < 19 * this.total) return null;
    return percentileInterval(counts, pointRank);
  }
}

/**
 * 90 % rank intervals by parametric resampling: each resample draws every unit's score from a
 * normal distribution centred on its published score with its standard error, and ranks the
 * draws with `rankScores` (the app's one ranking rule). Units without a standard error keep
 * their score fixed in every resample and get no interval of their own; units without a score
 * are left out. Seeded: the same input and seed give the same intervals.
 */
export function rankIntervalsParametric(
  units: readonly ScoredUnit[],
  options: ResampleOptions = {},
): RankIntervals {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const seed = options.seed ?? DEFAULT_STATS_SEED;
  const ranked = units.filter((u) => u.score !== null && Number.isFinite(u.score));
  const n = ranked.length;
  const scores = ranked.map((u) => u.score as number);
  const ses = ranked.map((u) => (usableSe(u.se) ? u.se : 0));
  const point = shownRanks(ranked);
  const normal = gaussian(mulberry32(seed));
  const tally = new RankTally(n);
  const draws: number[] = new Array<number>(n).fill(0);
  for (let s = 0; s < resamples; s += 1) {
    for (let u = 0; u < n; u += 1) draws[u] = (scores[u] as number) + (ses[u] as number) * normal();
    tally.add(rankScores(draws));
  }
  const intervals = new Map<UnitId, RankInterval>();
  ranked.forEach((u, i) => {
    const interval = usableSe(u.se) ? tally.interval(i, point[i] as number) : null;
    if (interval) intervals.set(u.unitId, interval);
  });
  return { method: 'parametric', resamples, seed, intervals };
}

/**
 * A sample prepared for fast resampling: answers with missing cells as 0 plus a 0/1 presence
 * array, and which respondents answered every sub-index (most do: their count needs no per
 * sub-index bookkeeping).
 */
interface Prepared {
  readonly sample: RespondentSample;
  readonly k: number;
  /** Slots per respondent in `values`/`present`: REGISTERS (zeros after k) or k. */
  readonly stride: number;
  readonly values: Float64Array;
  readonly present: Float64Array;
  readonly complete: Uint8Array;
}

/**
 * Sub-indices whose sums `estimate` keeps in local variables (the indices here have 10): a
 * running sum stored back into an array at every draw was most of the bootstrap's time.
 */
const REGISTERS = 12;

function prepare(sample: RespondentSample): Prepared {
  const k = sample.subIndexIds.length;
  const stride = k <= REGISTERS ? REGISTERS : k;
  const values = new Float64Array(sample.n * stride);
  const present = new Float64Array(sample.n * stride);
  const complete = new Uint8Array(sample.n);
  for (let r = 0; r < sample.n; r += 1) {
    let all = 1;
    for (let j = 0; j < k; j += 1) {
      const m = sample.means[r * k + j] as number;
      // NaN marks "not answered" (m !== m only for NaN).
      if (m === m) {
        values[r * stride + j] = m;
        present[r * stride + j] = 1;
      } else all = 0;
    }
    complete[r] = all;
  }
  return { sample, k, stride, values, present, complete };
}

/**
 * The estimator of data/README.md for one resample given as multiplicities (`times[r]` = how
 * often respondent r was drawn): sub-index raw means over the draws that answered it, linear
 * normalisation, weighted mean × 10. Summing each distinct respondent once (about 63 % of them
 * in a bootstrap resample) instead of each draw is what keeps 1,000 resamples under a second.
 * `sums`/`counts` are scratch arrays of length ≥ k. Null when no sub-index is present.
 */
function estimate(
  p: Prepared,
  times: Int32Array,
  sums: Float64Array,
  counts: Float64Array,
): number | null {
  const { k, sample } = p;
  const completeCount =
    p.stride === REGISTERS
      ? sumInRegisters(p, times, sums, counts)
      : sumInArrays(p, times, sums, counts);
  let weighted = 0;
  let weightSum = 0;
  for (let j = 0; j < k; j += 1) {
    const n = (counts[j] as number) + completeCount;
    if (n === 0) continue;
    const w = sample.weights[j] as number;
    weighted +=
      w * ((sample.offset[j] as number) + (sample.scale[j] as number) * ((sums[j] as number) / n));
    weightSum += w;
  }
  return weightSum > 0 ? (10 * weighted) / weightSum : null;
}

/**
 * Per sub-index, the sum of the drawn answers (`sums`) and, over respondents who skipped some,
 * how many answered it (`counts`); returns how many draws answered every sub-index.
 */
function sumInArrays(
  p: Prepared,
  times: Int32Array,
  sums: Float64Array,
  counts: Float64Array,
): number {
  const { k, values, present, complete, sample } = p;
  for (let j = 0; j < k; j += 1) {
    sums[j] = 0;
    counts[j] = 0;
  }
  let completeCount = 0;
  for (let r = 0; r < sample.n; r += 1) {
    const c = times[r] as number;
    if (c === 0) continue;
    const row = r * k;
    if (complete[r] === 1) {
      completeCount += c;
      for (let j = 0; j < k; j += 1)
        sums[j] = (sums[j] as number) + c * (values[row + j] as number);
    } else {
      for (let j = 0; j < k; j += 1) {
        sums[j] = (sums[j] as number) + c * (values[row + j] as number);
        counts[j] = (counts[j] as number) + c * (present[row + j] as number);
      }
    }
  }
  return completeCount;
}

/**
 * `sumInArrays` for up to REGISTERS sub-indices, the running sums in local variables: the same
 * additions in the same order (the padding slots add zeros to sums nobody reads).
 */
// eslint-disable-next-line max-lines-per-function -- unrolled on purpose: twelve sums in locals
function sumInRegisters(
  p: Prepared,
  times: Int32Array,
  sums: Float64Array,
  counts: Float64Array,
): number {
  const { values, present, complete, sample } = p;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0,
    s9 = 0,
    s10 = 0,
    s11 = 0;
  let n0 = 0,
    n1 = 0,
    n2 = 0,
    n3 = 0,
    n4 = 0,
    n5 = 0,
    n6 = 0,
    n7 = 0,
    n8 = 0,
    n9 = 0,
    n10 = 0,
    n11 = 0;
  let completeCount = 0;
  for (let r = 0; r < sample.n; r += 1) {
    const c = times[r] as number;
    if (c === 0) continue;
    const row = r * REGISTERS;
    s0 += c * (values[row] as number);
    s1 += c * (values[row + 1] as number);
    s2 += c * (values[row + 2] as number);
    s3 += c * (values[row + 3] as number);
    s4 += c * (values[row + 4] as number);
    s5 += c * (values[row + 5] as number);
    s6 += c * (values[row + 6] as number);
    s7 += c * (values[row + 7] as number);
    s8 += c * (values[row + 8] as number);
    s9 += c * (values[row + 9] as number);
    s10 += c * (values[row + 10] as number);
    s11 += c * (values[row + 11] as number);
    if (complete[r] === 1) completeCount += c;
    else {
      n0 += c * (present[row] as number);
      n1 += c * (present[row + 1] as number);
      n2 += c * (present[row + 2] as number);
      n3 += c * (present[row + 3] as number);
      n4 += c * (present[row + 4] as number);
      n5 += c * (present[row + 5] as number);
      n6 += c * (present[row + 6] as number);
      n7 += c * (present[row + 7] as number);
      n8 += c * (present[row + 8] as number);
      n9 += c * (present[row + 9] as number);
      n10 += c * (present[row + 10] as number);
      n11 += c * (present[row + 11] as number);
    }
  }
  sums[0] = s0;
  sums[1] = s1;
  sums[2] = s2;
  sums[3] = s3;
  sums[4] = s4;
  sums[5] = s5;
  sums[6] = s6;
  sums[7] = s7;
  sums[8] = s8;
  sums[9] = s9;
  sums[10] = s10;
  sums[11] = s11;
  counts[0] = n0;
  counts[1] = n1;
  counts[2] = n2;
  counts[3] = n3;
  counts[4] = n4;
  counts[5] = n5;
  counts[6] = n6;
  counts[7] = n7;
  counts[8] = n8;
  counts[9] = n9;
  counts[10] = n10;
  counts[11] = n11;
  return completeCount;
}

/** The estimate on the respondents as observed (no resampling). */
export function estimateTotal(sample: RespondentSample): number | null {
  const k = sample.subIndexIds.length;
  return estimate(
    prepare(sample),
    new Int32Array(sample.n).fill(1),
    new Float64Array(Math.max(k, REGISTERS)),
    new Float64Array(Math.max(k, REGISTERS)),
  );
}

/**
 * 90 % rank intervals by the bootstrap over respondents: each resample draws, for every unit,
 * as many respondents as it has, with replacement, recomputes the unit's total with the
 * estimator of data/README.md (unrounded) and ranks the totals with `rankScores`. Point ranks
 * are the ranks of the estimates on the observed respondents. Seeded and reproducible.
 */
export function rankIntervalsBootstrap(
  samples: readonly RespondentSample[],
  options: ResampleOptions & {
    /** The ranks shown (e.g. of the published, rounded totals); default: ranks of the estimates. */
    readonly pointRanks?: ReadonlyMap<UnitId, number>;
  } = {},
): RankIntervals {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const seed = options.seed ?? DEFAULT_STATS_SEED;
  const usable = samples.filter((s) => s.n > 0 && estimateTotal(s) !== null);
  const n = usable.length;
  const point = rankScores(usable.map((s) => estimateTotal(s)));
  // The state of mulberry32(seed), advanced by `countDraws` (the same stream, inlined).
  let state = seed >>> 0;
  const prepared = usable.map(prepare);
  const maxK = Math.max(0, ...usable.map((s) => s.subIndexIds.length));
  const maxN = Math.max(0, ...usable.map((s) => s.n));
  const sums = new Float64Array(Math.max(maxK, REGISTERS));
  const counts = new Float64Array(Math.max(maxK, REGISTERS));
  const times = new Int32Array(maxN);
  const tally = new RankTally(n);
  const totals: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let s = 0; s < resamples; s += 1) {
    for (let u = 0; u < n; u += 1) {
      const p = prepared[u] as Prepared;
      const size = p.sample.n;
      times.fill(0, 0, size);
      state = countDraws(state, times, size, size);
      totals[u] = estimate(p, times, sums, counts);
    }
    tally.add(rankScores(totals));
  }
  const intervals = new Map<UnitId, RankInterval>();
  usable.forEach((s, i) => {
    const interval = tally.interval(i, options.pointRanks?.get(s.unitId) ?? (point[i] as number));
    if (interval) intervals.set(s.unitId, interval);
  });
  return { method: 'bootstrap', resamples, seed, intervals };
}

/** Units whose scores cannot be told apart at 90 %: "nhóm 1: A, B, C". */
export interface TiedGroup {
  /** 1-based, in rank order. */
  readonly index: number;
  readonly unitIds: readonly UnitId[];
}

/**
 * Statistically tied groups. Units are taken in score order; a unit joins the current group
 * when its score is not significantly below the group's first unit (difference ≤ 1.645 × the
 * standard error of the difference, √(se₁² + se₂²): a two-sided test at 90 %), otherwise it
 * starts the next group. Every unit with a score and a standard error belongs to exactly one
 * group; returns [] when no unit has a standard error.
 */
export function tiedGroups(units: readonly ScoredUnit[]): TiedGroup[] {
  const usable = units
    .filter(
      (u): u is ScoredUnit & { score: number; se: number } =>
        u.score !== null && Number.isFinite(u.score) && usableSe(u.se),
    )
    .sort((a, b) => b.score - a.score);
  const groups: { index: number; unitIds: UnitId[] }[] = [];
  let head: { score: number; se: number } | null = null;
  for (const u of usable) {
    const current = groups[groups.length - 1];
    if (head !== null && current && head.score - u.score <= Z_90 * Math.hypot(head.se, u.se)) {
      current.unitIds.push(u.unitId);
      continue;
    }
    groups.push({ index: groups.length + 1, unitIds: [u.unitId] });
    head = u;
  }
  return groups;
}

/** How sure a rank move between two years is. */
export type MoveFlag = 'likely-real' | 'within-noise';

/**
 * Flags each unit's rank move between two years. Both years' scores are resampled from their
 * standard errors (parametric, independent years) and ranked within their year; a move is
 * "likely real" when the resampled move has the observed direction in at least 90 % of
 * resamples, otherwise "within noise". The observed move is the one shown (between the units'
 * `rank`s, published where there are any). Units that kept their rank, or lack a score or
 * standard error in either year, get no flag. Seeded.
 */
export function flagMoves(
  previous: readonly ScoredUnit[],
  current: readonly ScoredUnit[],
  options: ResampleOptions = {},
): Map<UnitId, MoveFlag> {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const seed = options.seed ?? DEFAULT_STATS_SEED;
  const present = (list: readonly ScoredUnit[]) =>
    list.filter((u) => u.score !== null && Number.isFinite(u.score));
  const a = present(previous);
  const b = present(current);
  const rankA = shownRanks(a);
  const rankB = shownRanks(b);
  const indexA = new Map(a.map((u, i) => [u.unitId, i]));
  const tracked: { id: UnitId; ia: number; ib: number; sign: number }[] = [];
  b.forEach((u, ib) => {
    const ia = indexA.get(u.unitId);
    if (ia === undefined || !usableSe(u.se) || !usableSe(a[ia]?.se)) return;
    if (rankA[ia] === null || rankB[ib] === null) return;
    const sign = Math.sign((rankA[ia] as number) - (rankB[ib] as number));
    if (sign !== 0) tracked.push({ id: u.unitId, ia, ib, sign });
  });
  const flags = new Map<UnitId, MoveFlag>();
  if (tracked.length === 0) return flags;
  const normal = gaussian(mulberry32(seed));
  const draw = (list: ScoredUnit[]) =>
    list.map((u) => (u.score as number) + (usableSe(u.se) ? u.se : 0) * normal());
  const agree = new Int32Array(tracked.length);
  for (let s = 0; s < resamples; s += 1) {
    const ra = rankScores(draw(a));
    const rb = rankScores(draw(b));
    tracked.forEach((t, i) => {
      if (Math.sign((ra[t.ia] as number) - (rb[t.ib] as number)) === t.sign)
        agree[i] = (agree[i] as number) + 1;
    });
  }
  tracked.forEach((t, i) =>
    flags.set(t.id, (agree[i] as number) >= LEVEL * resamples ? 'likely-real' : 'within-noise'),
  );
  return flags;
}

/** Everything the views show about a group-year's uncertainty. */
export interface GroupYearStats {
  /** Null when no unit has a standard error (or respondents): nothing to resample. */
  readonly method: UncertaintyMethod | null;
  readonly resamples: number;
  readonly intervals: ReadonlyMap<UnitId, RankInterval>;
  readonly groups: readonly TiedGroup[];
  readonly moves: ReadonlyMap<UnitId, MoveFlag>;
  /** True when the bootstrap was asked for but the response file could not be used. */
  readonly fellBack: boolean;
}

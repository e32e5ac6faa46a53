/**
 * The weight what-if: re-weight the sub-indices of one group-year, re-rank, and measure how stable
 * each rank is under random weightings. Pure; ranks always come from `rankScores`.
 *
 * Totals follow data/README.md: total = 10 × Σ wᵢ·sᵢ / Σ wᵢ over the sub-indices present with
 * wᵢ > 0, rounded to 2 decimals (as published), so the dataset's own weights reproduce the
 * published DCCI totals and ties.
 */
import { observationsOf, subIndicesFor } from './dataset.ts';
import { roundHalfUp2 } from './responses.ts';
import { DEFAULT_STATS_SEED, mulberry32 } from './random.ts';
import { rankObservations, rankScores } from './ranking.ts';
import type { Dataset, GroupId, Observation, SubIndexDef, SubIndexId, UnitId } from './types.ts';

/** Weights keyed by sub-index id; only ratios matter. */
export type WeightVector = ReadonlyMap<SubIndexId, number>;

/** Slider range of the UI; URL values above it are clamped. */
export const MAX_WEIGHT = 30;
/** Weight of a sub-index without a PCI 2016 counterpart: the average PCI 2016 weight (100 / 10). */
export const PCI_AVERAGE_WEIGHT = 10;
export const EQUAL_WEIGHT = 10;

export type WeightPreset = 'dataset' | 'equal' | 'pci2016';

export interface DatasetWeights {
  readonly weights: WeightVector;
  /** False when no sub-index has a weight: equal weights stand in for them. */
  readonly published: boolean;
  /** Sub-indices without a weight while others have one: weight 0 (the UI says so). */
  readonly unweighted: readonly SubIndexId[];
}

/**
 * The dataset's weights for the sub-indices that apply to a group-year. Weights outside the
 * slider range (fractions such as 0.15, or large percentages) are rescaled to an average of 10;
 * rescaling changes no total, since only ratios matter.
 */
export function datasetWeights(dataset: Dataset, groupId: GroupId, year: number): DatasetWeights {
  return datasetWeightsOf(subIndicesFor(dataset, groupId, year));
}

export function datasetWeightsOf(subIndices: readonly SubIndexDef[]): DatasetWeights {
  const given = subIndices.filter((s) => typeof s.weight === 'number' && s.weight >= 0);
  if (given.length === 0 || given.every((s) => s.weight === 0))
    return { weights: equalWeights(subIndices), published: false, unweighted: [] };
  const raw = given.map((s) => s.weight as number);
  const max = Math.max(...raw);
  const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
  const scale = max > MAX_WEIGHT || max < 1 ? EQUAL_WEIGHT / mean : 1;
  const weights = new Map<SubIndexId, number>();
  const unweighted: SubIndexId[] = [];
  for (const s of subIndices) {
    if (typeof s.weight === 'number' && s.weight >= 0) weights.set(s.id, s.weight * scale);
    else {
      weights.set(s.id, 0);
      unweighted.push(s.id);
    }
  }
  return { weights, published: true, unweighted };
}

export function equalWeights(subIndices: readonly SubIndexDef[]): WeightVector {
  return new Map(subIndices.map((s) => [s.id, EQUAL_WEIGHT]));
}

/** PCI 2016 handbook weights (sum 100). */
export const PCI_2016_WEIGHTS: Readonly<Record<string, number>> = {
  'entry-costs': 5,
  'land-access': 5,
  transparency: 20,
  'time-costs': 5,
  'informal-charges': 10,
  'equal-competition': 5,
  proactivity: 5,
  'business-support': 20,
  'labour-training': 20,
  'legal-institutions': 5,
};

/** Sub-indices of other indices that measure the same thing as a PCI 2016 sub-index. */
const PCI_EQUIVALENTS: Readonly<Record<string, string>> = {
  'informal-costs': 'informal-charges',
  dynamism: 'proactivity',
  // The pre-2009 PCI measure read from the same source column as equal competition.
  'policy-bias': 'equal-competition',
};

export interface PciWeights {
  readonly weights: WeightVector;
  /** Sub-indices with no PCI 2016 counterpart, given the average PCI weight (10). */
  readonly unmatched: readonly SubIndexId[];
}

export function pci2016Weights(subIndices: readonly SubIndexDef[]): PciWeights {
  const weights = new Map<SubIndexId, number>();
  const unmatched: SubIndexId[] = [];
  for (const s of subIndices) {
    const key = PCI_EQUIVALENTS[s.id] ?? s.id;
    const w = Object.hasOwn(PCI_2016_WEIGHTS, key) ? PCI_2016_WEIGHTS[key] : undefined;
    if (w === undefined) {
      weights.set(s.id, PCI_AVERAGE_WEIGHT);
      unmatched.push(s.id);
    } else weights.set(s.id, w);
  }
  return { weights, unmatched };
}

export function presetWeights(preset: WeightPreset, subIndices: readonly SubIndexDef[]) {
  if (preset === 'equal') return equalWeights(subIndices);
  if (preset === 'pci2016') return pci2016Weights(subIndices).weights;
  return datasetWeightsOf(subIndices).weights;
}

export interface ParsedWeights {
  readonly weights: WeightVector;
  /** The preset the weights equal exactly, or 'custom'. */
  readonly preset: WeightPreset | 'custom';
  /** Ids in the URL that are not sub-indices of this group-year (ignored). */
  readonly unknownIds: readonly string[];
  /** True when a URL value above MAX_WEIGHT was clamped. */
  readonly clamped: boolean;
}

/** 3 decimals at most, as the URL codec accepts. */
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The URL's `w` against a group-year's sub-indices: a preset name, or `id:weight` pairs
 * overriding the dataset's weights (missing ids keep the dataset weight; unknown ids are ignored
 * and reported). Null = the dataset's weights.
 */
export function parseWeights(w: string | null, subIndices: readonly SubIndexDef[]): ParsedWeights {
  const base = datasetWeightsOf(subIndices).weights;
  if (w === 'equal' || w === 'pci2016') {
    const weights = presetWeights(w, subIndices);
    return { weights, preset: w, unknownIds: [], clamped: false };
  }
  const weights = new Map(base);
  const unknownIds: string[] = [];
  let clamped = false;
  if (w !== null && w !== '') {
    const ids = new Set<string>(subIndices.map((s) => s.id));
    for (const pair of w.split(',')) {
      const at = pair.lastIndexOf(':');
      const id = pair.slice(0, at);
      const value = Number(pair.slice(at + 1));
      if (at < 1 || !Number.isFinite(value) || value < 0) continue;
      if (!ids.has(id)) {
        unknownIds.push(id);
        continue;
      }
      if (value > MAX_WEIGHT) clamped = true;
      weights.set(id as SubIndexId, Math.min(value, MAX_WEIGHT));
    }
  }
  return { weights, preset: presetOf(weights, subIndices), unknownIds, clamped };
}

function sameWeights(a: WeightVector, b: WeightVector, subIndices: readonly SubIndexDef[]) {
  return subIndices.every((s) => round3(a.get(s.id) ?? 0) === round3(b.get(s.id) ?? 0));
}

/** Which preset the weights are exactly (dataset first), or 'custom'. */
export function presetOf(
  weights: WeightVector,
  subIndices: readonly SubIndexDef[],
): WeightPreset | 'custom' {
  for (const p of ['dataset', 'equal', 'pci2016'] as const)
    if (sameWeights(weights, presetWeights(p, subIndices), subIndices)) return p;
  return 'custom';
}

/** The URL's `w` for the weights: null for the dataset's, a preset name, or only the changed pairs. */
export function encodeWeights(
  weights: WeightVector,
  subIndices: readonly SubIndexDef[],
): string | null {
  const preset = presetOf(weights, subIndices);
  if (preset === 'dataset') return null;
  if (preset !== 'custom') return preset;
  const base = datasetWeightsOf(subIndices).weights;
  return subIndices
    .filter((s) => round3(weights.get(s.id) ?? 0) !== round3(base.get(s.id) ?? 0))
    .map((s) => `${s.id}:${round3(Math.min(MAX_WEIGHT, Math.max(0, weights.get(s.id) ?? 0)))}`)
    .join(',');
}

/** Sub-index values of the observations as a row-major matrix (NaN = missing), for fast re-weighting. */
interface Matrix {
  readonly n: number;
  readonly k: number;
  readonly values: Float64Array;
}

function matrixOf(
  observations: readonly Observation[],
  subIndices: readonly SubIndexDef[],
): Matrix {
  const n = observations.length;
  const k = subIndices.length;
  const values = new Float64Array(n * k);
  observations.forEach((o, i) => {
    subIndices.forEach((s, j) => {
      const v = o.subIndices.get(s.id);
      // The published formula takes every sub-index as is (none of DCCI/PCI is lower-is-better).
      values[i * k + j] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
    });
  });
  return { n, k, values };
}

function totalsOf(m: Matrix, w: Float64Array): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(m.n);
  for (let i = 0; i < m.n; i += 1) {
    let sum = 0;
    let wsum = 0;
    for (let j = 0; j < m.k; j += 1) {
      const v = m.values[i * m.k + j] as number;
      const wj = w[j] as number;
      if (wj > 0 && v === v) {
        sum += wj * v;
        wsum += wj;
      }
    }
    out[i] = wsum > 0 ? roundHalfUp2((10 * sum) / wsum) : null;
  }
  return out;
}

const weightArray = (weights: WeightVector, subIndices: readonly SubIndexDef[]) =>
  Float64Array.from(subIndices, (s) => Math.max(0, weights.get(s.id) ?? 0));

/** Totals with the given weights, parallel to `observations` (null when no weighted sub-index is present). */
export function weightedTotals(
  observations: readonly Observation[],
  subIndices: readonly SubIndexDef[],
  weights: WeightVector,
): (number | null)[] {
  return totalsOf(matrixOf(observations, subIndices), weightArray(weights, subIndices));
}

export interface ReweightRow {
  readonly unitId: UnitId;
  /** What-if total and rank; null when the unit has no weighted sub-index. */
  readonly total: number | null;
  readonly rank: number | null;
  /** The same recomputation with the dataset's weights. */
  readonly baselineTotal: number | null;
  readonly baselineRank: number | null;
  /** The rank shown in the ranking view (published, or computed from the published total). */
  readonly officialRank: number | null;
  /** Places gained against the baseline (positive = moved up); null when either rank is missing. */
  readonly moved: number | null;
}

export interface ReweightResult {
  /** Parallel to the observations. */
  readonly rows: readonly ReweightRow[];
  /** Units ranked under the what-if weights. */
  readonly ranked: number;
  /**
   * True when the dataset's weights do not reproduce the official ranking (e.g. PCI, whose
   * published totals come from each edition's own weights and indicators).
   */
  readonly baselineDiffersFromOfficial: boolean;
}

export function reweight(
  observations: readonly Observation[],
  subIndices: readonly SubIndexDef[],
  weights: WeightVector,
  baselineWeights: WeightVector,
): ReweightResult {
  const m = matrixOf(observations, subIndices);
  const totals = totalsOf(m, weightArray(weights, subIndices));
  const baseTotals = totalsOf(m, weightArray(baselineWeights, subIndices));
  const ranks = rankScores(totals);
  const baseRanks = rankScores(baseTotals);
  const official = rankObservations(observations);
  let differs = false;
  const rows = observations.map<ReweightRow>((o, i) => {
    const rank = ranks[i] ?? null;
    const baselineRank = baseRanks[i] ?? null;
    const officialRank = official.get(o.unitId)?.rank ?? null;
    if (officialRank !== baselineRank) differs = true;
    return {
      unitId: o.unitId,
      total: totals[i] ?? null,
      rank,
      baselineTotal: baseTotals[i] ?? null,
      baselineRank,
      officialRank,
      moved: rank === null || baselineRank === null ? null : baselineRank - rank,
    };
  });
  return {
    rows,
    ranked: ranks.filter((r) => r !== null).length,
    baselineDiffersFromOfficial: differs,
  };
}

/** The third of the ranked group a rank falls in: 0 top, 1 middle, 2 bottom. */
export function rankBand(rank: number, ranked: number): 0 | 1 | 2 {
  return Math.min(2, Math.floor(((rank - 1) * 3) / Math.max(1, ranked))) as 0 | 1 | 2;
}

export interface StabilityRow {
  readonly unitId: UnitId;
  /** Rank under the chosen weights; null = unranked (and the rest null too). */
  readonly rank: number | null;
  readonly band: 0 | 1 | 2 | null;
  /** Share (0–1) of random weightings in which the unit stays in its band. */
  readonly stayShare: number | null;
  /** 5th and 95th percentile of its rank over the random weightings. */
  readonly rankLow: number | null;
  readonly rankHigh: number | null;
}

export interface StabilityResult {
  readonly rows: readonly StabilityRow[];
  readonly draws: number;
  readonly seed: number;
  /** Each weight is multiplied by a uniform draw in [1 − spread, 1 + spread]. */
  readonly spread: number;
  readonly ranked: number;
}

export interface StabilityOptions {
  readonly draws?: number;
  readonly seed?: number;
  readonly spread?: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Int32Array, p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[idx] as number;
}

/**
 * How robust each rank is to the choice of weights: `draws` random weightings around the chosen
 * ones (each weight × uniform[1 − spread, 1 + spread], seeded, so the result is reproducible),
 * re-ranked with `rankScores`. Per unit: the share of draws in which it stays in its rank band
 * (top / middle / bottom third under the chosen weights) and its 5th–95th percentile rank.
 */
export function weightStability(
  observations: readonly Observation[],
  subIndices: readonly SubIndexDef[],
  weights: WeightVector,
  options: StabilityOptions = {},
): StabilityResult {
  const draws = Math.max(1, Math.floor(options.draws ?? 1000));
  const seed = options.seed ?? DEFAULT_STATS_SEED;
  const spread = options.spread ?? 0.5;
  const m = matrixOf(observations, subIndices);
  const w0 = weightArray(weights, subIndices);
  const base = rankScores(totalsOf(m, w0));
  const ranked = base.filter((r) => r !== null).length;
  const bands = base.map((r) => (r === null ? null : rankBand(r, ranked)));
  const stays = new Int32Array(m.n);
  const ranksByUnit = Array.from({ length: m.n }, () => new Int32Array(draws));
  const random = mulberry32(seed);
  const w = new Float64Array(m.k);
  for (let d = 0; d < draws; d += 1) {
    for (let j = 0; j < m.k; j += 1)
      w[j] = (w0[j] as number) * (1 - spread + 2 * spread * random());
    const ranks = rankScores(totalsOf(m, w));
    for (let i = 0; i < m.n; i += 1) {
      const r = ranks[i];
      const band = bands[i];
      if (r === null || r === undefined || band === null || band === undefined) continue;
      (ranksByUnit[i] as Int32Array)[d] = r;
      if (rankBand(r, ranked) === band) stays[i] = (stays[i] as number) + 1;
    }
  }
  const rows = observations.map<StabilityRow>((o, i) => {
    const rank = base[i] ?? null;
    const band = bands[i] ?? null;
    if (rank === null || band === null)
      return {
        unitId: o.unitId,
        rank: null,
        band: null,
        stayShare: null,
        rankLow: null,
        rankHigh: null,
      };
    const sorted = (ranksByUnit[i] as Int32Array).slice().sort();
    return {
      unitId: o.unitId,
      rank,
      band,
      stayShare: (stays[i] as number) / draws,
      rankLow: percentile(sorted, 0.05),
      rankHigh: percentile(sorted, 0.95),
    };
  });
  return { rows, draws, seed, spread, ranked };
}

/** Convenience for a group-year of a dataset: its observations and applicable sub-indices. */
export function groupYearInputs(dataset: Dataset, groupId: GroupId, year: number) {
  return {
    observations: observationsOf(dataset, groupId, year),
    subIndices: subIndicesFor(dataset, groupId, year),
  };
}

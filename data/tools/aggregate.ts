/**
 * Exact aggregation of simulated questionnaire answers into DCCI scores — the method documented
 * in data/README.md ("Generator"). All arithmetic is on integers, so the rounding to 2 decimals
 * (half up) is exact and any reimplementation (spreadsheet, R, Python) gets the same numbers.
 *
 * Scores are handled in hundredths: 7123 means 71.23.
 */

/** Least common multiple of the possible numbers of answered indicators per sub-index (1–4). */
const L = 12;

/** Half-up rounding of a non-negative fraction p/q (integers, q > 0). */
export function roundRatio(p: number, q: number): number {
  return Math.floor((2 * p + q) / (2 * q));
}

/**
 * Answers of one respondent to one sub-index: 1–5 per indicator, `null` when skipped.
 * A sub-index that was not surveyed for the unit-year has every answer `null` for every respondent.
 */
export type SubIndexAnswers = readonly (number | null)[];

export interface SubIndexAccumulator {
  /** Σ over respondents of (sum of answers × L / number answered); raw mean = t / (L·n). */
  t: number;
  /** Respondents who answered at least one indicator of the sub-index. */
  n: number;
}

/** The contribution of one respondent to a sub-index accumulator, or null when all skipped. */
export function respondentPart(answers: SubIndexAnswers): number | null {
  let sum = 0;
  let answered = 0;
  for (const a of answers) {
    if (a !== null) {
      sum += a;
      answered += 1;
    }
  }
  return answered === 0 ? null : (sum * L) / answered;
}

/**
 * The 10-point sub-index score in hundredths from the accumulator:
 * score = 1 + 9 × (raw − 1) / 4 with raw = t / (L·n), rounded half up to 2 decimals.
 * Returns null when nobody answered (missing, never 0).
 */
export function subIndexScore100(acc: SubIndexAccumulator): number | null {
  if (acc.n === 0) return null;
  // 100·score = (225·t − 125·L·n) / (L·n)
  return roundRatio(225 * acc.t - 125 * L * acc.n, L * acc.n);
}

/**
 * The total out of 100 in hundredths: 10 × Σ wᵢ·sᵢ / Σ wᵢ over the present sub-indices, from the
 * ROUNDED sub-index scores, rounded half up. Null when no sub-index is present.
 */
export function total100(
  scores: readonly { readonly score100: number | null; readonly weight: number }[],
): number | null {
  let num = 0;
  let den = 0;
  for (const s of scores) {
    if (s.score100 !== null) {
      num += s.weight * s.score100;
      den += s.weight;
    }
  }
  return den === 0 ? null : roundRatio(10 * num, den);
}

/**
 * Standard error of the total in hundredths: the sample standard deviation of per-respondent
 * totals divided by √n, rounded half up (exactly, with BigInt).
 *
 * A respondent's total uses the same weights over the same present sub-indices, from the
 * respondent's unrounded 10-point scores 1 + 9 × (mᵢ − 1) / 4 (mᵢ = mean of their answers).
 * `parts[r][i]` is respondentPart() of respondent r for present sub-index i (L × mᵢ).
 * Null when n < 2.
 */
export function standardError100(
  parts: readonly (readonly number[])[],
  weights: readonly number[],
): number | null {
  const n = parts.length;
  if (n < 2) return null;
  const w = weights.reduce((a, b) => a + b, 0);
  // Respondent total = 5·z / (24·W) with integer z = Σ wᵢ·(9·aᵢ − 60), aᵢ = 12·mᵢ = part.
  let sz = 0n;
  let szz = 0n;
  for (const row of parts) {
    let z = 0;
    row.forEach((a, i) => {
      z += (weights[i] ?? 0) * (9 * a - 60);
    });
    const bz = BigInt(Math.round(z));
    sz += bz;
    szz += bz * bz;
  }
  const bn = BigInt(n);
  // (100·se)² = P / Q
  const p = 250000n * (bn * szz - sz * sz);
  const q = 576n * BigInt(w) * BigInt(w) * bn * bn * (bn - 1n);
  // Largest x with (2x − 1)²·Q ≤ 4P  ⇔  x = round half up of √(P/Q).
  let x = BigInt(Math.round(Math.sqrt(Number(p) / Number(q))));
  const ok = (c: bigint): boolean => c <= 0n || (2n * c - 1n) * (2n * c - 1n) * q <= 4n * p;
  while (!ok(x)) x -= 1n;
  while (ok(x + 1n)) x += 1n;
  return Number(x);
}

/** Formats hundredths as a fixed 2-decimal string: 7123 → "71.23", 5 → "0.05". */
export function formatHundredths(h: number): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

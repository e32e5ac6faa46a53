/**
 * Summary statistics of a list of scores, ignoring missing values (null / non-finite).
 * All fields are null when no value is present; `n` counts the values used.
 */
export interface Summary {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly best: number | null;
  readonly worst: number | null;
  /** best − worst: the figure results conferences quote ("7.71 points apart"). */
  readonly spread: number | null;
}

export function present(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

export function summarise(values: readonly (number | null | undefined)[]): Summary {
  const xs = present(values).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return { n, mean: null, median: null, best: null, worst: null, spread: null };
  const mean = xs.reduce((sum, x) => sum + x, 0) / n;
  const mid = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
  const worst = xs[0] as number;
  const best = xs[n - 1] as number;
  return { n, mean, median, best, worst, spread: best - worst };
}

/** Difference `current − previous` rounded to 2 decimals (scores are published with 2); null when either is missing. */
export function scoreChange(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null) return null;
  return Math.round((current - previous) * 100) / 100;
}

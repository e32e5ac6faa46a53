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

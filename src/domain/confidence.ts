/**
 * The confidence level of every interval, group and flag the app shows, in a module of its own
 * so that views can label and draw with it without loading the resampling code.
 */

/** 90 %, two-sided. */
export const LEVEL = 0.9;
/** Normal quantile for a two-sided 90 % interval or test: Φ⁻¹(0.95). */
export const Z_90 = 1.6448536269514722;

/**
 * Seeded pseudo-random numbers for the illustrative generator. Only 32-bit integer arithmetic
 * and additions are used (no Math.log/cos), so the stream is identical on every JS engine.
 */

import type { Random } from '../../src/domain/random.ts';

export { hashSeed, mulberry32, type Random } from '../../src/domain/random.ts';

/** Approximately standard normal (Irwin–Hall: sum of 12 uniforms minus 6; range ±6). */
export function normal(random: Random): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += random();
  return sum - 6;
}

/** A uniform integer in [min, max] (inclusive). */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

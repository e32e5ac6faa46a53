/**
 * Seeded pseudo-random numbers for the illustrative generator. Only 32-bit integer arithmetic
 * and additions are used (no Math.log/cos), so the stream is identical on every JS engine.
 */

/** A random source returning floats in [0, 1). */
export type Random = () => number;

/** mulberry32 (Tommy Ettinger): a small, fast 32-bit generator; good enough for simulation. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string mixed with a seed: gives each unit-year its own stream. */
export function hashSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

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

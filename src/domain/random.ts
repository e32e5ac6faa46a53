/**
 * Seeded pseudo-random numbers: the same seed gives the same stream, so every resampling,
 * stability run and test is reproducible. Used by the statistics (rank intervals, random
 * weightings) and by the illustrative data generator (data/tools).
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

/**
 * The bootstrap's draw: `count` respondents out of `size`, with replacement, counted into
 * `times` (`times[r]` += how often r was drawn). The same numbers as
 * `Math.floor(random() × size)` with `random = mulberry32(seed)` for the state's seed, with the
 * generator inlined: a function call per draw was a third of the bootstrap's time. Returns the
 * state to continue the stream from.
 */
export function countDraws(state: number, times: Int32Array, count: number, size: number): number {
  let a = state >>> 0;
  for (let i = 0; i < count; i += 1) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * size);
    times[r] = (times[r] as number) + 1;
  }
  return a;
}

/** FNV-1a hash of a string mixed with a seed: gives each named stream its own seed. */
export function hashSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Standard normal draws by the Box–Muller transform (exact tails, unlike a sum of uniforms).
 * Each call of the returned function gives one draw; the second value of a pair is kept.
 */
export function gaussian(random: Random): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    // 1 − u is in (0, 1], so the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    const theta = 2 * Math.PI * random();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

/** The default seed of the statistics: results are reproducible unless a caller asks otherwise. */
export const DEFAULT_STATS_SEED = 20200106;

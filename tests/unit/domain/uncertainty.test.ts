import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SubIndexId, UnitId } from '../../../src/domain/types.ts';
import {
  estimateTotal,
  percentileInterval,
  flagMoves,
  rankIntervalsBootstrap,
  rankIntervalsParametric,
  tiedGroups,
  type RespondentSample,
  type ScoredUnit,
} from '../../../src/domain/uncertainty.ts';

const u = (id: string, score: number | null, se: number | null): ScoredUnit => ({
  unitId: id as UnitId,
  score,
  se,
});

/** A respondent sample with one sub-index per column of `answers` (mean answers per respondent). */
function sample(
  id: string,
  answers: readonly (readonly number[])[],
  weights?: number[],
): RespondentSample {
  const k = answers[0]?.length ?? 0;
  return {
    unitId: id as UnitId,
    n: answers.length,
    subIndexIds: Array.from({ length: k }, (_, j) => `s${j}` as SubIndexId),
    means: Float64Array.from(answers.flat()),
    offset: new Float64Array(k).fill(1 - 9 / 4),
    scale: new Float64Array(k).fill(9 / 4),
    weights: Float64Array.from(weights ?? new Array<number>(k).fill(1)),
  };
}

describe('rank intervals by parametric resampling', () => {
  it('gives a unit far ahead the interval [1, 1]', () => {
    const r = rankIntervalsParametric([u('a', 90, 1), u('b', 60, 1), u('c', 59, 1)]);
    expect(r.intervals.get('a' as UnitId)).toEqual({ rank: 1, low: 1, high: 1 });
    expect(r.method).toBe('parametric');
    expect(r.resamples).toBe(1000);
  });

  it('gives two identical units overlapping intervals', () => {
    const r = rankIntervalsParametric([u('a', 70, 2), u('b', 70, 2), u('c', 50, 1)]);
    const a = r.intervals.get('a' as UnitId);
    const b = r.intervals.get('b' as UnitId);
    expect(a).toEqual({ rank: 1, low: 1, high: 2 });
    expect(b).toEqual({ rank: 1, low: 1, high: 2 });
    expect(r.intervals.get('c' as UnitId)).toEqual({ rank: 3, low: 3, high: 3 });
  });

  it('widens with the standard error and leaves out units without a score or an error', () => {
    const tight = rankIntervalsParametric([u('a', 70, 0.1), u('b', 69, 0.1), u('c', 68, 0.1)]);
    const loose = rankIntervalsParametric([u('a', 70, 5), u('b', 69, 5), u('c', 68, 5)]);
    expect(tight.intervals.get('b' as UnitId)).toEqual({ rank: 2, low: 2, high: 2 });
    expect(loose.intervals.get('b' as UnitId)).toEqual({ rank: 2, low: 1, high: 3 });
    const partial = rankIntervalsParametric([u('a', 70, 1), u('b', null, 1), u('c', 60, null)]);
    expect([...partial.intervals.keys()]).toEqual(['a']);
  });

  it('is reproducible with a seed', () => {
    const units = [u('a', 70, 3), u('b', 68, 3), u('c', 67, 3), u('d', 60, 3)];
    const one = rankIntervalsParametric(units, { seed: 7 });
    const two = rankIntervalsParametric(units, { seed: 7 });
    expect([...one.intervals]).toEqual([...two.intervals]);
    expect(one.seed).toBe(7);
  });

  it('keeps ranks within 1..n and every interval around the point rank (property)', () => {
    const units = fc.array(
      fc.record({
        score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
        se: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(units, fc.integer(), (list, seed) => {
        const scored = list.map((x, i) => u(`u${i}`, x.score, x.se));
        const n = scored.filter((x) => x.score !== null).length;
        const r = rankIntervalsParametric(scored, { resamples: 50, seed });
        for (const iv of r.intervals.values()) {
          expect(iv.low).toBeGreaterThanOrEqual(1);
          expect(iv.high).toBeLessThanOrEqual(n);
          expect(iv.low).toBeLessThanOrEqual(iv.rank);
          expect(iv.rank).toBeLessThanOrEqual(iv.high);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('rank intervals by the bootstrap over respondents', () => {
  it('computes the estimator of data/README.md on the observed respondents', () => {
    // Two sub-indices, weights 2:1; respondent means → 10-point scores 1 + 9(m − 1)/4.
    const s = sample(
      'a',
      [
        [5, 3],
        [3, Number.NaN],
      ],
      [2, 1],
    );
    // Sub-index 1: mean 4 → 7.75; sub-index 2: mean 3 (one answer) → 5.5.
    expect(estimateTotal(s)).toBeCloseTo((10 * (2 * 7.75 + 1 * 5.5)) / 3, 10);
  });

  it('computes the same estimate with up to 12 sub-indices (sums kept in registers) and more (property)', () => {
    // The estimator written out plainly: per sub-index the mean of the answers given, scaled,
    // then the weighted mean × 10.
    const reference = (rows: readonly (readonly number[])[], weights: readonly number[]) => {
      let weighted = 0;
      let weightSum = 0;
      weights.forEach((w, j) => {
        const given = rows.map((r) => r[j] as number).filter((m) => !Number.isNaN(m));
        if (given.length === 0) return;
        const mean = given.reduce((a, b) => a + b, 0) / given.length;
        weighted += w * (1 - 9 / 4 + (9 / 4) * mean);
        weightSum += w;
      });
      return weightSum > 0 ? (10 * weighted) / weightSum : null;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }).chain((k) =>
          fc.tuple(
            fc.array(
              fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(Number.NaN)), {
                minLength: k,
                maxLength: k,
              }),
              { minLength: 1, maxLength: 12 },
            ),
            fc.array(fc.integer({ min: 1, max: 3 }), { minLength: k, maxLength: k }),
          ),
        ),
        ([rows, weights]) => {
          const got = estimateTotal(sample('u', rows, weights));
          const want = reference(rows, weights);
          if (want === null) expect(got).toBeNull();
          else expect(got).toBeCloseTo(want, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a unit far ahead [1, 1] and identical units overlapping intervals', () => {
    const high = sample(
      'top',
      Array.from({ length: 20 }, () => [5, 5]),
    );
    const mid = Array.from({ length: 20 }, (_, i) => [i % 2 ? 2 : 4, 3]);
    const r = rankIntervalsBootstrap([sample('b', mid), high, sample('c', mid)], {
      resamples: 300,
    });
    expect(r.method).toBe('bootstrap');
    expect(r.intervals.get('top' as UnitId)).toEqual({ rank: 1, low: 1, high: 1 });
    const b = r.intervals.get('b' as UnitId);
    const c = r.intervals.get('c' as UnitId);
    expect(b).toEqual({ rank: 2, low: 2, high: 3 });
    expect(c).toEqual({ rank: 2, low: 2, high: 3 });
  });

  it('is reproducible with a seed and keeps intervals around the point rank (property)', () => {
    const respondents = fc.array(
      fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 2 }),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(
        fc.array(respondents, { minLength: 1, maxLength: 6 }),
        fc.integer(),
        (units, seed) => {
          const samples = units.map((rows, i) => sample(`u${i}`, rows));
          const one = rankIntervalsBootstrap(samples, { resamples: 40, seed });
          const two = rankIntervalsBootstrap(samples, { resamples: 40, seed });
          expect([...one.intervals]).toEqual([...two.intervals]);
          for (const iv of one.intervals.values()) {
            expect(iv.low).toBeGreaterThanOrEqual(1);
            expect(iv.high).toBeLessThanOrEqual(samples.length);
            expect(iv.low <= iv.rank && iv.rank <= iv.high).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('statistically tied groups', () => {
  it('groups units within 1.645 standard errors of the difference from the group head', () => {
    const groups = tiedGroups([u('c', 70, 1), u('a', 80, 1), u('b', 78, 1), u('d', 69, 0.5)]);
    // 80 − 78 = 2 ≤ 1.645·√2 ≈ 2.33 → together; 80 − 70 = 10 → new group; 70 − 69 = 1 ≤ 1.84.
    expect(groups).toEqual([
      { index: 1, unitIds: ['a', 'b'] },
      { index: 2, unitIds: ['c', 'd'] },
    ]);
  });

  it('compares with the group head, not the neighbour, and needs standard errors', () => {
    const chain = tiedGroups([u('a', 80, 1), u('b', 78, 1), u('c', 76, 1)]);
    expect(chain.map((g) => g.unitIds)).toEqual([['a', 'b'], ['c']]);
    expect(tiedGroups([u('a', 80, null), u('b', 70, null)])).toEqual([]);
  });

  it('puts every unit with a score and an error in exactly one group (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            score: fc.double({ min: 0, max: 100, noNaN: true }),
            se: fc.double({ min: 0, max: 5, noNaN: true }),
          }),
          {
            maxLength: 20,
          },
        ),
        (list) => {
          const groups = tiedGroups(list.map((x, i) => u(`u${i}`, x.score, x.se)));
          const ids = groups.flatMap((g) => g.unitIds);
          expect(new Set(ids).size).toBe(list.length);
          expect(groups.map((g) => g.index)).toEqual(groups.map((_, i) => i + 1));
        },
      ),
    );
  });
});

describe('year-over-year moves', () => {
  it('flags a large move with small errors as likely real and a small one as within noise', () => {
    const before = [u('a', 70, 0.5), u('b', 65, 0.5), u('c', 60, 3), u('d', 59.5, 3)];
    const after = [u('a', 60, 0.5), u('b', 66, 0.5), u('c', 58, 3), u('d', 58.4, 3)];
    const flags = flagMoves(before, after);
    expect(flags.get('a' as UnitId)).toBe('likely-real');
    expect(flags.get('b' as UnitId)).toBe('likely-real');
    // c and d swapped places by 0.4 points with errors of 3: noise.
    expect(flags.get('c' as UnitId)).toBe('within-noise');
    expect(flags.get('d' as UnitId)).toBe('within-noise');
  });

  it('gives no flag to a unit that kept its rank or lacks an error or a previous year', () => {
    const flags = flagMoves(
      [u('a', 70, 1), u('b', 60, null)],
      [u('a', 71, 1), u('b', 50, 1), u('c', 40, 1)],
    );
    expect(flags.has('a' as UnitId)).toBe(false);
    expect(flags.has('b' as UnitId)).toBe(false);
    expect(flags.has('c' as UnitId)).toBe(false);
  });
});

describe('percentileInterval (the order statistics behind every interval)', () => {
  it('takes the nearest-rank 5th and 95th percentiles of the histogram', () => {
    // 1000 resamples: X(50) and X(950).
    expect(percentileInterval([50, 900, 50], 2)).toEqual({ rank: 2, low: 1, high: 2 });
    expect(percentileInterval([49, 902, 49], 2)).toEqual({ rank: 2, low: 2, high: 2 });
    expect(percentileInterval([49, 900, 51], 2)).toEqual({ rank: 2, low: 2, high: 3 });
    expect(percentileInterval([0, 0, 20, 0], 3)).toEqual({ rank: 3, low: 3, high: 3 });
    // 10 resamples: X(1) and X(10).
    expect(percentileInterval([1, 8, 1], 2)).toEqual({ rank: 2, low: 1, high: 3 });
  });

  it('widens to contain the rank shown, and has nothing to say without resamples', () => {
    expect(percentileInterval([0, 0, 1000], 1)).toEqual({ rank: 1, low: 1, high: 3 });
    expect(percentileInterval([1000, 0, 0], 3)).toEqual({ rank: 3, low: 1, high: 3 });
    expect(percentileInterval([0, 0, 0], 1)).toBeNull();
  });
});

describe('a unit that the bootstrap often cannot rank', () => {
  it('gets no interval rather than a falsely narrow one', () => {
    // Half its respondents answered nothing: a quarter of resamples draw only blanks.
    const sparse = sample('sparse', [
      [5, 5],
      [Number.NaN, Number.NaN],
    ]);
    const other = sample('other', [
      [3, 3],
      [2, 4],
    ]);
    const r = rankIntervalsBootstrap([sparse, other], { resamples: 400 });
    expect(r.intervals.has('sparse' as UnitId)).toBe(false);
    expect(r.intervals.get('other' as UnitId)).toBeTruthy();
  });
});

describe('shown ranks', () => {
  it('keep a published rank inside its interval and judge the shown move', () => {
    // Published ranks contradict the scores (b is shown 1st with the lower score).
    const units = [
      { unitId: 'a' as UnitId, score: 80, se: 0.1, rank: 2 },
      { unitId: 'b' as UnitId, score: 60, se: 0.1, rank: 1 },
    ];
    const r = rankIntervalsParametric(units);
    expect(r.intervals.get('b' as UnitId)).toEqual({ rank: 1, low: 1, high: 2 });
    const flags = flagMoves(
      [
        { unitId: 'a' as UnitId, score: 80, se: 0.1, rank: 1 },
        { unitId: 'b' as UnitId, score: 60, se: 0.1, rank: 2 },
      ],
      units,
    );
    // The shown move (b up one) is contradicted by every resample of the scores: within noise.
    expect(flags.get('b' as UnitId)).toBe('within-noise');
  });
});

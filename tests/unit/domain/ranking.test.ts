import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankChange, rankObservations, rankScores } from '../../../src/domain/ranking.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

describe('rankScores', () => {
  it('ranks higher scores first, 1-based', () => {
    expect(rankScores([50, 70, 60])).toEqual([3, 1, 2]);
  });
  it('gives tied scores the same, best rank and skips the next places (1, 2, 2, 4)', () => {
    expect(rankScores([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
  });
  it('leaves missing scores unranked and does not let them take a place', () => {
    expect(rankScores([null, 70, Number.NaN, 60])).toEqual([null, 1, null, 2]);
  });
  it('ranks lower values first for a lower-is-better measure', () => {
    expect(rankScores([3, 1, 2], 'lower-is-better')).toEqual([3, 1, 2]);
  });
  it('returns an empty list for no scores', () => {
    expect(rankScores([])).toEqual([]);
  });
  it('keeps ranks within 1..n and consistent with the order of scores (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 40 }),
        (scores) => {
          const ranks = rankScores(scores);
          const n = scores.filter((s) => s !== null).length;
          scores.forEach((s, i) => {
            const r = ranks[i];
            if (s === null) return expect(r).toBeNull();
            expect(r).toBeGreaterThanOrEqual(1);
            expect(r).toBeLessThanOrEqual(n);
            // rank = 1 + number of strictly better scores
            expect(r).toBe(1 + scores.filter((t) => t !== null && t > s).length);
          });
        },
      ),
    );
  });
});

describe('rankObservations', () => {
  const ds = makeDataset([
    { unit: 'A', year: 2019, total: 70, rank: 1 },
    { unit: 'B', year: 2019, total: 75, rank: 2 },
    { unit: 'C', year: 2019, total: null, rank: null },
  ]);
  const ranks = rankObservations(ds.observations);
  it('shows published ranks as published', () => {
    expect(ranks.get(uid('A'))?.rank).toBe(1);
    expect(ranks.get(uid('A'))?.source).toBe('published');
  });
  it('flags a published rank that contradicts the scores', () => {
    expect(ranks.get(uid('A'))?.contradicts).toBe(true);
    expect(ranks.get(uid('A'))?.computedRank).toBe(2);
  });
  it('leaves a unit without score and without published rank unranked', () => {
    expect(ranks.get(uid('C'))).toMatchObject({ rank: null, source: 'none', contradicts: false });
  });
  it('computes ranks when the source has none', () => {
    const computed = rankObservations(
      makeDataset([
        { unit: 'A', year: 2019, total: 1 },
        { unit: 'B', year: 2019, total: 2 },
      ]).observations,
    );
    expect(computed.get(uid('A'))).toMatchObject({
      rank: 2,
      source: 'computed',
      contradicts: false,
    });
  });
});

describe('rankChange', () => {
  it('is positive when a unit moves up (5 → 3 is +2)', () => expect(rankChange(5, 3)).toBe(2));
  it('is negative when a unit falls', () => expect(rankChange(1, 4)).toBe(-3));
  it('is null when a rank is missing', () => expect(rankChange(null, 3)).toBeNull());
});

describe('sharedRanks', () => {
  it('lists the ranks held by more than one unit', async () => {
    const { sharedRanks } = await import('../../../src/domain/ranking.ts');
    expect([...sharedRanks([1, 2, 2, 4, null, 5, 5, 5])]).toEqual([2, 5]);
    expect(sharedRanks([1, null, undefined, 3]).size).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MINMAX_TIE_SCORE,
  aggregateResponses,
  effectiveWeights,
  indicatorSubIndex,
  mapIndicators,
  respondentSamples,
  roundHalfUp2,
} from '../../../src/domain/responses.ts';
import type {
  Normalisation,
  ResponseRow,
  ResponseTable,
  UnitYearScores,
} from '../../../src/domain/responses.ts';
import type { GroupId, SubIndexId, UnitId } from '../../../src/domain/types.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`domain/responses.test.ts fast-check seed: ${SEED}`);

const G = 'districts' as GroupId;
const sid = (s: string) => s as SubIndexId;

/** A respondent's row; `unit` doubles as name and id. */
function row(
  unit: string,
  answers: (number | null)[],
  year = 2020,
  group: GroupId = G,
  id: string | null = null,
): ResponseRow {
  return {
    year,
    groupId: group,
    unitId: `${group}.${unit}` as UnitId,
    unitName: unit,
    respondentId: id,
    answers,
  };
}

function table(indicators: readonly string[], rows: readonly ResponseRow[]): ResponseTable {
  return { indicators, rows };
}

const byUnit = (scores: readonly UnitYearScores[]) =>
  new Map(scores.map((s) => [`${s.year}|${s.unitId}`, s]));

describe('indicator mapping', () => {
  it.each([
    ['transparency.1', 'transparency'],
    ['land-access_3', 'land-access'],
    ['Minh bạch.2', 'Minh bạch'],
    ['a.b.12', 'a.b'],
    ['7.5', null],
    ['Năm', null],
    ['transparency', null],
    ['.1', null],
  ])('indicatorSubIndex(%j) is %j', (header, id) => {
    expect(indicatorSubIndex(header)).toBe(id);
  });

  it('maps <id>.<k> headers to sub-indices in order of appearance and skips other headers', () => {
    expect(mapIndicators(['b.1', 'Năm', 'a.1', 'b.2', 'a_2'])).toEqual({
      subIndexIds: ['b', 'a'],
      indicators: [
        [0, 3],
        [2, 4],
      ],
    });
  });
});

describe('roundHalfUp2', () => {
  it.each([
    [7.005, 7.01],
    [1.005, 1.01],
    [0.125, 0.13],
    [2.675, 2.68],
    [7.00499, 7.0],
    [65.2, 65.2],
    [10, 10],
  ])('rounds %d to %d', (x, expected) => {
    expect(roundHalfUp2(x)).toBe(expected);
  });
});

describe('effectiveWeights', () => {
  it('weighs every sub-index 1 when no weight is given', () => {
    expect(effectiveWeights([sid('a'), sid('b')], undefined)).toEqual([1, 1]);
  });
  it('gives a sub-index without a weight the mean of the given weights', () => {
    const w = new Map([
      [sid('a'), 15],
      [sid('b'), 5],
    ]);
    expect(effectiveWeights([sid('a'), sid('b'), sid('c')], w)).toEqual([15, 5, 10]);
  });
  it('treats negative or non-finite weights as missing', () => {
    const w = new Map([
      [sid('a'), -1],
      [sid('b'), NaN],
      [sid('c'), 4],
    ]);
    expect(effectiveWeights([sid('a'), sid('b'), sid('c')], w)).toEqual([4, 4, 4]);
  });
});

describe('aggregateResponses: known answers', () => {
  const mapping = mapIndicators(['a.1', 'a.2', 'b.1']);

  it('averages each respondent over the indicators answered, then over respondents (scale 1–5)', () => {
    // a: respondent means 4 and 2 → raw 3 → 1 + 9·2/4 = 5.5; b: 5 and 4 → 4.5 → 8.875 → 8.88.
    const [u] = aggregateResponses(
      table(['a.1', 'a.2', 'b.1'], [row('u', [5, 3, 5]), row('u', [2, null, 4])]),
      mapping,
    );
    expect(u?.subIndices.get(sid('a'))).toBe(5.5);
    expect(u?.subIndices.get(sid('b'))).toBe(8.88);
    expect(u?.raw.get(sid('b'))).toBe(4.5);
    // Equal weights: 10 × (5.5 + 8.88) / 2 = 71.9, from the ROUNDED scores.
    expect(u?.total).toBe(71.9);
    expect(u?.respondents).toBe(2);
  });

  it('leaves a sub-index missing when the mapping lists no indicators for it', () => {
    const short = { subIndexIds: [sid('a'), sid('b')], indicators: [[0, 1]] };
    const [u] = aggregateResponses(table(['a.1', 'a.2'], [row('u', [5, 3])]), short);
    expect(u?.subIndices.get(sid('a'))).toBe(7.75);
    expect(u?.subIndices.get(sid('b'))).toBeNull();
  });

  it('maps all-worst answers to 1 and all-best answers to 10 under the answer scale', () => {
    const scores = aggregateResponses(
      table(['a.1', 'a.2', 'b.1'], [row('worst', [1, 1, 1]), row('best', [5, 5, 5])]),
      mapping,
    );
    const m = byUnit(scores);
    expect(m.get('2020|districts.worst')?.subIndices.get(sid('a'))).toBe(1);
    expect(m.get('2020|districts.worst')?.total).toBe(10);
    expect(m.get('2020|districts.best')?.subIndices.get(sid('b'))).toBe(10);
    expect(m.get('2020|districts.best')?.total).toBe(100);
  });

  it('follows another answer scale (0–10 → score = 1 + 0.9·raw)', () => {
    const [u] = aggregateResponses(table(['a.1'], [row('u', [7])]), mapIndicators(['a.1']), {
      scale: { min: 0, max: 10 },
    });
    expect(u?.subIndices.get(sid('a'))).toBe(7.3);
  });

  it('leaves a sub-index nobody answered missing and renormalises the weights over the rest', () => {
    const w = new Map([
      [sid('a'), 3],
      [sid('b'), 1],
    ]);
    const [u] = aggregateResponses(
      table(['a.1', 'a.2', 'b.1'], [row('u', [5, 5, null]), row('u', [5, null, null])]),
      mapping,
      { weights: w },
    );
    expect(u?.subIndices.get(sid('b'))).toBeNull();
    expect(u?.total).toBe(100);
  });

  it('applies the weights to the rounded scores: 10 × Σ w·s / Σ w', () => {
    const w = new Map([
      [sid('a'), 15],
      [sid('b'), 10],
    ]);
    // a = 5.5, b = 8.88 → 10 × (15·5.5 + 10·8.88) / 25 = 68.52.
    const [u] = aggregateResponses(
      table(['a.1', 'a.2', 'b.1'], [row('u', [5, 3, 5]), row('u', [2, null, 4])]),
      mapping,
      { weights: w },
    );
    expect(u?.total).toBe(68.52);
  });

  it('equal weights reproduce the unweighted mean of the sub-index scores', () => {
    const rows = [row('u', [4, 2, 3]), row('u', [1, 5, 5]), row('u', [3, 3, 2])];
    const [plain] = aggregateResponses(table(['a.1', 'a.2', 'b.1'], rows), mapping);
    const [equal] = aggregateResponses(table(['a.1', 'a.2', 'b.1'], rows), mapping, {
      weights: new Map([
        [sid('a'), 7],
        [sid('b'), 7],
      ]),
    });
    const a = plain?.subIndices.get(sid('a')) ?? NaN;
    const b = plain?.subIndices.get(sid('b')) ?? NaN;
    expect(plain?.total).toBe(roundHalfUp2((10 * (a + b)) / 2));
    expect(equal?.total).toBe(plain?.total);
  });

  it('gives the standard error of the respondents’ totals (sample SD / √n)', () => {
    // One sub-index: totals 100 and 10 → SD = 63.64 (√4050), SE = 63.64 / √2 = 45.
    const one = mapIndicators(['a.1']);
    const [u] = aggregateResponses(table(['a.1'], [row('u', [5]), row('u', [1])]), one);
    expect(u?.standardError).toBe(45);
    const [single] = aggregateResponses(table(['a.1'], [row('v', [5])]), one);
    expect(single?.standardError).toBeNull();
  });

  it('puts the unit’s raw in place of a respondent who skipped a whole sub-index (no added spread)', () => {
    // b: only the first respondent answered; the second adds nothing to the spread of b.
    const [u] = aggregateResponses(
      table(['a.1', 'a.2', 'b.1'], [row('u', [3, 3, 5]), row('u', [3, 3, null])]),
      mapping,
    );
    expect(u?.standardError).toBe(0);
  });

  it('ranks within year and group with the app’s one rule: ties share the best rank', () => {
    const one = mapIndicators(['a.1']);
    const scores = aggregateResponses(
      table(
        ['a.1'],
        [
          row('p', [3]),
          row('q', [5]),
          row('r', [3]),
          row('s', [1]),
          row('t', [5], 2021),
          row('p', [1], 2020, 'other' as GroupId),
        ],
      ),
      one,
    );
    expect(scores.map((s) => [s.unitName, s.year, s.rank])).toEqual([
      ['p', 2020, 2],
      ['q', 2020, 1],
      ['r', 2020, 2],
      ['s', 2020, 4],
      ['t', 2021, 1],
      ['p', 2020, 1],
    ]);
  });

  it('min–max maps the best to 10 and the worst to 1 as documented', () => {
    const one = mapIndicators(['a.1', 'a.2']);
    const rows = [row('lo', [2, 2]), row('mid', [3, 4]), row('hi', [4, 4])];
    const m = byUnit(
      aggregateResponses(table(['a.1', 'a.2'], rows), one, { normalisation: 'minmax' }),
    );
    expect(m.get('2020|districts.hi')?.subIndices.get(sid('a'))).toBe(10);
    expect(m.get('2020|districts.lo')?.subIndices.get(sid('a'))).toBe(1);
    // raw 3.5 in [2, 4]: 1 + 9 × 1.5 / 2 = 7.75.
    expect(m.get('2020|districts.mid')?.subIndices.get(sid('a'))).toBe(7.75);
  });

  it('min–max gives every unit 5.5 when all raws are equal (or there is one unit)', () => {
    const one = mapIndicators(['a.1']);
    const scores = aggregateResponses(
      table(['a.1'], [row('x', [3]), row('y', [3]), row('z', [4], 2021)]),
      one,
      { normalisation: 'minmax' },
    );
    expect(scores.map((s) => s.subIndices.get(sid('a')))).toEqual([
      MINMAX_TIE_SCORE,
      MINMAX_TIE_SCORE,
      MINMAX_TIE_SCORE,
    ]);
  });

  it('pooled min–max takes the range over every year of the group', () => {
    const one = mapIndicators(['a.1']);
    const rows = [row('x', [2]), row('y', [3]), row('x', [4], 2021), row('y', [5], 2021)];
    const perYear = aggregateResponses(table(['a.1'], rows), one, { normalisation: 'minmax' });
    const pooled = aggregateResponses(table(['a.1'], rows), one, {
      normalisation: 'minmax-pooled',
    });
    expect(perYear.map((s) => s.subIndices.get(sid('a')))).toEqual([1, 10, 1, 10]);
    // Over 2–5: 2 → 1, 3 → 4, 4 → 7, 5 → 10.
    expect(pooled.map((s) => s.subIndices.get(sid('a')))).toEqual([1, 4, 7, 10]);
  });
});

describe('respondentSamples', () => {
  it('gives the means, the linear normalisation and the weights that reproduce the scores', () => {
    const mapping = mapIndicators(['a.1', 'a.2', 'b.1', 'c.1']);
    const rows = [
      row('u', [5, 3, 5, null]),
      row('u', [2, null, null, null]),
      row('v', [1, 1, 1, null]),
      row('u', [4, 4, 4, null], 2021),
    ];
    const weights = new Map([
      [sid('a'), 15],
      [sid('b'), 10],
      [sid('c'), 10],
    ]);
    const samples = respondentSamples(table(['a.1', 'a.2', 'b.1', 'c.1'], rows), mapping, 2020, G, {
      weights,
    });
    expect(samples.map((s) => s.unitId)).toEqual(['districts.u', 'districts.v']);
    const u = samples[0];
    expect(u?.n).toBe(2);
    expect(u?.subIndexIds).toEqual(['a', 'b']); // c has no answers: not present
    expect([...(u?.means ?? [])]).toEqual([4, 5, 2, NaN]);
    expect([...(u?.offset ?? [])]).toEqual([-1.25, -1.25]);
    expect([...(u?.scale ?? [])]).toEqual([2.25, 2.25]);
    expect([...(u?.weights ?? [])]).toEqual([15, 10]);
    // offset + scale × raw = the unrounded score: a raw 3 → 5.5.
    expect((u?.offset[0] ?? 0) + (u?.scale[0] ?? 0) * 3).toBe(5.5);
  });

  it('under min–max uses the range of the whole group-year, and a tie gives scale 0, offset 5.5', () => {
    const mapping = mapIndicators(['a.1', 'b.1']);
    const rows = [row('u', [2, 3]), row('v', [4, 3])];
    const [u] = respondentSamples(table(['a.1', 'b.1'], rows), mapping, 2020, G, {
      normalisation: 'minmax',
    });
    expect(u?.scale[0]).toBe(4.5);
    expect(u?.offset[0]).toBe(-8);
    expect(u?.scale[1]).toBe(0);
    expect(u?.offset[1]).toBe(MINMAX_TIE_SCORE);
  });
});

// Random response tables: 1–2 groups, 1–2 years, 1–4 units, 1–5 respondents each, 1–3
// sub-indices with 1–3 indicators, answers 1–5 or skipped.
const arbTable = fc
  .record({
    indicatorsPer: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    units: fc.array(
      fc.record({
        group: fc.constantFrom('g1', 'g2'),
        year: fc.constantFrom(2019, 2020),
        unit: fc.constantFrom('a', 'b', 'c', 'd'),
        respondents: fc.integer({ min: 1, max: 5 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    seed: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 5 }), {
      minLength: 200,
      maxLength: 200,
    }),
  })
  .map(({ indicatorsPer, units, seed }) => {
    const indicators = indicatorsPer.flatMap((n, i) =>
      Array.from({ length: n }, (_, k) => `s${i}.${k + 1}`),
    );
    let next = 0;
    const rows: ResponseRow[] = units.flatMap((u) =>
      Array.from({ length: u.respondents }, () =>
        row(
          u.unit,
          indicators.map(() => seed[next++ % seed.length] ?? null),
          u.year,
          u.group as GroupId,
        ),
      ),
    );
    return table(indicators, rows);
  });
const arbNormalisation = fc.constantFrom<Normalisation>('scale', 'minmax', 'minmax-pooled');

describe('aggregateResponses: properties', () => {
  it('keeps every score within 1–10, every total within 10–100 and every SE ≥ 0', () => {
    fc.assert(
      fc.property(arbTable, arbNormalisation, (t, normalisation) => {
        for (const s of aggregateResponses(t, mapIndicators(t.indicators), { normalisation })) {
          for (const v of s.subIndices.values()) {
            if (v === null) continue;
            expect(v).toBeGreaterThanOrEqual(1);
            expect(v).toBeLessThanOrEqual(10);
          }
          if (s.total !== null) {
            expect(s.total).toBeGreaterThanOrEqual(10);
            expect(s.total).toBeLessThanOrEqual(100);
          }
          if (s.standardError !== null) expect(s.standardError).toBeGreaterThanOrEqual(0);
          expect(s.rank === null).toBe(s.total === null);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('with equal weights gives 10 × the unweighted mean of the sub-index scores', () => {
    fc.assert(
      fc.property(arbTable, fc.integer({ min: 1, max: 50 }), (t, w) => {
        const mapping = mapIndicators(t.indicators);
        const weights = new Map(mapping.subIndexIds.map((id) => [id, w]));
        for (const s of aggregateResponses(t, mapping, { weights })) {
          const present = [...s.subIndices.values()].filter((v): v is number => v !== null);
          if (present.length === 0) continue;
          const mean = present.reduce((a, b) => a + b, 0) / present.length;
          expect(s.total).toBe(roundHalfUp2(10 * mean));
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('does not depend on the order of the respondents', () => {
    fc.assert(
      fc.property(
        arbTable.chain((t) =>
          fc.tuple(fc.constant(t), fc.shuffledSubarray([...t.rows], { minLength: t.rows.length })),
        ),
        arbNormalisation,
        ([t, shuffled], normalisation) => {
          const mapping = mapIndicators(t.indicators);
          const a = byUnit(aggregateResponses(t, mapping, { normalisation }));
          const b = byUnit(
            aggregateResponses(table(t.indicators, shuffled), mapping, { normalisation }),
          );
          expect(b.size).toBe(a.size);
          for (const [key, s] of a) {
            const o = b.get(key);
            expect(o?.total).toBe(s.total);
            expect(o?.standardError).toBe(s.standardError);
            expect(o?.rank).toBe(s.rank);
            expect(o?.subIndices).toEqual(s.subIndices);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('min–max gives 10 to the best and 1 to the worst unit of each group-year', () => {
    fc.assert(
      fc.property(arbTable, (t) => {
        const mapping = mapIndicators(t.indicators);
        const scores = aggregateResponses(t, mapping, { normalisation: 'minmax' });
        const buckets = new Map<string, UnitYearScores[]>();
        for (const s of scores) {
          const key = `${s.year}|${s.groupId}`;
          buckets.set(key, [...(buckets.get(key) ?? []), s]);
        }
        for (const members of buckets.values()) {
          for (const id of mapping.subIndexIds) {
            const raws = members.flatMap((s) => {
              const r = s.raw.get(id);
              return r === null || r === undefined ? [] : [r];
            });
            const values = members.flatMap((s) => {
              const v = s.subIndices.get(id);
              return v === null || v === undefined ? [] : [v];
            });
            if (raws.length === 0) continue;
            // Raws within 1e-11 are equal up to summation order: a tie (see `spans`).
            if (Math.max(...raws) - Math.min(...raws) <= 1e-11) {
              expect(new Set(values)).toEqual(new Set([MINMAX_TIE_SCORE]));
            } else {
              expect(Math.max(...values)).toBe(10);
              expect(Math.min(...values)).toBe(1);
            }
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

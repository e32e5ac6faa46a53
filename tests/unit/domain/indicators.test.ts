import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indicatorStats,
  meanWithInterval,
  parseIndicatorLabels,
  Z90,
} from '../../../src/domain/indicators.ts';
import {
  mapIndicators,
  type ResponseRow,
  type ResponseTable,
} from '../../../src/domain/responses.ts';
import type { GroupId, UnitId } from '../../../src/domain/types.ts';

const header = ['time-costs.1', 'time-costs.2', 'transparency.1'];
const row = (unit: string, answers: (number | null)[], year = 2019): ResponseRow => ({
  year,
  groupId: 'districts' as GroupId,
  unitId: `districts.${unit}` as UnitId,
  unitName: unit.toUpperCase(),
  respondentId: null,
  answers,
});
// Unit a: time-costs.1 = 2, 4 (mean 3); time-costs.2 = 5, skipped (mean 5, one answer).
// Unit b: time-costs.1 = 4, 4 (mean 4); time-costs.2 = 3, 3 (mean 3).
// Unit c: time-costs.1 = 5 (mean 5); time-costs.2 = 1 (mean 1). Another year must not count.
const table: ResponseTable = {
  indicators: header,
  rows: [
    row('a', [2, 5, 1]),
    row('a', [4, null, 1]),
    row('b', [4, 3, 2]),
    row('b', [4, 3, 2]),
    row('c', [5, 1, 3]),
    row('a', [1, 1, 1], 2018),
  ],
};
const mapping = mapIndicators(header);

describe('indicator statistics (known answers)', () => {
  it('gives the unit mean, group mean of unit means, best unit and gap, most below first', () => {
    const stats = indicatorStats(table, mapping, 2019, 'districts', 'time-costs', 'districts.a');
    expect(stats.map((s) => s.code)).toEqual(['time-costs.1', 'time-costs.2']);
    const [t1, t2] = stats;
    expect(t1?.unit?.mean).toBe(3);
    expect(t1?.unit?.n).toBe(2);
    // sd of (2, 4) = √2; half-width = z·√2/√2 = z.
    expect(t1?.unit?.low).toBeCloseTo(3 - Z90, 12);
    expect(t1?.unit?.high).toBeCloseTo(3 + Z90, 12);
    expect(t1?.groupMean).toBeCloseTo(4, 12);
    expect(t1?.gap).toBeCloseTo(-1, 12);
    expect(t1?.best).toEqual({ unitId: 'districts.c', unitName: 'C', mean: 5 });
    expect(t1?.unitsAnswered).toBe(3);
    // One answer: a mean without an interval.
    expect(t2?.unit).toEqual({ mean: 5, n: 1, low: null, high: null });
    expect(t2?.groupMean).toBeCloseTo(3, 12);
    expect(t2?.gap).toBeCloseTo(2, 12);
    expect(t2?.best?.unitId).toBe('districts.a');
  });
  it('puts indicators the unit did not answer last and knows no sub-index it has not', () => {
    const t: ResponseTable = {
      indicators: header,
      rows: [row('a', [3, null, 2]), row('b', [1, 4, 2])],
    };
    const stats = indicatorStats(t, mapping, 2019, 'districts', 'time-costs', 'districts.a');
    expect(stats.map((s) => [s.code, s.unit?.mean ?? null, s.gap])).toEqual([
      ['time-costs.1', 3, 1],
      ['time-costs.2', null, null],
    ]);
    expect(indicatorStats(t, mapping, 2019, 'districts', 'land-access', 'districts.a')).toEqual([]);
  });
  it('an interval always contains its mean and lies in the answer range when answers do (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 200 }),
        (xs) => {
          const m = meanWithInterval(xs);
          expect(m).not.toBeNull();
          if (!m || m.low === null || m.high === null) return;
          expect(m.low).toBeLessThanOrEqual(m.mean + 1e-12);
          expect(m.high).toBeGreaterThanOrEqual(m.mean - 1e-12);
          expect(m.mean).toBeGreaterThanOrEqual(1);
          expect(m.mean).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});

describe('bundled indicator labels', () => {
  const labels = parseIndicatorLabels(
    JSON.parse(readFileSync('data/bac-kan-dcci-indicators.json', 'utf8')) as unknown,
  );
  const responsesHeader = readFileSync('data/bac-kan-dcci-responses.csv', 'utf8').split('\n')[1];
  it('label every indicator of the response file, in vi and en, and are marked illustrative', () => {
    expect(labels?.illustrative).toBe(true);
    expect(labels?.note?.vi).toContain('SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA');
    const codes = (responsesHeader ?? '').trim().split(',').slice(4);
    expect(codes).toHaveLength(28);
    expect(Object.keys(labels?.indicators ?? {}).sort()).toEqual([...codes].sort());
    for (const c of codes) {
      expect(labels?.indicators[c]?.vi.length).toBeGreaterThan(3);
      expect(labels?.indicators[c]?.en.length).toBeGreaterThan(3);
    }
  });
  it('refuses malformed label files', () => {
    expect(parseIndicatorLabels(null)).toBeNull();
    expect(parseIndicatorLabels({ illustrative: true, indicators: { a: { vi: 'x' } } })).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotAxis } from '../../../src/charts/data/dots.ts';

describe('dotAxis', () => {
  it('offers the dots when all scores lie within a quarter of the scale', () => {
    // Bắc Kạn's districts, 2019-like: 60.3–66.0.
    const a = dotAxis([60.3, 61.71, 63.2, 66.0, null]);
    expect(a.offered).toBe(true);
    expect(a.domain[0]).toBeGreaterThan(0);
    expect(a.domain[0]).toBeLessThanOrEqual(60.3);
    expect(a.domain[1]).toBeGreaterThanOrEqual(66);
    expect(a.ticks[0]).toBe(a.domain[0]);
    expect(a.ticks[a.ticks.length - 1]).toBe(a.domain[1]);
  });

  it('property: any finite scores (a crafted file) give a bounded axis at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 5 }),
        (values) => {
          expect(dotAxis(values).ticks.length).toBeLessThanOrEqual(16);
        },
      ),
    );
    expect(dotAxis([0, 1e300]).ticks.length).toBeLessThanOrEqual(16);
  });

  it('does not offer them for a wide spread, a single score or none', () => {
    expect(dotAxis([40, 70]).offered).toBe(false);
    expect(dotAxis([50, 75]).offered).toBe(false);
    expect(dotAxis([50, 74.9]).offered).toBe(true);
    expect(dotAxis([61]).offered).toBe(false);
    expect(dotAxis([null, null]).offered).toBe(false);
  });

  it('property: the axis holds every score, stays on the scale and has a few ordered ticks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), {
          maxLength: 70,
        }),
        (values) => {
          const a = dotAxis(values);
          const [lo, hi] = a.domain;
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(100);
          for (const v of values) if (v !== null) expect(v >= lo && v <= hi).toBe(true);
          expect(a.ticks.length).toBeGreaterThanOrEqual(2);
          expect(a.ticks.length).toBeLessThanOrEqual(16);
          for (let i = 1; i < a.ticks.length; i += 1)
            expect(a.ticks[i] as number).toBeGreaterThan(a.ticks[i - 1] as number);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildDistributionData, stackRows } from '../../../src/charts/data/distribution.ts';
import {
  boundedTicks,
  extent,
  legendStops,
  MAX_TICKS,
  niceDomain,
  sequentialScale,
} from '../../../src/charts/scales.ts';
import { DistributionChart } from '../../../src/charts/views/DistributionChart.tsx';
import { makeDataset } from '../../fixtures/builders.ts';

// Any finite double, including ±1e308 and subnormals: what a crafted link or file could carry.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('chart ticks and scales are bounded by constants, never by data values', () => {
  it('gives at most MAX_TICKS ticks inside the domain for any finite domain and step (property)', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        fc.oneof(finite, fc.constant(5), fc.constant(10)),
        (a, b, step) => {
          const domain: [number, number] = [Math.min(a, b), Math.max(a, b)];
          const ticks = boundedTicks(domain, step);
          expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
          for (const v of ticks) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(domain[0]);
            expect(v).toBeLessThanOrEqual(domain[1]);
          }
        },
      ),
    );
  });

  it('keeps the usual steps on ordinary score axes', () => {
    expect(boundedTicks([0, 100], 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(boundedTicks([55, 75], 5)).toEqual([55, 60, 65, 70, 75]);
    // A score of 1e12 next to 0 and 50 (the crafted link of issue 10) widens the step.
    const wide = boundedTicks([0, 1e12], 10);
    expect(wide.length).toBeLessThanOrEqual(MAX_TICKS);
    expect(wide[0]).toBe(0);
  });

  it('returns at once on a subnormal span (a fast-check seed once made the step 0 and the loop endless)', () => {
    expect(boundedTicks([0, 5e-324], Number.NaN).length).toBeLessThanOrEqual(MAX_TICKS);
    expect(boundedTicks([-5e-324, 5e-324], 0).length).toBeLessThanOrEqual(MAX_TICKS);
    expect(boundedTicks([1e-320, 1e-320 + 5e-324], 5e-324).length).toBeLessThanOrEqual(MAX_TICKS);
  });

  it('handles empty, reversed and non-finite domains without throwing', () => {
    expect(boundedTicks([5, 5], 5)).toEqual([5]);
    expect(boundedTicks([10, 0], 5)).toEqual([]);
    expect(boundedTicks([0, Infinity], 5)).toEqual([]);
    expect(boundedTicks([-1e308, 1e308], 5)).toEqual([-1e308, 1e308]);
  });

  it('caps legend stops and finds extents of long arrays without spreading them', () => {
    const scale = sequentialScale([0, 1e12]);
    expect(legendStops(scale, 1e9)).toHaveLength(MAX_TICKS);
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(extent(many)).toEqual([0, 299_999]);
    expect(niceDomain(many, 0.5)).toEqual([0, 299_999]);
    expect(extent([null, NaN])).toBeNull();
  });

  it('stacks dots in a bounded number of rows whatever the totals (property)', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 400 }), finite, (totals, gap) => {
        const rows = stackRows(totals, Math.abs(gap));
        expect(rows).toHaveLength(totals.length);
        for (const r of rows) {
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThan(12);
        }
      }),
    );
  });
});

describe('the Distribution view with extreme scores', () => {
  const render = (totals: readonly number[]) => {
    const ds = makeDataset(totals.map((total, i) => ({ unit: `U${i}`, year: 2021, total })));
    const data = buildDistributionData(ds, 2021, null);
    return renderToStaticMarkup(
      createElement(DistributionChart, {
        data,
        width: 600,
        formatValue: (v) => String(v),
        labels: {
          heading: () => 'h',
          selected: () => null,
          median: () => 'm',
          spread: () => 's',
          empty: 'e',
        },
      }),
    );
  };

  it('draws scores 0, 50 and 1e12 with a bounded axis (threw RangeError: Invalid array length)', () => {
    const svg = render([0, 50, 1e12]);
    expect(svg.match(/<line /g)?.length ?? 0).toBeLessThan(3 + MAX_TICKS + 2);
  });

  it('renders any finite scores without throwing, with bounded ticks and height (property)', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 30 }), (totals) => {
        const svg = render(totals);
        const height = Number(/height="([^"]+)"/.exec(svg)?.[1]);
        expect(height).toBeLessThan(2000);
        expect(svg.match(/<line /g)?.length ?? 0).toBeLessThanOrEqual(2 + MAX_TICKS + 2);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps 5,000 near-equal totals to a bounded strip height', () => {
    const svg = render(Array.from({ length: 5000 }, (_, i) => 60 + (i % 100) / 1000));
    expect(Number(/height="([^"]+)"/.exec(svg)?.[1])).toBeLessThan(400);
  });
});

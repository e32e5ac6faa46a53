import * as d3 from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ours from '../../../src/charts/rechartsInterpolate.ts';

// The build gives d3-scale these number-only interpolators instead of d3-interpolate's
// (vite.config.ts): on numbers, which is all our scales' ranges hold, they must give d3's results.
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const unit = fc.double({ min: -0.5, max: 1.5, noNaN: true });

describe('the interpolators given to d3-scale', () => {
  it('export every name d3-scale imports from d3-interpolate', () => {
    for (const name of ['interpolate', 'interpolateNumber', 'interpolateRound', 'piecewise'])
      expect(typeof (ours as Record<string, unknown>)[name], name).toBe('function');
  });

  it('interpolate numbers exactly as d3 does', () => {
    fc.assert(
      fc.property(finite, finite, unit, (a, b, t) => {
        expect(ours.interpolate(a, b)(t)).toBe(d3.interpolate(a, b)(t));
        expect(ours.interpolateNumber(a, b)(t)).toBe(d3.interpolateNumber(a, b)(t));
        expect(ours.interpolateRound(a, b)(t)).toBe(d3.interpolateRound(a, b)(t));
      }),
    );
  });

  it('interpolate piecewise exactly as d3 does', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 6 }), unit, (values, t) => {
        expect(ours.piecewise(values)(t)).toBe(d3.piecewise(values)(t));
        expect(ours.piecewise(ours.interpolateRound, values)(t)).toBe(
          d3.piecewise(d3.interpolateRound, values)(t),
        );
      }),
    );
  });

  it('make a linear scale map and round like the stock one', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, (d0, d1, r0, r1, x) => {
        fc.pre(d0 !== d1);
        const stock = scaleLinear().domain([d0, d1]).range([r0, r1]);
        const built = scaleLinear<number>()
          .domain([d0, d1])
          .range([r0, r1])
          .interpolate(ours.interpolate);
        expect(built(x)).toBe(stock(x));
        expect(built.invert(r0 === r1 ? r0 : x)).toBe(stock.invert(r0 === r1 ? r0 : x));
        const rounded = scaleLinear().domain([d0, d1]).rangeRound([r0, r1]);
        expect(
          scaleLinear<number>().domain([d0, d1]).range([r0, r1]).interpolate(ours.interpolateRound)(
            x,
          ),
        ).toBe(rounded(x));
      }),
    );
  });
});

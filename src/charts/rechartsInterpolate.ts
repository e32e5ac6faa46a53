/**
 * What the build gives d3-scale for `d3-interpolate` (vite.config.ts `resolve.alias`). d3-scale
 * imports four interpolators; its generic `interpolate` also reads colours, dates, strings and
 * objects, which pulls the whole of d3-color (≈ 4 KiB gzip) into the first chart. Our scales
 * (src/charts/rechartsScales.ts: linear, band, point) only ever map numbers to pixels, so
 * numbers are all this module interpolates; for numbers its results are d3's (a unit test
 * compares them on random input).
 */
type Interpolator = (t: number) => number;

/** d3's `interpolateNumber`: a + (b − a)·t, written as d3 writes it (same rounding). */
export function interpolateNumber(a: number, b: number): Interpolator {
  const a0 = +a;
  const b0 = +b;
  return (t) => a0 * (1 - t) + b0 * t;
}

/** d3's `interpolateRound`. */
export function interpolateRound(a: number, b: number): Interpolator {
  const a0 = +a;
  const b0 = +b;
  return (t) => Math.round(a0 * (1 - t) + b0 * t);
}

/** d3's generic `interpolate`, for the only values our scales' ranges hold: numbers. */
export const interpolate = interpolateNumber;

/** d3's `piecewise([interpolate,] values)` (imported by d3-scale's sequential scales). */
export function piecewise(
  interpolator: ((a: number, b: number) => Interpolator) | readonly number[],
  values?: readonly number[],
): Interpolator {
  const make = typeof interpolator === 'function' ? interpolator : interpolate;
  const vs = typeof interpolator === 'function' ? (values ?? []) : interpolator;
  const n = vs.length - 1;
  const parts: Interpolator[] = [];
  for (let i = 0; i < n; i += 1) parts.push(make(vs[i] as number, vs[i + 1] as number));
  return (t) => {
    const scaled = t * n;
    const i = Math.max(0, Math.min(n - 1, Math.floor(scaled)));
    return (parts[i] as Interpolator)(scaled - i);
  };
}

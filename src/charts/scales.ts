/**
 * Colour scales of the Trends, Sub-indices and Map views (DESIGN.md): a perceptually uniform
 * sequential scale (viridis) for heatmaps and maps, with text colours chosen for contrast; a
 * diverging pair only for change (rise ↔ fall, never red/green); a categorical series palette
 * (Okabe–Ito without the yellow, which has too little contrast on white) with dash patterns so
 * colour is never the only channel. Pure functions, no DOM.
 */
import { theme } from './theme.ts';

/** Viridis sampled at 9 evenly spaced points, low → high (the palette lives in theme.ts). */
export const VIRIDIS = theme.sequential;

/** Series colours for up to 5 chosen units: the theme's categorical palette. */
export const SERIES_COLOURS = theme.categorical;
/** A second channel for series: SVG dash patterns ('' = solid). */
export const SERIES_DASHES = ['', '7 4', '2 3', '9 3 2 3', '4 2'] as const;

/** Change colours: rise blue, fall vermillion, no change neutral grey-blue. */
export const CHANGE_COLOURS = theme.change;
/** Lines of units that are not highlighted. */
export const CONTEXT_COLOUR = theme.context;
/**
 * A coordinate rounded to 0.01 px: no one sees the difference, and the SVG is shorter (the
 * prerendered views in index.html, exports): 12-digit floats were an eighth of index.html gzip.
 */
export const svgCoord = (v: number): number => Math.round(v * 100) / 100;

/** Fill of a map shape or tile without a value (hatched in the views, never the low end of the scale). */
export const MISSING_FILL = theme.missing;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
}

export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length] as string;
}

function parseHex(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.max(0, Math.min(255, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The viridis colour at `t` in [0, 1] (clamped), linearly interpolated between the 9 stops.
 * Non-finite `t` gives the missing fill.
 */
export function sequentialColour(t: number): string {
  if (!Number.isFinite(t)) return MISSING_FILL;
  const x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = parseHex(VIRIDIS[i] as string);
  const b = parseHex(VIRIDIS[i + 1] as string);
  return toHex(a.map((c, k) => c + ((b[k] as number) - c) * f));
}

/** A scale from a value domain to colours; values outside are clamped, a zero-width domain maps to the middle. */
export interface SequentialScale {
  readonly domain: readonly [number, number];
  readonly colour: (value: number | null) => string;
  /** Position of a value in the domain, 0–1; null for a missing value. */
  readonly position: (value: number | null) => number | null;
}

export function sequentialScale(domain: readonly [number, number]): SequentialScale {
  const [lo, hi] = domain;
  const position = (value: number | null) => {
    if (value === null || !Number.isFinite(value)) return null;
    if (hi === lo) return 0.5;
    return Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
  };
  return {
    domain,
    position,
    colour: (value) => {
      const p = position(value);
      return p === null ? MISSING_FILL : sequentialColour(p);
    },
  };
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

/** The text colour (black or white) with the higher contrast on `background`: at least 4.58:1 on any colour. */
export function textColourOn(background: string): string {
  return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT)
    ? DARK_TEXT
    : LIGHT_TEXT;
}

/**
 * `count` evenly spaced legend stops over a domain (2 ≤ count ≤ MAX_TICKS): value and colour, low → high.
 */
export function legendStops(
  scale: SequentialScale,
  count = 5,
): { value: number; colour: string }[] {
  const [lo, hi] = scale.domain;
  const n = Math.min(MAX_TICKS, Math.max(2, Math.floor(count) || 2));
  return Array.from({ length: n }, (_, i) => {
    const value = lo + ((hi - lo) * i) / (n - 1);
    return { value, colour: scale.colour(value) };
  });
}

/** A domain rounded outwards to `step` (e.g. 0.5 points) around the present values; null when there are none. */
export function niceDomain(
  values: readonly (number | null)[],
  step = 0.5,
): [number, number] | null {
  const range = extent(values);
  if (range === null) return null;
  const lo = Math.floor(range[0] / step) * step;
  const hi = Math.ceil(range[1] / step) * step;
  return lo === hi ? [lo - step, hi + step] : [lo, hi];
}

/**
 * Smallest and largest finite value, by a loop (spreading a long array into Math.min/max can
 * overflow the call stack); null when there is none.
 */
export function extent(values: Iterable<number | null>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Most ticks any axis draws, whatever the data. */
export const MAX_TICKS = 12;

/** The smallest "nice" step (1, 2 or 5 × 10^k) at least `raw`; `raw` must be finite and > 0. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return Number.MIN_VALUE;
  const power = 10 ** Math.floor(Math.log10(raw));
  // Below ~1e-323 the power underflows to 0; return the value itself so callers that double
  // the step still make progress (a 0 step made boundedTicks loop forever on a denormal span).
  if (power === 0) return raw;
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/**
 * Ticks at multiples of `step` inside [lo, hi], never more than `maxCount`: a step that would
 * give more is widened to a nice step. The length depends on `maxCount` only, never on the
 * data, so a score of 1e12 cannot make an axis allocate or loop without bound. Non-finite or
 * reversed domains give no ticks; a zero-width one gives its single value.
 */
export function boundedTicks(
  domain: readonly [number, number],
  step: number,
  maxCount = MAX_TICKS,
): number[] {
  const [lo, hi] = domain;
  const cap = Math.max(1, Math.floor(maxCount));
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return [];
  if (hi === lo) return [lo];
  const span = hi - lo;
  if (!Number.isFinite(span)) return [lo, hi];
  let s = Number.isFinite(step) && step > 0 ? step : niceStep(span / cap);
  if (span / s > cap - 1) s = niceStep(span / Math.max(1, cap - 1));
  // Guard against a step lost in floating point next to huge values.
  // Bounded: doubling reaches any finite span within ~2,100 steps.
  for (let guard = 0; guard < 2200 && (lo + s === lo || span / s > cap - 1); guard++) {
    s = niceStep(s * 2);
  }
  const first = Math.ceil(lo / s) * s;
  const count = Math.min(cap, Math.floor((hi - first) / s) + 1);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = first + i * s;
    // Rounding next to tiny or huge values can land a tick just outside the domain.
    if (v >= lo && v <= hi) out.push(v);
  }
  return out;
}

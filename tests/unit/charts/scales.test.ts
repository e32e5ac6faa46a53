import { describe, expect, it } from 'vitest';
import {
  CHANGE_COLOURS,
  contrastRatio,
  legendStops,
  MISSING_FILL,
  niceDomain,
  relativeLuminance,
  sequentialColour,
  sequentialScale,
  SERIES_COLOURS,
  textColourOn,
  VIRIDIS,
} from '../../../src/charts/scales.ts';

describe('sequential scale (viridis)', () => {
  it('maps the ends of the domain to the ends of viridis and clamps outside values', () => {
    const s = sequentialScale([4, 8]);
    expect(s.colour(4)).toBe(VIRIDIS[0]);
    expect(s.colour(8)).toBe(VIRIDIS[VIRIDIS.length - 1]);
    expect(s.colour(2)).toBe(VIRIDIS[0]);
    expect(s.colour(12)).toBe(VIRIDIS[VIRIDIS.length - 1]);
  });

  it('gives ordered colours: higher values are lighter (luminance increases monotonically)', () => {
    const s = sequentialScale([0, 10]);
    const lum = Array.from({ length: 41 }, (_, i) => relativeLuminance(s.colour(i / 4)));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeGreaterThan(lum[i - 1] as number);
  });

  it('maps a missing value to the missing fill, never to the low end', () => {
    const s = sequentialScale([0, 10]);
    expect(s.colour(null)).toBe(MISSING_FILL);
    expect(s.position(null)).toBeNull();
    expect(sequentialColour(Number.NaN)).toBe(MISSING_FILL);
    expect(MISSING_FILL).not.toBe(VIRIDIS[0]);
  });

  it('puts every value of a zero-width domain in the middle', () => {
    expect(sequentialScale([5, 5]).position(5)).toBe(0.5);
  });

  it('builds legend stops low to high', () => {
    const stops = legendStops(sequentialScale([50, 70]), 5);
    expect(stops.map((s) => s.value)).toEqual([50, 55, 60, 65, 70]);
    expect(stops[0]?.colour).toBe(VIRIDIS[0]);
  });

  it('rounds domains outwards and widens a single value', () => {
    expect(niceDomain([4.42, 8.45, null], 0.5)).toEqual([4, 8.5]);
    expect(niceDomain([6, 6], 0.5)).toEqual([5.5, 6.5]);
    expect(niceDomain([null], 0.5)).toBeNull();
  });
});

describe('printed text on coloured cells', () => {
  it('has a contrast of at least 4.5:1 on every colour of the scale', () => {
    for (let i = 0; i <= 100; i++) {
      const bg = sequentialColour(i / 100);
      expect(contrastRatio(bg, textColourOn(bg)), bg).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(MISSING_FILL, textColourOn(MISSING_FILL))).toBeGreaterThanOrEqual(4.5);
  });

  it('uses white on dark purple and black on yellow', () => {
    expect(textColourOn(VIRIDIS[0])).toBe('#ffffff');
    expect(textColourOn(VIRIDIS[8])).toBe('#000000');
  });

  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('categorical and change colours', () => {
  it('keep lines visible on white (3:1 for graphics) and never use red/green as the change pair', () => {
    for (const c of SERIES_COLOURS)
      expect(contrastRatio(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CHANGE_COLOURS.rise, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CHANGE_COLOURS.fall, '#ffffff')).toBeGreaterThanOrEqual(3);
    const rgb = (hex: string) =>
      [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    const [rr, rg, rb] = rgb(CHANGE_COLOURS.rise);
    const [fr, fg, fb] = rgb(CHANGE_COLOURS.fall);
    expect(rb).toBeGreaterThan(Math.max(rr, rg)); // rise is blue
    expect(fr).toBeGreaterThan(fg); // fall is orange, not green
    expect(fg).toBeGreaterThan(fb);
  });
});

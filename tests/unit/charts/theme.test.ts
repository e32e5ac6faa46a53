import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/charts/scales.ts';
import { theme } from '../../../src/charts/theme.ts';

const WHITE = '#ffffff';

/**
 * Every colour that draws a series or a highlight: the categorical palette (Compare, Trends),
 * the selected bar, the average line and the change pair. Not the sequential and tier fills
 * (their values are printed on them), nor the neutral bar and context greys (backgrounds for
 * the highlighted series).
 */
const SERIES: Record<string, string> = {
  ...Object.fromEntries(theme.categorical.map((c, i) => [`categorical[${i}]`, c])),
  barSelected: theme.barSelected,
  average: theme.average,
  'change.rise': theme.change.rise,
  'change.fall': theme.change.fall,
};

// Machado, Oliveira & Fernandes (2009), severity 1, applied to linear RGB.
const CVD: Record<string, readonly (readonly [number, number, number])[] | null> = {
  'normal vision': null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];

/** CIE L*a*b* (D65) of a linear RGB colour, clamped to the gamut. */
function lab(rgb: readonly number[]): [number, number, number] {
  const [r, g, b] = rgb.map((c) => Math.min(1, Math.max(0, c))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(hex: string, matrix: (typeof CVD)[string]): [number, number, number] {
  const c = linear(hex);
  if (!matrix) return lab(c);
  return lab(matrix.map((row) => row[0] * c[0] + row[1] * c[1] + row[2] * c[2]));
}

describe('the chart palette (theme.ts)', () => {
  it.each(Object.entries(SERIES))(
    'draws %s (%s) with at least 3:1 contrast on white',
    (_name, colour) => {
      expect(contrastRatio(colour, WHITE)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(Object.entries(CVD))(
    'keeps the categorical colours apart under %s (ΔE*ab ≥ 15 for every pair)',
    (_vision, matrix) => {
      const colours = theme.categorical;
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const [a, b] = [
            seenAs(colours[i] as string, matrix),
            seenAs(colours[j] as string, matrix),
          ];
          const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
          expect(distance, `${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(15);
        }
      }
    },
  );

  it('has a colour for each of the five units Compare and Trends can show', () => {
    expect(new Set(theme.categorical.map((c) => c.toLowerCase())).size).toBeGreaterThanOrEqual(5);
  });
});

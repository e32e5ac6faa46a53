import { describe, expect, it } from 'vitest';
import {
  chartHeights,
  EXTRA_WIDTHS,
  heightSteps,
  MIN_BOX,
  planWidths,
  splitSvgs,
  WIDE_WIDTH,
  type HeightStep,
} from '../../../src/build/variants.ts';

/** A view's chart heights as a step function of the width: `[start, key]` pairs. */
const stepsOf = (pairs: readonly (readonly [number, string])[]) => async (w: number) =>
  [...pairs].reverse().find(([start]) => w >= start)?.[1] ?? 'none';

describe('heightSteps (where a view’s chart heights change, to the pixel)', () => {
  it('finds every change of a step function, also two between samples', async () => {
    const pairs = [
      [296, '604'],
      [359, '484'],
      [379, '364'],
      [380, '360'],
      [700, '300'],
    ] as const;
    const calls: number[] = [];
    const keyAt = stepsOf(pairs);
    const steps = await heightSteps(
      async (w) => {
        calls.push(w);
        return keyAt(w);
      },
      296,
      861,
    );
    expect(steps).toEqual(pairs.map(([start, key]) => ({ start, key })));
    // Sampled every 8 px plus a bisection per change: far fewer renders than widths.
    expect(calls.length).toBeLessThan(120);
  });

  it('gives one class for a view whose heights never change', async () => {
    expect(await heightSteps(async () => '46', 296, 861)).toEqual([{ start: 296, key: '46' }]);
  });
});

describe('planWidths (the widths a view is drawn at besides the wide one)', () => {
  const ranking: HeightStep[] = [
    { start: 296, key: '604' },
    { start: 359, key: '484' },
    { start: 379, key: '364' },
  ];
  const scorecard: HeightStep[] = [
    { start: 296, key: '760 338' },
    { start: 327, key: '760 318' },
    { start: 362, key: '760 308' },
    { start: 560, key: '570 308' },
  ];
  const classAt = (steps: readonly HeightStep[], w: number) =>
    [...steps].reverse().find((s) => w >= s.start)?.key;

  it("gives every chart box a drawing not wider than it and in its height class (the app's height)", () => {
    for (const steps of [ranking, scorecard, [{ start: 296, key: '46' }]]) {
      const widths = [...planWidths(steps), WIDE_WIDTH];
      for (let box = MIN_BOX; box <= 1400; box++) {
        // What the boot script shows: the widest drawing not wider than the box.
        const shown = Math.max(...widths.filter((w) => w <= box));
        expect(shown, `box ${box}`).toBeLessThanOrEqual(box);
        if (box < WIDE_WIDTH) expect(classAt(steps, shown), `box ${box}`).toBe(classAt(steps, box));
      }
    }
  });

  it('draws each class at its narrowest width, and the extra widths, once each, in order', () => {
    expect(planWidths(ranking)).toEqual([296, 359, 379, ...EXTRA_WIDTHS]);
    expect(planWidths(scorecard)).toEqual([296, 327, 362, 552, 560, 720, 805]);
    // A class starting below the narrowest box is drawn at that box.
    expect(planWidths([{ start: 200, key: 'a' }])).toEqual([MIN_BOX, ...EXTRA_WIDTHS]);
  });
});

describe('chartHeights and splitSvgs (what differs between two widths of a view)', () => {
  const view = (w: number, h: number) =>
    `<header><svg class="logo" width="28" height="28"></svg></header><main id="m"><p>a</p>` +
    `<svg width="${w}" height="${h}"><svg width="10" height="5"></svg><text>x</text></svg>` +
    `<svg width="${w}" height="46"></svg></main><footer></footer>`;

  it("reads the heights of <main>'s SVGs, nested ones included", () => {
    expect(chartHeights(view(366, 484))).toBe('484 5 46');
  });

  it('splits out the outermost SVGs, leaving the same rest for two widths', () => {
    const a = splitSvgs(view(862, 364));
    const b = splitSvgs(view(296, 604));
    expect(a.rest).toBe(b.rest);
    expect(b.svgs).toEqual([
      '<svg class="logo" width="28" height="28"></svg>',
      '<svg width="296" height="604"><svg width="10" height="5"></svg><text>x</text></svg>',
      '<svg width="296" height="46"></svg>',
    ]);
    expect(b.rest).toBe(
      '<header><svg/></header><main id="m"><p>a</p><svg/><svg/></main><footer></footer>',
    );
    expect(() => splitSvgs('<svg><g>')).toThrow(/not closed/);
  });
});

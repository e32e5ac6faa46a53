import { describe, expect, it } from 'vitest';
import {
  chartHeights,
  heightSteps,
  MAX_NARROWER_BOX,
  MEDIUM,
  PHONE,
  planVariants,
  splitSvgs,
  WIDE_WIDTH,
  type HeightStep,
} from '../../../src/build/variants.ts';

/** A view's chart heights as a step function of the width: `[start, key]` pairs. */
const stepsOf = (pairs: readonly (readonly [number, string])[]) => async (w: number) =>
  [...pairs].reverse().find(([start]) => w >= start)?.[1] ?? 'none';

/**
 * Whether `query` (the forms variants.ts writes: conditions joined by `and`, alternatives by `, `)
 * matches a viewport `width` px wide.
 */
function matches(query: string, width: number): boolean {
  return query.split(', ').some((one) =>
    one.split(' and ').every((part) => {
      const m = /^\((min|max)-width: ([\d.]+)px\)$/.exec(part);
      if (m === null) throw new Error(`unexpected media query ${query}`);
      return m[1] === 'min' ? width >= Number(m[2]) : width <= Number(m[2]);
    }),
  );
}

/** The chart's box width at a viewport (the page's CSS, see variants.ts). */
const box = (vw: number) => (vw <= 600 ? vw - PHONE.margin : vw <= 900 ? vw - 48 : null);

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

describe('planVariants (which widths a view is drawn at, for which screens)', () => {
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

  it('covers every screen up to 1365 px with one variant, and none wider (the wide view)', () => {
    for (const steps of [ranking, scorecard, [{ start: 296, key: '46' }]]) {
      const variants = planVariants(steps);
      for (let vw = 200; vw <= 1500; vw += 0.5) {
        const n = variants.filter((v) => matches(v.media, vw)).length;
        expect(n, `${vw} px`).toBe(vw <= 1365.98 ? 1 : 0);
      }
    }
  });

  it("draws each phone's charts at the narrowest width of its height class: never scaled down, as tall as the app's", () => {
    for (const steps of [ranking, scorecard]) {
      const variants = planVariants(steps);
      const classAt = (w: number) => [...steps].reverse().find((s) => w >= s.start)?.key;
      for (let vw = 320; vw <= 600; vw++) {
        const v = variants.find((x) => matches(x.media, vw));
        const b = box(vw);
        if (v === undefined || b === null) throw new Error(`no variant at ${vw} px`);
        expect(v.width, `${vw} px`).toBeLessThanOrEqual(b);
        expect(classAt(v.width), `${vw} px`).toBe(classAt(b));
      }
    }
    expect(planVariants(ranking).map((v) => v.width)).toEqual([296, 359, 379, 552, 805]);
    // Wider screens: the class of the range's widest box, from its start (a box of 552–559 px
    // then scales the scorecard down by at most 1.4 %).
    expect(planVariants(scorecard).map((v) => v.width)).toEqual([296, 327, 362, 560, 805]);
    // The 584–600 px phones and the 601–1279 px screens share the 560 px drawing.
    expect(planVariants(scorecard)[3]?.media).toBe(
      `(min-width: 584px) and (max-width: 600.98px), ${MEDIUM[0]?.media ?? ''}`,
    );
  });

  it('has ranges that meet the wide view and its constants (box widths from the page CSS)', () => {
    expect(MEDIUM.at(-1)?.maxBox).toBe(MAX_NARROWER_BOX);
    expect(WIDE_WIDTH).toBe(MAX_NARROWER_BOX + 1);
    expect(PHONE.maxBox + PHONE.margin).toBe(600);
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

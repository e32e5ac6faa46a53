/**
 * Which widths each prerendered view is drawn at (src/build/prerender.ts). A chart drawn at one
 * width and shown at another is scaled (its SVG has a viewBox), so its height is wrong until the
 * app has measured its box and drawn it again — and the page below it moves. So each view is drawn
 * once per range of chart widths in which its charts keep their heights (a label that wraps at one
 * width and not at the next changes a ranking's height by a line a row), at the range's narrowest
 * width: shown at any width of its range it is never scaled down, its height is the app's, and
 * the app's redraw only widens it. Pure (no Vite, no DOM): tested in tests/unit/build/variants.test.ts.
 */

/** The narrowest chart box the variants are drawn for (a 320 px phone: its margins off). */
export const MIN_BOX = 296;

/**
 * Widths drawn besides each height class's narrowest, so that a wide screen's chart widens by
 * little when the app has measured it: the chart boxes at 901 (the two-column layout's
 * narrowest), 768 and 1280 px (at 1280 px the chart would otherwise widen by half).
 */
export const EXTRA_WIDTHS: readonly number[] = [552, 720, 805];

/**
 * The chart's box on a 1366 × 768 screen, the most common in offices: the wide view (in #root, or
 * a link's template) is drawn at this width, for that box and wider (wider screens widen it when
 * the app has measured).
 */
export const WIDE_WIDTH = 862;

/** Where the view's chart heights change: from `start` on, up to the next step, they are `key`. */
export interface HeightStep {
  readonly start: number;
  readonly key: string;
}

/**
 * The steps of `keyAt` (the view's chart heights at a width) over [from, to]: sampled every `step`
 * px, each change then located to the pixel by bisection. A class narrower than `step` that starts
 * and ends between two samples is not seen (at most `step` px of widths then scale slightly).
 */
export async function heightSteps(
  keyAt: (width: number) => Promise<string>,
  from: number,
  to: number,
  step = 8,
): Promise<HeightStep[]> {
  const steps: HeightStep[] = [{ start: from, key: await keyAt(from) }];
  let a = from;
  let keyA = steps[0]?.key ?? '';
  while (a < to) {
    const b = Math.min(to, a + step);
    const keyB = await keyAt(b);
    if (keyB !== keyA) {
      // The first width after `a` whose key differs from `a`'s: bisect (lo keeps keyA, hi not).
      let lo = a;
      let hi = b;
      let keyHi = keyB;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        const keyMid = await keyAt(mid);
        if (keyMid === keyA) lo = mid;
        else {
          hi = mid;
          keyHi = keyMid;
        }
      }
      steps.push({ start: hi, key: keyHi });
      // Resume from the change: a second change before `b` is found by the next samples.
      a = hi;
      keyA = keyHi;
      continue;
    }
    a = b;
  }
  return steps;
}

/**
 * The widths a view whose chart heights change at `steps` (found over MIN_BOX to WIDE_WIDTH − 1)
 * is drawn at besides WIDE_WIDTH: each height class's narrowest, and EXTRA_WIDTHS. The boot
 * script shows, for the chart box it measures, the widest drawing not wider than the box: it is
 * never scaled down, is in the box's height class (a class starts at a drawn width), and only
 * widens when the app has measured. Ascending, each once.
 */
export function planWidths(steps: readonly HeightStep[]): number[] {
  const starts = steps.map((s) => Math.max(MIN_BOX, s.start));
  return [...new Set([...starts, ...EXTRA_WIDTHS])]
    .filter((w) => w < WIDE_WIDTH)
    .sort((a, b) => a - b);
}

/** A view's markup around and in its one `<main>` element (the view's tabs, screen and table). */
export function splitMain(html: string): { before: string; main: string; after: string } {
  const start = html.indexOf('<main ');
  const end = html.indexOf('</main>');
  if (start < 0 || end < start || html.indexOf('<main ', start + 1) >= 0)
    throw new Error('prerender: the view has no single <main> element');
  const stop = end + '</main>'.length;
  return { before: html.slice(0, start), main: html.slice(start, stop), after: html.slice(stop) };
}

/** The heights of the SVGs in a view's `<main>`, in order: what a variant must keep. */
export function chartHeights(html: string): string {
  const { main } = splitMain(html);
  return [...main.matchAll(/<svg\b[^>]*?\sheight="([^"]*)"/g)].map((m) => m[1]).join(' ');
}

/**
 * The outermost `<svg>…</svg>` elements of `html` (React's server output, in document order) and
 * the markup with each replaced by `<svg/>`: two renders of a view whose `rest` is the same differ
 * only in their charts, so a variant can ship its SVGs alone.
 */
export function splitSvgs(html: string): { rest: string; svgs: string[] } {
  const svgs: string[] = [];
  let rest = '';
  let at = 0;
  for (let open = html.indexOf('<svg', at); open >= 0; open = html.indexOf('<svg', at)) {
    let depth = 0;
    let k = open;
    for (;;) {
      const inner = html.indexOf('<svg', k);
      const close = html.indexOf('</svg>', k);
      if (close < 0) throw new Error('prerender: an <svg> is not closed');
      if (inner >= 0 && inner < close) {
        depth++;
        k = inner + 4;
      } else {
        depth--;
        k = close + '</svg>'.length;
        if (depth === 0) break;
      }
    }
    rest += `${html.slice(at, open)}<svg/>`;
    svgs.push(html.slice(open, k));
    at = k;
  }
  return { rest: rest + html.slice(at), svgs };
}

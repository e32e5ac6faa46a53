/**
 * Which widths each prerendered view is drawn at (src/build/prerender.ts). A chart drawn at one
 * width and shown at another is scaled (its SVG has a viewBox), so its height is wrong until the
 * app has measured its box and drawn it again — and the page below it moves. So each view is drawn
 * once per range of chart widths in which its charts keep their heights (a label that wraps at one
 * width and not at the next changes a ranking's height by a line a row), at the range's narrowest
 * width: shown at any width of its range it is never scaled down, its height is the app's, and
 * the app's redraw only widens it. Pure (no Vite, no DOM): tested in tests/unit/build/variants.test.ts.
 */

/**
 * The chart's box width on a phone is the viewport's less the page's 12 px margins (styles.css,
 * one column up to 600 px): 296 px on a 320 px phone, 576 px at 600 px.
 */
export const PHONE = { minBox: 296, maxBox: 576, margin: 24 } as const;

/**
 * From 601 to 1365 px the box is 552–861 px wide (one column with wider margins up to 900 px,
 * then beside the conference summary, 552 px at 901): a variant for 601–1279 px and one for
 * 1280–1365 px (a 1280 px laptop's box is 805 px: drawn at 552 it would widen by half).
 */
export const MEDIUM: readonly {
  readonly minBox: number;
  readonly maxBox: number;
  readonly media: string;
}[] = [
  { minBox: 552, maxBox: 852, media: '(min-width: 601px) and (max-width: 1279.98px)' },
  { minBox: 805, maxBox: 861, media: '(min-width: 1280px) and (max-width: 1365.98px)' },
];

/** The widest box of the screens narrower than WIDE_WIDTH's (the height classes are found up to it). */
export const MAX_NARROWER_BOX = 861;

/**
 * The chart's box on a 1366 × 768 screen, the most common in offices: the wide view (in #root, or
 * a link's template without a media query) is drawn at this width, for 1366 px and wider (wider
 * screens widen it when the app has measured).
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

/** A variant to draw: its charts' width and the viewports it is for. */
export interface Variant {
  readonly width: number;
  readonly media: string;
}

/**
 * The variants of a view whose chart heights change at `steps` (over PHONE.minBox to
 * MAX_NARROWER_BOX): one per height class that phones' widths reach, drawn at its narrowest width
 * (the first also below 320 px, scaled down there), and one for each MEDIUM range, drawn at the
 * narrowest width of the class its widest box is in (not below its narrowest box: a box narrower
 * than that width, if any, scales it down a little).
 */
export function planVariants(steps: readonly HeightStep[]): Variant[] {
  const phone: Variant[] = [];
  steps.forEach((s, i) => {
    const start = Math.max(s.start, PHONE.minBox);
    const end = Math.min((steps[i + 1]?.start ?? Infinity) - 1, PHONE.maxBox);
    if (start > end) return;
    const min = phone.length === 0 ? '' : `(min-width: ${start + PHONE.margin}px) and `;
    phone.push({ width: start, media: `${min}(max-width: ${end + PHONE.margin}.98px)` });
  });
  const medium = MEDIUM.map((range) => {
    const widest = [...steps].reverse().find((s) => s.start <= range.maxBox);
    return { width: Math.max(range.minBox, widest?.start ?? 0), media: range.media };
  });
  // Neighbours drawn at the same width are one variant for both ranges (a media query list).
  return [...phone, ...medium].reduce<Variant[]>((out, v) => {
    const last = out.at(-1);
    if (last?.width === v.width)
      out[out.length - 1] = { ...last, media: `${last.media}, ${v.media}` };
    else out.push(v);
    return out;
  }, []);
}

/** The heights of the SVGs in a view's `<main>`, in order: what a variant must keep. */
export function chartHeights(html: string): string {
  const start = html.indexOf('<main ');
  const main = html.slice(start, html.indexOf('</main>', start));
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

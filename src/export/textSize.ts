/**
 * Effective text sizes of a composed export SVG (issue 13: every text at least 14 px at the
 * image's own scale). A text's size is its font-size — set on it or inherited — times the scale
 * of every ancestor: `scale(…)`/`matrix(…)` transforms and nested `<svg>` viewBoxes.
 */

/** The smallest text an exported social image may carry, in the image's own pixels. */
export const MIN_EXPORT_TEXT_PX = 14;

const DEFAULT_FONT_SIZE = 16;

function ownFontSize(el: Element): number | null {
  const style = /font-size:\s*([\d.]+)px/.exec(el.getAttribute('style') ?? '');
  const raw = style?.[1] ?? el.getAttribute('font-size');
  if (raw === null || raw === undefined) return null;
  const n = parseFloat(raw);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** The uniform scale a transform attribute applies (the geometric mean of the axes' scales). */
export function transformScale(transform: string | null): number {
  if (!transform) return 1;
  let s = 1;
  for (const m of transform.matchAll(/(scale|matrix)\(([^)]*)\)/g)) {
    const n = (m[2] ?? '')
      .split(/[\s,]+/)
      .filter((x) => x !== '')
      .map(Number);
    if (m[1] === 'scale') s *= Math.sqrt(Math.abs((n[0] ?? 1) * (n[1] ?? n[0] ?? 1)));
    else {
      const [a = 1, b = 0, c = 0, d = 1] = n;
      s *= Math.sqrt(Math.abs(a * d - b * c));
    }
  }
  return s;
}

function viewBoxScale(svg: Element): number {
  const vb = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  if (vb.length !== 4 || !(vb[2]! > 0) || !(vb[3]! > 0) || !(w > 0) || !(h > 0)) return 1;
  return Math.min(w / vb[2]!, h / vb[3]!);
}

export interface TextSize {
  readonly text: string;
  /** Size in the root's own pixels. */
  readonly size: number;
}

/** Every non-empty `<text>` under `root` with its effective size in `root`'s pixels. */
export function effectiveTextSizes(root: Element): TextSize[] {
  const out: TextSize[] = [];
  const walk = (el: Element, fontSize: number, scale: number, isRoot: boolean) => {
    const size = ownFontSize(el) ?? fontSize;
    let s = scale * transformScale(el.getAttribute('transform'));
    if (!isRoot && el.localName === 'svg') s *= viewBoxScale(el);
    if (el.localName === 'text') {
      const text = (el.textContent ?? '').trim();
      if (text !== '') {
        // A tspan may set its own size; the text's smallest run counts.
        const runs = [...el.getElementsByTagName('tspan')]
          .map(ownFontSize)
          .filter((x): x is number => x !== null);
        out.push({ text, size: Math.min(size, ...runs) * s });
      }
      return;
    }
    for (const child of el.children) walk(child, size, s, false);
  };
  walk(root, DEFAULT_FONT_SIZE, 1, true);
  return out;
}

/** The smallest effective text size under `root` (Infinity when there is no text). */
export function smallestTextSize(root: Element): number {
  return effectiveTextSizes(root).reduce((m, t) => Math.min(m, t.size), Infinity);
}

import { sanitiseSvg, SVG_NS, xmlSafeText } from './sanitiseSvg.ts';

/**
 * The exported image of a chart frame (DESIGN.md: "exports reproduce the frame"): title,
 * subtitle, the chart, then source, notes, export date and — for illustrative data — the
 * watermark, drawn as SVG text (never an image, so it stays text and cannot be cropped away:
 * it appears in the footer and once more across the chart). Built with DOM calls, never from
 * string templates (RELIABILITY.md S3), then sanitised.
 */

export interface FrameText {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly notes: readonly string[];
  /**
   * The notes of a fixed-size image whose full notes leave the chart less than half the image
   * ("xem ghi chú đầy đủ tại …" / "full notes at …", and the journalist's own note). The source
   * line and the watermark are never shortened.
   */
  readonly shortNotes?: readonly string[];
  /** "Xuất ngày 27/11/2026" / "Exported 27 Nov 2026". */
  readonly exported: string;
  /** Watermark for illustrative data, null for real data. Locked: callers cannot edit it. */
  readonly watermark: string | null;
}

export interface ExportLayout {
  /** Width of the image in CSS pixels. */
  readonly width: number;
  /** Fixed height (social sizes) or null for the natural height of the content. */
  readonly height: number | null;
}

/** Width of `text` in pixels at `size` px; injected so tests run without a canvas. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

/** A rough width for Noto Sans when no canvas is available: good enough to wrap lines. */
export const approximateMeasure: MeasureText = (text, size, bold) =>
  text.length * size * (bold ? 0.6 : 0.55);

/** Greedy word wrap of `text` to `maxWidth`; a word longer than a line is kept whole. */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: MeasureText,
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Padding of the export frame at image width `w` (the chart is rendered at `w − 2·padding`). */
export function framePadding(w: number): number {
  return w >= 900 ? 36 : 20;
}

/** The embedded face first (export/fonts.ts), then the installed Noto Sans, then fallbacks. */
export const EXPORT_FONT_FAMILY = '"DCCI Noto Sans", "Noto Sans", Arial, sans-serif';

const COLOURS = {
  text: '#1b1f24',
  muted: '#4a5560',
  rule: '#d5dbe1',
  warning: '#8a4b00',
  background: '#ffffff',
} as const;

export interface ChartPiece {
  /** The chart's rendered SVG (a clone; it is moved into the export). */
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
}

interface TextBlock {
  readonly lines: readonly string[];
  readonly size: number;
  readonly lineHeight: number;
  readonly bold: boolean;
  readonly fill: string;
  readonly gapAfter: number;
}

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Readonly<Record<string, string | number>> = {},
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function blockHeight(b: TextBlock): number {
  return b.lines.length === 0 ? 0 : b.lines.length * b.lineHeight + b.gapAfter;
}

function drawBlock(doc: Document, parent: Element, b: TextBlock, x: number, top: number): number {
  b.lines.forEach((line, i) => {
    const t = el(doc, 'text', {
      x,
      y: top + i * b.lineHeight + b.size,
      'font-size': b.size,
      'font-weight': b.bold ? 700 : 400,
      fill: b.fill,
    });
    t.textContent = xmlSafeText(line);
    parent.append(t);
  });
  return top + blockHeight(b);
}

interface FrameBlocks {
  readonly W: number;
  readonly pad: number;
  readonly inner: number;
  readonly header: readonly TextBlock[];
  readonly footer: readonly TextBlock[];
  readonly headerH: number;
  readonly footerH: number;
}

/** Least share of a fixed-size image's height left to the chart before the notes are shortened. */
export const MIN_CHART_SHARE = 0.5;

function frameBlocks(text: FrameText, layout: ExportLayout, measure: MeasureText): FrameBlocks {
  const full = frameBlocksWith(text, text.notes, layout, measure);
  if (layout.height === null || !text.shortNotes) return full;
  const chartH = layout.height - 2 * full.pad - full.headerH - full.footerH - 8;
  return chartH >= layout.height * MIN_CHART_SHARE
    ? full
    : frameBlocksWith(text, text.shortNotes, layout, measure);
}

function frameBlocksWith(
  text: FrameText,
  notes: readonly string[],
  layout: ExportLayout,
  measure: MeasureText,
): FrameBlocks {
  const W = Math.max(240, Math.round(layout.width));
  const pad = framePadding(W);
  const inner = W - 2 * pad;
  const scaleText = W >= 1000 ? 1.25 : 1;
  const block = (
    s: string | readonly string[],
    size: number,
    bold: boolean,
    fill: string,
    gapAfter: number,
  ): TextBlock => {
    const sz = Math.round(size * scaleText);
    const lines = (typeof s === 'string' ? [s] : s).flatMap((p) =>
      wrapText(p, inner, sz, bold, measure),
    );
    return { lines, size: sz, lineHeight: Math.round(sz * 1.3), bold, fill, gapAfter };
  };
  const header = [
    block(text.title, 20, true, COLOURS.text, 4),
    block(text.subtitle, 14, false, COLOURS.muted, 12),
  ];
  const footer = [
    block(text.source, 12, false, COLOURS.muted, 2),
    block(notes, 12, false, COLOURS.muted, 2),
    block(text.exported, 12, false, COLOURS.muted, 4),
    ...(text.watermark ? [block(text.watermark, 14, true, COLOURS.warning, 0)] : []),
  ];
  const headerH = header.reduce((sum, b) => sum + blockHeight(b), 0);
  const footerH = footer.reduce((sum, b) => sum + blockHeight(b), 0) + 10;
  return { W, pad, inner, header, footer, headerH, footerH };
}

/**
 * The box the chart gets inside the frame: the inner width, and for a fixed-height layout the
 * height left between header and footer (null for the natural height). The pipeline renders
 * the chart so that, scaled uniformly, it fills this box (see `chartRenderWidth`).
 */
export function chartBox(
  text: FrameText,
  layout: ExportLayout,
  measure: MeasureText = approximateMeasure,
): { readonly width: number; readonly height: number | null } {
  const f = frameBlocks(text, layout, measure);
  return {
    width: f.inner,
    height:
      layout.height === null
        ? null
        : Math.max(40, layout.height - 2 * f.pad - f.headerH - f.footerH - 8),
  };
}

/** Largest and smallest uniform scale of a chart in an export (text stays readable). */
export const MAX_CHART_SCALE = 2;

/**
 * The width to render a chart at so that, scaled uniformly to fill `box`, it is exactly the box's
 * width: a short chart in a tall social image is rendered narrower and scaled up (≤ 2×), a tall
 * one rendered wider and scaled down. `naturalHeight` is the chart's height at the box width.
 * `minScale` (from the chart's smallest text: see `export/textSize.ts`) keeps every text legible
 * in a fixed-size image: the chart is then rendered at most `box.width / minScale` wide and must
 * fit `box.height / minScale` (a long ranking shows fewer rows).
 */
export function chartRenderWidth(
  box: { readonly width: number; readonly height: number | null },
  naturalHeight: number,
  minScale = 0,
): number {
  if (box.height === null || naturalHeight <= 0) return box.width;
  const scale = Math.max(minScale, Math.min(MAX_CHART_SCALE, box.height / naturalHeight));
  // At the legibility limit rounded down, so the chart is scaled by at least `minScale`.
  return scale === minScale ? Math.floor(box.width / scale) : Math.round(box.width / scale);
}

/** The charts one under the other, each scaled by `scale` from (left, top), `gap` apart. */
function placeCharts(
  doc: Document,
  root: SVGSVGElement,
  charts: readonly ChartPiece[],
  at: { readonly left: number; readonly top: number; readonly scale: number; readonly gap: number },
): void {
  let cy = at.top;
  for (const c of charts) {
    const g = el(doc, 'g', {
      transform: `translate(${round(at.left)} ${round(cy)}) scale(${round(at.scale, 4)})`,
    });
    c.svg.setAttribute('x', '0');
    c.svg.setAttribute('y', '0');
    c.svg.setAttribute('width', String(c.width));
    c.svg.setAttribute('height', String(c.height));
    if (!c.svg.hasAttribute('viewBox')) c.svg.setAttribute('viewBox', `0 0 ${c.width} ${c.height}`);
    c.svg.setAttribute('overflow', 'visible');
    g.append(c.svg);
    root.append(g);
    cy += (c.height + at.gap) * at.scale;
  }
}

/** The watermark across the chart, faint, so a cropped image still says it; centred at (x, y). */
function drawWatermark(
  doc: Document,
  root: SVGSVGElement,
  watermark: string,
  at: { readonly x: number; readonly y: number; readonly inner: number },
): void {
  const size = Math.max(14, Math.min(40, Math.round(at.inner / (watermark.length * 0.62))));
  const w = el(doc, 'text', {
    x: round(at.x),
    y: round(at.y),
    'text-anchor': 'middle',
    'dominant-baseline': 'middle',
    'font-size': size,
    'font-weight': 700,
    fill: COLOURS.warning,
    'fill-opacity': 0.14,
    transform: `rotate(-12 ${round(at.x)} ${round(at.y)})`,
  });
  w.textContent = watermark;
  root.append(w);
}

/**
 * Composes the export SVG from the chart's rendered SVG elements (already cloned, with computed
 * styles inlined; see `cloneRenderedSvg`) and the frame's text. The charts are placed one under
 * the other and scaled uniformly (never stretched) to fit the width and, for a fixed-height
 * layout, the height left between the header and the footer. Returns a sanitised `<svg>`;
 * `fontCss` (an @font-face block with data: URLs) is added after sanitising.
 */
export function composeExportSvg(
  doc: Document,
  charts: readonly ChartPiece[],
  text: FrameText,
  layout: ExportLayout,
  options: { readonly fontCss?: string | null; readonly measure?: MeasureText } = {},
): SVGSVGElement {
  const measure = options.measure ?? approximateMeasure;
  const { W, pad, inner, header, footer, headerH, footerH } = frameBlocks(text, layout, measure);
  const chartGap = 8;
  const naturalChartH =
    charts.reduce((s, c) => s + c.height, 0) + Math.max(0, charts.length - 1) * chartGap;
  const maxChartW = Math.max(1, ...charts.map((c) => c.width));
  const availH =
    layout.height === null
      ? Infinity
      : Math.max(40, layout.height - 2 * pad - headerH - footerH - 8);
  const scale = Math.min(inner / maxChartW, availH / Math.max(1, naturalChartH), MAX_CHART_SCALE);
  const chartH = naturalChartH * scale;
  const H =
    layout.height === null
      ? Math.ceil(2 * pad + headerH + chartH + 8 + footerH)
      : Math.round(layout.height);

  const root = el(doc, 'svg', {
    width: W,
    height: H,
    viewBox: `0 0 ${W} ${H}`,
    'font-family': EXPORT_FONT_FAMILY,
  });
  const titleEl = el(doc, 'title');
  titleEl.textContent = xmlSafeText(text.title);
  root.append(titleEl);
  root.append(el(doc, 'rect', { x: 0, y: 0, width: W, height: H, fill: COLOURS.background }));

  let y = pad;
  for (const b of header) y = drawBlock(doc, root, b, pad, y);

  // In a fixed-size image, a chart shorter than its box sits in the middle of it.
  const chartTop = layout.height === null ? y : y + Math.max(0, (availH - chartH) / 2);
  const chartLeft = pad + (inner - maxChartW * scale) / 2;
  placeCharts(doc, root, charts, { left: chartLeft, top: chartTop, scale, gap: chartGap });
  if (text.watermark && charts.length > 0) {
    drawWatermark(doc, root, text.watermark, {
      x: pad + inner / 2,
      y: chartTop + chartH / 2,
      inner,
    });
  }

  let fy = layout.height === null ? chartTop + chartH + 8 : H - pad - footerH;
  root.append(
    el(doc, 'line', {
      x1: pad,
      x2: W - pad,
      y1: round(fy),
      y2: round(fy),
      stroke: COLOURS.rule,
      'stroke-width': 1,
    }),
  );
  fy += 10;
  for (const b of footer) fy = drawBlock(doc, root, b, pad, fy);

  sanitiseSvg(root);
  if (options.fontCss) {
    const style = el(doc, 'style');
    style.textContent = options.fontCss;
    root.insertBefore(style, root.firstChild);
  }
  return root;
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const INLINE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/**
 * A deep clone of a chart's rendered `<svg>` with the styles the page's CSS applies written as
 * presentation attributes (the stylesheet does not travel with the file) and hidden elements
 * removed. `live` must be in the document (computed styles need layout).
 */
export function cloneRenderedSvg(live: SVGSVGElement): ChartPiece {
  const clone = live.cloneNode(true) as SVGSVGElement;
  const view = live.ownerDocument.defaultView;
  const pairs: [Element, Element][] = [];
  const collect = (a: Element, b: Element) => {
    pairs.push([a, b]);
    for (let i = 0; i < a.children.length; i++) {
      const ca = a.children[i];
      const cb = b.children[i];
      if (ca && cb) collect(ca, cb);
    }
  };
  collect(live, clone);
  for (const [a, b] of pairs) {
    if (!view) break;
    const cs = view.getComputedStyle(a);
    if (cs.display === 'none' || cs.visibility === 'hidden') {
      b.remove();
      continue;
    }
    for (const p of INLINE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && !b.hasAttribute(p)) b.setAttribute(p, v);
    }
    // The export names its own font (embedded); the page's stack must not override it.
    b.removeAttribute('font-family');
  }
  const box = live.getBoundingClientRect();
  const width = Number(live.getAttribute('width')) || Math.round(box.width) || 600;
  const height = Number(live.getAttribute('height')) || Math.round(box.height) || 300;
  return { svg: clone, width, height };
}

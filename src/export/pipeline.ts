import type { ReactNode } from 'react';
import type { ChartTarget, ExportTable } from './types.ts';
import { assertVietnamMapsComplete } from './mapCheck.ts';
import { MIN_EXPORT_TEXT_PX, smallestTextSize } from './textSize.ts';
import {
  chartBox,
  chartRenderWidth,
  composeExportSvg,
  type ExportLayout,
  type FrameText,
  type MeasureText,
} from './composeSvg.ts';
import type { CsvDialect } from './csv.ts';
import { embeddedFontCss } from './fonts.ts';
import { svgToPng } from './png.ts';
import { serialiseSvg } from './sanitiseSvg.ts';
import { tableCsvBlob } from './tableCsv.ts';
import { renderOffscreen } from './stage.tsx';

/**
 * One export pipeline for every chart (ARCHITECTURE.md): produce (SVG from the rendered chart, CSV
 * from the plotted table) → encode (PNG at 2×, UTF-8 with BOM) → deliver (download, clipboard;
 * see download.ts). Formats are a registry, not a switch: `EXPORT_FORMATS.get('png')`.
 */

export type ExportFormat = 'png' | 'svg' | 'csv';

export interface ExportRequest {
  readonly frame: FrameText;
  readonly layout: ExportLayout;
  /** The chart at a given width (the view's render function, possibly with highlights). */
  readonly renderChart: (width: number, target?: ChartTarget) => ReactNode;
  readonly table: ExportTable | null;
  readonly csvTitle: string;
  readonly dialect: CsvDialect;
}

export interface ExportedFile {
  readonly blob: Blob;
  readonly ext: string;
  /** Pixel size for images (PNG: already multiplied by the density). */
  readonly pixels?: { readonly width: number; readonly height: number };
}

let canvasMeasure: MeasureText | null = null;
function measure(): MeasureText | undefined {
  if (canvasMeasure) return canvasMeasure;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  canvasMeasure = (text, size, bold) => {
    ctx.font = `${bold ? 700 : 400} ${size}px "Noto Sans", Arial, sans-serif`;
    return ctx.measureText(text).width;
  };
  return canvasMeasure;
}

/** Thrown when the chart has nothing to draw as an image (e.g. an HTML table view). */
export class NoChartError extends Error {}

/**
 * The standalone, sanitised export SVG (text, with the embedded font) and its size in CSS pixels.
 * The chart is rendered again at the width left inside the frame's padding.
 */
export async function produceSvg(
  req: ExportRequest,
): Promise<{ text: string; width: number; height: number }> {
  const m = measure();
  const box = chartBox(req.frame, req.layout, m);
  const fontCss = embeddedFontCss();
  fontCss.catch(() => undefined); // awaited below; not an unhandled rejection if rendering fails first
  let charts = await renderOffscreen(req.renderChart(box.width, { height: box.height }), box.width);
  if (charts.length === 0) throw new NoChartError('no chart to draw');
  // A fixed-size image: lay the chart out again at the width that, scaled uniformly, fills the
  // box (a short ranking grows, a long one is drawn wider and shrinks), never stretched — and
  // never so small that a text falls under MIN_EXPORT_TEXT_PX: then the chart is asked to fit
  // the box at that scale (a long ranking shows its top, bottom and highlighted rows).
  if (box.height !== null) {
    const natural = charts.reduce((sum, c) => sum + c.height, 0);
    const smallest = Math.min(...charts.map((c) => smallestTextSize(c.svg)));
    const minScale = Number.isFinite(smallest) ? MIN_EXPORT_TEXT_PX / smallest : 0;
    const renderWidth = chartRenderWidth(box, natural, minScale);
    const scale = box.width / renderWidth;
    if (Math.abs(renderWidth - box.width) > box.width * 0.04 || natural * scale > box.height) {
      const target = { height: box.height / scale };
      const again = await renderOffscreen(req.renderChart(renderWidth, target), renderWidth);
      if (again.length > 0) charts = again;
    }
  }
  // A map of Vietnam must show Hoàng Sa and Trường Sa, or it is not exported.
  assertVietnamMapsComplete(charts.map((c) => c.svg));
  const svg = composeExportSvg(document, charts, req.frame, req.layout, {
    fontCss: await fontCss,
    ...(m ? { measure: m } : {}),
  });
  return {
    text: serialiseSvg(svg),
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
  };
}

export const PNG_SCALE = 2;

export const EXPORT_FORMATS: ReadonlyMap<
  ExportFormat,
  (req: ExportRequest) => Promise<ExportedFile>
> = new Map<ExportFormat, (req: ExportRequest) => Promise<ExportedFile>>([
  [
    'svg',
    async (req) => {
      const svg = await produceSvg(req);
      return {
        blob: new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }),
        ext: 'svg',
        pixels: { width: svg.width, height: svg.height },
      };
    },
  ],
  [
    'png',
    async (req) => {
      const svg = await produceSvg(req);
      const blob = await svgToPng(svg.text, svg.width, svg.height, PNG_SCALE);
      return {
        blob,
        ext: 'png',
        pixels: { width: svg.width * PNG_SCALE, height: svg.height * PNG_SCALE },
      };
    },
  ],
  [
    'csv',
    (req) =>
      Promise.resolve({
        blob: tableCsvBlob(req.table, req.csvTitle, req.dialect),
        ext: 'csv',
      }),
  ],
]);

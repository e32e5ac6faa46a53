// @vitest-environment jsdom
// Issue 13, point 3: in the social sizes every text of the composed image is at least 14 px at
// the image's own scale, and notes too long for the image are shortened.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartBox,
  chartRenderWidth,
  composeExportSvg,
  type FrameText,
} from '../../../src/export/composeSvg.ts';
import { SVG_NS } from '../../../src/export/sanitiseSvg.ts';
import {
  effectiveTextSizes,
  MIN_EXPORT_TEXT_PX,
  smallestTextSize,
  transformScale,
} from '../../../src/export/textSize.ts';

const SOCIAL = [
  { width: 1200, height: 630 },
  { width: 1080, height: 1080 },
  { width: 1080, height: 1350 },
] as const;

/** A chart as the pipeline renders one: `rows` rows of 12 px labels at `width`, 28 px apart. */
function chart(width: number, rows: number) {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const height = 40 + rows * 28;
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('font-size', '12');
  for (let i = 0; i < rows; i++) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('y', String(30 + i * 28));
    text.textContent = `${i + 1}. Đơn vị ${i + 1}`;
    g.append(text);
  }
  svg.append(g);
  return { svg, width, height };
}

function frame(over: Partial<FrameText> = {}): FrameText {
  return {
    title: 'PCI 2016: xếp hạng 63 tỉnh, thành phố',
    subtitle: 'Tỉnh, thành phố · năm 2016 · điểm tổng hợp (thang 100)',
    source: 'Nguồn: PCI – VCCI & USAID (pcivietnam.vn)',
    notes: ['Bộ dữ liệu không có sai số chuẩn hay phiếu trả lời.'],
    exported: 'Xuất ngày 06/12/2026',
    watermark: 'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA',
    ...over,
  };
}

/**
 * What the pipeline does (export/pipeline.ts): render once at the box width, then at the width
 * that keeps the smallest text legible; a chart that adapts (a ranking) shows only the rows that
 * fit the height it is given.
 */
function composeLikePipeline(text: FrameText, layout: { width: number; height: number }) {
  const box = chartBox(text, layout);
  const first = chart(box.width, 63);
  const minScale = MIN_EXPORT_TEXT_PX / smallestTextSize(first.svg);
  const w = chartRenderWidth(box, first.height, minScale);
  const fitHeight = (box.height ?? Infinity) * (w / box.width);
  const rows = Math.max(1, Math.min(63, Math.floor((fitHeight - 40) / 28)));
  return composeExportSvg(document, [chart(w, rows)], text, layout);
}

describe('effective text sizes', () => {
  it('multiplies font sizes by the scale of transforms and nested viewBoxes, inherited sizes included', () => {
    const root = document.createElementNS(SVG_NS, 'svg');
    root.setAttribute('font-size', '10');
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('transform', 'translate(5 5) scale(2)');
    const inner = document.createElementNS(SVG_NS, 'svg');
    inner.setAttribute('width', '300');
    inner.setAttribute('height', '150');
    inner.setAttribute('viewBox', '0 0 600 300');
    const a = document.createElementNS(SVG_NS, 'text');
    a.textContent = 'a';
    const b = document.createElementNS(SVG_NS, 'text');
    b.setAttribute('style', 'font-size: 16px');
    b.textContent = 'b';
    inner.append(a, b);
    g.append(inner);
    root.append(g);
    expect(effectiveTextSizes(root)).toEqual([
      { text: 'a', size: 10 },
      { text: 'b', size: 16 },
    ]);
    expect(transformScale('matrix(1.5 0 0 1.5 10 10)')).toBeCloseTo(1.5);
  });
});

describe('social images', () => {
  for (const layout of SOCIAL) {
    it(`every text of a 63-row ranking at ${layout.width}×${layout.height} is at least 14 px`, () => {
      const svg = composeLikePipeline(frame(), layout);
      const sizes = effectiveTextSizes(svg);
      expect(sizes.length).toBeGreaterThan(5);
      const small = sizes.filter((s) => s.size < MIN_EXPORT_TEXT_PX);
      expect(small).toEqual([]);
      expect(svg.getAttribute('width')).toBe(String(layout.width));
      expect(svg.getAttribute('height')).toBe(String(layout.height));
    });
  }

  it('any title, subtitle and notes: texts stay ≥ 14 px and long notes give way to where the full notes are', () => {
    const words = fc.array(fc.constantFrom('điểm', 'tổng hợp', 'Bắc Kạn', 'PCI', '2016', 'x'), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        words,
        fc.array(words, { maxLength: 8 }),
        fc.constantFrom(...SOCIAL),
        (title, notes, layout) => {
          const text = frame({
            title: title.join(' '),
            notes: notes.map((n) => n.join(' ')),
            shortNotes: ['Xem ghi chú đầy đủ tại http://localhost:4173/?v=1'],
          });
          const svg = composeLikePipeline(text, layout);
          expect(effectiveTextSizes(svg).filter((s) => s.size < MIN_EXPORT_TEXT_PX)).toEqual([]);
          const all = svg.textContent ?? '';
          // The source line and the watermark are never shortened.
          expect(all).toContain('Nguồn: PCI');
          expect(all).toContain('ILLUSTRATIVE DATA');
          const box = chartBox(text, layout);
          const shortened = all.includes('Xem ghi chú đầy đủ');
          if (shortened) expect(box.height).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shortens notes that leave the chart less than half the image', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Ghi chú số ${i + 1}: `.repeat(6));
    const layout = { width: 1200, height: 630 };
    const full = chartBox(frame({ notes: long }), layout);
    expect(full.height!).toBeLessThan(315);
    const text = frame({ notes: long, shortNotes: ['Xem ghi chú đầy đủ tại http://x/?v=1'] });
    const short = chartBox(text, layout);
    expect(short.height!).toBeGreaterThan(full.height!);
    const all = composeLikePipeline(text, layout).textContent ?? '';
    expect(all).toContain('Xem ghi chú đầy đủ tại http://x/?v=1');
    expect(all).not.toContain('Ghi chú số 12');
  });
});

// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartBox,
  chartRenderWidth,
  composeExportSvg,
  wrapText,
  approximateMeasure,
  type FrameText,
} from '../../../src/export/composeSvg.ts';
import { sanitiseSvg, serialiseSvg, SVG_NS, xmlSafeText } from '../../../src/export/sanitiseSvg.ts';

const WATERMARK = 'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA';

/** A chart SVG built the way React builds one: elements and text nodes, names as text. */
function chartWithNames(names: readonly string[]): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('width', '400');
  svg.setAttribute('height', String(20 * names.length + 20));
  names.forEach((name, i) => {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('y', String(20 * (i + 1)));
    text.textContent = name;
    svg.append(text);
  });
  return svg;
}

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'image/svg+xml');
}

function badThings(doc: Document) {
  const all = [...doc.getElementsByTagName('*')];
  return {
    parseErrors: doc.getElementsByTagName('parsererror').length,
    scripts: all.filter((e) => e.localName.toLowerCase() === 'script').length,
    foreignObjects: all.filter((e) => e.localName.toLowerCase() === 'foreignobject').length,
    onAttributes: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name))).length,
    externalRefs: all.flatMap((e) =>
      [...e.attributes].filter((a) => /href$/i.test(a.name) && !a.value.startsWith('#')),
    ).length,
  };
}

const CLEAN = { parseErrors: 0, scripts: 0, foreignObjects: 0, onAttributes: 0, externalRefs: 0 };

const frame = (over: Partial<FrameText> = {}): FrameText => ({
  title: 'DCCI 2019: xếp hạng 8 huyện, thành phố',
  subtitle: 'Huyện, thành phố · năm 2019',
  source: 'Nguồn: Dữ liệu minh họa · CC0',
  notes: ['Các đơn vị bằng điểm xếp cùng hạng.'],
  exported: 'Xuất ngày 27/11/2026',
  watermark: WATERMARK,
  ...over,
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '" onload="alert(1)',
  "javascript:alert('x')",
  'Sở "Tài chính" & <Kế hoạch>',
  '=1+1',
  ']]><!--',
  'Bạch Thông',
];

describe('sanitiseSvg', () => {
  it('removes script, foreignObject, on* attributes and external references, keeps drawing', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    const script = document.createElementNS(SVG_NS, 'script');
    script.textContent = 'alert(1)';
    const fo = document.createElementNS(SVG_NS, 'foreignObject');
    fo.append(document.createElement('div'));
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('onclick', 'alert(1)');
    rect.setAttribute('ONLOAD', 'alert(1)');
    rect.setAttribute('fill', 'url(https://evil.example/x#a)');
    rect.setAttribute('stroke', 'url(#grad)');
    rect.setAttribute('style', 'background:url(https://evil.example)');
    const use = document.createElementNS(SVG_NS, 'use');
    use.setAttributeNS(
      'http://www.w3.org/1999/xlink',
      'xlink:href',
      'https://evil.example/s.svg#x',
    );
    const useLocal = document.createElementNS(SVG_NS, 'use');
    useLocal.setAttribute('href', '#local');
    const a = document.createElementNS(SVG_NS, 'a');
    a.setAttribute('href', 'javascript:alert(1)');
    const image = document.createElementNS(SVG_NS, 'image');
    image.setAttribute('href', 'https://evil.example/p.png');
    const animate = document.createElementNS(SVG_NS, 'set');
    animate.setAttribute('attributeName', 'href');
    animate.setAttribute('to', 'javascript:alert(1)');
    const text = document.createElementNS(SVG_NS, 'text');
    text.textContent = 'Chợ Đồn';
    svg.append(script, fo, rect, use, useLocal, a, image, animate, text);
    svg.setAttribute('onload', 'alert(1)');

    sanitiseSvg(svg);
    const doc = parse(serialiseSvg(svg));
    expect(badThings(doc)).toEqual(CLEAN);
    const kept = [...doc.documentElement.children].map((e) => e.localName);
    expect(kept).toEqual(['rect', 'use', 'text']);
    const r = doc.getElementsByTagName('rect')[0]!;
    expect(r.getAttribute('fill')).toBeNull();
    expect(r.getAttribute('stroke')).toBe('url(#grad)');
    expect(r.getAttribute('style')).toBeNull();
    expect(doc.getElementsByTagName('use')[0]!.getAttribute('href')).toBe('#local');
    expect(doc.getElementsByTagName('text')[0]!.textContent).toBe('Chợ Đồn');
  });

  it('keeps hostile names as exact text in well-formed XML', () => {
    const svg = chartWithNames(HOSTILE);
    const doc = parse(serialiseSvg(sanitiseSvg(svg)));
    expect(badThings(doc)).toEqual(CLEAN);
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toEqual(HOSTILE);
  });

  it('random names (markup, quotes, handlers, control characters) give well-formed XML whose text equals the names', () => {
    const piece = fc.constantFrom(
      '<script>',
      '</script>',
      'onload=',
      '" onerror="x()',
      "'",
      'javascript:',
      '&amp;',
      '<foreignObject>',
      ']]>',
      '\u0000',
      '\u0007',
      '\uFFFE',
      '\uD800',
      'Đ',
      'ầ',
      ' ',
      '=1+1',
    );
    const name = fc
      .array(
        fc.oneof(piece, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
        {
          maxLength: 8,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const composed = composeExportSvg(
          document,
          [{ svg: chartWithNames(names), width: 400, height: 200 }],
          frame({ title: names[0] ?? '' }),
          { width: 640, height: null },
        );
        const doc = parse(serialiseSvg(composed));
        expect(badThings(doc)).toEqual(CLEAN);
        const texts = [...doc.getElementsByTagName('svg')[1]!.getElementsByTagName('text')].map(
          (t) => t.textContent,
        );
        expect(texts).toEqual(names.map(xmlSafeText));
      }),
      { numRuns: 200 },
    );
  });
});

describe('composeExportSvg', () => {
  const names = ['Na Rì', 'Chợ Đồn', 'Bạch Thông'];
  const compose = (over: Partial<FrameText> = {}, height: number | null = null, fontCss?: string) =>
    composeExportSvg(
      document,
      [{ svg: chartWithNames(names), width: 600, height: 80 }],
      frame(over),
      { width: 1200, height },
      { fontCss: fontCss ?? null },
    );
  const allText = (svg: Element) =>
    [...svg.getElementsByTagName('text')].map((t) => t.textContent ?? '').join('\n');

  it('draws title, subtitle, source, notes, date and the watermark as text', () => {
    const text = allText(compose());
    for (const part of [
      'DCCI 2019: xếp hạng 8 huyện, thành phố',
      'Huyện, thành phố · năm 2019',
      'Nguồn: Dữ liệu minh họa · CC0',
      'Các đơn vị bằng điểm xếp cùng hạng.',
      'Xuất ngày 27/11/2026',
      ...names,
    ])
      expect(text).toContain(part);
    // Twice: in the footer and across the chart.
    expect(text.split(WATERMARK).length - 1).toBe(2);
  });

  it('has no watermark for real data', () => {
    expect(allText(compose({ watermark: null }))).not.toContain(WATERMARK);
  });

  it('uses an edited title and keeps the source', () => {
    const text = allText(compose({ title: 'Tiêu đề của phóng viên' }));
    expect(text).toContain('Tiêu đề của phóng viên');
    expect(text).toContain('Nguồn: Dữ liệu minh họa · CC0');
  });

  it('has exactly the requested size for social formats, and scales the chart uniformly', () => {
    const svg = compose({}, 630);
    expect(svg.getAttribute('width')).toBe('1200');
    expect(svg.getAttribute('height')).toBe('630');
    const g = [...svg.getElementsByTagName('g')].find((e) =>
      e.getAttribute('transform')?.includes('scale'),
    );
    expect(g?.getAttribute('transform')).toMatch(/scale\((\d+(\.\d+)?)\)$/);
  });

  it('embeds the given @font-face CSS in a <style> element that survives sanitising', () => {
    const css = '@font-face{font-family:"Noto Sans";src:url(data:font/woff2;base64,AAAA)}';
    const doc = parse(serialiseSvg(compose({}, null, css)));
    expect(doc.getElementsByTagName('style')[0]?.textContent).toBe(css);
    expect(doc.documentElement.getAttribute('font-family')).toContain('Noto Sans');
  });

  it('names the embedded face first, under a name no machine has installed', async () => {
    const { EMBEDDED_FONT_NAME, fontFaceRule } = await import('../../../src/export/fonts.ts');
    const { EXPORT_FONT_FAMILY } = await import('../../../src/export/composeSvg.ts');
    expect(EXPORT_FONT_FAMILY.startsWith(`"${EMBEDDED_FONT_NAME}"`)).toBe(true);
    expect(EMBEDDED_FONT_NAME).not.toBe('Noto Sans');
    expect(fontFaceRule('QUJD', 700, 'U+0000-00FF')).toBe(
      `@font-face{font-family:"${EMBEDDED_FONT_NAME}";font-style:normal;font-weight:700;src:url(data:font/woff2;base64,QUJD) format("woff2");unicode-range:U+0000-00FF;}`,
    );
  });
});

describe('layout helpers', () => {
  it('wraps words to the width and never splits a word', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám', 60, 10, false, approximateMeasure);
    expect(lines.join(' ')).toBe('một hai ba bốn năm sáu bảy tám');
    for (const l of lines) expect(approximateMeasure(l, 10, false)).toBeLessThanOrEqual(60);
    expect(wrapText('', 100, 10, false, approximateMeasure)).toEqual([]);
  });

  it('renders a short chart narrower to scale it up (at most 2×) and a tall one wider', () => {
    expect(chartRenderWidth({ width: 1000, height: null }, 300)).toBe(1000);
    expect(chartRenderWidth({ width: 1000, height: 450 }, 300)).toBe(667);
    expect(chartRenderWidth({ width: 1000, height: 900 }, 100)).toBe(500);
    expect(chartRenderWidth({ width: 1000, height: 400 }, 1600)).toBe(4000);
  });

  it('gives the chart the height left between header and footer', () => {
    const box = chartBox(frame(), { width: 1200, height: 630 });
    expect(box.width).toBe(1200 - 72);
    expect(box.height).toBeGreaterThan(200);
    expect(box.height).toBeLessThan(630);
    expect(chartBox(frame(), { width: 600, height: null }).height).toBeNull();
  });
});

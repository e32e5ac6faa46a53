import { writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { ProvinceContext } from '../../../src/views/ProvinceContext.tsx';

const html = (lang: 'vi' | 'en', onOpen?: () => void) =>
  renderToStaticMarkup(createElement(ProvinceContext, { t: translator(lang), lang, onOpen }));

describe('ProvinceContext (side panel)', () => {
  it('titles, summarises and sources Bắc Kạn’s real PCI ranks 2006–2022', () => {
    const out = html('vi');
    if (process.env.DUMP_CONTEXT) writeFileSync(process.env.DUMP_CONTEXT, out);
    expect(out).toContain('Bắc Kạn trong PCI 2006–2022');
    expect(out).toContain(
      'Bắc Kạn xếp thứ 45/64 năm 2006 và thứ 35/63 năm 2022; thứ hạng tốt nhất trong giai đoạn là 35 (năm 2022).',
    );
    expect(out).toContain('Năm 2017: không có số liệu');
    expect(out).toContain('PCI – VCCI &amp; USAID (pcivietnam.vn)');
    expect(out).not.toContain('SỐ LIỆU MINH HỌA');
  });

  it('draws the rank line in two segments, broken at 2017, with one point per year with data', () => {
    const out = html('vi');
    const paths = [...out.matchAll(/<path d="(M[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(paths).toHaveLength(2);
    expect(paths.map((d) => d.split(/[ML]/).filter(Boolean).length)).toEqual([11, 5]);
    expect((out.match(/<circle /g) ?? []).length).toBe(16);
    expect(out).toContain('2017: —');
  });

  it('is complete in English and offers the PCI map only when the shell passes onOpen', () => {
    const en = html('en');
    expect(en).toContain('Bắc Kạn in the PCI, 2006–2022');
    expect(en).toContain('ranked 45 of 64 in 2006');
    expect(en).not.toContain('Open the PCI map');
    expect(html('en', () => undefined)).toContain('Open the PCI map');
  });
});

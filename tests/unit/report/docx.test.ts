import { describe, expect, it } from 'vitest';
import { buildDocx, PAGE } from '../../../src/export/docx/build.ts';
import { formatScore, formatInteger } from '../../../src/i18n/format.ts';
import { plainText, unitReportFor, unzip } from './fixtures.ts';

const twip = (mm: number) => Math.round((mm * 1440) / 25.4);

describe('Word report of a unit (docx structure)', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`is a valid package with Word headings, two images, the watermark in the page header and the unit's figures (${lang})`, async () => {
      const r = await unitReportFor('Bạch Thông', 2019, 'districts', lang);
      const bytes = await buildDocx({
        lang,
        title: r.title,
        watermark: r.watermark,
        footer: 'source',
        blocks: r.blocks,
      });
      const pkg = unzip(bytes);
      expect(pkg.names).toEqual(
        expect.arrayContaining([
          '[Content_Types].xml',
          '_rels/.rels',
          'word/document.xml',
          'word/styles.xml',
        ]),
      );
      const doc = pkg.text('word/document.xml');
      // Headings are Word heading styles (a table of contents can be generated from them).
      const headings = [...doc.matchAll(/<w:pStyle w:val="(Heading\d)"\/>/g)].map((m) => m[1]);
      expect(headings[0]).toBe('Heading1');
      expect(headings.filter((h) => h === 'Heading2').length).toBeGreaterThanOrEqual(6);
      const styles = pkg.text('word/styles.xml');
      expect(styles).toMatch(/w:styleId="Heading1"/);
      expect(styles).toContain('Times New Roman');
      expect(styles).toMatch(/<w:sz w:val="26"\/>/); // 13 pt body
      // Line spacing as a multiple: an exact height would clip the images to one line.
      expect(styles).toMatch(/w:line="264" w:lineRule="auto"/);
      // A4 portrait, margins of Decree 30/2020/NĐ-CP.
      expect(doc).toContain(`w:w="${twip(PAGE.widthMm)}"`);
      expect(doc).toContain(`w:h="${twip(PAGE.heightMm)}"`);
      expect(doc).toMatch(
        new RegExp(
          `w:top="${twip(20)}"[^>]*w:right="${twip(15)}"[^>]*w:bottom="${twip(20)}"[^>]*w:left="${twip(30)}"`,
        ),
      );
      // Both charts are embedded as images.
      expect(pkg.names.filter((n) => /^word\/media\/.+\.png$/.test(n))).toHaveLength(2);
      expect(doc.match(/<pic:pic\b/g)?.length).toBe(2);
      // The watermark is in the page header part, which every page uses.
      const headerName = pkg.names.find((n) => /^word\/header\d+\.xml$/.test(n));
      expect(headerName).toBeDefined();
      expect(plainText(pkg.text(headerName ?? ''))).toContain(
        'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA',
      );
      expect(doc).toMatch(/<w:headerReference w:type="default"/);
      // The unit's figures as the scorecard shows them.
      const text = plainText(doc);
      const s = r.data.standing;
      expect(text).toContain(formatScore(s.total, lang));
      expect(text).toContain(
        r.t('scorecard.rankOf', {
          rank: formatInteger(s.rank.rank, lang),
          count: formatInteger(r.data.rankedCount, lang),
        }),
      );
      expect(text).toContain(formatInteger(s.observation.respondents, lang));
      for (const b of r.data.subIndexBars) expect(text).toContain(b.name[lang]);
      expect(text).toContain(
        lang === 'vi' ? 'Các câu hỏi kéo điểm xuống' : 'Questions that pull the score down',
      );
    });
  }
});

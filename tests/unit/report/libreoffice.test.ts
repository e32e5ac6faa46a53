import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../src/export/docx/build.ts';
import { groupReportFor, unitReportFor } from './fixtures.ts';

/**
 * The Word report opened by another word processor: LibreOffice converts it to PDF (it refuses
 * or repairs a broken package, and then writes nothing or says so), and the PDF's pages are
 * counted. Runs when `soffice` is installed (.ci/ensure.mjs installs it with the browser when
 * root); set REPORT_PDF_DIR to keep the PDFs for a look (pdftoppm -png).
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

function convert(docx: Uint8Array, name: string): Buffer {
  const dir = process.env.REPORT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'report-'));
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  // A private profile: no clash with another soffice running on the machine.
  const profile = `file://${mkdtempSync(join(tmpdir(), 'lo-profile-'))}`;
  const out = execFileSync(
    SOFFICE ?? 'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  expect(out).not.toMatch(/repair|corrupt|error/i);
  return readFileSync(join(dir, `${name}.pdf`));
}

describe.skipIf(!SOFFICE)('Word report in LibreOffice', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`opens without repair and keeps a unit's report to at most 3 A4 pages (${lang})`, async () => {
      const r = await unitReportFor('Bạch Thông', 2019, 'districts', lang);
      const docx = await buildDocx({
        lang,
        title: r.title,
        watermark: r.watermark,
        footer: r.t('chart.source', { source: 'DCCI' }),
        blocks: r.blocks,
      });
      const pdf = convert(docx, `unit-${lang}`);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      // A4: 595 × 842 pt.
      expect(pdf.toString('latin1')).toMatch(
        /\/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]|\/MediaBox\s*\[\s*0 0 595 842\s*\]/,
      );
    }, 180_000);
  }
  it('gives the group report a page per unit after the ranking (departments, 19 units)', async () => {
    const r = await groupReportFor(2019, 'departments', 'vi');
    const docx = await buildDocx({
      lang: 'vi',
      title: r.title,
      watermark: r.watermark,
      footer: 'DCCI',
      blocks: r.blocks,
    });
    const pages = pdfPages(convert(docx, 'group-vi'));
    // Ranking chart, table and rank changes take 2–3 pages; then exactly one page per unit.
    expect(pages).toBeGreaterThanOrEqual(r.units + 2);
    expect(pages).toBeLessThanOrEqual(r.units + 3);
  }, 180_000);
});

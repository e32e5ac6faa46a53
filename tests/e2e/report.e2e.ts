import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  openPage,
  type TestPage,
  waitForBars,
} from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const WATERMARK = 'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA';
const SCORECARD =
  '/?v=1&ds=bac-kan-dcci&year=2019&group=districts&view=scorecard&unit=districts.bach-thong';
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
/** Set REPORT_OUT_DIR to keep the downloaded reports and their PDFs for a look. */
const OUT = process.env.REPORT_OUT_DIR;

async function downloadFrom(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ]);
  const bytes = await readFile((await d.path()) as string);
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, d.suggestedFilename()), bytes);
  }
  return { name: d.suggestedFilename(), bytes };
}

function parts(bytes: Buffer) {
  const files = unzipSync(new Uint8Array(bytes));
  const text = (n: string) => strFromU8(files[n] ?? new Uint8Array());
  const visible = (xml: string) =>
    xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return { names: Object.keys(files), text, visible };
}

/** Pages of the report once LibreOffice has opened it (null when LibreOffice is absent). */
function pdfPages(bytes: Buffer, name: string): number | null {
  if (!SOFFICE) return null;
  const dir = OUT ?? mkdtempSync(join(tmpdir(), 'report-e2e-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const profile = `file://${mkdtempSync(join(tmpdir(), 'lo-profile-'))}`;
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { timeout: 120_000, stdio: 'ignore' },
  );
  const pdf = readFileSync(file.replace(/\.docx$/, '.pdf')).toString('latin1');
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('Word reports', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`downloads the scorecard's report with the figures on screen, both charts and the watermark in the header (${lang})`, async () => {
      t = await openPage(`${SCORECARD}${lang === 'en' ? '&lang=en' : ''}`);
      const { page } = t;
      const figures = page.locator('.scorecard-figures dd');
      await figures.first().waitFor();
      // The report carries the worker's statistics: read the screen once they are in (the
      // sentence then states the 90 % rank interval), or the two can differ by a race.
      const onScreen = page.getByTestId('scorecard-sentence');
      await expect.poll(() => onScreen.innerText(), { timeout: 30_000 }).toContain('90%');
      const shown = (await figures.allInnerTexts()).map((s) => s.trim());
      const sentence = (await onScreen.innerText()).trim();
      const { name, bytes } = await downloadFrom(page, 'word-report');
      expect(name).toMatch(/^dcci-bac-kan-2019-huyen-thanh-pho-bao-cao-bach-thong\.docx$/);
      const p = parts(bytes);
      expect(p.names).toContain('word/document.xml');
      const doc = p.visible(p.text('word/document.xml'));
      expect(doc).toContain(sentence);
      // Total, rank of n, respondents, standard error, tier: as shown.
      for (const v of shown.slice(0, 5)) expect(doc).toContain(v.replace(/\s+/g, ' '));
      expect(p.text('word/document.xml')).toMatch(/w:val="Heading1"/);
      const media = p.names.filter((n) => /^word\/media\/.+\.png$/.test(n));
      expect(media).toHaveLength(2);
      const header = p.names.find((n) => /^word\/header\d+\.xml$/.test(n)) ?? '';
      expect(p.visible(p.text(header))).toContain(WATERMARK);
      expect(doc).toContain(
        lang === 'vi' ? 'Các câu hỏi kéo điểm xuống' : 'Questions that pull the score down',
      );
      const pages = pdfPages(bytes, name);
      if (pages !== null) expect(pages).toBeGreaterThanOrEqual(1);
      if (pages !== null) expect(pages).toBeLessThanOrEqual(3);
      t.expectClean();
    }, 120_000);
  }

  it('downloads the group report from the ranking: ranking chart and table, rank changes, a page per unit', async () => {
    t = await openPage('/?v=1&ds=bac-kan-dcci&year=2019&group=districts');
    const { page } = t;
    await waitForBars(page, '#view-panel .ranking-bars__bar');
    const units = await page.locator('.ranking-table tbody th[scope=row]').allInnerTexts();
    const { name, bytes } = await downloadFrom(page, 'group-word-report');
    expect(name).toMatch(/\.docx$/);
    const p = parts(bytes);
    const xml = p.text('word/document.xml');
    const doc = p.visible(xml);
    expect(p.names.filter((n) => /^word\/media\/.+\.png$/.test(n))).toHaveLength(1);
    expect(doc).toContain('Thay đổi hạng so với 2018');
    // One Heading 2 title per unit, each after a page break.
    expect(xml.match(/<w:br w:type="page"\/>/g)?.length).toBe(units.length);
    for (const u of units) expect(doc).toContain(`Báo cáo kết quả DCCI năm 2019: ${u.trim()}`);
    const pages = pdfPages(bytes, name);
    if (pages !== null) expect(pages).toBeGreaterThanOrEqual(units.length + 1);
    t.expectClean();
  }, 180_000);

  it('opens the questions behind a sub-index from the URL, reserves space, passes axe and closes into the URL', async () => {
    t = await openPage(`${SCORECARD}&sub=time-costs&ind=1`, { width: 390, height: 900 });
    const { page } = t;
    const table = page.getByTestId('indicator-table');
    await table.waitFor({ timeout: 20_000 });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().locator('th').innerText()).toMatch(/\(time-costs\.\d\)$/);
    // Sorted by how far below the group: the gap column never decreases.
    const gaps = (await rows.locator('td:nth-child(6)').allInnerTexts()).map((s) =>
      Number(s.replace('−', '-').replace(',', '.')),
    );
    expect([...gaps].sort((a, b) => a - b)).toEqual(gaps);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    await page.getByLabel('Câu hỏi của chỉ số thành phần').selectOption('');
    await page.waitForURL((u) => !u.search.includes('ind=1'));
    expect(await page.getByTestId('indicator-panel').count()).toBe(0);
    await page.getByLabel('Câu hỏi của chỉ số thành phần').selectOption('leadership');
    await page.waitForURL((u) => u.search.includes('sub=leadership') && u.search.includes('ind=1'));
    await table.waitFor();
    t.expectClean();
  }, 120_000);
});

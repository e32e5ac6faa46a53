// Issue 13, points 3 and 4: the export dialog previews the image as it will be downloaded, and
// the social sizes are laid out for their size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import type { Locator, Page } from 'playwright-core';
import { effectiveTextSizes, MIN_EXPORT_TEXT_PX } from '../../src/export/textSize.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, type TestPage } from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const OUT = process.env.SOCIAL_OUT ?? '/tmp/social';
mkdirSync(OUT, { recursive: true });

async function openExport(page: Page, label: string, dialogName: string) {
  await page.locator('#view-panel .chart-frame svg').first().waitFor({ timeout: 30_000 });
  await page
    .locator('#view-panel')
    .getByRole('button', { name: label, exact: true })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  return dialog;
}

describe('export preview', () => {
  it('shows the image to download, updated as the title and size change, under the CSP', async () => {
    t = await openPage('/');
    const { page } = t;
    const dialog = await openExport(page, 'Xuất', 'Xuất biểu đồ');
    const image = dialog.locator('img.export-preview__image');
    await image.waitFor({ timeout: 20_000 });
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    const decoded = () =>
      image.evaluate((img: HTMLImageElement) =>
        img.complete ? [img.naturalWidth, img.naturalHeight] : [0, 0],
      );
    await expect.poll(async () => (await decoded())[0], { timeout: 20_000 }).toBeGreaterThan(0);

    await dialog.getByLabel('Tiêu đề', { exact: true }).fill('Na Rì dẫn đầu năm 2019');
    await dialog.getByLabel('Kích thước ảnh').selectOption('1200x630');
    await expect
      .poll(() => image.getAttribute('alt'), { timeout: 20_000 })
      .toBe('Bản xem trước ảnh xuất: Na Rì dẫn đầu năm 2019');
    await expect.poll(decoded, { timeout: 20_000 }).toEqual([1200, 630]);
    const caption = await dialog.locator('.export-preview__caption').innerText();
    expect(caption).toContain('1200 × 630 px');
    // The PNG is drawn at twice the size, and the dialog says so before the download.
    expect(caption).toContain('PNG 2400 × 1260 px');
    await dialog.screenshot({ path: `${OUT}/preview-dialog-vi.png` });
    await expectNoAxeViolations(page);
    t.expectClean();
  });
});

const SIZES = ['1200x630', '1080x1080', '1080x1350'] as const;
const LABELS = {
  vi: {
    open: 'Xuất',
    dialog: 'Xuất biểu đồ',
    size: 'Kích thước ảnh',
    svg: 'Tải SVG',
    png: 'Tải PNG',
  },
  en: {
    open: 'Export',
    dialog: 'Export chart',
    size: 'Image size',
    svg: 'Download SVG',
    png: 'Download PNG',
  },
} as const;

async function downloadFile(page: Page, dialog: Locator, name: string): Promise<Buffer> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    dialog.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFile((await d.path()) as string);
}

/** The composed SVG's texts under 14 px at the image's own scale, and the image's size. */
function smallTexts(svgText: string) {
  const doc = new JSDOM(svgText, { contentType: 'image/svg+xml' }).window.document;
  const root = doc.documentElement;
  const small = effectiveTextSizes(root)
    .filter((x) => x.size < MIN_EXPORT_TEXT_PX - 0.01)
    .map((x) => `${x.text} (${x.size.toFixed(1)} px)`);
  return { small, width: root.getAttribute('width'), height: root.getAttribute('height'), doc };
}

// Every view at every size: every text ≥ 14 px at the image's own scale (issue 13 point 3).
const VIEWS: readonly { name: string; query: string }[] = [
  { name: 'ranking', query: 'view=ranking' },
  { name: 'ranking-pci', query: 'ds=pci&year=2016&group=provinces&view=ranking' },
  { name: 'scorecard', query: 'view=scorecard' },
  { name: 'compare', query: 'view=compare' },
  { name: 'trends', query: 'view=trends' },
  { name: 'subindices', query: 'view=subindices' },
  { name: 'subindices-pci', query: 'ds=pci&year=2016&group=provinces&view=subindices' },
  { name: 'distribution', query: 'view=distribution' },
  { name: 'map-pci', query: 'ds=pci&year=2016&group=provinces&view=map' },
  { name: 'weights', query: 'view=weights' },
];

describe('social images', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const v of VIEWS) {
      it(`${v.name} (${lang}): the three social sizes; every text ≥ 14 px`, async () => {
        const L = LABELS[lang];
        t = await openPage(`/?lang=${lang}&${v.query}`);
        const { page } = t;
        const dialog = await openExport(page, L.open, L.dialog);
        const problems: string[] = [];
        for (const size of SIZES) {
          await dialog.getByLabel(L.size).selectOption(size);
          const svg = (await downloadFile(page, dialog, L.svg)).toString('utf8');
          writeFileSync(`${OUT}/${v.name}-${size}-${lang}.svg`, svg);
          const png = await downloadFile(page, dialog, L.png);
          writeFileSync(`${OUT}/${v.name}-${size}-${lang}.png`, png);
          const r = smallTexts(svg);
          expect(`${r.width}x${r.height}`).toBe(size);
          if (r.small.length > 0) problems.push(`${size}: ${r.small.slice(0, 8).join('; ')}`);
          if (v.name === 'ranking-pci') {
            const text = r.doc.documentElement.textContent ?? '';
            expect(text).toMatch(
              lang === 'vi'
                ? /đang hiện \d+ trên 63 tỉnh, thành phố/
                : /showing \d+ of 63 provinces/,
            );
            expect(text).toMatch(/ds=pci/);
          }
        }
        expect(problems).toEqual([]);
        t.expectClean();
      });
    }
  }
});

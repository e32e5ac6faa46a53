// Issue 13, points 3 and 4: the export dialog previews the image as it will be downloaded, and
// the social sizes are laid out for their size.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, type TestPage } from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const OUT = '/tmp/social';
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
    expect(await dialog.locator('.export-preview__caption').innerText()).toContain('1200 × 630 px');
    await dialog.screenshot({ path: `${OUT}/preview-dialog-vi.png` });
    await expectNoAxeViolations(page);
    t.expectClean();
  });
});

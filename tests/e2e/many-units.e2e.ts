// A valid dataset of 5,000 units (issue 10, point 8): the page keeps answering, the chart is a
// summary (top, bottom, selected; "đang hiện 64 trên 5000 đơn vị"), the table is windowed but
// searchable and prints every row. Timing is measured by `npm run bench`, not asserted here.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, type TestPage, waitForBars } from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const UNITS = 5000;

/** The same shape as .ci/bench/manyUnits.mjs: one year, one group, distinct names and scores. */
function manyUnitsCsv(n: number): string {
  const lines = ['Năm,Khối,Đơn vị,Điểm tổng hợp,Số phiếu'];
  for (let i = 0; i < n; i++) {
    const score = 40 + ((i * 7919) % 4001) / 100;
    lines.push(
      `2023,Huyện,Đơn vị số ${String(i + 1).padStart(4, '0')},${score.toFixed(2)},${30 + (i % 90)}`,
    );
  }
  return lines.join('\n');
}

const bodyRows = (page: Page) => page.locator('.ranking-table tbody tr:not([aria-hidden])');

async function importMany(page: Page) {
  await waitForBars(page, '.ranking-bars__bar');
  await page.getByLabel('Nhập tệp CSV', { exact: true }).setInputFiles({
    name: 'nam-nghin.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(manyUnitsCsv(UNITS), 'utf8'),
  });
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
  await expect.poll(() => dialog.innerText(), { timeout: 30_000 }).toContain('5000 đơn vị');
  await dialog.getByRole('button', { name: 'Lưu bộ dữ liệu' }).click();
  await page.locator('[data-gap]').first().waitFor({ timeout: 60_000 });
}

describe('5,000 units', () => {
  it('summarises the chart, windows the table, and still answers a click', async () => {
    t = await openPage('/');
    const { page } = t;
    await importMany(page);

    const frame = page.locator('.view--ranking .chart-frame').first();
    await expect.poll(() => frame.innerText()).toContain('đang hiện 64 trên 5000 đơn vị');
    expect(await page.locator('.view--ranking .ranking-bars__bar').count()).toBeLessThanOrEqual(64);
    expect(await page.locator('[data-gap]').first().textContent()).toContain('đơn vị không hiện');

    // Only the rows in view are rendered; the count still says 5000.
    expect(await bodyRows(page).count()).toBeLessThan(200);
    expect(await page.locator('.ranking-table__count').innerText()).toContain('5000');

    // Search finds any unit, wherever it ranks.
    const search = page.getByLabel('Tìm đơn vị');
    await search.fill('don vi so 2500');
    await expect.poll(() => bodyRows(page).count(), { timeout: 20_000 }).toBe(1);
    const button = bodyRows(page).first().locator('th button');
    expect(await button.innerText()).toBe('Đơn vị số 2500');

    // The page answers a click: the unit is selected and joins the summarised chart.
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    await expect
      .poll(() => page.locator('.view--ranking .ranking-bars').first().textContent(), {
        timeout: 20_000,
      })
      .toContain('Đơn vị số 2500');
    expect(await page.locator('.view--ranking .ranking-bars__bar').count()).toBeLessThanOrEqual(64);
    await search.fill('');
    await expect.poll(() => bodyRows(page).count(), { timeout: 20_000 }).toBeGreaterThan(10);

    // Scrolling the table box renders the rows further down.
    await page.locator('.table-scroll--windowed').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      el.dispatchEvent(new Event('scroll'));
    });
    await expect
      .poll(() => bodyRows(page).last().locator('td').first().innerText(), { timeout: 20_000 })
      .toMatch(/^4\d{3}/);

    await expectNoAxeViolations(page);
    t.expectClean();
  }, 180_000);

  it('prints every row of the table', async () => {
    t = await openPage('/');
    const { page } = t;
    await importMany(page);
    expect(await bodyRows(page).count()).toBeLessThan(200);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => bodyRows(page).count(), { timeout: 60_000 }).toBe(UNITS);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => bodyRows(page).count(), { timeout: 60_000 }).toBeLessThan(200);
  }, 180_000);
});

// Issue 5, "Print and offline" and "Share and embed": the service worker keeps the app working
// offline after the first visit; a shared link carries a small imported dataset to a fresh
// browser; the scorecard prints on exactly one A4 page.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  launch,
  openPage,
  tableUnits,
  type TestPage,
  waitForBars,
  waitForChartsToFit,
  waitForApp,
} from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 20_000,
  });

describe('offline after the first visit', () => {
  it('reloads the ranking and opens the PCI dataset in a second tab with the network off', async () => {
    t = await openPage('/');
    const { page, context } = t;
    await waitForBars(page);
    await controlled(page);

    await context.setOffline(true);
    // The network really is off for anything the worker does not answer.
    const probe = await page.evaluate(() =>
      fetch(`/robots.txt?probe=${Date.now()}`).then(
        () => 'reached',
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');
    // …and the browser logs that refused probe; nothing else may fail.
    const probeError = t.consoleErrors.indexOf(
      'Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
    );
    expect(probeError).toBeGreaterThanOrEqual(0);
    t.consoleErrors.splice(probeError, 1);

    const reload = await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    expect(reload?.fromServiceWorker()).toBe(true);
    await waitForBars(page);
    expect(await page.locator('.ranking-bars__bar').count()).toBeGreaterThan(3);

    const second = await context.newPage();
    const opened = await second.goto(new URL('/?ds=pci&lang=en', page.url()).href, {
      waitUntil: 'load',
    });
    expect(opened?.fromServiceWorker()).toBe(true);
    await waitForBars(second);
    expect(await second.getByLabel('Dataset', { exact: true }).inputValue()).toBe('pci');
    await second.close();
    await context.setOffline(false);
    t.expectClean();
  });
});

const WATERMARK = 'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA';

describe('a shared link with an imported dataset', () => {
  it('opens in a fresh profile, says it came from a link, and is saved only when asked', async () => {
    t = await openPage('/');
    const { page, context } = t;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await waitForBars(page);
    const csv = [
      'Năm,Khối,Đơn vị,Điểm tổng hợp,Chi phí thời gian',
      '2023,Huyện,Chợ Đồn,66.93,7.25',
      '2023,Huyện,Ba Bể,70.10,8.00',
      '2023,Huyện,Na Rì,64.20,',
    ].join('\n');
    await page
      .getByLabel('Nhập tệp CSV', { exact: true })
      .setInputFiles({ name: 'lien-ket.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page
      .getByRole('dialog', { name: 'Nhập dữ liệu' })
      .getByRole('button', { name: 'Lưu bộ dữ liệu' })
      .click();
    await expect.poll(() => tableUnits(page)).toEqual(['Ba Bể', 'Chợ Đồn', 'Na Rì']);

    await page
      .locator('#view-panel')
      .getByRole('button', { name: 'Xuất', exact: true })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Xuất biểu đồ' });
    await expect
      .poll(() => dialog.getByLabel('Liên kết', { exact: true }).inputValue())
      .toContain('#d=2.');
    await dialog.getByRole('button', { name: 'Sao chép liên kết', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Đã sao chép');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.origin).toBe(new URL(page.url()).origin);
    expect(url.hash.startsWith('#d=2.')).toBe(true);
    t.expectClean();

    // The recipient: a fresh profile with nothing stored.
    const fresh = await launch();
    const recipient = fresh.pages()[0] ?? (await fresh.newPage());
    const errors: string[] = [];
    recipient.on('pageerror', (e) => errors.push(e.message));
    await recipient.goto(link, { waitUntil: 'load' });
    await waitForBars(recipient);
    expect(await tableUnits(recipient)).toEqual(['Ba Bể', 'Chợ Đồn', 'Na Rì']);
    const notice = recipient.locator('.shared-notice');
    await expect.poll(() => notice.innerText()).toContain('được mở từ liên kết');
    expect(await notice.getAttribute('role')).toBe('status');
    await expectNoAxeViolations(recipient);
    // The fragment stays (a reload opens the dataset again); nothing was saved.
    expect(recipient.url()).toContain('#d=2.');
    const plain = `${url.origin}${url.pathname}${url.search}`;
    const second = await fresh.newPage();
    await second.goto(plain, { waitUntil: 'load' });
    await waitForBars(second);
    // Not saved: the plain link falls back to the default (bundled) dataset.
    expect(await second.getByLabel('Bộ dữ liệu', { exact: true }).inputValue()).toBe(
      'bac-kan-dcci',
    );
    await second.close();

    // "Save in this browser" keeps it: now the plain link opens it too.
    await notice.getByRole('button', { name: 'Lưu vào trình duyệt này' }).click();
    await expect.poll(() => notice.innerText()).toContain('Đã lưu');
    expect(recipient.url()).not.toContain('#d=');
    const third = await fresh.newPage();
    await third.goto(plain, { waitUntil: 'load' });
    await waitForBars(third);
    await expect.poll(() => tableUnits(third)).toEqual(['Ba Bể', 'Chợ Đồn', 'Na Rì']);
    expect(errors).toEqual([]);
    await fresh.close();
  }, 60_000);

  it('a damaged link shows the default view and says why (never a blank page)', async () => {
    t = await openPage('/?ds=du-lieu-xyz&view=ranking#d=1.AAAA-not-a-dataset');
    const { page } = t;
    await waitForBars(page);
    const notice = page.locator('.shared-notice');
    await expect
      .poll(() => notice.innerText())
      .toContain('Không mở được bộ dữ liệu trong liên kết');
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(page.url()).not.toContain('#d=');
    expect(await tableUnits(page)).toContain('Bạch Thông');
    await notice.getByRole('button', { name: 'Đóng thông báo' }).click();
    expect(await notice.count()).toBe(0);
    t.expectClean();
  });
});

/** Page objects in a PDF (not the /Pages tree node). */
const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('printing', () => {
  it('prints the scorecard on exactly one A4 page, with title, source and watermark', async () => {
    t = await openPage('/?view=scorecard&unit=districts.bach-thong');
    const { page } = t;
    await page.locator('#view-panel .chart-frame').first().waitFor({ timeout: 20_000 });
    await page.locator('#view-panel .chart-frame__chart svg').first().waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    // Controls are gone; the title, the sources and the watermark stay.
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.locator('.layout__side').isVisible()).toBe(false);
    expect(await page.locator('#view-panel select').first().isVisible()).toBe(false);
    expect(await page.locator('#view-panel .chart-frame__tools').first().isVisible()).toBe(false);
    expect(await page.locator('.scorecard-title').isVisible()).toBe(true);
    expect(await page.locator('.scorecard-title').innerText()).toContain('Bạch Thông');
    const watermarks = page.locator('#view-panel .chart-frame__watermark');
    expect(await watermarks.count()).toBeGreaterThan(0);
    expect(await watermarks.first().isVisible()).toBe(true);
    expect(await watermarks.first().innerText()).toBe(WATERMARK);
    expect(await page.locator('#view-panel .chart-frame__source').first().isVisible()).toBe(true);
    expect(await page.locator('body').innerText()).toContain(WATERMARK);
    await waitForChartsToFit(page); // charts re-measure their width under print media
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(1);
    // Without the CSS page size too (the browser's own default margins).
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    t.expectClean();
  });

  it('fits one page from the screen layout too (charts not re-measured), at 1366 and 390 px', async () => {
    for (const width of [1366, 390]) {
      t = await openPage('/?view=scorecard&unit=districts.bach-thong', { width, height: 900 });
      const { page } = t;
      await page
        .locator('#view-panel .chart-frame__chart svg')
        .first()
        .waitFor({ timeout: 20_000 });
      // No emulated print media: like the browser's print command, the PDF is laid out from the
      // page as it is, with the charts drawn for the screen.
      expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
      t.expectClean();
      await t.close();
      t = undefined;
    }
  });

  it('prints the PCI scorecard (longer names, English) on one A4 page too', async () => {
    t = await openPage('/?ds=pci&lang=en&view=scorecard&unit=provinces.da-nang');
    const { page } = t;
    await page.locator('#view-panel .chart-frame__chart svg').first().waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    await waitForChartsToFit(page);
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
    t.expectClean();
  });

  it('prints the group ranking as a report: title, chart, table, source; no controls', async () => {
    // The districts: respondents, so the threshold and interval controls are on screen.
    t = await openPage('/?view=ranking&group=districts');
    const { page } = t;
    await waitForBars(page);
    await page.locator('.stats-controls').waitFor();
    await page.emulateMedia({ media: 'print' });
    // As wide as A4's printable area (210 − 2 × 12 mm at 96 px an inch).
    await page.setViewportSize({ width: 703, height: 1000 });
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    // No control prints: the Word report, the respondents threshold, the interval method.
    for (const control of ['.report-download', '.stats-controls', '#view-panel input'])
      expect(await page.locator(control).first().isVisible(), control).toBe(false);
    expect(await page.locator('.layout__side').isVisible()).toBe(false);
    expect(await page.locator('.app-header__buttons').isVisible()).toBe(false);
    expect(await page.locator('.ranking-table').isVisible()).toBe(true);
    expect(await page.locator('#view-panel .chart-frame__watermark').first().isVisible()).toBe(
      true,
    );
    // Nothing runs off the right edge of the page.
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('#view-panel') as HTMLElement;
      const limit = main.getBoundingClientRect().right + 1;
      return [...main.querySelectorAll('svg, table')].filter(
        (e) => e.getBoundingClientRect().right > limit,
      ).length;
    });
    expect(overflow).toBe(0);
    // Header cells never run into each other (20 columns on a portrait page).
    const touching = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('.ranking-table thead tr:last-child th')];
      const boxes = cells.map((c) => {
        const r = (c.firstElementChild ?? c).getBoundingClientRect();
        return [r.left, r.right];
      });
      return boxes.filter(([l], i) => i > 0 && (l as number) < (boxes[i - 1]?.[1] as number) + 2)
        .length;
    });
    expect(touching).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    t.expectClean();
  });
});

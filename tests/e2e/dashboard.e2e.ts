import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  openPage,
  tableUnits,
  type TestPage,
  waitForBars,
  waitForApp,
} from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const query = (page: Page) => new URL(page.url()).searchParams;

describe('default view (Vietnamese, DCCI Bắc Kạn 2019, districts)', () => {
  it('shows the 8 districts as bars and in the table, the banner and the conference summary', async () => {
    t = await openPage('/');
    const { page } = t;
    await waitForBars(page);
    expect(await page.locator('.ranking-bars__bar').count()).toBe(8);
    const units = await tableUnits(page);
    expect(units).toHaveLength(8);
    expect(units).toEqual(
      expect.arrayContaining([
        'Thành phố Bắc Kạn',
        'Ba Bể',
        'Bạch Thông',
        'Chợ Đồn',
        'Chợ Mới',
        'Na Rì',
        'Ngân Sơn',
        'Pác Nặm',
      ]),
    );
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Số liệu minh họa — không phải kết quả chính thức');
    expect(await page.getByRole('heading', { name: 'Tóm tắt hội nghị' }).count()).toBe(1);
    expect(await page.locator('.conference').innerText()).toContain('06/01/2020');
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2019');
    expect(await page.getByLabel('Khối', { exact: true }).inputValue()).toBe('districts');
    expect(await page.locator('#view-panel h2.chart-frame__title').innerText()).toContain('2019');
    // Vietnamese decimal comma in the value labels.
    expect(await page.locator('.ranking-table tbody').innerText()).toMatch(/\d{2},\d{2}/);
    expect(await page.locator('#view-panel .chart-frame__watermark').innerText()).toBe(
      'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA',
    );
    t.expectClean();
  });

  it('switches to the departments and the central agencies, and to 2018 and 2020', async () => {
    t = await openPage('/');
    const { page } = t;
    await waitForBars(page);
    await page.getByLabel('Khối', { exact: true }).selectOption('departments');
    await expect.poll(async () => (await tableUnits(page)).length).toBe(19);
    expect(await tableUnits(page)).toContain('Sở Công Thương');
    expect(query(page).get('group')).toBe('departments');
    await page.getByLabel('Khối', { exact: true }).selectOption('central-agencies');
    await expect.poll(async () => (await tableUnits(page)).length).toBe(7);
    expect(await tableUnits(page)).toContain('Kho bạc Nhà nước');
    await page.getByLabel('Khối', { exact: true }).selectOption('districts');
    for (const year of ['2018', '2020']) {
      await page.getByLabel('Năm', { exact: true }).selectOption(year);
      await expect
        .poll(() => page.locator('#view-panel h2.chart-frame__title').innerText())
        .toContain(year);
      expect(query(page).get('year')).toBe(year);
      expect(await page.locator('.ranking-bars__bar').count()).toBe(8);
    }
    t.expectClean();
  });
});

describe('English UI', () => {
  it('is complete with ?lang=en and formats numbers with a decimal point', async () => {
    t = await openPage('/?lang=en');
    const { page } = t;
    await waitForBars(page);
    expect(await page.getByLabel('Dataset', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Year', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Group', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Tiếng Việt' }).count()).toBe(1);
    expect(await page.getByRole('status').first().innerText()).toContain(
      'Illustrative data — not official results',
    );
    expect(await page.getByRole('heading', { name: 'Conference summary' }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Ranking' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const body = await page.locator('body').innerText();
    for (const vi of [
      'Bộ dữ liệu',
      'Tóm tắt hội nghị',
      'Xếp hạng',
      'Tìm đơn vị',
      'Nguồn:',
      'Xem dạng bảng',
      'Điểm',
    ])
      expect(body).not.toContain(vi);
    expect(await page.locator('.ranking-table tbody').innerText()).toMatch(/\d{2}\.\d{2}/);
    t.expectClean();
  });

  it('switches language with the button and keeps the rest of the view', async () => {
    t = await openPage('/?v=1&year=2020');
    const { page } = t;
    await waitForBars(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => query(page).get('lang')).toBe('en');
    expect(query(page).get('year')).toBe('2020');
    expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2020');
  });
});

describe('PCI dataset (real, 2005–2016 and 2020; opens on 2016, the latest year with sub-indices)', () => {
  it('shows 63 provinces in 2016 and 42 in the 2005 pilot, credited to VCCI & USAID, without the banner', async () => {
    t = await openPage('/?ds=pci');
    const { page } = t;
    await waitForBars(page);
    await expect.poll(async () => (await tableUnits(page)).length).toBe(63);
    expect(await page.locator('.ranking-bars__bar').count()).toBe(63);
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2016');
    expect(await page.locator('#view-panel .chart-frame__source').innerText()).toContain('VCCI');
    expect(await page.getByText('Số liệu minh họa — không phải kết quả chính thức').count()).toBe(
      0,
    );
    expect(await page.locator('#view-panel .chart-frame__watermark').count()).toBe(0);
    await page.getByLabel('Năm', { exact: true }).selectOption('2005');
    await expect.poll(async () => (await tableUnits(page)).length).toBe(42);
    t.expectClean();
  });

  it('switches dataset from the selector', async () => {
    t = await openPage('/');
    const { page } = t;
    await waitForBars(page);
    await page.getByLabel('Bộ dữ liệu', { exact: true }).selectOption('pci');
    await expect.poll(async () => (await tableUnits(page)).length).toBe(63);
    expect(query(page).get('ds')).toBe('pci');
  });
});

describe('the view lives in the URL', () => {
  it('restores dataset, year, group, unit and language from a shared link in a fresh browser', async () => {
    t = await openPage('/?v=1&lang=en&ds=pci&year=2010&group=provinces&unit=provinces.da-nang');
    const { page } = t;
    await waitForBars(page);
    expect(await page.getByLabel('Dataset', { exact: true }).inputValue()).toBe('pci');
    expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2010');
    expect(await page.getByRole('button', { name: 'Đà Nẵng' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.locator('.selected-note').innerText()).toContain('Đà Nẵng');
  });

  it('keeps the selection over a reload and walks it back and forth with the history', async () => {
    t = await openPage('/');
    const { page } = t;
    await waitForBars(page);
    await page.getByRole('button', { name: 'Bạch Thông' }).click();
    await expect.poll(() => query(page).get('unit')).toBe('districts.bach-thong');
    await page.getByLabel('Năm', { exact: true }).selectOption('2020');
    await expect.poll(() => query(page).get('year')).toBe('2020');
    await page.reload();
    await waitForApp(page);
    await waitForBars(page);
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2020');
    expect(
      await page.getByRole('button', { name: 'Bạch Thông' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.goBack();
    await expect.poll(() => page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2019');
    await page.goBack();
    await expect.poll(() => query(page).get('unit')).toBeNull();
    expect(
      await page.getByRole('button', { name: 'Bạch Thông' }).getAttribute('aria-pressed'),
    ).toBe('false');
    await page.goForward();
    await expect.poll(() => query(page).get('unit')).toBe('districts.bach-thong');
    await expect
      .poll(() => page.getByRole('button', { name: 'Bạch Thông' }).getAttribute('aria-pressed'))
      .toBe('true');
  });

  it('falls back to defaults with a notice for invalid values, never a blank page', async () => {
    t = await openPage('/?v=1&ds=nope&year=1999&view=pie');
    const { page } = t;
    await waitForBars(page);
    expect(await page.locator('.notices').innerText()).toContain('ds=nope');
    expect(await page.locator('.ranking-bars__bar').count()).toBe(8);
  });
});

describe('layout and accessibility', () => {
  for (const width of [390, 1366]) {
    it(`has no horizontal page scrolling at ${width} px (districts, departments and PCI)`, async () => {
      for (const path of ['/', '/?group=departments', '/?ds=pci&lang=en']) {
        t = await openPage(path, { width, height: 800 });
        await waitForBars(t.page);
        expect(await hasHorizontalScroll(t.page), `${path} at ${width}px`).toBe(false);
        await t.close();
        t = undefined;
      }
    });
  }

  it('has no serious or critical axe-core violation in Vietnamese, English and on the PCI', async () => {
    for (const path of ['/', '/?lang=en&group=departments', '/?ds=pci']) {
      t = await openPage(path);
      await waitForBars(t.page);
      await expectNoAxeViolations(t.page);
      await t.close();
      t = undefined;
    }
  });

  it('opens "About the data" with sources, licences and the 2025 merger note', async () => {
    t = await openPage('/');
    const { page } = t;
    await waitForBars(page);
    await page.getByRole('button', { name: 'Giới thiệu dữ liệu' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The datasets' metadata is fetched when the dialog opens.
    await expect.poll(() => dialog.innerText()).toContain('VCCI');
    const text = await dialog.innerText();
    expect(text).toContain('geoBoundaries');
    expect(text).toContain('1/7/2025');
    await expectNoAxeViolations(page);
  });
});

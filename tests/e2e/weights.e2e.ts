// Browser tests for the weight what-if (issue 6): sliders moved with the keyboard, presets,
// weights opened from the URL, back/forward, axe, on the illustrative Bắc Kạn DCCI and the real PCI.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  openPage,
  type TestPage,
  waitForApp,
} from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const query = (page: Page) => new URL(page.url()).searchParams;
const bars = 'svg.weight-moves-chart g[data-unit]';

async function weightsReady(page: Page, count: number) {
  await page.locator(bars).first().waitFor({ timeout: 20_000 });
  await page.locator('svg.stability-chart g[data-unit]').first().waitFor({ timeout: 20_000 });
  expect(await page.locator(bars).count()).toBe(count);
}

/** "rank unit direction" per bar, in chart order. */
const ranking = (page: Page) =>
  page
    .locator(bars)
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-rank')} ${e.getAttribute('data-unit')} ${e.getAttribute('data-direction')}`,
      ),
    );

const sliderValue = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).inputValue();

describe('Weights', () => {
  it('re-ranks live when a slider moves with the keyboard, then keeps the weights in the URL', async () => {
    t = await openPage('/?view=weights');
    const { page } = t;
    await weightsReady(page, 8);
    expect(await page.getByRole('tab', { name: 'Trọng số' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const before = await ranking(page);
    // The dataset weights reproduce the published ranking: nothing has moved.
    expect(before.every((r) => r.endsWith(' same'))).toBe(true);
    expect(
      await page
        .getByRole('button', { name: 'Trọng số của bộ dữ liệu' })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    const slider = page.getByLabel('Minh bạch và tiếp cận thông tin', { exact: true });
    expect(await slider.inputValue()).toBe('15');
    await slider.focus();
    await page.keyboard.press('End');
    expect(await slider.inputValue()).toBe('30');
    await page.keyboard.press('ArrowLeft');
    expect(await slider.inputValue()).toBe('29.5');
    // The value and share are written beside the slider.
    expect(
      await page.locator('.weights-slider', { has: slider }).locator('output').innerText(),
    ).toMatch(/^29,5 · \d+% tổng$/);
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('w') === 'transparency:29.5',
    );

    // Push the ranking hard: only "role of the head of unit" counts.
    for (const label of [
      'Minh bạch và tiếp cận thông tin',
      'Chi phí không chính thức',
      'Chi phí thời gian',
      'Cạnh tranh bình đẳng',
      'Hỗ trợ doanh nghiệp',
      'Thiết chế pháp lý',
      'Tính năng động, sáng tạo & hiệu quả hoạt động',
      'Mức độ chuyển đổi số',
      'Tiếp cận đất đai và mặt bằng kinh doanh',
    ]) {
      await page.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press('Home');
    }
    await page.getByRole('button', { name: 'Trọng số bằng nhau' }).focus();
    const after = await ranking(page);
    expect(after).not.toEqual(before);
    expect(after.some((r) => / (up|down)$/.test(r))).toBe(true);
    // Moves are written as ▲n / ▼n text next to the bars and in the table.
    const moves = await page.locator('.weight-moves-chart__move').allTextContents();
    expect(moves.some((m) => /^[▲▼]\d+$/.test(m))).toBe(true);
    expect(
      await page.locator('table.weights-table tbody td', { hasText: /bậc$/ }).count(),
    ).toBeGreaterThan(0);
    await page.waitForFunction(
      () =>
        (new URL(location.href).searchParams.get('w') ?? '').includes('leadership') === false &&
        (new URL(location.href).searchParams.get('w') ?? '').includes('land-access:0'),
    );
    expect(query(page).get('w')).toContain('transparency:0');

    // Reload: the weights come back from the URL.
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await weightsReady(page, 8);
    expect(await sliderValue(page, 'Chi phí thời gian')).toBe('0');
    expect(await sliderValue(page, 'Vai trò người đứng đầu')).toBe('10');
    expect(await ranking(page)).toEqual(after);
    t.expectClean();
  });

  it('applies a preset, marks it pressed, and back returns to the weights before', async () => {
    t = await openPage('/?view=weights&group=departments');
    const { page } = t;
    await weightsReady(page, 19);
    await page.getByRole('button', { name: 'Trọng số bằng nhau' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('w') === 'equal');
    expect(
      await page.getByRole('button', { name: 'Trọng số bằng nhau' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await sliderValue(page, 'Minh bạch và tiếp cận thông tin')).toBe('10');
    await page.getByRole('button', { name: 'Trọng số PCI 2016' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('w') === 'pci2016');
    expect(await sliderValue(page, 'Minh bạch và tiếp cận thông tin')).toBe('20');
    expect(await sliderValue(page, 'Mức độ chuyển đổi số')).toBe('10');
    await expect
      .poll(() => page.locator('.weights-controls__note').allInnerTexts())
      .toContainEqual(expect.stringContaining('Không có chỉ số tương ứng trong PCI 2016'));
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('w') === 'equal');
    expect(await sliderValue(page, 'Minh bạch và tiếp cận thông tin')).toBe('10');
    expect(
      await page.getByRole('button', { name: 'Trọng số bằng nhau' }).getAttribute('aria-pressed'),
    ).toBe('true');
    t.expectClean();
  });

  it('opens a URL with weights in English, applies them, and passes axe at 390 px without sideways scrolling', async () => {
    t = await openPage('/?lang=en&view=weights&w=leadership:30,time-costs:0,nope:2', {
      width: 390,
      height: 844,
    });
    const { page } = t;
    await weightsReady(page, 8);
    expect(await sliderValue(page, 'Role of the head of unit')).toBe('30');
    expect(await sliderValue(page, 'Time costs')).toBe('0');
    expect(await sliderValue(page, 'Equal competition')).toBe('10');
    expect(
      await page.getByRole('button', { name: 'Dataset weights' }).getAttribute('aria-pressed'),
    ).toBe('false');
    expect(await page.locator('.weights-controls__note').allInnerTexts()).toContainEqual(
      expect.stringContaining('(nope)'),
    );
    expect(await page.locator('.weights-slider output').first().innerText()).toMatch(
      /^\d+(\.\d)? · \d+% of total$/,
    );
    const frames = page.locator('#view-panel figure.chart-frame');
    expect(await frames.count()).toBe(2);
    expect(await frames.nth(1).locator('.chart-frame__summary').innerText()).toContain(
      'Method: each weight is multiplied by a uniform random number in [0.5, 1.5] (1000 times, seed 20200106',
    );
    expect(await frames.first().locator('.chart-frame__watermark').innerText()).toBe(
      'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA',
    );
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    t.expectClean();
  });

  it('on PCI says the recomputed totals do not reproduce the published ranking, and passes axe', async () => {
    t = await openPage('/?ds=pci&year=2010&view=weights');
    const { page } = t;
    await weightsReady(page, 63);
    expect(
      await page
        .locator('#view-panel .chart-frame__note', {
          hasText: 'không cho đúng thứ hạng đã công bố',
        })
        .count(),
    ).toBe(1);
    expect(await page.locator('#view-panel .chart-frame__watermark').count()).toBe(0);
    await expectNoAxeViolations(page);
    t.expectClean();
  });
});

// Browser tests for the Scorecard, Compare and Distribution views (issue 4), opened by URL on
// the illustrative Bắc Kạn DCCI and on the real PCI, at 1366 px and 390 px.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  openPage,
  type TestPage,
} from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const query = (page: Page) => new URL(page.url()).searchParams;
// The view's own content (the side panel may hold chart frames of its own).
const panel = (page: Page) => page.locator('#view-panel');
const sentence = (page: Page) => page.getByTestId('scorecard-sentence');
async function scorecardReady(page: Page) {
  await sentence(page).waitFor({ timeout: 20_000 });
}
async function compareReady(page: Page) {
  await page.locator('.compare-legend').waitFor({ timeout: 20_000 });
  await panel(page).locator('.recharts-bar-rectangle').first().waitFor({ timeout: 20_000 });
}
async function distributionReady(page: Page) {
  await page.locator('svg.distribution-chart circle').first().waitFor({ timeout: 20_000 });
}

describe('Scorecard', () => {
  it('opens by URL on the illustrative DCCI with the sentence, figures, three charts and the watermark', async () => {
    t = await openPage('/?view=scorecard&unit=districts.bach-thong');
    const { page } = t;
    await scorecardReady(page);
    expect(await page.getByRole('tab', { name: 'Bảng điểm' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(
      await page.getByRole('heading', { name: 'Bạch Thông: bảng điểm DCCI 2019' }).count(),
    ).toBe(1);
    // The move flag and the rank interval arrive from the stats worker a moment later.
    await expect.poll(() => sentence(page).innerText()).toContain('khoảng tin cậy 90%');
    const text = await sentence(page).innerText();
    expect(text).toMatch(
      /^Bạch Thông xếp thứ \d\/8 huyện, thành phố về DCCI 2019 với \d{2},\d{2} điểm, (tăng|giảm) \d bậc so với 2018 \(thay đổi (nhiều khả năng là thật|nằm trong sai số khảo sát)\)\. Điểm dựa trên \d+ phiếu trả lời; tính cả sai số khảo sát, hạng nằm trong khoảng \d–\d \(khoảng tin cậy 90%\)\./,
    );
    expect(text).toContain('(Số liệu minh họa.)');
    expect(await page.getByLabel('Đơn vị', { exact: true }).inputValue()).toBe(
      'districts.bach-thong',
    );
    const figures = await page.getByLabel('Các số liệu chính').innerText();
    expect(figures).toMatch(/hạng \d\/8/);
    expect(figures).toContain('Thay đổi hạng so với 2018');
    expect(await panel(page).locator('figure.chart-frame').count()).toBe(3);
    expect(await page.locator('svg.subindex-bars g[data-subindex]').count()).toBe(10);
    expect(await page.locator('svg.history-chart g[data-year]').count()).toBe(3);
    // The bundled weights reproduce the totals, so the weighted parts add up to the gap.
    expect(
      await panel(page)
        .locator('.chart-frame__note', { hasText: 'Có trọng số: các phần đóng góp cộng lại' })
        .count(),
    ).toBe(1);
    expect(await panel(page).locator('.chart-frame__watermark').first().innerText()).toBe(
      'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA',
    );
    await expectNoAxeViolations(page);
    t.expectClean();
  });

  it('without unit= shows a labelled picker on the first ranked unit; choosing writes unit= and back returns', async () => {
    t = await openPage('/?view=scorecard&year=2020');
    const { page } = t;
    await scorecardReady(page);
    const picker = page.getByLabel('Đơn vị', { exact: true });
    const first = await picker.inputValue();
    expect(first).toMatch(/^districts\./);
    expect(await sentence(page).innerText()).toMatch(/xếp thứ 1\/8/);
    await picker.selectOption('districts.na-ri');
    await expect.poll(() => query(page).get('unit')).toBe('districts.na-ri');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Na Rì: bảng điểm DCCI 2020' }).count())
      .toBe(1);
    await page.goBack();
    await expect.poll(() => query(page).get('unit')).toBeNull();
    t.expectClean();
  });

  it('opens on the PCI for Bắc Kạn: 60th of 63 in 2016, no watermark, 2005–2016 and 2020 in the history', async () => {
    // PCI now ends with 2020 (total and rank only), so 2016 is asked for.
    t = await openPage('/?ds=pci&year=2016&view=scorecard&unit=provinces.bac-kan');
    const { page } = t;
    await scorecardReady(page);
    expect(await sentence(page).innerText()).toBe(
      'Bắc Kạn xếp thứ 60/63 tỉnh, thành phố về PCI 2016 với 54,60 điểm, giữ nguyên thứ hạng so với 2015.',
    );
    expect(await page.locator('svg.history-chart g[data-year]').count()).toBe(13);
    expect(await panel(page).locator('.chart-frame__watermark').count()).toBe(0);
    expect(await panel(page).locator('.chart-frame__source').first().innerText()).toContain('VCCI');
    await expectNoAxeViolations(page);
    t.expectClean();
  });

  it('on the PCI 2009 (English) says the weighted parts do not add up and carries the declared method change', async () => {
    t = await openPage('/?lang=en&ds=pci&year=2009&view=scorecard&unit=provinces.bac-kan');
    const { page } = t;
    await scorecardReady(page);
    expect(await sentence(page).innerText()).toContain(
      'Note: the method or the number of units changed between 2008 and 2009',
    );
    expect(
      await panel(page).locator('.chart-frame__note', { hasText: 'not the' }).first().innerText(),
    ).toMatch(/^Weighted, but the contributions/);
    expect(await page.locator('.scorecard-notes').innerText()).toContain(
      'Hà Tây merged into Hà Nội',
    );
    const body = await page.locator('#view-panel').innerText();
    expect(body).not.toMatch(/\d,\d\d/);
    t.expectClean();
  });

  it('shows a chart as a table on request', async () => {
    t = await openPage('/?view=scorecard&unit=districts.bach-thong');
    const { page } = t;
    await scorecardReady(page);
    const frame = panel(page).locator('figure.chart-frame').first();
    await frame.getByRole('button', { name: 'Xem dạng bảng' }).click();
    expect(await frame.locator('table tbody tr').count()).toBe(10);
    expect(await frame.locator('table').innerText()).toContain('Minh bạch và tiếp cận thông tin');
  });
});

describe('Compare', () => {
  it('compares the selected unit with its neighbours and adds a unit from a labelled checkbox', async () => {
    t = await openPage('/?view=compare&unit=districts.bach-thong');
    const { page } = t;
    await compareReady(page);
    const checked = page.locator('fieldset input[type=checkbox]:checked');
    expect(await checked.count()).toBe(3);
    expect(await page.locator('.compare-legend li').count()).toBe(3);
    expect(
      await panel(page)
        .locator('.recharts-wrapper text', { hasText: /^A \d,\d\d$/ })
        .count(),
    ).toBeGreaterThan(5);
    const unchecked = page
      .locator('fieldset label', { has: page.locator('input:not(:checked)') })
      .first();
    await unchecked.click();
    await expect.poll(() => (query(page).get('units') ?? '').split(',').length).toBe(4);
    await expect.poll(() => page.locator('.compare-legend li').count()).toBe(4);
    // The optional radar form: one outline per unit, keyboard-operable toggle, still axe-clean.
    const radar = page.getByRole('button', { name: 'Dạng radar' });
    await radar.focus();
    await page.keyboard.press('Enter');
    expect(await radar.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('svg.compare-radar g[data-unit]').count()).toBe(4);
    await expectNoAxeViolations(page);
    t.expectClean();
  });

  it('opens two provinces of the PCI from units= with the list folded behind its summary', async () => {
    t = await openPage('/?ds=pci&view=compare&units=provinces.bac-kan,provinces.da-nang');
    const { page } = t;
    await compareReady(page);
    expect(await page.locator('details.compare-picker summary').innerText()).toBe(
      'Đơn vị so sánh: Đà Nẵng, Bắc Kạn',
    );
    const key = await page.locator('.compare-legend').innerText();
    expect(key).toContain('Bắc Kạn: 54,60 điểm, hạng 60/63');
    await page.locator('details.compare-picker summary').click();
    expect(await page.getByRole('checkbox', { name: '60. Bắc Kạn' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '60. Bắc Kạn' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
    t.expectClean();
  });
});

describe('Distribution', () => {
  it('shows every group of the DCCI with the figures quoted at the 2020 results conference', async () => {
    t = await openPage('/?view=distribution&year=2020&unit=districts.bach-thong');
    const { page } = t;
    await distributionReady(page);
    expect(await page.locator('svg.distribution-chart g[data-group]').count()).toBe(3);
    const chart = await page.locator('svg.distribution-chart').textContent();
    expect(chart).toContain('8 huyện, thành phố cách nhau 7,71 điểm');
    expect(chart).toContain('19 sở, ban, ngành cách nhau 18,90 điểm');
    expect(await page.locator('circle[data-selected="true"]').count()).toBe(1);
    expect(await page.locator('circle[data-selected="true"]').getAttribute('data-unit')).toBe(
      'districts.bach-thong',
    );
    await expectNoAxeViolations(page);
    t.expectClean();
  });

  it('shows the 63 provinces of the PCI 2016 in English, with a table alternative', async () => {
    t = await openPage('/?lang=en&ds=pci&view=distribution&unit=provinces.bac-kan');
    const { page } = t;
    await distributionReady(page);
    expect(await page.locator('svg.distribution-chart circle').count()).toBe(63);
    expect(await page.locator('svg.distribution-chart').textContent()).toContain(
      'The 63 provinces are 17.01 points apart',
    );
    await panel(page).getByRole('button', { name: 'Show as table' }).click();
    expect(await panel(page).locator('.chart-frame table').first().innerText()).toContain(
      'Đà Nẵng (70.00)',
    );
    t.expectClean();
  });
});

describe('layout', () => {
  const paths = [
    '/?view=scorecard&group=departments&unit=departments.so-lao-dong-thuong-binh-va-xa-hoi',
    '/?ds=pci&view=scorecard&unit=provinces.bac-kan',
    '/?view=compare&group=departments',
    '/?ds=pci&view=compare&lang=en',
    '/?view=distribution&unit=districts.bach-thong',
    '/?ds=pci&view=distribution',
  ];
  for (const width of [390, 1366]) {
    it(`has no horizontal page scrolling at ${width} px on the three views, both datasets`, async () => {
      for (const path of paths) {
        t = await openPage(path, { width, height: 800 });
        await panel(t.page).locator('figure.chart-frame svg').first().waitFor({ timeout: 20_000 });
        expect(await hasHorizontalScroll(t.page), `${path} at ${width}px`).toBe(false);
        t.expectClean();
        await t.close();
        t = undefined;
      }
    });
  }

  it('is axe-clean at 390 px on the scorecard', async () => {
    t = await openPage('/?view=scorecard&unit=districts.bach-thong', { width: 390, height: 800 });
    await scorecardReady(t.page);
    await expectNoAxeViolations(t.page);
  });
});

describe('exports of the three views', () => {
  async function exportFile(page: Page, frame: number, button: string) {
    await panel(page).getByRole('button', { name: 'Xuất', exact: true }).nth(frame).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất biểu đồ' });
    await dialog.waitFor();
    const [d] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      dialog.getByRole('button', { name: button, exact: true }).click(),
    ]);
    const text = (await readFile((await d.path()) as string))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return { name: d.suggestedFilename(), text };
  }
  const csvRows = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

  it('the scorecard sub-index frame exports its plotted values as CSV under a CONTRACTS.md name', async () => {
    t = await openPage('/?view=scorecard&unit=districts.bach-thong');
    const { page } = t;
    await scorecardReady(page);
    const { name, text } = await exportFile(page, 0, 'Tải CSV');
    expect(name).toBe('dcci-bac-kan-2019-huyen-thanh-pho-bang-diem.csv');
    const rows = csvRows(text);
    expect(rows[0]?.[0]).toContain('SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA');
    expect(rows[1]).toEqual([
      'Chỉ số thành phần',
      'Bạch Thông',
      'Hạng trong khối',
      'Trung bình',
      'Trung vị',
      'Cao nhất',
    ]);
    expect(rows.slice(2)).toHaveLength(10);
    for (const r of rows.slice(2)) expect(r[1]).toMatch(/^\d+(\.\d+)?$/);
    t.expectClean();
  });

  it('the compare frame exports an SVG that names the units by letter in its notes', async () => {
    t = await openPage('/?view=compare&unit=districts.bach-thong');
    const { page } = t;
    await compareReady(page);
    const { name, text } = await exportFile(page, 0, 'Tải SVG');
    expect(name).toBe('dcci-bac-kan-2019-huyen-thanh-pho-so-sanh.svg');
    expect(text).toMatch(/A = [^,]+, B = [^,]+, C = Bạch Thông/);
    expect(text).toContain('SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA');
    t.expectClean();
  });

  it('the distribution exports every group’s units as CSV', async () => {
    t = await openPage('/?view=distribution');
    const { page } = t;
    await distributionReady(page);
    const { name, text } = await exportFile(page, 0, 'Tải CSV');
    expect(name).toBe('dcci-bac-kan-2019-tat-ca-khoi-phan-bo.csv');
    expect(csvRows(text).slice(2)).toHaveLength(34);
    t.expectClean();
  });
});

// Browser tests for the Trends, Sub-indices and Map views (issue 4), opened by URL on the
// illustrative Bắc Kạn DCCI and on the real PCI, at 1366 px and 390 px.
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

const query = (page: Page) => new URL(page.url()).searchParams;
const checkedUnits = (page: Page) =>
  page
    .locator('.unit-chooser input[type=checkbox]:checked')
    .evaluateAll((els) => els.map((e) => e.closest('label')?.textContent?.trim() ?? ''));

async function trendsReady(page: Page) {
  await page.locator('.recharts-line').first().waitFor({ timeout: 20_000 });
  await page.locator('svg.slope-chart').waitFor({ timeout: 20_000 });
}
async function heatmapReady(page: Page) {
  await page.locator('table.heatmap--colour tbody tr').first().waitFor({ timeout: 20_000 });
}
async function tilesReady(page: Page) {
  await page.locator('svg.tile-grid .tile-grid__tile').first().waitFor({ timeout: 20_000 });
}
async function choroplethReady(page: Page) {
  await page.locator('svg.choropleth path[data-code]').first().waitFor({ timeout: 20_000 });
}

describe('Trends', () => {
  it('opens by URL with the chosen units, the slope 2018→2019 and the risers and fallers', async () => {
    t = await openPage('/?view=trends&units=districts.ba-be,districts.na-ri&y2=2018');
    const { page } = t;
    await trendsReady(page);
    expect(await page.getByRole('tab', { name: 'Xu hướng' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await checkedUnits(page)).toEqual(['Ba Bể', 'Na Rì']);
    // Two lines in the score chart and two in the rank chart.
    expect(await page.locator('.recharts-line').count()).toBe(4);
    expect(await page.locator('svg.trend-key text').allTextContents()).toEqual(['Ba Bể', 'Na Rì']);
    const summary = await page.locator('#view-panel .chart-frame__summary').first().innerText();
    expect(summary).toMatch(
      /^Ba Bể: \d{2},\d{2} điểm năm 2018 \(hạng \d\/8\), \d{2},\d{2} điểm năm 2020 \(hạng \d\/8\)\. Na Rì:/,
    );
    expect(await page.getByLabel('Mốc so sánh', { exact: true }).inputValue()).toBe('2018');
    expect(
      await page
        .getByRole('heading', { name: 'DCCI: thay đổi điểm từ 2018 đến 2019, huyện, thành phố' })
        .count(),
    ).toBe(1);
    expect(await page.locator('svg.slope-chart g[data-unit]').count()).toBe(8);
    expect(await page.locator('svg.slope-chart g[data-unit="districts.ba-be"] line').count()).toBe(
      1,
    );
    expect(await page.locator('svg.movers-chart g[data-unit]').count()).toBe(8);
    const directions = await page
      .locator('svg.movers-chart g[data-unit]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-direction')));
    // Sorted from the largest rise to the largest fall.
    expect(
      directions.indexOf('fall') === -1 ||
        directions.lastIndexOf('rise') < directions.indexOf('fall'),
    ).toBe(true);
    expect(
      await page
        .locator('#view-panel .chart-frame__note', { hasText: 'Điểm được chuẩn hóa lại mỗi năm' })
        .count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('#view-panel .chart-frame__watermark').first().innerText()).toBe(
      'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA',
    );
    t.expectClean();
  });

  it('keeps the choice and the second year in the URL, with back/forward', async () => {
    t = await openPage('/?view=trends&units=districts.ba-be,districts.na-ri&y2=2018');
    const { page } = t;
    await trendsReady(page);
    await page.getByRole('checkbox', { name: 'Chợ Mới', exact: true }).check();
    await expect
      .poll(() => query(page).get('units'))
      .toBe('districts.ba-be,districts.na-ri,districts.cho-moi');
    await expect.poll(() => page.locator('svg.trend-key text').count()).toBe(3);
    await page.getByLabel('Mốc so sánh', { exact: true }).selectOption('2020');
    await expect.poll(() => query(page).get('y2')).toBe('2020');
    await expect
      .poll(() => page.getByRole('heading', { name: /thay đổi điểm từ 2019 đến 2020/ }).count())
      .toBe(1);
    await page.goBack();
    await expect.poll(() => query(page).get('y2')).toBe('2018');
    await page.goBack();
    await expect.poll(() => checkedUnits(page)).toEqual(['Ba Bể', 'Na Rì']);
    await page.goForward();
    await expect.poll(() => checkedUnits(page)).toEqual(['Ba Bể', 'Chợ Mới', 'Na Rì']);
    // The table alternative shows years as rows with score and rank.
    await page
      .locator('#view-panel')
      .getByRole('button', { name: 'Xem dạng bảng' })
      .first()
      .click();
    const table = page.locator('table.trends-table');
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.locator('tbody').innerText()).toMatch(/\d{2},\d{2}( n=\d+)? \(\d\/8\)/);
    t.expectClean();
  });

  it('says when PCI years span the 2009 and 2013 method changes and the group size changes', async () => {
    t = await openPage('/?ds=pci&view=trends&units=provinces.bac-kan,provinces.da-nang&y2=2008');
    const { page } = t;
    await trendsReady(page);
    expect(await page.locator('svg.trend-key text').allTextContents()).toEqual([
      'Bắc Kạn',
      'Đà Nẵng',
    ]);
    const notes = (await page.locator('#view-panel .chart-frame__note').allInnerTexts()).join('\n');
    expect(notes).toContain('Thay đổi phương pháp năm 2009');
    expect(notes).toContain('Thay đổi phương pháp năm 2013');
    expect(notes).toMatch(/Số đơn vị được xếp hạng thay đổi qua các năm \(2005: 42, 2006: 64/);
    expect(notes).toContain('Số đơn vị được xếp hạng: 64 năm 2008, 63 năm 2016');
    // Bắc Kạn was not in the 2005 pilot: a gap, never 0.
    expect(notes).toContain('Năm không có số liệu được để trống');
    await page
      .locator('#view-panel')
      .getByRole('button', { name: 'Xem dạng bảng' })
      .first()
      .click();
    const row2005 = page.locator('table.trends-table tbody tr', { hasText: '2005' });
    expect(await row2005.locator('td').first().innerText()).toBe('—');
    expect(await page.locator('svg.slope-chart g[data-unit]').count()).toBe(64);
    t.expectClean();
  });

  it('is complete in English', async () => {
    t = await openPage('/?lang=en&view=trends&units=districts.ba-be&y2=2020');
    const { page } = t;
    await trendsReady(page);
    expect(await page.getByRole('group', { name: 'Units to follow (up to 5)' }).count()).toBe(1);
    expect(await page.getByLabel('Compare with', { exact: true }).inputValue()).toBe('2020');
    const body = await page.locator('main').innerText();
    for (const vi of [
      'Đơn vị theo dõi',
      'Mốc so sánh',
      'Điểm tổng hợp',
      'Xem dạng bảng',
      'thay đổi điểm',
    ])
      expect(body).not.toContain(vi);
    expect(body).toMatch(/\d{2}\.\d{2}/);
    t.expectClean();
  });
});

describe('Sub-indices', () => {
  it('opens by URL sorted by a column with the highlighted sub-index, values and ranks printed', async () => {
    t = await openPage('/?view=subindices&sort=-time-costs&sub=time-costs');
    const { page } = t;
    await heatmapReady(page);
    expect(
      await page.getByRole('tab', { name: 'Chỉ số thành phần' }).getAttribute('aria-selected'),
    ).toBe('true');
    const rows = page.locator('table.heatmap--colour tbody tr');
    expect(await rows.count()).toBe(8);
    // 10 sub-indices for the districts (land access applies to districts only).
    expect(await page.locator('table.heatmap--colour thead th.heatmap__sub').count()).toBe(10);
    const values = await page
      .locator('table.heatmap--colour td[data-sub="time-costs"] .heatmap__value')
      .allInnerTexts()
      .then((v) => v.map((x) => Number(x.replace(',', '.'))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(await page.locator('table.heatmap--colour td.is-highlighted').count()).toBe(8);
    expect(
      await page
        .locator('table.heatmap--colour td[data-sub="time-costs"] .heatmap__cellrank')
        .first()
        .innerText(),
    ).toBe('hạng 1');
    expect(await page.getByLabel('Sắp xếp theo', { exact: true }).inputValue()).toBe('time-costs');
    expect(await page.getByLabel('Thứ tự', { exact: true }).inputValue()).toBe('desc');
    await page.getByLabel('Sắp xếp theo', { exact: true }).selectOption('unit');
    await expect.poll(() => query(page).get('sort')).toBe('unit');
    await expect.poll(() => rows.first().locator('th').innerText()).toBe('Ba Bể');
    t.expectClean();
  });

  it('shows the departments with their 9 sub-indices and the PCI 2016 with its 10', async () => {
    t = await openPage('/?view=subindices&group=departments');
    await heatmapReady(t.page);
    expect(await t.page.locator('table.heatmap--colour tbody tr').count()).toBe(19);
    expect(await t.page.locator('table.heatmap--colour thead th.heatmap__sub').count()).toBe(9);
    t.expectClean();
    await t.close();
    t = await openPage('/?ds=pci&view=subindices&lang=en');
    await heatmapReady(t.page);
    expect(await t.page.locator('table.heatmap--colour tbody tr').count()).toBe(63);
    expect(await t.page.locator('table.heatmap--colour thead th.heatmap__sub').count()).toBe(10);
    expect(await t.page.locator('table.heatmap--colour').innerText()).toMatch(/\d\.\d{2}/);
    t.expectClean();
  });
});

describe('Map', () => {
  it('loads the province boundaries only when the Map tab opens, and draws the PCI choropleth', async () => {
    t = await openPage('/?ds=pci');
    const { page } = t;
    const geo: string[] = [];
    page.on('request', (r) => {
      if (/provinces-projected/.test(r.url())) geo.push(r.url());
    });
    await waitForBars(page, '.ranking-bars__bar');
    const initial = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(initial.filter((u) => /provinces-projected/.test(u))).toEqual([]);
    expect(geo).toEqual([]);
    await page.getByRole('tab', { name: 'Bản đồ' }).click();
    await choroplethReady(page);
    expect(geo.length).toBe(1);
    expect(query(page).get('view')).toBe('map');
    expect(await page.locator('svg.choropleth path[data-code]').count()).toBe(64);
    // Côn Đảo and Bà Rịa–Vũng Tàu share VN-43 and one colour.
    const fills = await page
      .locator('svg.choropleth path[data-code="VN-43"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(fills).toHaveLength(2);
    expect(fills[0]).toBe(fills[1]);
    expect(await page.locator('.choropleth__highlight').count()).toBe(1);
    expect(await page.locator('.choropleth__label text').textContent()).toBe('Bắc Kạn');
    expect(
      await page
        .locator('#view-panel .chart-frame__note', {
          hasText: 'Administrative boundaries courtesy of geoBoundaries.org',
        })
        .count(),
    ).toBe(1);
    expect(await page.locator('#view-panel svg.scale-legend rect').count()).toBeGreaterThanOrEqual(
      5,
    );
    expect(await page.locator('#view-panel .chart-frame__summary').innerText()).toContain(
      'Bắc Kạn (viền đậm): 54,60, hạng 60/63.',
    );
    t.expectClean();
  });

  it('opens /?ds=pci&view=map directly, colours by a sub-index and lists Hà Tây in 2008', async () => {
    t = await openPage('/?ds=pci&view=map&year=2008&sub=transparency');
    const { page } = t;
    await choroplethReady(page);
    expect(await page.getByLabel('Tô màu theo', { exact: true }).inputValue()).toBe('transparency');
    expect(await page.locator('#view-panel h2.chart-frame__title').innerText()).toContain(
      '«Tính minh bạch»',
    );
    expect(
      await page
        .locator('#view-panel .chart-frame__note', {
          hasText: 'Không có trên bản đồ (xem bảng): Hà Tây',
        })
        .count(),
    ).toBe(1);
    await page.locator('#view-panel').getByRole('button', { name: 'Xem dạng bảng' }).click();
    expect(await page.locator('#view-panel .chart-frame table tbody tr').count()).toBe(64);
    t.expectClean();
  });

  it('draws the Bắc Kạn districts as 8 tiles with names and values, coloured by sub=', async () => {
    t = await openPage('/?view=map&sub=land-access');
    const { page } = t;
    await tilesReady(page);
    expect(await page.locator('svg.tile-grid .tile-grid__tile').count()).toBe(8);
    const tileText = () =>
      page
        .locator('svg.tile-grid [data-unit="districts.na-ri"] text')
        .allTextContents()
        .then((x) => x.join('|'));
    expect(await tileText()).toMatch(/^Na Rì\|\d,\d{2}\|hạng \d\/7$/); // Pác Nặm has no land-access value: 7 ranked
    expect(await page.getByLabel('Tô màu theo', { exact: true }).inputValue()).toBe('land-access');
    await page.getByLabel('Tô màu theo', { exact: true }).selectOption('');
    await expect.poll(() => query(page).get('sub')).toBeNull();
    await expect.poll(tileText).toMatch(/^Na Rì\|\d{2},\d{2}\|hạng \d\/8$/);
    expect(await page.locator('#view-panel .chart-frame__watermark').innerText()).toBe(
      'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA',
    );
    t.expectClean();
  });

  it('explains that departments have no map and offers the ranking', async () => {
    t = await openPage('/?view=map&group=departments');
    const { page } = t;
    await page.locator('.map-empty').waitFor({ timeout: 20_000 });
    expect(await page.locator('.map-empty').innerText()).toContain('không gắn với một địa bàn');
    await page.getByRole('button', { name: 'Xem bảng xếp hạng' }).click();
    await waitForBars(page, '.ranking-bars__bar');
    expect(query(page).get('view')).toBeNull();
    t.expectClean();
  });
});

describe('Province context (side panel)', () => {
  it("shows Bắc Kạn's real PCI ranks with 2017 as a gap and opens the PCI map", async () => {
    t = await openPage('/');
    const { page } = t;
    const panel = page.locator('.province-context');
    await panel.locator('svg.context-chart').waitFor({ timeout: 20_000 });
    expect(await panel.getByRole('heading', { name: 'Bắc Kạn trong PCI 2006–2022' }).count()).toBe(
      1,
    );
    expect(await panel.locator('.chart-frame__summary').innerText()).toBe(
      'Bắc Kạn xếp thứ 45/64 năm 2006 và thứ 35/63 năm 2022; thứ hạng tốt nhất trong giai đoạn là 35 (năm 2022).',
    );
    expect(await panel.locator('svg.context-chart path').count()).toBe(2);
    expect(
      await panel.locator('.chart-frame__note', { hasText: 'Năm 2017: không có số liệu' }).count(),
    ).toBe(1);
    expect(await panel.locator('.chart-frame__watermark').count()).toBe(0);
    await panel.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const row2017 = panel.locator('tbody tr', { hasText: '2017' });
    expect(await row2017.locator('td').allInnerTexts()).toEqual(['—', '—']);
    await panel.getByRole('button', { name: 'Xem bản đồ PCI' }).click();
    await choroplethReady(page);
    expect(query(page).get('ds')).toBe('pci');
    expect(query(page).get('view')).toBe('map');
    t.expectClean();
  });
});

describe('layout and accessibility', () => {
  const pages: [string, (p: Page) => Promise<void>][] = [
    ['/?view=trends&units=districts.ba-be,districts.na-ri&y2=2018', trendsReady],
    ['/?ds=pci&view=trends', trendsReady],
    ['/?view=subindices&sub=time-costs&group=departments', heatmapReady],
    ['/?ds=pci&view=subindices&lang=en', heatmapReady],
    ['/?view=map', tilesReady],
    ['/?ds=pci&view=map', choroplethReady],
  ];
  for (const width of [390, 1366]) {
    it(`has no horizontal page scroll at ${width} px`, async () => {
      for (const [path, ready] of pages) {
        t = await openPage(path, { width });
        await ready(t.page);
        expect(await hasHorizontalScroll(t.page), `${path} at ${width}px`).toBe(false);
        t.expectClean();
        await t.close();
        t = undefined;
      }
    });
  }

  for (const [path, ready] of pages) {
    it(`is axe-clean at 390 px, with the table alternative open too: ${path}`, async () => {
      t = await openPage(path, { width: 390 });
      await ready(t.page);
      await expectNoAxeViolations(t.page);
      await t.page
        .locator('#view-panel')
        .getByRole('button', { name: /Xem dạng bảng|Show as table/ })
        .first()
        .click();
      await expectNoAxeViolations(t.page);
      t.expectClean();
    }, 60_000);
  }
});

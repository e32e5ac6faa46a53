import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, type TestPage } from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const HOANG_SA = {
  vi: 'Quần đảo Hoàng Sa (TP. Đà Nẵng)',
  en: 'Hoang Sa (Paracel) Islands (Da Nang)',
};
const TRUONG_SA = {
  vi: 'Quần đảo Trường Sa (tỉnh Khánh Hòa)',
  en: 'Truong Sa (Spratly) Islands (Khanh Hoa)',
};

async function mapReady(page: Page) {
  await page
    .locator('#view-panel svg.choropleth [data-island="truong-sa"]')
    .first()
    .waitFor({ timeout: 20_000 });
}

/** The archipelago labels of the first map in `root` (an element or a whole SVG document), lines joined. */
const islandLabels = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('#view-panel svg.choropleth');
    const label = (id: string) =>
      [...(map?.querySelectorAll(`[data-island="${id}"] tspan`) ?? [])]
        .map((s) => s.textContent)
        .join(' ');
    return [label('hoang-sa'), label('truong-sa')];
  });

describe('maps of Vietnam show Hoàng Sa and Trường Sa', () => {
  it.each(['vi', 'en'] as const)(
    'labels both archipelagos and the sea on screen (%s), accessible',
    async (lang) => {
      t = await openPage(`/?ds=pci&view=map&year=2016&lang=${lang}`);
      const { page } = t;
      await mapReady(page);
      expect(await islandLabels(page)).toEqual([HOANG_SA[lang], TRUONG_SA[lang]]);
      expect(await page.locator('#view-panel .choropleth__sea').textContent()).toBe(
        lang === 'vi' ? 'Biển Đông' : 'East Sea',
      );
      // Drawn inside the map's frame (not clipped off its right edge).
      const inside = await page.evaluate(() => {
        const map = document.querySelector('#view-panel svg.choropleth') as SVGSVGElement;
        const box = map.getBoundingClientRect();
        return [...map.querySelectorAll('[data-island]')].every((el) => {
          const r = el.getBoundingClientRect();
          return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1;
        });
      });
      expect(inside).toBe(true);
      await expectNoAxeViolations(page);
      t.expectClean();
    },
  );

  it('exports an SVG at 1200×630 that contains both labels and fills the image with the map', async () => {
    t = await openPage('/?ds=pci&view=map&year=2016');
    const { page } = t;
    await mapReady(page);
    await page
      .locator('#view-panel')
      .getByRole('button', { name: 'Xuất', exact: true })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Xuất biểu đồ' });
    await dialog.waitFor();
    await dialog.getByLabel('Kích thước ảnh').selectOption('1200x630');
    const [d] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      dialog.getByRole('button', { name: 'Tải SVG', exact: true }).click(),
    ]);
    const file = await readFile((await d.path()) as string, 'utf8');
    // Read without the embedded font's <style>: the page's CSP (rightly) refuses inline styles,
    // also in a parsed document.
    const text = file.replace(/<style>[\s\S]*?<\/style>/, '');
    expect(text).not.toBe(file);
    const report = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const label = (id: string) =>
        [...doc.querySelectorAll(`[data-island="${id}"] tspan`)]
          .map((s) => s.textContent)
          .join(' ');
      const root = doc.documentElement;
      return {
        labels: [label('hoang-sa'), label('truong-sa')],
        sea: doc.querySelector('.choropleth__sea')?.textContent ?? null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
      };
    }, text);
    expect(report.labels).toEqual([HOANG_SA.vi, TRUONG_SA.vi]);
    expect(report.sea).toBe('Biển Đông');
    expect([report.width, report.height]).toEqual([1200, 630]);
    // The drawn map (map, legend and list) spans at least 70 % of the chart box: render the
    // downloaded file (parsed as SVG, never as HTML) and measure what is drawn in the chart.
    const { share, chartWidth } = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = document.importNode(doc.documentElement, true);
      document.body.append(root);
      const chart = root.querySelector('svg.map-framed') as SVGSVGElement;
      const box = chart.getBoundingClientRect();
      const drawn = [...chart.querySelectorAll('path, text, rect, circle')]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 || r.height > 0);
      const x0 = Math.min(...drawn.map((r) => r.left));
      const x1 = Math.max(...drawn.map((r) => r.right));
      const y0 = Math.min(...drawn.map((r) => r.top));
      const y1 = Math.max(...drawn.map((r) => r.bottom));
      root.remove();
      return {
        share: ((x1 - x0) * (y1 - y0)) / (box.width * box.height),
        chartWidth: box.width,
      };
    }, text);
    // The chart box is the image's inner width (1200 minus the side padding)…
    expect(chartWidth).toBeGreaterThan(1100);
    // …and the drawing fills it.
    expect(share).toBeGreaterThanOrEqual(0.7);
    t.expectClean();
  });

  it('maps PCI 2020 (total and rank only) with no province left grey', async () => {
    t = await openPage('/?ds=pci&view=map&year=2020');
    const { page } = t;
    await mapReady(page);
    const fills = await page
      .locator('#view-panel svg.choropleth path[data-code]')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('fill') ?? ''));
    expect(fills).toHaveLength(64);
    expect(fills.filter((f) => f.startsWith('url('))).toEqual([]);
    expect(await page.locator('#view-panel h2.chart-frame__title').innerText()).toContain(
      'PCI 2020',
    );
    t.expectClean();
  });
});

describe('the archipelagos in the embed and in print', () => {
  /** The two archipelago labels of the first map of Vietnam on the page, visible ones only. */
  const visibleIslandLabels = (page: Page) =>
    page.evaluate(() => {
      const map = document.querySelector('svg.choropleth');
      const label = (id: string) => {
        const el = map?.querySelector(`[data-island="${id}"]`);
        if (!el) return '';
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') return '';
        return [...el.querySelectorAll('tspan')].map((s) => s.textContent).join(' ');
      };
      return [label('hoang-sa'), label('truong-sa')];
    });

  it('labels both archipelagos on the chart-only page (embed.html)', async () => {
    t = await openPage('/embed.html?ds=pci&view=map&year=2016&lang=en&embed=1');
    const { page } = t;
    await page.locator('svg.choropleth [data-island="truong-sa"]').first().waitFor({
      timeout: 20_000,
    });
    expect(await visibleIslandLabels(page)).toEqual([HOANG_SA.en, TRUONG_SA.en]);
  });

  it('keeps both labels on the printed map', async () => {
    t = await openPage('/?ds=pci&view=map&year=2016');
    const { page } = t;
    await mapReady(page);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleIslandLabels(page)).toEqual([HOANG_SA.vi, TRUONG_SA.vi]);
  });
});

// Issue 13 point 6: the scorecard prints on exactly one A4 page for every unit — every Bắc Kạn
// unit of 2019 in Vietnamese and English, and a seeded sample of 30 PCI province-years. One page
// object; each unit is opened through the URL (history + popstate, as back/forward does), so the
// app is not reloaded between prints.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type TestPage } from './setup/browser.ts';

let t: TestPage;
beforeAll(async () => {
  t = await openPage('/?view=scorecard');
  await t.page.locator('.scorecard-title').waitFor({ timeout: 20_000 });
  await t.page.emulateMedia({ media: 'print' });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

/** Page objects in a PDF (not the /Pages tree node). */
const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Opens `search` in the running app, as back/forward would, and waits until the scorecard shows `unit`. */
async function go(page: Page, search: string, unit: string | null) {
  await page.evaluate((s) => {
    history.pushState(null, '', s);
    dispatchEvent(new PopStateEvent('popstate'));
  }, search);
  if (unit !== null)
    await page.waitForFunction(
      (u) => document.querySelector<HTMLSelectElement>('#view-panel select')?.value === u,
      unit,
      { timeout: 20_000 },
    );
  // Two frames: charts that measure their width have drawn for the page.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}

/** The options (value, label) of the first select matching `selector`, read from the page. */
const options = (page: Page, selector: string) =>
  page.$eval(selector, (select) =>
    [...(select as HTMLSelectElement).options].map((o) => ({
      value: o.value,
      label: o.textContent ?? '',
    })),
  );

async function printedPages(page: Page): Promise<number> {
  return pdfPages(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
}

/** mulberry32: a small seeded generator, so the PCI sample is the same on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the scorecard prints on one A4 page for every unit', () => {
  it('every Bắc Kạn unit of 2019, in Vietnamese and English', async () => {
    const { page } = t;
    const twoPages: string[] = [];
    let printed = 0;
    for (const lang of ['vi', 'en'] as const) {
      for (const group of ['districts', 'departments', 'central-agencies']) {
        const base = `?v=1&lang=${lang}&ds=bac-kan-dcci&year=2019&group=${group}&view=scorecard`;
        await go(page, base, null);
        await page.locator('.scorecard-title').waitFor();
        // Every unit of the group has a 2019 score, so each gets a scorecard.
        const units = await options(page, '#view-panel select');
        expect(units.length).toBeGreaterThan(0);
        for (const u of units) {
          await go(page, `${base}&unit=${u.value}`, u.value);
          expect(await page.locator('.scorecard-title').count()).toBe(1);
          printed += 1;
          if ((await printedPages(page)) !== 1) twoPages.push(`${lang} ${u.label}`);
        }
      }
    }
    expect(printed).toBe(2 * 34);
    expect(twoPages).toEqual([]);
  }, 300_000);

  it('a seeded sample of 30 PCI province-years, in English', async () => {
    const { page } = t;
    const base = '?v=1&lang=en&ds=pci&group=provinces&view=scorecard';
    await go(page, base, null);
    await page.locator('.scorecard-title').waitFor({ timeout: 20_000 });
    const years = await page
      .getByLabel('Year', { exact: true })
      .evaluate((select) => [...(select as HTMLSelectElement).options].map((o) => Number(o.value)));
    expect(years.length).toBeGreaterThan(5);
    const random = seeded(13);
    const twoPages: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const year = years[Math.floor(random() * years.length)] as number;
      // The provinces with a score that year, as the scorecard's unit picker lists them.
      await go(page, `${base}&year=${year}`, null);
      await page.waitForFunction(
        (y) =>
          document.querySelector('.scorecard-title')?.textContent?.includes(String(y)) === true,
        year,
        { timeout: 20_000 },
      );
      const provinces = await options(page, '#view-panel select');
      const unit = provinces[Math.floor(random() * provinces.length)] as (typeof provinces)[0];
      await go(page, `${base}&year=${year}&unit=${unit.value}`, unit.value);
      // The picker lists every province; one without a score that year has no scorecard.
      if ((await page.locator('.scorecard-title').count()) === 0) {
        i -= 1;
        continue;
      }
      if ((await printedPages(page)) !== 1) twoPages.push(`${year} ${unit.label}`);
    }
    expect(twoPages).toEqual([]);
  }, 300_000);
});

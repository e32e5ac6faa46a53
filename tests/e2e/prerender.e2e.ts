// The prerendered default view (src/build/prerender.ts, issue 12 point 2): painted before any
// script at `/`, under the CSP; replaced by the app with the same view (no placeholder, no
// shift); never shown, not even for a frame, when the URL asks for another language, dataset,
// view or carries a shared dataset. The prerendered links (PRERENDERED_LINKS) likewise, from
// their templates. "First paint" is checked by blocking the entry script (what
// is on screen then is what the HTML, the stylesheets and the boot script paint) and, with the
// entry running, by a MutationObserver installed before the page's scripts.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, launch, waitForBars } from './setup/browser.ts';

const ENTRY = /\/assets\/main-[\w-]+\.js$/;

// Before any page script: records CSP violations, layout shifts, and whether the view's
// placeholder or a visible prerendered element was ever in the DOM.
const RECORDER = `(() => {
  const r = (globalThis.__prerender = {
    csp: [], shift: 0, placeholder: false, prerenderVisible: false, prerenderSeen: false,
    layoutVisible: false, painted: [],
    get replaced() {
      return r.painted.filter(([, el]) => !el.isConnected).map(([name]) => name);
    },
  });
  // Elements of the prerendered markup, as parsed (and moved from a link's template, which the
  // boot script does when the page is parsed): hydration keeps them in the document.
  const PAINTED = ['.banner', '#view-panel .view', '#view-panel .chart-frame__title',
    '#view-panel svg.ranking-bars', '.ranking-table', '.conference', 'header',
    '.scorecard-sentence', '.scorecard-figures', '.map-wrap', '.view-controls'];
  document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
    if (!document.querySelector('[data-prerender]')) return;
    for (const sel of PAINTED) {
      const el = document.querySelector(sel);
      if (el) r.painted.push([sel, el]);
    }
  }, 0));
  document.addEventListener('securitypolicyviolation', (e) =>
    r.csp.push(e.effectiveDirective + ' ' + e.blockedURI),
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) r.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    if (document.querySelector('#root .view-placeholder')) r.placeholder = true;
    const pre = document.querySelector('[data-prerender]');
    if (pre) {
      r.prerenderSeen = true;
      if (getComputedStyle(pre).display !== 'none') {
        r.prerenderVisible = true;
        const layout = pre.querySelector('.layout');
        if (layout?.checkVisibility({ visibilityProperty: true })) r.layoutVisible = true;
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

interface Recorded {
  csp: string[];
  shift: number;
  placeholder: boolean;
  prerenderVisible: boolean;
  prerenderSeen: boolean;
  /** The prerendered tabs, view and side column (not only the frame) were visible. */
  layoutVisible: boolean;
  replaced: string[];
}

let context: BrowserContext | undefined;
/** Console errors and page errors of the page `open` opened last, from before its navigation. */
let errors: string[] = [];
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A page in a fresh context with the recorder, its errors collected in `errors`. */
async function newPage(width: number): Promise<Page> {
  context = await launch({ width });
  await context.addInitScript(RECORDER);
  const page = await context.newPage();
  const seen: string[] = [];
  errors = seen;
  page.on('console', (m) => m.type() === 'error' && seen.push(m.text()));
  page.on('pageerror', (e) => seen.push(e.message));
  return page;
}

async function open(path: string, opts: { blockEntry: boolean; width?: number }): Promise<Page> {
  const page = await newPage(opts.width ?? 1366);
  if (opts.blockEntry) await page.route(ENTRY, (route) => route.abort());
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
  return page;
}

/** The number of prerendered variants' templates index.html holds. */
const templateCount = async () =>
  [...(await (await fetch(`${baseURL()}/`)).text()).matchAll(/<template id="prerender-/g)].length;

/**
 * The view's first chart: its SVG's width attribute, its box's width, and the view's height (the
 * map's once its boundaries are drawn: its box is held at that height while they load).
 */
const drawnAt = (page: Page) =>
  page.evaluate(() => {
    const chart = document.querySelector('#view-panel .chart-frame__chart');
    const svg = chart?.querySelector('svg');
    return {
      svg: Number(svg?.getAttribute('width')),
      box: Math.floor(chart?.getBoundingClientRect().width ?? 0),
      view: Math.round(document.getElementById('view-panel')?.getBoundingClientRect().height ?? 0),
    };
  });

/**
 * Opens `path` with the files matching `held` (the app's entry script unless said) held back
 * until `release()`; waits for the prerendered view (or only the header) to be there.
 */
async function openHeld(
  path: string,
  width: number,
  { held = ENTRY, ready = 'view' }: { held?: RegExp; ready?: 'view' | 'header' } = {},
) {
  const page = await newPage(width);
  let release: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => (release = resolve));
  await page.route(held, async (route) => {
    await holding;
    await route.continue();
  });
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'domcontentloaded' });
  await page
    .locator(ready === 'view' ? '#view-panel .chart-frame__title' : 'header')
    .first()
    .waitFor();
  return { page, release };
}

/** The bundled dataset's chunk (held back to make the data slow). */
const DATA_CHUNK = /\/assets\/bac-kan-dcci-[\w-]+\.js$/;

const recorded = (page: Page) =>
  page.evaluate(() => {
    const r = (globalThis as unknown as { __prerender: Recorded & { painted: unknown } })
      .__prerender;
    return { ...r, painted: null, replaced: r.replaced };
  });

describe('the prerendered default view', () => {
  it('is painted at / before any script runs, chart included, under the CSP', async () => {
    const page = await open('/', { blockEntry: true });
    await expect
      .poll(() => page.locator('.banner').first().textContent())
      .toContain('Số liệu minh họa');
    expect(await page.locator('#view-panel .chart-frame__title').first().isVisible()).toBe(true);
    expect(await page.locator('.conference').first().isVisible()).toBe(true);
    expect(await page.locator('.ranking-table tbody tr').count()).toBe(8);
    // The chart is drawn: a bar and a whisker per district, the average line.
    expect(await page.locator('#view-panel .ranking-bars__bar').count()).toBe(8);
    expect(await page.locator('#view-panel .ranking-bars__whisker').count()).toBe(8);
    expect(await page.locator('#view-panel .ranking-bars__mean').count()).toBe(1);
    const box = await page.locator('#view-panel svg.ranking-bars').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(300);
    const html = await (await fetch(`${baseURL()}/`)).text();
    expect(html).not.toMatch(/<div id="root">[\s\S]*\sstyle="/);
    expect((await recorded(page)).csp).toEqual([]);
  });

  it('is hydrated by the app: the painted elements stay, no placeholder, no layout shift', async () => {
    for (const width of [1366, 390]) {
      const page = await open('/', { blockEntry: false, width });
      await waitForBars(page);
      await page.waitForFunction(() => document.querySelector('[data-prerender]') === null);
      const r = await recorded(page);
      expect(r.prerenderSeen).toBe(true);
      expect(r.placeholder, 'the view placeholder replaced the prerendered view').toBe(false);
      // The elements painted from the HTML are the ones the live app shows (not painted anew).
      expect(r.replaced, 'prerendered elements were replaced').toEqual([]);
      // And they are live: the chart is drawn again at the width measured, and answers a click.
      const frame = await page.locator('#view-panel .chart-frame__body').boundingBox();
      await expect
        .poll(async () =>
          Number(await page.locator('#view-panel svg.ranking-bars').getAttribute('width')),
        )
        .toBeCloseTo(frame?.width ?? 0, -0.5);
      // The shifts up to the redraw at the measured width (before any input of the test's).
      const drawn = await recorded(page);
      expect(drawn.shift).toBeLessThanOrEqual(0.02);
      expect(drawn.csp).toEqual([]);
      await page.locator('#view-panel .ranking-bars__bar').nth(2).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('districts.ba-be');
      await context?.close();
    }
  });

  it('is also shown at the URL the app writes for the default view', async () => {
    let page = await open('/', { blockEntry: false });
    // The URL is complete (defaults filled in) once the data is there and the chart drawn.
    await waitForBars(page);
    const search = await page.evaluate(() => window.location.search);
    await context?.close();
    page = await open(`/${search}`, { blockEntry: true });
    expect(await page.locator('[data-prerender]').isVisible()).toBe(true);
  });

  for (const path of ['/?view=map', '/?view=compare&unit=districts.na-ri']) {
    it(`shows only its frame for ${path} (same data, another view), then the asked view`, async () => {
      // First paint without the entry: the header and the honesty banner, not the ranking.
      let page = await open(path, { blockEntry: true });
      expect(await page.locator('header').first().isVisible()).toBe(true);
      expect(await page.locator('.banner').first().isVisible()).toBe(true);
      expect(await page.locator('.banner').first().textContent()).toContain('Số liệu minh họa');
      expect(await page.locator('[data-prerender] .layout').isVisible()).toBe(false);
      expect(await page.locator('.ranking-bars__bar').first().isVisible()).toBe(false);
      expect(await page.locator('.conference').first().isVisible()).toBe(false);
      await context?.close();
      // With the entry: the ranking is never visible, the app replaces the frame and draws the view.
      page = await open(path, { blockEntry: false });
      await page.waitForFunction(
        () =>
          document.querySelector('[data-prerender]') === null &&
          document.querySelector('#view-panel .view') !== null,
      );
      const r = await recorded(page);
      expect(r.prerenderVisible).toBe(true);
      expect(r.layoutVisible, 'the prerendered ranking was visible').toBe(false);
      expect(await page.locator('[role=tab][aria-selected=true]').getAttribute('id')).not.toBe(
        'tab-ranking',
      );
      expect(r.csp).toEqual([]);
    });
  }

  for (const path of [
    '/?lang=en',
    '/?ds=pci',
    '/?year=2018&view=scorecard',
    '/?ds=pci&view=map&lang=en',
    '/#d=abc',
  ]) {
    it(`is never shown for ${path}, and the asked view is drawn`, async () => {
      // First paint without the entry: nothing of the default view.
      let page = await open(path, { blockEntry: true });
      expect(await page.locator('[data-prerender]').count()).toBe(1);
      expect(await page.locator('[data-prerender]').isVisible()).toBe(false);
      expect((await page.locator('#root').innerText()).trim()).toBe('');
      await context?.close();
      // With the entry: never visible at any mutation, then replaced by the app.
      page = await open(path, { blockEntry: false });
      await page.waitForFunction(
        () =>
          document.querySelector('[data-prerender]') === null &&
          (document.getElementById('root')?.childElementCount ?? 0) > 0,
      );
      const r = await recorded(page);
      expect(r.prerenderSeen).toBe(true);
      expect(r.prerenderVisible, 'the prerendered default view was visible').toBe(false);
      expect(r.csp).toEqual([]);
    });
  }

  // The links prerendered besides / (PRERENDERED_LINKS): their template replaces the default
  // view once the page is parsed, before any script of the app's.
  const LINKS = [
    {
      path: '/?view=scorecard',
      painted: '.scorecard-sentence',
      text: /Na Rì xếp thứ 1\/8 huyện, thành phố về DCCI 2019 với 66,03 điểm/,
      banner: true,
    },
    {
      path: '/?ds=pci&view=map',
      painted: '#view-panel .chart-frame__title',
      text: /PCI 2016: điểm tổng hợp của 63 tỉnh, thành phố trên bản đồ/,
      banner: false,
    },
  ];
  for (const link of LINKS) {
    it(`is another view for ${link.path}: painted from the HTML, then hydrated`, async () => {
      // Without the entry, at both widths: the link's view, styled (its sheet is the app's), not
      // the ranking.
      let page: Page;
      for (const width of [1366, 390]) {
        page = await open(link.path, { blockEntry: true, width });
        await expect
          .poll(() => page.locator(link.painted).first().textContent())
          .toMatch(link.text);
        expect(await page.locator(link.painted).first().isVisible()).toBe(true);
        expect(await page.locator('#root > [data-prerender]').count()).toBe(1);
        // The templates moved in are gone (on a phone the view's and its charts'); the other
        // variants' are still there (inert).
        expect(await page.locator('template').count()).toBe(
          (await templateCount()) - (width === 1366 ? 1 : 2),
        );
        expect(await page.locator('.ranking-bars__bar').count()).toBe(0);
        expect(await page.locator('.banner--warning').first().isVisible()).toBe(link.banner);
        if (link.path.includes('scorecard'))
          expect(
            await page.locator('.scorecard-figures').evaluate((e) => getComputedStyle(e).display),
          ).toBe('flex');
        else {
          // The map's box is held at the height the map takes at this width (reservedMapHeight).
          const box = await page.locator('.map-reserve').evaluate((e) => ({
            height: e.getBoundingClientRect().height,
            width: e.parentElement?.clientWidth ?? 0,
          }));
          expect(box.height, `at ${width} px`).toBeCloseTo(
            (Math.min(520, box.width) - 8) / 0.882 + 8,
            -0.5,
          );
        }
        expect((await recorded(page)).csp).toEqual([]);
        await context?.close();
      }
      // With the entry, at both widths: the same elements, live; no error, no shift.
      for (const width of [1366, 390]) {
        page = await open(link.path, { blockEntry: false, width });
        await page.waitForFunction(() => document.querySelector('[data-prerender]') === null);
        if (link.path.includes('map'))
          await page.locator('svg[data-map="vietnam"] path').first().waitFor({ timeout: 20_000 });
        const r = await recorded(page);
        expect(r.prerenderSeen).toBe(true);
        expect(r.placeholder, 'the view placeholder replaced the prerendered view').toBe(false);
        expect(r.replaced, 'prerendered elements were replaced').toEqual([]);
        expect(r.shift, `layout shift at ${width} px`).toBeLessThanOrEqual(0.02);
        expect(r.csp).toEqual([]);
        expect(errors, 'hydration errors').toEqual([]);
        if (link.path.includes('scorecard')) {
          await page.locator('.scorecard-picker select').first().selectOption('districts.ba-be');
          await expect
            .poll(() => page.locator('.scorecard-sentence').textContent())
            .toMatch(/^Ba Bể/);
          expect(new URL(page.url()).searchParams.get('unit')).toBe('districts.ba-be');
        } else {
          await page.getByRole('button', { name: 'English' }).click();
          await expect
            .poll(() => page.locator('#view-panel .chart-frame__title').first().textContent())
            .toMatch(/PCI 2016: total score of 63 provinces on a map/);
          expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
        }
        await context?.close();
      }
    });
  }

  // Each view is drawn wide and at the narrowest width of each range of chart boxes in which its
  // charts keep their heights (src/build/variants.ts); the boot script shows the widest drawing not
  // wider than the box it measures. So at any width the chart is never scaled down and the view is
  // as tall as the app draws it: 360 and 402 px phones sit inside ranges, 601 px is a box (553 px)
  // just below the scorecard's 560 px step, 768, 1280 and 1366 px have drawings of their own.
  for (const path of ['/', ...LINKS.map((l) => l.path)]) {
    it(`is drawn for the screen's width for ${path}, as tall as the app draws it`, async () => {
      for (const width of [360, 402, 601, 768, 1280, 1366]) {
        const at = `${path} at ${width} px`;
        // Without the entry: the chart's SVG fits its box unscaled.
        let page = await open(path, { blockEntry: true, width });
        const painted = await drawnAt(page);
        expect(painted.svg, at).toBeGreaterThan(0);
        expect(painted.svg, at).toBeLessThanOrEqual(painted.box);
        await context?.close();
        // With it: the view itself hydrated (React's own node keys on the chart), no error, the
        // painted elements kept, the chart redrawn at the measured width, no change of height.
        page = await open(path, { blockEntry: false, width });
        await page.waitForFunction(() => {
          const svg = document.querySelector('#view-panel .chart-frame__chart svg');
          const box = svg?.closest('.chart-frame__chart')?.getBoundingClientRect().width ?? 0;
          return (
            svg !== null &&
            document.querySelector('[data-prerender]') === null &&
            Object.keys(svg).some((k) => k.startsWith('__reactFiber$')) &&
            Number(svg.getAttribute('width')) === Math.floor(box)
          );
        });
        if (path.includes('map'))
          await page.locator('svg[data-map="vietnam"] path').first().waitFor({ timeout: 20_000 });
        // A frame for React to report a mismatch (it does after committing the hydration).
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
        const live = await drawnAt(page);
        expect(live.svg, at).toBe(live.box);
        expect(Math.abs(live.view - painted.view), at).toBeLessThanOrEqual(2);
        const r = await recorded(page);
        expect(r.prerenderSeen, at).toBe(true);
        expect(r.replaced, `${at}: prerendered elements were replaced`).toEqual([]);
        expect(r.shift, at).toBeLessThanOrEqual(0.02);
        expect(errors, `${at}: hydration errors`).toEqual([]);
        await context?.close();
      }
    });
  }

  it("shows a prerendered link's view at the URL the app rewrites it to", async () => {
    for (const link of LINKS) {
      let page = await open(link.path, { blockEntry: false });
      await page.waitForFunction(() => document.querySelector('[data-prerender]') === null);
      const search = await page.evaluate(() => window.location.search);
      expect(search).not.toBe(link.path.slice(1));
      await context?.close();
      page = await open(`/${search}`, { blockEntry: true });
      await expect.poll(() => page.locator(link.painted).first().textContent()).toMatch(link.text);
      expect(await page.locator(link.painted).first().isVisible(), search).toBe(true);
      await context?.close();
    }
  });

  it('preloads what the first render of the URL imports', async () => {
    const page = await open('/?ds=pci&lang=en&view=map', { blockEntry: true });
    const hrefs = await page
      .locator('link[rel=modulepreload]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    for (const chunk of [
      '/assets/en-',
      '/assets/pci-',
      '/assets/MapScreen-',
      '/assets/datasetCodec-',
    ])
      expect(
        hrefs.some((h) => h.startsWith(chunk)),
        chunk,
      ).toBe(true);
    expect(hrefs.some((h) => h.startsWith('/assets/vi-'))).toBe(false);
  });

  it('gives way to the live app when its data is slow: the header works, then the view arrives', async () => {
    // The bundled dataset's chunk is held back until the test lets it go.
    const { page, release } = await openHeld('/', 1366, { held: DATA_CHUNK, ready: 'header' });
    // The time limit (main.tsx) passes: the prerender is replaced by the app's placeholder.
    await page.waitForFunction(
      () => document.querySelector('#root > [data-prerender]') === null,
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await page.locator('#view-panel .view-placeholder').count()).toBe(1);
    // The live header answers: English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.locator('#view-panel .view-placeholder').innerText())
      .toMatch(/loading/i);
    release();
    await waitForBars(page);
    expect((await recorded(page)).csp).toEqual([]);
  }, 60_000);
});

describe('input before the app runs (src/app/earlyInput.ts)', () => {
  const live = (page: Page) =>
    page.waitForFunction(() => document.querySelector('[data-prerender]') === null);

  it('acts on a changed select and a tapped button once the app has taken the page over', async () => {
    const { page, release } = await openHeld('/', 390);
    await page.getByLabel('Năm', { exact: true }).selectOption('2018');
    // Tapped twice: nothing answered the first time. One tap is acted on.
    const toggle = page.getByRole('button', { name: 'Xem dạng bảng' }).first();
    await toggle.click();
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.className)).toContain('early-input');
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    release();
    await live(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2018');
    await expect
      .poll(() =>
        page
          .locator('#view-panel .chart-frame__tools [aria-pressed]')
          .first()
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
    expect(await page.locator('#view-panel .chart-frame__title').first().textContent()).toContain(
      '2018',
    );
    expect(await page.evaluate(() => document.documentElement.className)).not.toContain(
      'early-input',
    );
    expect(errors).toEqual([]);
  });

  it("acts on fields of the view's own screen (hydrated after the page) as the user left them", async () => {
    const { page, release } = await openHeld('/', 390);
    await page.getByLabel('Tìm đơn vị').first().fill('Na');
    await page.getByLabel('Số phiếu tối thiểu').first().fill('50');
    await page.getByRole('radio', { name: 'Điểm' }).first().check();
    release();
    await live(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBe('dots');
    await expect.poll(() => new URL(page.url()).searchParams.get('minn')).toBe('50');
    await expect.poll(() => page.locator('.ranking-table tbody tr').count()).toBeLessThan(8);
    expect(await page.getByLabel('Tìm đơn vị').first().inputValue()).toBe('Na');
    expect(errors).toEqual([]);
  });

  it('acts on a chart type chosen alone on a phone-speed CPU', async () => {
    const { page, release } = await openHeld('/', 390);
    await page.getByRole('radio', { name: 'Điểm' }).first().check();
    // The screen is hydrated well after the page: a radio set before it is live is lost.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    release();
    await live(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBe('dots');
    await page.locator('#view-panel svg.ranking-dots').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('waits for the data when the app took over without it (the 8 s limit)', async () => {
    const { page, release } = await openHeld('/', 1366, { held: DATA_CHUNK, ready: 'header' });
    await page.getByLabel('Năm', { exact: true }).selectOption('2018');
    // The app takes over with its placeholder: no years to choose yet, nothing written.
    await page.waitForFunction(
      () => document.querySelector('#root > [data-prerender]') === null,
      null,
      {
        timeout: 30_000,
      },
    );
    expect(new URL(page.url()).searchParams.get('year')).not.toBe('0');
    release();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2018');
    await waitForBars(page);
    expect(errors).toEqual([]);
  }, 60_000);

  it('imports a file chosen before the app runs', async () => {
    const { page, release } = await openHeld('/', 390);
    await page.getByLabel('Nhập tệp CSV', { exact: true }).setInputFiles({
      name: 'early.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Đơn vị,Điểm\nSở A,70\nSở B,65\n', 'utf8'),
    });
    release();
    await live(page);
    const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
    await expect.poll(() => dialog.innerText(), { timeout: 20_000 }).toContain('early.csv');
    expect(errors).toEqual([]);
  });

  it('imports a file chosen while only the frame was shown (another view)', async () => {
    const { page, release } = await openHeld('/?view=compare', 1366, { ready: 'header' });
    await page.getByLabel('Nhập tệp CSV', { exact: true }).setInputFiles({
      name: 'frame.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Đơn vị,Điểm\nSở A,70\nSở B,65\n', 'utf8'),
    });
    release();
    const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
    await expect.poll(() => dialog.innerText(), { timeout: 20_000 }).toContain('frame.csv');
    expect(errors).toEqual([]);
  });

  it("opens the tab tapped on a prerendered link's view", async () => {
    const { page, release } = await openHeld('/?view=scorecard', 1366);
    await page.locator('#tab-map').click();
    release();
    await live(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('map');
    await expect.poll(() => page.locator('#tab-map').getAttribute('aria-selected')).toBe('true');
    await page.locator('.tile-grid__tile').first().waitFor();
    expect(errors).toEqual([]);
  });
});

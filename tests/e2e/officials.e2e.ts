// Issue 13 points 5, 7, 8 and 9: what an official notices — the dot plot on a zoomed axis, all
// tabs and the unit column at 390 px, panels that belong to their data, the finishing touches.
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, type TestPage, waitForBars } from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('ranking as dots on a zoomed axis (point 5)', () => {
  it('is offered for a narrow band, marked as not starting at zero, and kept in the URL', async () => {
    t = await openPage('/?v=1&ds=bac-kan-dcci&year=2019&group=districts');
    const { page } = t;
    await waitForBars(page, '.ranking-bars__bar');
    const group = page.getByRole('group', { name: 'Kiểu biểu đồ' });
    await group.getByRole('radio', { name: 'Điểm' }).check();
    await page.locator('svg.ranking-dots').waitFor();
    expect(new URL(page.url()).searchParams.get('chart')).toBe('dots');
    expect(await page.locator('svg.ranking-dots circle').count()).toBe(8);
    expect(await page.locator('svg.ranking-dots .ranking-dots__break line').count()).toBe(2);
    expect(await page.locator('svg.ranking-dots .ranking-dots__note').textContent()).toMatch(
      /không bắt đầu từ 0 mà từ \d+/,
    );
    await expectNoAxeViolations(page);
    await group.getByRole('radio', { name: 'Thanh' }).check();
    await waitForBars(page, '.ranking-bars__bar');
    expect(new URL(page.url()).searchParams.get('chart')).toBeNull();
    expect(await page.locator('svg.ranking-dots').count()).toBe(0);
    t.expectClean();
  });

  it('opens from a link in English, with the labelled toggle', async () => {
    t = await openPage('/?v=1&lang=en&ds=bac-kan-dcci&year=2019&group=districts&chart=dots');
    const { page } = t;
    await page.locator('svg.ranking-dots').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('radio', { name: 'Dots' }).isChecked()).toBe(true);
    expect(await page.locator('svg.ranking-dots .ranking-dots__note').textContent()).toMatch(
      /does not start at zero but at \d+/,
    );
    t.expectClean();
  });
});

describe('390 px: every tab reachable, the unit column in place (point 7)', () => {
  it('shows all eight tabs inside the screen and keeps arrow keys', async () => {
    t = await openPage('/?v=1&lang=en', { width: 390, height: 844 });
    const { page } = t;
    await waitForBars(page, '.ranking-bars__bar');
    const tabs = page.getByRole('tab');
    expect(await tabs.count()).toBe(8);
    for (let i = 0; i < 8; i += 1) {
      const box = await tabs.nth(i).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await page.getByRole('tab', { name: 'Ranking' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Weights' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    t.expectClean();
  });

  it('keeps the unit column in place when the ranking table scrolls sideways', async () => {
    t = await openPage('/?v=1&ds=bac-kan-dcci&year=2019&group=departments', {
      width: 390,
      height: 844,
    });
    const { page } = t;
    const scroller = page.locator('.ranking-table .table-scroll');
    await scroller.waitFor({ timeout: 20_000 });
    const unit = scroller.locator('tbody th[scope="row"]').first();
    const before = await unit.boundingBox();
    await scroller.evaluate((el) => {
      el.scrollLeft = 400;
    });
    await page.waitForFunction(
      () => (document.querySelector('.ranking-table .table-scroll')?.scrollLeft ?? 0) > 100,
    );
    const after = await unit.boundingBox();
    const scrollerBox = await scroller.boundingBox();
    expect(after!.x).toBeGreaterThanOrEqual(scrollerBox!.x - 1);
    expect(after!.x).toBeLessThanOrEqual(scrollerBox!.x + 2);
    expect(before).not.toBeNull();
    // Opaque, so the scrolled cells do not show through.
    const bg = await unit.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    t.expectClean();
  });
});

describe('panels that belong to their data (point 8)', () => {
  it('shows the conference summary and "Bắc Kạn trong PCI" only beside Bắc Kạn\'s DCCI', async () => {
    t = await openPage('/?v=1&ds=bac-kan-dcci');
    const { page } = t;
    await page.getByRole('heading', { name: 'Tóm tắt hội nghị' }).waitFor({ timeout: 20_000 });
    await page.locator('.province-context').waitFor({ timeout: 20_000 });
    await page.evaluate(() => {
      history.pushState(null, '', '?v=1&ds=pci');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator('.dataset-panel').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { name: 'Tóm tắt hội nghị' }).count()).toBe(0);
    expect(await page.locator('.province-context').count()).toBe(0);
    const panel = page.locator('.dataset-panel');
    expect(await panel.getByRole('heading').textContent()).toContain('PCI');
    expect(await panel.textContent()).toContain('VCCI');
    t.expectClean();
  });
});

describe('finishing touches (point 9)', () => {
  it('has one h1, a drawn logo, English tiers and "district-level units"', async () => {
    t = await openPage('/?v=1&lang=en&ds=bac-kan-dcci&year=2019&group=districts');
    const { page } = t;
    await waitForBars(page, '.ranking-bars__bar');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('DCCI Dashboard');
    expect(await page.locator('.app-header svg.app-header__logo rect').count()).toBeGreaterThan(1);
    expect(await page.locator('#view-panel').textContent()).toContain(
      'ranking of 8 district-level units',
    );
    const chart = (await page.locator('#view-panel .chart-frame__chart').textContent()) ?? '';
    expect(chart).toMatch(/· (Excellent|High|Good)/);
    expect(chart).not.toMatch(/Tốt|Khá/);
    await expectNoAxeViolations(page);
    t.expectClean();
  });

  it('gives an unknown sub-index in w= the usual invalid-value notice', async () => {
    t = await openPage('/?v=1&lang=en&view=weights&w=nope:3');
    const { page } = t;
    const notice = page.locator('.notices');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('invalid value (w=nope:3)');
    t.expectClean();
  });

  it('starts PCI Compare with Bắc Kạn and its neighbours in the ranking', async () => {
    t = await openPage('/?v=1&ds=pci&year=2016&group=provinces&view=compare');
    const { page } = t;
    const legend = page.locator('.compare-legend');
    await legend.waitFor({ timeout: 20_000 });
    const text = (await legend.textContent()) ?? '';
    expect(text).toContain('Bắc Kạn');
    expect(text).not.toContain('Quảng Ninh');
    t.expectClean();
  });
});

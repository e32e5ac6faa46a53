// Issue 5, "Print and offline" and "Share and embed": the service worker keeps the app working
// offline after the first visit; a shared link carries a small imported dataset to a fresh
// browser; the scorecard prints on exactly one A4 page.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, type TestPage } from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function bars(page: Page) {
  await page.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 20_000 });
}

const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 20_000,
  });

describe('offline after the first visit', () => {
  it('reloads the ranking and opens the PCI dataset in a second tab with the network off', async () => {
    t = await openPage('/');
    const { page, context } = t;
    await bars(page);
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
    expect(reload?.fromServiceWorker()).toBe(true);
    await bars(page);
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(3);

    const second = await context.newPage();
    const opened = await second.goto(new URL('/?ds=pci&lang=en', page.url()).href, {
      waitUntil: 'load',
    });
    expect(opened?.fromServiceWorker()).toBe(true);
    await bars(second);
    expect(await second.getByLabel('Dataset', { exact: true }).inputValue()).toBe('pci');
    await second.close();
    await context.setOffline(false);
    t.expectClean();
  });
});

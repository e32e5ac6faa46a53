import { afterEach, describe, expect, it } from 'vitest';
import { CSP } from '../../vite.config.ts';
import { baseURL, openPage, type TestPage } from './setup/browser.ts';

describe('the production build', () => {
  let t: TestPage | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is served with the strict CSP of RELIABILITY.md S5 as a meta tag', async () => {
    const html = await (await fetch(`${baseURL()}/`)).text();
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(
      meta,
      'no <meta http-equiv="Content-Security-Policy"> in dist/index.html',
    ).not.toBeNull();
    const content = (meta?.[1] ?? '')
      .replace(/&#39;|&#x27;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(content).toBe(CSP);
  });

  it('renders the app into #root without errors or CSP violations', async () => {
    t = await openPage('/');
    await t.page.waitForFunction(
      () => (document.getElementById('root')?.childElementCount ?? 0) > 0,
      undefined,
      {
        timeout: 15_000,
      },
    );
    const text = await t.page.locator('#root').innerText();
    expect(text.trim().length).toBeGreaterThan(0);
    // Give late effects (lazy chunks, the import worker) a moment to fail, if they are going to.
    await t.page.waitForLoadState('networkidle');
    t.expectClean();
  });
});

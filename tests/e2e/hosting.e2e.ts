// Issue 13, point 11 (first half): the README's hosting headers keep the dashboard unframeable but
// let embed.html be framed by any site. The preview server (as `npm start`) sends exactly the
// README's headers; a page on another origin frames embed.html and sees the chart, and sees
// index.html refused.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, waitForBars } from './setup/browser.ts';

/** The two header blocks of the README's "HTTP headers for hosting": every page, then embed.html. */
async function readmeHeaders(): Promise<Record<string, string>[]> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### HTTP headers for hosting'));
  const blocks = [...section.matchAll(/```\n([\s\S]*?)```/g)].slice(0, 2).map((m) => m[1] ?? '');
  return blocks.map((block) =>
    Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((line) => {
          const i = line.indexOf(': ');
          return [line.slice(0, i).toLowerCase(), line.slice(i + 2)];
        }),
    ),
  );
}

const NAMES = [
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
];

async function served(path: string): Promise<Record<string, string>> {
  const res = await fetch(new URL(path, baseURL()));
  expect(res.ok, path).toBe(true);
  const out: Record<string, string> = {};
  for (const name of NAMES) {
    const v = res.headers.get(name);
    if (v !== null) out[name] = v;
  }
  return out;
}

describe('hosting headers', () => {
  it('serves exactly the README headers: unframeable pages, embed.html framable by any site', async () => {
    const [pages, embed] = await readmeHeaders();
    expect(pages?.['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(pages?.['x-frame-options']).toBe('DENY');
    expect(embed?.['content-security-policy']).toContain('frame-ancestors *');
    expect(embed?.['x-frame-options']).toBeUndefined();
    expect(await served('/')).toEqual(pages);
    expect(await served('/index.html?lang=en')).toEqual(pages);
    expect(await served('/embed.html?view=ranking&embed=1')).toEqual(embed);
  });
});

describe('framed from another origin', () => {
  let host: Server;
  let hostOrigin = '';
  beforeAll(async () => {
    // A second local server on another port: the "newsroom" page with two iframes.
    const app = baseURL();
    const page = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<iframe name="embed" title="embed" width="700" height="600" src="${app}/embed.html?lang=en&view=ranking&embed=1"></iframe>
<iframe name="dashboard" title="dashboard" width="700" height="600" src="${app}/?lang=en"></iframe>
</body></html>`;
    host = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => host.close(() => ok())));

  it('shows the chart in the embed frame and refuses the dashboard in a frame', async () => {
    expect(new URL(hostOrigin).origin).not.toBe(new URL(baseURL()).origin);
    const context = await launch({ width: 1500, height: 1400 });
    const page = context.pages()[0] ?? (await context.newPage());
    const refused: string[] = [];
    page.on('console', (msg) => {
      if (/frame-ancestors|X-Frame-Options/i.test(msg.text())) refused.push(msg.text());
    });
    await page.goto(`${hostOrigin}/`);

    const embed = page.frame({ name: 'embed' });
    expect(embed).not.toBeNull();
    await waitForBars(embed!, '.ranking-bars__bar');
    expect(await embed!.locator('.chart-frame__title').innerText()).toMatch(/ranking/i);

    // The dashboard's frame is blocked: Chromium reports the refusal and leaves an error page
    // without the app in it.
    await expect.poll(() => refused.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(refused.join('\n')).toContain(`${baseURL()}/`);
    const dashboard = page.frame({ name: 'dashboard' });
    expect(dashboard).not.toBeNull();
    expect(await dashboard!.locator('#root').count()).toBe(0);
    await page.screenshot({ path: '/tmp/social/hosting-frames.png' }).catch(() => undefined);
    await context.close();
  });
});

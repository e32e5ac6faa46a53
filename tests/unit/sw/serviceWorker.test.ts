import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource, SW_FILE } from '../../../src/sw/plugin.ts';

const FILES = new Map<string, string>([
  ['index.html', '<!doctype html>'],
  ['embed.html', '<!doctype html>'],
  ['assets/main-abc.js', 'console.log(1)'],
  ['assets/pci-123.csv', 'a,b'],
  ['assets/bac-kan-dcci-responses-456.csv', 'answers'],
  ['assets/noto-sans-latin-400.woff2', 'font'],
  ['favicon.svg', '<svg/>'],
  ['screenshot.png', 'png'],
  [SW_FILE, 'old worker'],
]);

const SCOPE = 'https://dcci.example/app/';

interface FakeEvent {
  request?: { url: string; method: string; mode: string };
  waitUntil(p: Promise<unknown>): void;
  respondWith(p: Promise<unknown>): void;
}

/** Runs the generated worker in a sandbox with a fake `self`, `caches` and `fetch`. */
function load(source: string) {
  const listeners = new Map<string, (e: FakeEvent) => void>();
  const stored = new Map<string, string[]>();
  const deleted: string[] = [];
  const fetched: string[] = [];
  let claimed = false;
  const sandbox = {
    URL,
    Request: class {
      url: string;
      constructor(u: URL | string) {
        this.url = String(u);
      }
    },
    Set,
    Promise,
    self: {
      registration: { scope: SCOPE },
      location: { origin: 'https://dcci.example' },
      clients: { claim: async () => void (claimed = true) },
      addEventListener: (type: string, fn: (e: FakeEvent) => void) => listeners.set(type, fn),
    },
    caches: {
      open: async (name: string) => ({
        addAll: async (reqs: { url: string }[]) =>
          void stored.set(
            name,
            reqs.map((r) => r.url),
          ),
        match: async (url: string) =>
          stored.get(name)?.includes(url) ? `cached:${url}` : undefined,
      }),
      keys: async () => [...stored.keys(), 'dcci-shell-old', 'someone-else'],
      delete: async (name: string) => void deleted.push(name),
    },
    fetch: async (req: { url: string }) => {
      fetched.push(req.url);
      return `network:${req.url}`;
    },
  };
  runInNewContext(source, sandbox);
  const dispatch = async (type: string, request?: FakeEvent['request']) => {
    let waited: Promise<unknown> | undefined;
    let response: Promise<unknown> | undefined;
    listeners.get(type)?.({
      ...(request ? { request } : {}),
      waitUntil: (p) => void (waited = p),
      respondWith: (p) => void (response = p),
    });
    await waited;
    return response === undefined ? undefined : await response;
  };
  return { dispatch, stored, deleted, fetched, claimed: () => claimed };
}

describe('the service worker', () => {
  it('precaches every emitted file except itself, the README screenshot and the on-demand response files, under a content hash', () => {
    const source = serviceWorkerSource(FILES);
    const list = JSON.parse(/const PRECACHE = (.*);/.exec(source)?.[1] ?? '[]') as string[];
    expect(list).toEqual([
      'assets/main-abc.js',
      'assets/noto-sans-latin-400.woff2',
      'assets/pci-123.csv',
      'embed.html',
      'favicon.svg',
      'index.html',
    ]);
    const version = (s: string) => /const VERSION = "([0-9a-f]+)"/.exec(s)?.[1];
    expect(version(source)).toMatch(/^[0-9a-f]{16}$/);
    expect(version(serviceWorkerSource(new Map(FILES)))).toBe(version(source));
    const changed = new Map(FILES).set('index.html', '<!doctype html><title>new</title>');
    expect(version(serviceWorkerSource(changed))).not.toBe(version(source));
  });

  it('installs into a versioned cache, drops its own old caches only, and claims the page', async () => {
    const w = load(serviceWorkerSource(FILES));
    await w.dispatch('install');
    const [name, urls] = [...w.stored][0]!;
    expect(name).toMatch(/^dcci-shell-[0-9a-f]{16}$/);
    expect(urls).toContain(`${SCOPE}index.html`);
    expect(urls).toContain(`${SCOPE}assets/pci-123.csv`);
    await w.dispatch('activate');
    expect(w.deleted).toEqual(['dcci-shell-old']);
    expect(w.claimed()).toBe(true);
  });

  it('answers precached same-origin GETs from the cache and leaves everything else alone', async () => {
    const w = load(serviceWorkerSource(FILES));
    await w.dispatch('install');
    const get = (url: string, mode = 'cors', method = 'GET') =>
      w.dispatch('fetch', { url, method, mode });
    expect(await get(`${SCOPE}assets/main-abc.js`)).toBe(`cached:${SCOPE}assets/main-abc.js`);
    // A page of any view is index.html (the view is in the query; the fragment never arrives).
    expect(await get(`${SCOPE}?view=scorecard&unit=x`, 'navigate')).toBe(
      `cached:${SCOPE}index.html`,
    );
    expect(await get(`${SCOPE}embed.html?embed=1`, 'navigate')).toBe(`cached:${SCOPE}embed.html`);
    // Not answered (the browser goes to the network itself; nothing is cached).
    expect(await get('https://cdn.example/app/assets/main-abc.js')).toBeUndefined();
    expect(await get(`${SCOPE}assets/main-abc.js`, 'cors', 'POST')).toBeUndefined();
    expect(await get(`${SCOPE}assets/unknown.js`)).toBeUndefined();
    expect(await get(`${SCOPE}assets/main-abc.js?x=1`)).toBeUndefined();
    expect(await get(`${SCOPE}screenshot.png`)).toBeUndefined();
    expect(w.fetched).toEqual([]);
  });
});

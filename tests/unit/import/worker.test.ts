import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportOutcome } from '../../../src/import/importDataset.ts';
import { fetchSameOrigin } from '../../../src/import/worker.ts';
import { fixture } from './helpers.ts';

const BASE = { href: 'http://127.0.0.1:4173/app/index.html', origin: 'http://127.0.0.1:4173' };

function response(
  bytes: Uint8Array,
  init: { status?: number; url?: string; length?: number } = {},
): Response {
  const r = new Response(bytes.slice(), {
    status: init.status ?? 200,
    headers: init.length === undefined ? {} : { 'content-length': String(init.length) },
  });
  Object.defineProperty(r, 'url', { value: init.url ?? '' });
  return r;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('fetchSameOrigin', () => {
  it('refuses another origin without fetching it', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const result = await fetchSameOrigin('https://evil.example/data.csv', BASE);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(!result.ok && result.outcome.report.issues.map((i) => i.code)).toEqual([
      'URL_NOT_SAME_ORIGIN',
    ]);
  });

  it('fetches a relative path on the same origin', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValue(
        response(fixture('utf8.csv'), { url: 'http://127.0.0.1:4173/app/data/x.csv' }),
      );
    vi.stubGlobal('fetch', fetchMock);
    const result = await fetchSameOrigin('data/x.csv', BASE);
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('http://127.0.0.1:4173/app/data/x.csv');
    expect(result.ok && result.bytes.length).toBe(fixture('utf8.csv').length);
  });

  it('refuses a redirect to another origin', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(response(new Uint8Array(3), { url: 'https://evil.example/x.csv' })),
    );
    const result = await fetchSameOrigin('/x.csv', BASE);
    expect(!result.ok && result.outcome.report.issues.map((i) => i.code)).toEqual([
      'URL_NOT_SAME_ORIGIN',
    ]);
  });

  it('refuses a declared size over 20 MB before reading the body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(response(new Uint8Array(1), { length: 60 * 1024 * 1024 })),
    );
    const result = await fetchSameOrigin('/big.csv', BASE);
    expect(!result.ok && result.outcome.report.issues.map((i) => i.code)).toEqual([
      'FILE_TOO_LARGE',
    ]);
  });

  it('stops reading a body that grows past 20 MB even without a declared size', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(response(new Uint8Array(20 * 1024 * 1024 + 10))),
    );
    const result = await fetchSameOrigin('/big.csv', BASE);
    expect(!result.ok && result.outcome.report.issues.map((i) => i.code)).toEqual([
      'FILE_TOO_LARGE',
    ]);
  });

  it('reports an HTTP error as FETCH_FAILED', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(response(new Uint8Array(), { status: 404 })));
    const result = await fetchSameOrigin('/missing.csv', BASE);
    expect(!result.ok && result.outcome.report.issues.map((i) => [i.code, i.value])).toEqual([
      ['FETCH_FAILED', '/missing.csv (HTTP 404)'],
    ]);
  });
});

describe('the worker message handler', () => {
  it('posts back one outcome for transferred bytes, Maps intact', async () => {
    const posted: ImportOutcome[] = [];
    vi.stubGlobal('location', BASE);
    vi.stubGlobal('postMessage', (m: ImportOutcome) => posted.push(m));
    vi.resetModules();
    await import('../../../src/import/worker.ts');
    const handler = (globalThis as unknown as { onmessage: (e: { data: unknown }) => void })
      .onmessage;
    handler({
      data: { kind: 'bytes', bytes: fixture('utf8.csv'), options: { fileName: 'utf8.csv' } },
    });
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]?.report.ok).toBe(true);
    expect(posted[0]?.dataset?.observations[0]?.subIndices).toBeInstanceOf(Map);
    (globalThis as unknown as { onmessage: unknown }).onmessage = null;
  });
});

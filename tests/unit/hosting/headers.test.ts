import { describe, expect, it } from 'vitest';
import { CSP, headersFor, isEmbedPath } from '../../../src/hosting/headers.ts';

describe('hosting headers', () => {
  it('keeps every page unframeable', () => {
    for (const path of ['/', '/index.html', '/assets/index-abc.js', '/unknown/route']) {
      const h = headersFor(path);
      expect(h['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
      expect(h['X-Frame-Options']).toBe('DENY');
    }
  });

  it('lets any site frame embed.html, and only it', () => {
    expect(isEmbedPath('/embed.html')).toBe(true);
    expect(isEmbedPath('/embed')).toBe(true);
    expect(isEmbedPath('/embed.html.js')).toBe(false);
    expect(isEmbedPath('/assets/embed-x.js')).toBe(false);
    const h = headersFor('/embed.html');
    expect(h['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors *`);
    expect(h['X-Frame-Options']).toBeUndefined();
  });

  it('sends sw.js uncached and the common headers everywhere', () => {
    expect(headersFor('/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/')['Cache-Control']).toBeUndefined();
    for (const path of ['/', '/embed.html']) {
      expect(headersFor(path)['X-Content-Type-Options']).toBe('nosniff');
      expect(headersFor(path)['Referrer-Policy']).toBe('no-referrer');
    }
  });
});

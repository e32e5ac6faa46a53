import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  bootScript,
  extractStyles,
  NO_PRERENDER_CLASS,
  type StartupFiles,
} from '../../../src/build/prerender.ts';

describe('extractStyles (style attributes of the prerender, which the CSP ignores)', () => {
  it('moves each distinct style into one class, kept with the element’s own classes', () => {
    const { html, css } = extractStyles(
      '<div class="recharts-wrapper" style="position:relative;width:720px;height:364px;font-family:&quot;Noto Sans&quot;, Arial">' +
        '<p style="margin:8px 0 12px">a</p><p style="margin:8px 0 12px" class="x">b</p><br/></div>',
    );
    expect(html).toBe(
      '<div class="recharts-wrapper pr-0"><p class="pr-1">a</p><p class="x pr-1">b</p><br/></div>',
    );
    expect(html).not.toContain('style=');
    expect(css.split('\n')).toEqual([
      '.pr-0{position:relative !important;width:720px !important;height:364px !important;font-family:"Noto Sans", Arial !important;max-width:100% !important}',
      '.pr-1{margin:8px 0 12px !important}',
    ]);
  });

  it('leaves markup without style attributes alone', () => {
    const markup = '<main id="main" tabindex="-1"><h2 class="t">Xếp hạng &amp; điểm</h2></main>';
    expect(extractStyles(markup)).toEqual({ html: markup, css: '' });
  });
});

const FILES: StartupFiles = {
  messages: { vi: ['assets/vi-1.js'], en: ['assets/en-1.js'] },
  datasets: {
    'bac-kan-dcci': ['assets/bac-kan-dcci-1.js', 'assets/compactDataset-1.js'],
    pci: ['assets/pci-1.js', 'assets/compactDataset-1.js'],
  },
  views: { map: ['assets/MapScreen-1.js', 'assets/scales-1.js'] },
  always: ['assets/ConferenceAside-1.js'],
};
const DEFAULT_SEARCHES = ['?v=1&ds=bac-kan-dcci', '?v=1&ds=bac-kan-dcci&year=2019&group=districts'];

/** Runs the boot script against a fake document at `url`: the class set on <html>, the preloads. */
function boot(url: string) {
  const classes: string[] = [];
  const links: { rel: string; href: string }[] = [];
  const { search, hash } = new URL(url, 'https://dcci.example/');
  const document = {
    documentElement: { classList: { add: (c: string) => classes.push(c) } },
    createElement: () => ({ rel: '', href: '' }),
    head: { appendChild: (l: { rel: string; href: string }) => links.push(l) },
  };
  runInNewContext(bootScript(DEFAULT_SEARCHES, { ds: 'bac-kan-dcci', lang: 'vi' }, FILES), {
    window: { location: { search, hash } },
    document,
    URLSearchParams,
  });
  return { hidden: classes.includes(NO_PRERENDER_CLASS), preloads: links.map((l) => l.href) };
}

describe('the boot script (before the first paint)', () => {
  it('keeps the prerendered view at / and at the URL the app writes for it', () => {
    expect(boot('/').hidden).toBe(false);
    for (const search of DEFAULT_SEARCHES) expect(boot(`/${search}`).hidden).toBe(false);
  });

  it('hides it for any other query or a shared dataset in the fragment', () => {
    for (const url of ['/?lang=en', '/?ds=pci', '/?view=scorecard', '/?year=2018', '/#d=abc'])
      expect(boot(url).hidden, url).toBe(true);
  });

  it('preloads the messages, data, screen and summary the first render imports, once each', () => {
    expect(boot('/').preloads).toEqual([
      '/assets/vi-1.js',
      '/assets/bac-kan-dcci-1.js',
      '/assets/compactDataset-1.js',
      '/assets/ConferenceAside-1.js',
    ]);
    expect(boot('/?ds=pci&lang=en&view=map').preloads).toEqual([
      '/assets/en-1.js',
      '/assets/pci-1.js',
      '/assets/compactDataset-1.js',
      '/assets/MapScreen-1.js',
      '/assets/scales-1.js',
      '/assets/ConferenceAside-1.js',
    ]);
    // Unknown or inherited keys name nothing.
    expect(boot('/?ds=constructor&view=__proto__&lang=xx').preloads).toEqual([
      '/assets/ConferenceAside-1.js',
    ]);
  });
});

import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  bootScript,
  styleAttributes,
  takeEntry,
  NO_PRERENDER_CLASS,
  SHELL_CLASS,
  type StartupFiles,
} from '../../../src/build/prerender.ts';

describe('styleAttributes (the prerender may have none: the CSP ignores them, hydration keeps them)', () => {
  it('lists each element that carries a style attribute', () => {
    const html =
      '<div class="chart" style="width:720px"><p style="margin:8px 0 12px">a</p><p class="x">b</p>' +
      '<svg width="720" height="364"><text font-style="italic">c</text></svg></div>';
    expect(styleAttributes(html)).toEqual([
      '<div class="chart" style="width:720px">',
      '<p style="margin:8px 0 12px">',
    ]);
  });

  it('passes markup without style attributes', () => {
    const markup = '<main id="main" tabindex="-1"><h2 class="t">Xếp hạng &amp; điểm</h2></main>';
    expect(styleAttributes(markup)).toEqual([]);
  });
});

const FILES: StartupFiles = {
  messages: { vi: ['assets/vi-1.js'], en: ['assets/en-1.js'] },
  datasets: {
    'bac-kan-dcci': ['assets/bac-kan-dcci-1.js', 'assets/compactDataset-1.js'],
    pci: ['assets/pci-1.js', 'assets/compactDataset-1.js'],
  },
  views: { map: ['assets/MapScreen-1.js', 'assets/scales-1.js', 'assets/MapScreen-1.css'] },
  conference: ['assets/ConferenceAside-1.js'],
};
const DEFAULT_SEARCHES = ['?v=1&ds=bac-kan-dcci', '?v=1&ds=bac-kan-dcci&year=2019&group=districts'];

const DEFAULTS = { ds: 'bac-kan-dcci', lang: 'vi', year: '2019', group: 'districts' };
const START = { entry: 'assets/main-1.js', modules: ['assets/startup-1.js', 'assets/client-1.js'] };

interface Added {
  rel?: string;
  as?: string;
  href?: string;
  type?: string;
  src?: string;
}

/**
 * Runs the boot script against a fake document at `url`: the class set on <html>, what it adds
 * to the head before the first paint and after it (frames and timers run when the test says).
 */
function boot(url: string, visibilityState = 'visible') {
  const classes: string[] = [];
  const added: Added[] = [];
  const later: (() => void)[] = [];
  const { search, hash } = new URL(url, 'https://dcci.example/');
  const document = {
    visibilityState,
    documentElement: { classList: { add: (c: string) => classes.push(c) } },
    createElement: (): Added => ({}),
    head: { appendChild: (l: Added) => added.push(l) },
  };
  runInNewContext(bootScript(DEFAULT_SEARCHES, DEFAULTS, FILES, START), {
    window: { location: { search, hash } },
    document,
    URLSearchParams,
    requestAnimationFrame: (f: () => void) => later.push(f),
    setTimeout: (f: () => void) => later.push(f),
    // Reports the first contentful paint when the test lets frames and timers run.
    PerformanceObserver: class {
      constructor(private readonly report: (list: unknown) => void) {}
      observe() {
        later.push(() =>
          this.report({
            getEntriesByName: (n: string) => (n === 'first-contentful-paint' ? [{}] : []),
          }),
        );
      }
      disconnect() {}
    },
  });
  const beforePaint = added.length;
  for (let f = later.shift(); f !== undefined; f = later.shift()) f();
  return {
    hidden: classes.includes(NO_PRERENDER_CLASS),
    shell: classes.includes(SHELL_CLASS),
    beforePaint,
    preloads: added.filter((l) => l.rel === 'modulepreload').map((l) => l.href),
    entries: added.filter((l) => l.type === 'module').map((l) => l.src),
    styles: added.filter((l) => l.rel === 'preload' && l.as === 'style').map((l) => l.href),
  };
}

describe('the boot script (before the first paint)', () => {
  it('keeps the prerendered view at / and at the URL the app writes for it', () => {
    for (const url of ['/', ...DEFAULT_SEARCHES.map((s) => `/${s}`)]) {
      expect(boot(url).hidden, url).toBe(false);
      expect(boot(url).shell, url).toBe(false);
    }
  });

  it('hides it for another dataset, language, year or group, or a shared dataset in the fragment', () => {
    for (const url of [
      '/?lang=en',
      '/?ds=pci',
      '/?year=2018',
      '/?group=departments&view=scorecard',
      '/?view=scorecard&lang=en',
      '/#d=abc',
      '/?view=scorecard#d=abc',
    ]) {
      expect(boot(url).hidden, url).toBe(true);
      expect(boot(url).shell, url).toBe(false);
    }
  });

  it('keeps only its frame for another view or unit of the same data', () => {
    for (const url of [
      '/?view=scorecard',
      '/?v=1&ds=bac-kan-dcci&year=2019&group=districts&view=scorecard&unit=districts.na-ri',
      '/?view=nonsense',
    ]) {
      expect(boot(url).hidden, url).toBe(false);
      expect(boot(url).shell, url).toBe(true);
    }
  });

  it('preloads the messages, data, screen and conference summary the first render imports, once each', () => {
    expect(boot('/').preloads).toEqual([
      '/assets/startup-1.js',
      '/assets/client-1.js',
      '/assets/vi-1.js',
      '/assets/bac-kan-dcci-1.js',
      '/assets/compactDataset-1.js',
      '/assets/ConferenceAside-1.js',
    ]);
    expect(boot('/?ds=pci&lang=en&view=map').preloads).toEqual([
      '/assets/startup-1.js',
      '/assets/client-1.js',
      '/assets/en-1.js',
      '/assets/pci-1.js',
      '/assets/compactDataset-1.js',
      '/assets/MapScreen-1.js',
      '/assets/scales-1.js',
    ]);
    // A lazy view's stylesheet is fetched with its code (applied when the view imports it).
    expect(boot('/?ds=pci&lang=en&view=map').styles).toEqual(['/assets/MapScreen-1.css']);
    // Unknown or inherited keys name nothing.
    expect(boot('/?ds=constructor&view=__proto__&lang=xx').preloads).toEqual([
      '/assets/startup-1.js',
      '/assets/client-1.js',
    ]);
    // The conference summary goes with the default dataset only.
    expect(boot('/?view=__proto__&lang=xx').preloads).toEqual([
      '/assets/startup-1.js',
      '/assets/client-1.js',
      '/assets/bac-kan-dcci-1.js',
      '/assets/compactDataset-1.js',
      '/assets/ConferenceAside-1.js',
    ]);
  });

  it('starts the entry once: after the first paint of the prerendered view or frame, else at once', () => {
    for (const url of ['/', '/?view=scorecard']) {
      const shown = boot(url);
      expect(shown.beforePaint, url).toBe(0);
      expect(shown.entries, url).toEqual(['/assets/main-1.js']);
    }
    // A hidden tab paints nothing; with nothing prerendered to show, nothing is waited for.
    for (const [url, visibility] of [
      ['/', 'hidden'],
      ['/?ds=pci', 'visible'],
      ['/#d=abc', 'visible'],
    ] as const) {
      const started = boot(url, visibility);
      expect(started.beforePaint, url).toBeGreaterThan(0);
      expect(started.entries, url).toEqual(['/assets/main-1.js']);
    }
  });
});

describe('takeEntry (the entry script and its preloads move from index.html to the boot script)', () => {
  const head =
    '<title>DCCI</title>\n    <script type="module" crossorigin src="/assets/main-1.js"></script>\n' +
    '    <link rel="modulepreload" crossorigin href="/assets/startup-1.js">\n' +
    '    <link rel="modulepreload" crossorigin href="/assets/client-1.js">\n' +
    '    <link rel="stylesheet" crossorigin href="/assets/startup-1.css">';

  it('removes them and names their files', () => {
    const { html, start } = takeEntry(head);
    expect(start).toEqual(START);
    expect(html).toBe(
      '<title>DCCI</title>\n    <link rel="stylesheet" crossorigin href="/assets/startup-1.css">',
    );
  });

  it('fails the build when there is no entry', () => {
    expect(() => takeEntry('<title>DCCI</title>')).toThrow(/no entry script/);
  });
});

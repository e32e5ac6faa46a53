import { runInNewContext, Script } from 'node:vm';
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

interface BootOptions {
  readonly visibilityState?: string;
  /** Whether the browser has paint timing (PerformanceObserver 'paint'). */
  readonly paintTiming?: boolean;
  readonly readyState?: string;
}

/**
 * Runs the boot script against a fake document at `url`: the class set on <html>, what it adds
 * to the head before the first paint, and after it. "After" runs what the first paint sets off
 * (the paint report, frame callbacks, 0 ms timers and DOMContentLoaded), never the 1 s fallback
 * timer: the entry must start without it.
 */
function boot(url: string, opts: BootOptions = {}) {
  const classes: string[] = [];
  const added: Added[] = [];
  const later: { run: () => void; delay: number }[] = [];
  const ready: (() => void)[] = [];
  const { search, hash } = new URL(url, 'https://dcci.example/');
  const document = {
    visibilityState: opts.visibilityState ?? 'visible',
    readyState: opts.readyState ?? 'interactive',
    addEventListener: (type: string, f: () => void) => type === 'DOMContentLoaded' && ready.push(f),
    documentElement: { classList: { add: (c: string) => classes.push(c) } },
    createElement: (): Added => ({}),
    head: { appendChild: (l: Added) => added.push(l) },
  };
  const paintTiming = class {
    static readonly supportedEntryTypes = ['paint', 'navigation'];
    constructor(private readonly report: (list: unknown) => void) {}
    observe() {
      later.push({
        run: () =>
          this.report({
            getEntriesByName: (n: string) => (n === 'first-contentful-paint' ? [{}] : []),
          }),
        delay: 0,
      });
    }
    disconnect() {}
  };
  runInNewContext(bootScript(DEFAULT_SEARCHES, DEFAULTS, FILES, START), {
    window: { location: { search, hash } },
    document,
    URLSearchParams,
    requestAnimationFrame: (f: () => void) => later.push({ run: f, delay: 0 }),
    setTimeout: (f: () => void, delay = 0) => later.push({ run: f, delay }),
    ...(opts.paintTiming === false ? {} : { PerformanceObserver: paintTiming }),
  });
  const beforePaint = added.length;
  for (
    let i = later.findIndex((x) => x.delay === 0);
    i >= 0;
    i = later.findIndex((x) => x.delay === 0)
  )
    later.splice(i, 1)[0]?.run();
  const beforeParsed = added.filter((l) => l.type === 'module').length;
  for (const f of ready) f();
  return {
    hidden: classes.includes(NO_PRERENDER_CLASS),
    shell: classes.includes(SHELL_CLASS),
    beforePaint,
    beforeParsed,
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
      for (const paintTiming of [true, false]) {
        const shown = boot(url, { paintTiming });
        expect(shown.beforePaint, url).toBe(0);
        // By the paint report, or two frame callbacks without paint timing; not the 1 s timer.
        expect(shown.entries, url).toEqual(['/assets/main-1.js']);
      }
    }
    // A hidden tab paints nothing; with nothing prerendered to show, nothing is waited for.
    for (const [url, visibilityState] of [
      ['/', 'hidden'],
      ['/?ds=pci', 'visible'],
      ['/#d=abc', 'visible'],
    ] as const) {
      const started = boot(url, { visibilityState });
      expect(started.beforePaint, url).toBeGreaterThan(0);
      expect(started.entries, url).toEqual(['/assets/main-1.js']);
    }
  });

  it('runs the entry once the page is parsed, its preloads at once', () => {
    const early = boot('/?ds=pci', { readyState: 'loading' });
    expect(early.beforePaint).toBe(early.preloads.length + early.styles.length);
    expect(early.beforePaint).toBeGreaterThan(START.modules.length);
    expect(early.beforeParsed).toBe(0);
    expect(early.entries).toEqual(['/assets/main-1.js']);
  });

  it('embeds its values so that none ends the comment line or the script', () => {
    const source = bootScript(
      ['?x=\u2028</script>'],
      { ...DEFAULTS, ds: 'a\u2029b' },
      FILES,
      START,
    );
    expect(source).not.toMatch(/[\u2028\u2029]|<\/script/);
    // It compiles (a separator in a comment line would end the comment early).
    expect(() => new Script(source)).not.toThrow();
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

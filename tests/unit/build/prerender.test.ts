import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  bootScript,
  styleAttributes,
  takeEntry,
  CHART_WIDTH_ATTR,
  NO_PRERENDER_CLASS,
  SHELL_CLASS,
  WAIT_CLASS,
  splitMain,
  type Alternate,
  type StartupFiles,
} from '../../../src/build/prerender.ts';
import { WIDE_WIDTH } from '../../../src/build/variants.ts';

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
// A phone's drawing (the build's widths come from src/build/variants.ts).
const PHONE = { width: 296 };
const ALTERNATES: Alternate[] = [
  {
    id: 'prerender-1',
    searches: ['?view=scorecard', '?v=1&ds=bac-kan-dcci&year=2019&group=districts&view=scorecard'],
    main: true,
    width: WIDE_WIDTH,
    svgs: false,
    base: null,
  },
  {
    id: 'prerender-2',
    searches: ['?ds=pci&view=map'],
    main: false,
    width: WIDE_WIDTH,
    svgs: false,
    base: null,
  },
  // Phone variants, charts only: the default view's (over #root's), the PCI map's (over its wide one).
  {
    id: 'prerender-3',
    searches: ['', ...DEFAULT_SEARCHES],
    main: false,
    ...PHONE,
    svgs: true,
    base: null,
  },
  {
    id: 'prerender-4',
    searches: ['?ds=pci&view=map'],
    main: false,
    ...PHONE,
    svgs: true,
    base: 'prerender-2',
  },
];

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
  /** The templates in the page (ids), without the prerendered links' templates when false. */
  readonly templates?: boolean;
  /** Templates missing from the page. */
  readonly missing?: readonly string[];
  /** The width of the chart box of #root's view (measured by the boot script; none without one). */
  readonly box?: number;
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
  // #root's content: 'default' (the prerendered default view), the id of the template moved in,
  // or 'default>id' when the template replaced the default view's <main>; '+id' when a template's
  // charts replaced those of <main> (which holds two).
  let root = 'default';
  const chart = (n: number) => ({
    parentNode: {
      closest: () => null,
      replaceChild: (next: { id: string; n: number }) => {
        if (next.n !== n) throw new Error('charts replaced out of order');
        if (n === 0) root = `${root}+${next.id}`;
      },
    },
  });
  const attributes = new Map<string, string>();
  const templates = new Map(
    opts.templates === false
      ? []
      : ALTERNATES.filter((a) => !opts.missing?.includes(a.id)).map((a) => [
          a.id,
          {
            content: { id: a.id, svgs: a.svgs },
            parentNode: { removeChild: (t: unknown) => templates.delete(a.id) && t },
          },
        ]),
  );
  const later: { run: () => void; delay: number }[] = [];
  const ready: (() => void)[] = [];
  const { search, hash } = new URL(url, 'https://dcci.example/');
  const document = {
    visibilityState: opts.visibilityState ?? 'visible',
    readyState: opts.readyState ?? 'interactive',
    addEventListener: (type: string, f: () => void) => type === 'DOMContentLoaded' && ready.push(f),
    documentElement: {
      classList: {
        add: (c: string) => classes.push(c),
        remove: (...cs: string[]) =>
          cs.forEach((c) => classes.includes(c) && classes.splice(classes.indexOf(c), 1)),
      },
      setAttribute: (name: string, value: string) => attributes.set(name, value),
    },
    getElementById: (id: string) =>
      id === 'root'
        ? {
            set textContent(v: string) {
              if (v === '') root = '';
            },
            appendChild: (n: { id: string }) => (root = `${root}${n.id}`),
            querySelector: (sel: string) =>
              sel === '.chart-frame__chart'
                ? opts.box === undefined
                  ? null
                  : { getBoundingClientRect: () => ({ width: opts.box }) }
                : sel === 'main'
                  ? {
                      parentNode: {
                        replaceChild: (n: { id: string }) => (root = `${root}>${n.id}`),
                      },
                      // Two charts, one with an SVG inside it (not a chart of its own).
                      getElementsByTagName: (tag: string) =>
                        tag === 'svg'
                          ? [chart(0), { parentNode: { closest: () => ({}) } }, chart(1)]
                          : [],
                    }
                  : null,
          }
        : (templates.get(id) ?? null),
    // A template of charts holds one SVG per chart.
    importNode: (n: { id: string; svgs: boolean }, deep: boolean) =>
      !deep ? {} : n.svgs ? { children: [0, 1].map((i) => ({ id: n.id, n: i })) } : { ...n },
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
  runInNewContext(bootScript(DEFAULT_SEARCHES, DEFAULTS, FILES, START, ALTERNATES, WIDE_WIDTH), {
    window: { location: { search, hash } },
    document,
    URLSearchParams,
    requestAnimationFrame: (f: () => void) => later.push({ run: f, delay: 0 }),
    setTimeout: (f: () => void, delay = 0) => later.push({ run: f, delay }),
    ...(opts.paintTiming === false ? {} : { PerformanceObserver: paintTiming }),
  });
  const beforePaint = added.length;
  const classesBeforeParsed = [...classes];
  const rootBeforeParsed = root;
  for (
    let i = later.findIndex((x) => x.delay === 0);
    i >= 0;
    i = later.findIndex((x) => x.delay === 0)
  )
    later.splice(i, 1)[0]?.run();
  const beforeParsed = added.filter((l) => l.type === 'module').length;
  for (const f of ready) f();
  return {
    classesBeforeParsed,
    rootBeforeParsed,
    root,
    templatesLeft: [...templates.keys()],
    chartWidth: attributes.get(CHART_WIDTH_ATTR) ?? null,
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
      // And tells the app the width its charts were drawn at (hydration renders that first).
      expect(boot(url).chartWidth, url).toBe(String(WIDE_WIDTH));
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

  it("moves a prerendered link's view into #root once the page is parsed, nothing shown until then", () => {
    for (const [url, id] of [
      ['/?view=scorecard', 'default>prerender-1'],
      ['/?v=1&ds=bac-kan-dcci&year=2019&group=districts&view=scorecard', 'default>prerender-1'],
      ['/?ds=pci&view=map', 'prerender-2'],
    ] as const) {
      // Not even the frame: the first paint is the link's view (the entry starts after it).
      const loading = boot(url, { readyState: 'loading' });
      expect(loading.classesBeforeParsed, url).toEqual([WAIT_CLASS]);
      expect(loading.rootBeforeParsed, url).toBe('default');
      expect(loading.root, url).toBe(id);
      expect(loading.hidden || loading.shell, url).toBe(false);
      expect(loading.templatesLeft, url).not.toContain(id.replace('default>', ''));
      // Parsed already (a script run late): at once.
      const parsed = boot(url);
      expect([parsed.rootBeforeParsed, parsed.hidden, parsed.shell], url).toEqual([
        id,
        false,
        false,
      ]);
      // Its view is shown: the entry waits for the first paint, as at /.
      expect(parsed.beforePaint, url).toBe(0);
      expect(parsed.entries, url).toEqual(['/assets/main-1.js']);
    }
    // A shared dataset in the fragment, or a query the template was not made for: no move.
    for (const url of [
      '/?view=scorecard#d=abc',
      '/?view=scorecard&unit=districts.na-ri',
      '/?ds=pci&view=map&lang=en',
    ])
      expect(boot(url, { readyState: 'loading' }).root, url).toBe('default');
  });

  it('puts the widest drawing not wider than the chart box in, and tells the app its width', () => {
    for (const [url, id] of [
      ['/', 'default+prerender-3'],
      [`/${DEFAULT_SEARCHES[1] ?? ''}`, 'default+prerender-3'],
      ['/?ds=pci&view=map', 'prerender-2+prerender-4'],
    ] as const) {
      for (const box of [296, 336, 358.9]) {
        const loading = boot(url, { readyState: 'loading', box });
        expect(loading.classesBeforeParsed, url).toEqual([WAIT_CLASS]);
        expect(loading.rootBeforeParsed, url).toBe('default');
        expect([loading.root, loading.hidden, loading.shell], url).toEqual([id, false, false]);
        expect(loading.chartWidth, url).toBe(String(PHONE.width));
        // The templates used are gone (the others stay, inert, until the app has mounted).
        for (const used of id.split(/[+>]/).filter((x) => x !== 'default'))
          expect(loading.templatesLeft, url).not.toContain(used);
        expect(loading.entries, url).toEqual(['/assets/main-1.js']);
      }
      // Boxes at least as wide as the wide drawing: the view as drawn wide.
      for (const box of [862, 1232]) {
        const wide = boot(url, { readyState: 'loading', box });
        expect(wide.root, url).toBe(id.startsWith('prerender-2') ? 'prerender-2' : 'default');
        expect(wide.chartWidth, url).toBe(String(WIDE_WIDTH));
        expect(wide.hidden || wide.shell, url).toBe(false);
      }
    }
    // No chart box to measure: the wide view.
    expect(boot('/?ds=pci&view=map', { readyState: 'loading' }).root).toBe('prerender-2');
    expect(boot('/', { readyState: 'loading' }).chartWidth).toBe(String(WIDE_WIDTH));
    // A box narrower than every drawing: the narrowest (scaled down a little), not the wide one.
    const tiny = boot('/', { readyState: 'loading', box: 250 });
    expect([tiny.root, tiny.chartWidth]).toEqual(['default+prerender-3', String(PHONE.width)]);
  });

  it("shows the view as drawn wide when a phone's charts are missing, and nothing when its view is", () => {
    const noCharts = boot('/?ds=pci&view=map', {
      readyState: 'loading',
      box: 336,
      missing: ['prerender-4'],
    });
    expect([noCharts.root, noCharts.hidden, noCharts.chartWidth]).toEqual([
      'prerender-2',
      false,
      String(WIDE_WIDTH),
    ]);
    const home = boot('/', { readyState: 'loading', box: 336, missing: ['prerender-3'] });
    expect([home.root, home.hidden, home.chartWidth]).toEqual([
      'default',
      false,
      String(WIDE_WIDTH),
    ]);
    // The map's own template missing: nothing prerendered is shown, the app starts at once.
    const none = boot('/?ds=pci&view=map', {
      readyState: 'loading',
      box: 336,
      missing: ['prerender-2'],
    });
    expect([none.root, none.hidden, none.chartWidth]).toEqual(['default', true, null]);
    expect(none.entries).toEqual(['/assets/main-1.js']);
  });

  it('keeps the default view hidden when a template is missing, and starts the app at once', () => {
    for (const url of ['/?view=scorecard', '/?ds=pci&view=map']) {
      const missing = boot(url, { readyState: 'loading', templates: false });
      expect([missing.root, missing.shell, missing.hidden], url).toEqual(['default', false, true]);
      // Nothing to wait for: the app starts at once (not after a paint that would never come).
      const parsed = boot(url, { templates: false });
      expect(parsed.hidden, url).toBe(true);
      expect(parsed.beforePaint, url).toBeGreaterThan(0);
      expect(parsed.entries, url).toEqual(['/assets/main-1.js']);
    }
  });

  it('keeps only its frame for another view or unit of the same data', () => {
    for (const url of [
      '/?view=map',
      '/?v=1&ds=bac-kan-dcci&year=2019&group=districts&view=scorecard&unit=districts.na-ri',
      '/?view=nonsense',
    ]) {
      expect(boot(url).hidden, url).toBe(false);
      expect(boot(url).shell, url).toBe(true);
      // The app draws the view anew: it measures before it paints.
      expect(boot(url).chartWidth, url).toBe(null);
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

describe('splitMain (a link whose page differs from the default view only in <main> ships only that)', () => {
  it('splits a view around its one <main>', () => {
    expect(
      splitMain(
        '<div class="app"><header>h</header><main id="main" class="m">x</main><aside>a</aside></div>',
      ),
    ).toEqual({
      before: '<div class="app"><header>h</header>',
      main: '<main id="main" class="m">x</main>',
      after: '<aside>a</aside></div>',
    });
  });

  it('fails the build without exactly one <main>', () => {
    expect(() => splitMain('<div class="app"></div>')).toThrow(/single <main>/);
    expect(() => splitMain('<main id="a"></main><main id="b"></main>')).toThrow(/single <main>/);
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

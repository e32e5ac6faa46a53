import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { createServer, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { EARLY_INPUT_CLASS } from '../app/earlyInput.ts';
import { earlyInputScript } from './earlyInputScript.ts';
import { FRAGMENT_START } from '../app/sharedFragment.ts';
import type { PreparedView, RenderedView } from './prerenderApp.tsx';
import { bundledDatasetsPlugin } from '../state/bundledDatasets.ts';
import {
  chartHeights,
  heightSteps,
  MIN_BOX,
  planWidths,
  splitMain,
  splitSvgs,
  WIDE_WIDTH,
} from './variants.ts';

export { splitMain } from './variants.ts';

/**
 * Prerendering (issue 12). `/` is served for every URL, but the build renders the default view
 * into index.html's #root (`/`, Vietnamese, bundled default dataset, Ranking), so its header,
 * banner, titles, summary, chart, table and conference summary are painted before any script has
 * run; and the other entry links of PRERENDERED_LINKS into `<template>`s (inert: not rendered,
 * no script runs), which the boot script moves into #root when the URL is theirs, before the
 * first paint of the view. The entry then hydrates that markup (main.tsx): React attaches to the
 * painted elements instead of painting them again.
 *
 * The traps, and what is done about them:
 * - The CSP (`style-src 'self'`) ignores `style="…"` attributes in static markup, and hydration
 *   would keep them as the server wrote them: the build fails if the view has any
 *   (`styleAttributes`); sizes are SVG attributes or classes. The ranking chart is our own SVG
 *   (a charting library that measures in the browser draws nothing on a server).
 * - A chart drawn for one width would be scaled on other screens (its SVG has a viewBox) until the
 *   hydrated app measures the real width — to half its size on a phone, then jumping back. So each
 *   view is drawn for a 1366 px screen (WIDE_WIDTH) and at the narrowest width of each range of
 *   narrower chart boxes in which its charts keep their heights (src/build/variants.ts), into
 *   templates; once the page is parsed the boot script measures the chart box (the view hidden,
 *   laid out) and shows the widest drawing not wider than it; the app assumes that drawing's width
 *   in its first render (CHART_WIDTH_ATTR), so hydration matches.
 * - Another view, dataset, language or a shared dataset in the fragment must not flash the
 *   default view first: a small render-blocking classic script in the head (assets/boot-*.js,
 *   an external file, as the CSP wants) compares the URL with the default view's before the
 *   first paint and otherwise hides the prerendered markup (`html.no-prerender`, a rule of
 *   assets/prerender-*.css); the entry then renders the asked view into the emptied root.
 */

/**
 * The links prerendered besides `/` (templates in index.html): the official's scorecard of the
 * default data, and the PCI map (real data, the view journalists share). Both cost index.html
 * ≈ 5 KB gzip (9.1 → 14.3 KB); the drawings at other widths of all three (variants.ts: mostly
 * their charts' SVGs) another ≈ 13 KB (27.7 KB gzip, 242 KB raw); any other link shows the
 * default view's frame or nothing until the app has drawn it.
 */
export const PRERENDERED_LINKS: readonly string[] = ['?view=scorecard', '?ds=pci&view=map'];

/**
 * Set on <html> by the boot script, with the width the prerendered view's charts were drawn at,
 * when that view is shown; main.tsx makes the first render assume it, so hydration matches.
 */
export const CHART_WIDTH_ATTR = 'data-chart-width';

/** Set on the prerendered root element; main.tsx looks for it. */
export const PRERENDER_ATTR = 'data-prerender';
/**
 * Set on <html> by the boot script when the URL asks for another dataset, language, year or group,
 * or when the URL's prerendered view cannot be shown (a template missing): the app then renders
 * into the root.
 */
export const NO_PRERENDER_CLASS = 'no-prerender';
/**
 * Set on <html> by the boot script while the URL's prerendered view waits to be chosen and moved
 * into #root (until the page is parsed): laid out, so that its chart box can be measured, not shown.
 */
export const WAIT_CLASS = 'prerender-wait';
/**
 * Set on <html> by the boot script when the URL asks for another view or unit of the prerendered
 * dataset, year, group and language: its frame (header with the selectors, honesty banner) is
 * the same, so it is shown at once; the tabs, view, side column and footer are not.
 */
export const SHELL_CLASS = 'prerender-shell';

/** What a URL that does not name them means (the prerendered view's dataset, language, year, group). */
export interface ViewDefaults {
  readonly ds: string;
  readonly lang: string;
  readonly year: string;
  readonly group: string;
}

/**
 * The elements of `html` (React's server output) that carry a `style="…"` attribute, as their
 * opening tags. The CSP (`style-src 'self'`) ignores such attributes in static markup, and
 * hydration keeps the server's attributes as they are, so the prerendered view may have none:
 * the build fails with this list instead (give the element a class in a stylesheet).
 */
export function styleAttributes(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][\w:-]*(?:\s[^>]*?)?\sstyle="[^"]*"[^>]*>/g)].map((m) => m[0]);
}

/**
 * What the first render of a URL awaits besides the entry (main.tsx): the messages of its
 * language, its bundled dataset (with the decoder), its view's lazy screen and the conference
 * summary, as lists of file names (each chunk with the chunks it imports, minus those index.html
 * preloads already, then their stylesheets). The boot script asks for them with the entry, so
 * they are not a second round trip after the entry has run.
 */
export interface StartupFiles {
  readonly messages: Readonly<Record<string, readonly string[]>>;
  readonly datasets: Readonly<Record<string, readonly string[]>>;
  readonly views: Readonly<Record<string, readonly string[]>>;
  /** The conference summary, shown with the default dataset only. */
  readonly conference: readonly string[];
}

/**
 * A prerendered drawing's template: its element id, the query strings that ask for it, and the
 * width its charts are drawn at (shown in chart boxes at least that wide, up to the next one's).
 */
export interface Alternate {
  readonly id: string;
  readonly searches: readonly string[];
  readonly width: number;
  /**
   * Whether the template holds only its `<main>` (the rest of the page is the default view's,
   * element for element, which the build checks): it replaces the default view's `<main>`.
   */
  readonly main: boolean;
  /**
   * Whether the template holds only the view's charts: the outermost `<svg>`s of its `<main>`, in
   * order, which replace those of the view placed by `base` (an Alternate's id; null: the default
   * view in #root) — the rest of its markup is that view's (the build checks).
   */
  readonly svgs: boolean;
  readonly base: string | null;
}

/** The app's entry script and the modules index.html preloaded for it (Vite's tags). */
export interface EntryFiles {
  readonly entry: string;
  readonly modules: readonly string[];
}

// JSON in a script: the line and paragraph separators end a comment line, "<" could end a tag.
const json = (value: unknown) =>
  JSON.stringify(value).replace(
    /[\u2028\u2029<]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * The boot script's part for a URL with prerendered variants (`mine`, its Alternates; `home`,
 * whether #root's view is one of them, drawn `rootWidth` wide; `c`, <html>'s classes).
 */
// Nothing is shown until then, not even the frame: the first paint is the chosen view, and the
// entry, which starts after the first paint, does not compete with it.
const swapScript = (rootWidth: number | null) => `    c.add(${json(WAIT_CLASS)});
    // Once the page is parsed: the chart box of #root's view (every prerendered view's is as wide)
    // picks the widest drawing not wider than it (else the narrowest), which replaces #root's view
    // (copies of the inert templates' nodes): all of it, or its <main> when the rest is the same;
    // for a drawing of charts only, the view it is drawn for, then the outermost <svg>s of <main>,
    // in order. Without a view's template (a damaged page) nothing is shown and the entry starts at
    // once; without a drawing's charts, its view as drawn wide.
    var r, byId = function (id) {
      for (var i = 0; i < alts.length; i++) if (alts[i].id === id) return alts[i];
      return null;
    };
    var place = function (x) {
      var t = d.getElementById(x.id), m = x.main ? r.querySelector('main') : null;
      if (!t || !t.content || (x.main && !m)) return false;
      if (m) m.parentNode.replaceChild(d.importNode(t.content, true), m);
      else {
        r.textContent = '';
        r.appendChild(d.importNode(t.content, true));
      }
      t.parentNode.removeChild(t);
      return true;
    };
    var charts = function (x) {
      var t = d.getElementById(x.id), m = r.querySelector('main');
      if (!t || !t.content || !m) return false;
      var now = [], all = m.getElementsByTagName('svg'), next = d.importNode(t.content, true).children;
      for (var i = 0; i < all.length; i++) if (!all[i].parentNode.closest('svg')) now.push(all[i]);
      if (now.length !== next.length) return false;
      for (var j = now.length - 1; j >= 0; j--) now[j].parentNode.replaceChild(next[j], now[j]);
      t.parentNode.removeChild(t);
      return true;
    };
    var swap = function () {
      r = d.getElementById('root');
      if (!r) return false;
      var chart = r.querySelector('.chart-frame__chart');
      var box = chart ? Math.floor(chart.getBoundingClientRect().width) : Infinity;
      var all = home ? mine.concat([{ id: null, width: ${json(rootWidth)} }]) : mine, best = null;
      for (var i = 0; i < all.length; i++) {
        var x = all[i], fits = x.width <= box;
        if (best === null) best = x;
        else if (fits && (best.width > box || x.width > best.width)) best = x;
        else if (!fits && best.width > box && x.width < best.width) best = x;
      }
      var base = best.svgs ? byId(best.base) : best.id === null ? null : best, w = ${json(rootWidth)};
      if (base !== null && !place(base)) return false;
      if (base !== null) w = base.width;
      if (best.svgs && charts(best)) w = best.width;
      if (w) d.documentElement.setAttribute(${json(CHART_WIDTH_ATTR)}, String(w));
      c.remove(${json(WAIT_CLASS)});
      return true;
    };
    var fail = function () {
      c.remove(${json(WAIT_CLASS)});
      c.add(${json(NO_PRERENDER_CLASS)});
    };
    if (d.readyState === 'loading')
      d.addEventListener('DOMContentLoaded', function () {
        if (!swap()) {
          fail();
          go();
        }
      });
    else if (!swap()) {
      fail();
      shown = false;
    }`;

/**
 * The boot script: before the first paint, when the URL is the default view's (`defaultSearches`,
 * or no query at all) or a prerendered link's, hides the view until the page is parsed, then shows
 * the drawing of it (`alternates`; #root's for the default view, drawn `rootWidth` wide) that fits
 * the measured chart box (see swapScript);
 * keeps only its frame (SHELL_CLASS) when the URL asks for another
 * view or unit of the same data, and hides it otherwise. Then it preloads the entry's
 * modules and what the URL's first render will import, and starts the entry: after the first
 * paint when the prerendered view or its frame is shown, which needs no script to be seen, so that
 * the scripts do not compete with the HTML and CSS for a slow connection before it is painted;
 * at once when nothing prerendered is shown, or in a hidden tab, which paints nothing (and after a
 * second at the latest, whatever the frames do).
 */
export function bootScript(
  defaultSearches: readonly string[],
  defaults: ViewDefaults,
  files: StartupFiles,
  start: EntryFiles,
  alternates: readonly Alternate[] = [],
  rootWidth: number | null = null,
): string {
  return `// Generated by src/build/prerender.ts: the prerendered default view is shown only at its URL,
// a prerendered link's view only at its; the app's scripts are asked for once it is painted (at
// once when nothing is shown).
// start: ${json(start)}
(function () {
  var l = window.location, d = document, q = new URLSearchParams(l.search), dv = ${json(defaults)};
  var same = function (k) { return (q.get(k) || dv[k]) === dv[k]; };
  var c = d.documentElement.classList, own = l.hash.indexOf(${json(FRAGMENT_START)}) !== 0;
  var frame = own && same('ds') && same('lang') && same('year') && same('group');
  var alts = ${json(alternates)}, mine = [];
  for (var a = 0; own && a < alts.length; a++) if (alts[a].searches.indexOf(l.search) >= 0) mine.push(alts[a]);
  var home = frame && ${json([...new Set(['', ...defaultSearches])])}.indexOf(l.search) >= 0;
  var shown = frame || mine.length > 0;
  if (mine.length > 0) {
${swapScript(rootWidth)}
  } else if (!shown) c.add(${json(NO_PRERENDER_CLASS)});
  else if (!home) c.add(${json(SHELL_CLASS)});
  else if (${json(rootWidth)}) d.documentElement.setAttribute(${json(CHART_WIDTH_ATTR)}, ${json(String(rootWidth))});
  var f = ${json(files)};
  var pick = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : []; };
  var list = ${json(start.modules)}.concat(pick(f.messages, q.get('lang') || ${json(defaults.lang)}),
    pick(f.datasets, q.get('ds') || ${json(defaults.ds)}), pick(f.views, q.get('view')),
    same('ds') ? f.conference : []);
  var started = false;
  var go = function () {
    if (started) return;
    started = true;
    for (var i = 0; i < list.length; i++) {
      if (list.indexOf(list[i]) < i) continue;
      var k = d.createElement('link');
      if (/\\.css$/.test(list[i])) {
        k.rel = 'preload';
        k.as = 'style';
      } else k.rel = 'modulepreload';
      k.crossOrigin = '';
      k.href = '/' + list[i];
      d.head.appendChild(k);
    }
    // The entry runs once the page is parsed, as Vite's module script in the HTML would.
    var entry = function () {
      var s = d.createElement('script');
      s.type = 'module';
      s.crossOrigin = '';
      s.src = ${json(`/${start.entry}`)};
      d.head.appendChild(s);
    };
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', entry);
    else entry();
  };
  if (!shown || d.visibilityState === 'hidden') go();
  else {
    // Once the first contentful paint is on screen (a frame callback can run before it is shown).
    var P = typeof PerformanceObserver === 'undefined' ? null : PerformanceObserver;
    if (P && P.supportedEntryTypes && P.supportedEntryTypes.indexOf('paint') >= 0) {
      var paint = new P(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        paint.disconnect();
        setTimeout(go, 0);
      });
      paint.observe({ type: 'paint', buffered: true });
    } else requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(go, 0); }); });
    setTimeout(go, 1000);
  }
})();
${earlyInputScript()}`;
}

/**
 * Takes Vite's entry script and module preloads out of index.html (the boot script adds them
 * after the first paint): the page without them and the files they named.
 */
export function takeEntry(html: string): { html: string; start: EntryFiles } {
  let entry: string | undefined;
  const modules: string[] = [];
  const out = html
    .replace(
      /\s*<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"><\/script>/g,
      (_, f: string) => {
        if (entry !== undefined) throw new Error('prerender: index.html has two entry scripts');
        entry = f;
        return '';
      },
    )
    .replace(
      /\s*<link rel="modulepreload" crossorigin href="\/(assets\/[^"]+\.js)">/g,
      (_, f: string) => {
        modules.push(f);
        return '';
      },
    );
  if (entry === undefined) throw new Error('prerender: no entry script in index.html');
  return { html: out, start: { entry, modules } };
}

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** StartupFiles from the bundle (see there); `preloaded` are the files index.html loads. */
export function startupFiles(bundle: Bundle, preloaded: ReadonlySet<string>): StartupFiles {
  const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  // A chunk's CSS (Vite's metadata): the lazy view's stylesheet is otherwise asked for only when
  // its import runs, one more round trip before the view can show.
  const cssOf = (f: string) => [
    ...((byFile.get(f) as { viteMetadata?: { importedCss?: Set<string> } } | undefined)
      ?.viteMetadata?.importedCss ?? []),
  ];
  const withImports = (file: string): string[] => {
    const out: string[] = [];
    const todo = [file];
    for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
      if (preloaded.has(f) || out.includes(f)) continue;
      out.push(f);
      todo.push(...(byFile.get(f)?.imports ?? []));
    }
    return [...out, ...out.flatMap(cssOf).filter((c) => !preloaded.has(c))];
  };
  const find = (test: RegExp) =>
    chunks.flatMap((c) => {
      const m = c.facadeModuleId === null ? null : test.exec(c.facadeModuleId);
      return m ? [{ key: m[1] ?? '', files: withImports(c.fileName) }] : [];
    });
  const record = (test: RegExp) => Object.fromEntries(find(test).map((x) => [x.key, x.files]));
  // The decoder's modules may be in a shared chunk (no facade): found by the modules it holds.
  const decoder = chunks
    .filter((c) =>
      c.moduleIds.some((m) =>
        /\/src\/(?:storage\/datasetCodec|state\/compactDataset)\.ts$/.test(m),
      ),
    )
    .flatMap((c) => withImports(c.fileName));
  const datasets = Object.fromEntries(
    find(/\/data\/([\w-]+)\.csv\?dataset$/).map((x) => [x.key, [...x.files, ...decoder]]),
  );
  return {
    messages: record(/\/src\/i18n\/(\w+)\.json$/),
    datasets,
    views: record(/\/src\/views\/(\w+)\/\w+Screen\.tsx$/),
    conference: find(/\/src\/views\/(ConferenceAside)\.tsx$/).flatMap((x) => x.files),
  };
}

const hashed = (name: string, ext: string, source: string) =>
  `assets/${name}-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.${ext}`;

/** Sets up the view of a URL's query string to be rendered (prerenderApp.tsx). */
type Prepare = (search: string) => Promise<PreparedView>;

/** Runs `task` with views set up in Node through Vite's SSR loader (the app's own plugins). */
async function withViews<T>(root: string, task: (prepare: Prepare) => Promise<T>): Promise<T> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react(), bundledDatasetsPlugin()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule('/src/build/prerenderApp.tsx')) as {
      prepareView: Prepare;
    };
    // One view at a time: the store is one.
    return await task((search) => mod.prepareView(search));
  } finally {
    await server.close();
  }
}

/** A view drawn wide, and at the narrower widths of variants.ts. */
interface ViewVariants {
  readonly wide: RenderedView;
  readonly narrower: readonly { readonly width: number; readonly view: RenderedView }[];
}

/**
 * Draws the view of `search` wide and at the narrowest width of each height class (variants.ts),
 * set up once.
 */
async function drawVariants(prepare: Prepare, search: string): Promise<ViewVariants> {
  const prepared = await prepare(search);
  // Each width rendered once: the widths drawn are among those the height search rendered.
  const rendered = new Map<number, RenderedView>();
  const render = (width: number): RenderedView => {
    const known = rendered.get(width);
    if (known !== undefined) return known;
    const view = prepared.render(width);
    rendered.set(width, view);
    return view;
  };
  const steps = await heightSteps(
    async (w) => chartHeights(render(w).html),
    MIN_BOX,
    WIDE_WIDTH - 1,
  );
  const narrower = planWidths(steps).map((width) => ({ width, view: render(width) }));
  return { wide: render(WIDE_WIDTH), narrower };
}

interface Prerendered {
  /** #root's content. */
  readonly markup: string;
  /** The prerendered variants' templates (after #root) and what the boot script needs of them. */
  readonly templates: string;
  readonly alternates: readonly Alternate[];
  /** The query strings the app writes for the prerendered view. */
  readonly searches: readonly string[];
  /** The dataset and language of a URL that does not name them. */
  readonly defaults: ViewDefaults;
  readonly sheet: { readonly fileName: string; readonly source: string };
}

/** A view's markup, marked as prerendered; the build fails on a `style` attribute. */
function marked(view: RenderedView): string {
  const html = view.html;
  const styled = styleAttributes(html);
  if (styled.length > 0)
    throw new Error(
      `prerender: style attributes in the view of "${view.searches[0]}": ${styled.join(' ')}`,
    );
  const markup = html.replace(/^<div class="app"/, `<div class="app" ${PRERENDER_ATTR}=""`);
  if (markup === html) throw new Error('prerender: the app does not start with <div class="app">');
  return markup;
}

async function prerendered(root: string): Promise<Prerendered> {
  // Each view wide, then its narrower variants (adjacent in index.html, so gzip finds their text
  // in the wide one's); the default view wide goes into #root.
  const drawn = await withViews(root, async (prepare) => {
    const out: ViewVariants[] = [];
    for (const search of ['', ...PRERENDERED_LINKS]) out.push(await drawVariants(prepare, search));
    return out;
  });
  const view = drawn[0]?.wide;
  if (!view) throw new Error('prerender: no default view');
  const sameFrame = (d: ViewDefaults) =>
    d.ds === view.defaults.ds &&
    d.lang === view.defaults.lang &&
    d.year === view.defaults.year &&
    d.group === view.defaults.group;
  const markup = marked(view);
  const rootParts = splitMain(markup);
  const alternates: Alternate[] = [];
  const templates: string[] = [];
  const add = (alternate: Omit<Alternate, 'id'>, content: string) => {
    const id = `prerender-${alternates.length + 1}`;
    alternates.push({ id, ...alternate });
    templates.push(`<template id="${id}">${content}</template>`);
    return id;
  };
  drawn.forEach(({ wide, narrower }, i) => {
    // The wide view: #root's (the default view), or a link's template.
    let base: string | null = null;
    let baseMarkup = markup;
    if (i > 0) {
      const whole = marked(wide);
      const parts = splitMain(whole);
      // Only its <main> when everything around it is the default view's, as the server wrote it.
      const main =
        sameFrame(wide.defaults) &&
        parts.before === rootParts.before &&
        parts.after === rootParts.after;
      const alternate = { searches: wide.searches, main, width: WIDE_WIDTH };
      base = add({ ...alternate, svgs: false, base: null }, main ? parts.main : whole);
      baseMarkup = whole;
    }
    // Each narrower variant: only the charts of its <main>, when the rest of its markup is the
    // wide view's (else all of it).
    const wideParts = splitMain(baseMarkup);
    const wideMain = splitSvgs(wideParts.main);
    for (const { width, view: v } of narrower) {
      const whole = marked(v);
      const parts = splitMain(whole);
      const main = splitSvgs(parts.main);
      const svgs =
        parts.before === wideParts.before &&
        parts.after === wideParts.after &&
        main.rest === wideMain.rest &&
        main.svgs.length === wideMain.svgs.length;
      const alternate = { searches: v.searches, main: false, width };
      add({ ...alternate, svgs, base: svgs ? base : null }, svgs ? main.svgs.join('') : whole);
    }
  });
  const sheet =
    `/* Generated by src/build/prerender.ts */\n.${NO_PRERENDER_CLASS} [${PRERENDER_ATTR}]{display:none !important}\n` +
    `.${SHELL_CLASS} [${PRERENDER_ATTR}] .layout,.${SHELL_CLASS} [${PRERENDER_ATTR}] .app-footer{display:none !important}\n` +
    `.${WAIT_CLASS} [${PRERENDER_ATTR}]{visibility:hidden !important}\n` +
    // Input waits for the app (earlyInputScript): say so where a pointer shows it.
    `.${EARLY_INPUT_CLASS},.${EARLY_INPUT_CLASS} *{cursor:progress !important}\n` +
    // A browser without <template> would show the links' markup.
    `template{display:none !important}\n`;
  return {
    markup,
    templates: templates.join(''),
    alternates,
    searches: view.searches,
    defaults: view.defaults,
    sheet: { fileName: hashed('prerender', 'css', sheet), source: sheet },
  };
}

/**
 * The Vite plugin: index.html gets the prerendered default view, the prerendered links'
 * templates, their stylesheet and the boot script.
 */
export function prerender(): Plugin {
  let root = '';
  let result: Promise<Prerendered> | undefined;
  let boot: { fileName: string; source: string } | undefined;
  const awaited = () => {
    if (!result) throw new Error('prerender: buildStart did not run');
    return result;
  };
  return {
    name: 'dcci-prerender',
    apply: 'build',
    // After Vite's HTML plugin (generateBundle emits what index.html's transform made), before
    // the service worker's (which lists every emitted file).
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      // In parallel with the bundling; awaited when index.html is written.
      result = prerendered(root);
      result.catch(() => undefined);
    },
    async generateBundle() {
      const { sheet } = await awaited();
      // Made from the bundle when index.html was written (Vite's HTML plugin runs before this).
      if (!boot) throw new Error('prerender: index.html was not transformed');
      this.emitFile({ type: 'asset', fileName: sheet.fileName, source: sheet.source });
      this.emitFile({ type: 'asset', fileName: boot.fileName, source: boot.source });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.filename.endsWith('/index.html')) return html;
        const { markup, templates, alternates, searches, defaults, sheet } = await awaited();
        if (!ctx.bundle) throw new Error('prerender: no bundle when index.html is written');
        const { html: page, start } = takeEntry(html);
        const sheets = [...page.matchAll(/rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"/g)];
        const preloaded = new Set([
          start.entry,
          ...start.modules,
          ...sheets.map((m) => m[1] ?? ''),
        ]);
        const source = bootScript(
          searches,
          defaults,
          startupFiles(ctx.bundle, preloaded),
          start,
          alternates,
          WIDE_WIDTH,
        );
        boot = { fileName: hashed('boot', 'js', source), source };
        if (!page.includes('<div id="root"></div>'))
          throw new Error('prerender: no empty <div id="root"></div> in index.html');
        return {
          html: page.replace('<div id="root"></div>', `<div id="root">${markup}</div>${templates}`),
          tags: [
            {
              tag: 'link',
              attrs: { rel: 'stylesheet', href: `/${sheet.fileName}` },
              injectTo: 'head',
            },
            { tag: 'script', attrs: { src: `/${boot.fileName}` }, injectTo: 'head' },
          ],
        };
      },
    },
  };
}

// The one preamble of every browser test: Debian's Chromium driven by playwright-core (no
// downloaded browser), started once per test file and giving each page a fresh context (its own
// storage, cookies, service workers); pages that record everything that should never happen
// (console errors, uncaught errors, CSP violations, requests leaving the preview origin); and the
// waits and reads the test files share. per-file.ts closes what a test left open.
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags measured in TOOLCHAIN.md: without the background-networking ones Chromium floods the closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Origin of the preview server started by global-setup.ts (127.0.0.1 only). */
export const baseURL = (): string => inject('baseURL');

export interface LaunchOptions {
  width?: number;
  height?: number;
  /** BCP 47 tag, e.g. 'vi-VN' or 'en-US'; sets navigator.language and Accept-Language. */
  locale?: string;
  /** Reuse a profile (e.g. to test data surviving a browser restart); default: a fresh one. */
  userDataDir?: string;
}

const open = new Set<BrowserContext>();
let shared: Promise<Browser> | null = null;

/** The file's one Chromium, started on first use (a launch costs seconds on a busy machine). */
function sharedBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return shared;
}

/**
 * A fresh browser context: as isolated as a new browser (its own storage, IndexedDB, service
 * workers, downloads), but in the file's one Chromium. With `userDataDir`, a Chromium of its own
 * on that profile instead, so data can be tested to survive a browser restart. Close it with
 * `context.close()`; per-file.ts closes what is left after every test.
 */
export async function launch(opts: LaunchOptions = {}): Promise<BrowserContext> {
  const options = {
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 900 },
    ...(opts.locale ? { locale: opts.locale } : {}),
    acceptDownloads: true,
  };
  if (opts.userDataDir === undefined) {
    const context = await (await sharedBrowser()).newContext(options);
    open.add(context);
    context.on('close', () => open.delete(context));
    return context;
  }
  const context = await chromium.launchPersistentContext(opts.userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  open.add(context);
  context.on('close', () => open.delete(context));
  return context;
}

/** The contexts open when the current test began (a file's beforeAll may share one page). */
let openBeforeTest = new Set<BrowserContext>();

/** Remembers what is open as a test begins; registered before each test in per-file.ts. */
export function markTestStart(): void {
  openBeforeTest = new Set(open);
}

/**
 * Closes the contexts (and profile browsers) the test opened and left open; registered after
 * each test in per-file.ts. Those opened by a file's beforeAll stay for the file's next tests.
 */
export async function closeTestContexts(): Promise<void> {
  const left = [...open].filter((c) => !openBeforeTest.has(c));
  await Promise.all(left.map((c) => c.close().catch(() => undefined)));
}

/** Closes every context (and profile browser) still open. */
export async function closeAll(): Promise<void> {
  await Promise.all([...open].map((c) => c.close().catch(() => undefined)));
}

/** Closes everything, the file's Chromium too; registered after each file in per-file.ts. */
export async function closeBrowser(): Promise<void> {
  await closeAll();
  const browser = shared;
  shared = null;
  if (browser) await (await browser).close().catch(() => undefined);
}

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages (including the browser's own "Refused to…" CSP messages). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** `securitypolicyviolation` events (RELIABILITY.md S5). */
  cspViolations: CspViolation[];
  /** Requests to any origin other than the preview server (RELIABILITY.md S6: no egress). */
  foreignRequests: string[];
  /** Asserts that none of the above happened, naming what did. */
  expectClean(): void;
  close(): Promise<void>;
}

// Installed before any page script; reports through a binding so nothing is lost on navigation.
const PAGE_LISTENERS = `
  document.addEventListener('securitypolicyviolation', (e) => {
    globalThis.__dcciReportCsp?.({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sourceFile: e.sourceFile,
      line: e.lineNumber,
    });
  });
  // Errors the page reports without throwing (e.error is null: "ResizeObserver loop completed
  // with undelivered notifications"), which Playwright's pageerror does not see.
  window.addEventListener('error', (e) => {
    if (!e.error) globalThis.__dcciReportError?.(String(e.message));
  });
`;

/**
 * Waits until the app has taken over the page: the build's prerendered default view
 * (src/build/prerender.ts) is static markup whose controls do nothing until the entry replaces
 * it, so a test that clicks or reads too early would test the prerender, not the app.
 */
export async function waitForApp(page: Page | Frame): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('#root > [data-prerender]') === null,
    null,
    {
      timeout: 30_000,
    },
  );
}

/**
 * Opens `path` (relative to the preview server, e.g. '/?lang=en') in a fresh context and waits
 * for the load event and the app (`waitForApp`). Everything that should not happen is recorded
 * on the returned object.
 */
export async function openPage(path = '/', opts: LaunchOptions = {}): Promise<TestPage> {
  const context = await launch(opts);
  const origin = baseURL();
  const t: TestPage = {
    page: undefined as unknown as Page,
    context,
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
    expectClean() {
      expect(
        {
          consoleErrors: t.consoleErrors,
          pageErrors: t.pageErrors,
          cspViolations: t.cspViolations,
          foreignRequests: t.foreignRequests,
        },
        'the page reported errors, CSP violations or requests to other origins',
      ).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] });
    },
    close: () => context.close(),
  };
  await context.exposeBinding('__dcciReportCsp', (_source, v: CspViolation) => {
    t.cspViolations.push(v);
  });
  await context.exposeBinding('__dcciReportError', (_source, message: string) => {
    t.pageErrors.push(message);
  });
  await context.addInitScript(PAGE_LISTENERS);
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url)) {
      t.foreignRequests.push(url);
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') t.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => t.pageErrors.push(err.stack ?? err.message));
  t.page = page;
  await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
  await waitForApp(page);
  return t;
}

/** Runs axe-core on the page and fails on any serious or critical violation, listing them. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
    );
  expect(bad, `axe-core found serious/critical violations:\n${bad.join('\n')}`).toEqual([]);
}

/** True when the page scrolls sideways (DESIGN.md: never at 390 px or 1366 px). */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/**
 * Waits for the ranking chart's first bar, drawn by the live app (the prerendered default view
 * has bars before any script runs: the app must also have taken it over, `waitForApp`);
 * `selector` narrows it, e.g. '#view-panel .ranking-bars__bar'.
 */
export async function waitForBars(
  page: Page | Frame,
  selector = '.ranking-bars__bar',
): Promise<void> {
  await waitForApp(page);
  await page.locator(selector).first().waitFor({ timeout: 20_000 });
}

/** The unit names of the ranking table, top to bottom. */
export function tableUnits(page: Page): Promise<string[]> {
  return page.locator('.ranking-table tbody th[scope=row]').allInnerTexts();
}

/**
 * Waits until every chart has been re-measured to its frame after a layout change (e.g. print
 * media): no outermost chart SVG wider than its `.chart-frame__body`.
 */
export async function waitForChartsToFit(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.chart-frame__body')].every((body) => {
        const room = Math.ceil(body.getBoundingClientRect().width) + 1;
        return [...body.querySelectorAll('svg')]
          .filter((svg) => !svg.parentElement?.closest('svg'))
          .every((svg) => svg.getBoundingClientRect().width <= room);
      }),
    undefined,
    { timeout: 10_000 },
  );
}

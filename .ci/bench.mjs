// `npm run bench`: the app next to a bare Vite + React + Recharts page (.ci/bench/), both built
// and measured in this run on this machine, so the figures compare like with like.
// Measurements are a list: add a row by adding an entry to MEASUREMENTS.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CHROMIUM, ROOT, ensureNodeModules } from './ensure.mjs';
import { GOAL_BYTES, LIMIT_BYTES, initialJs, kib } from './lib/bundle.mjs';
import { OBSERVE_LONG_TASKS, manyUnitsCsv, settleLongTasks } from './bench/manyUnits.mjs';

const HOST = '127.0.0.1';
const LOADS = 5; // cold loads per target; the median is reported
const CHART_TIMEOUT_MS = 30_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

ensureNodeModules();
const { chromium } = await import('playwright-core');
const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const benchConfig = join(ROOT, '.ci', 'bench', 'vite.config.mjs');

const TARGETS = [
  { name: 'app', dist: join(ROOT, 'dist'), page: 'index.html', config: [] },
  {
    name: 'bare',
    dist: join(ROOT, 'dist-bench'),
    page: 'bare.html',
    config: ['--config', benchConfig],
  },
];

function sh(cmd, args, what) {
  console.error(`[bench] ${what}…`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[bench] ${what} failed.`);
    process.exit(r.status ?? 1);
  }
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** vite preview in its own process group (killed by that id at the end). */
async function serve(target) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [vite, 'preview', ...target.config, '--host', HOST, '--port', String(port), '--strictPort'],
    { cwd: ROOT, detached: true, stdio: 'ignore' },
  );
  const url = `http://${HOST}:${port}/${target.page}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return { child, url };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview for ${target.name} did not answer at ${url}`);
}

// Runs before any page script: notes performance.now() (ms since navigation start) when the
// first Recharts bar enters the DOM.
const FIRST_BAR = `(() => {
  const seen = () => document.querySelector('.recharts-bar-rectangle');
  const obs = new MutationObserver(() => {
    if (globalThis.__firstBar === undefined && seen()) {
      globalThis.__firstBar = performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;

/** One cold load in a fresh browser context (empty cache and storage). */
async function firstChartMs(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    await context.addInitScript(FIRST_BAR);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => globalThis.__firstBar, undefined, {
      timeout: CHART_TIMEOUT_MS,
    });
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

const SWITCHES = 6;

// In-page: change the year select and time until the chart title shows the year, then one frame.
const SWITCH_YEAR = (year) =>
  new Promise((resolve) => {
    const select = [...document.querySelectorAll('select')].find(
      (el) => el.labels?.[0]?.textContent === 'Năm',
    );
    const t0 = performance.now();
    select.value = String(year);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const check = () => {
      const title = document.querySelector('#view-panel h2')?.textContent ?? '';
      if (title.includes(String(year)))
        requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(check);
    };
    check();
  });

// In-page: select the i-th province from the table and time until its row is marked selected.
const SWITCH_UNIT = (i) =>
  new Promise((resolve) => {
    const buttons = document.querySelectorAll('.ranking-table tbody th button');
    const button = buttons[(i * 7) % buttons.length];
    const t0 = performance.now();
    button.click();
    const check = () => {
      if (button.getAttribute('aria-pressed') === 'true' || !button.isConnected)
        requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(check);
    };
    check();
  });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The rows of the table. `measure(target, env)` returns { value, note? } for one target, or
 * throws (shown as "n/a"); `format` turns the value into a cell.
 */
const MEASUREMENTS = [
  {
    name: 'initial JS (gzip -9)',
    measure: async (t) => {
      const m = initialJs(t.dist, t.page);
      return { value: m.gzip, note: `${m.files.length} file(s)` };
    },
    format: (v) => kib(v),
  },
  {
    name: `time to first chart (median of ${LOADS} cold loads)`,
    measure: async (t, env) => {
      const times = [];
      for (let i = 0; i < LOADS; i++) times.push(await firstChartMs(env.browser, t.url));
      return {
        value: median(times),
        note: `min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} ms`,
      };
    },
    format: (v) => `${v.toFixed(0)} ms`,
  },
  {
    // Issue goal (not a test gate): switching year or unit on the PCI re-renders within 100 ms.
    name: `PCI: switch year / unit → next paint (median of ${SWITCHES} each)`,
    measure: async (t, env) => {
      if (t.name !== 'app') return { value: null, note: 'not applicable' };
      const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${t.url.replace(/\/?$/, '/')}?ds=pci&year=2016`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => document.querySelectorAll('.recharts-bar-rectangle').length === 63,
          undefined,
          {
            timeout: CHART_TIMEOUT_MS,
          },
        );
        const years = [];
        for (let i = 0; i < SWITCHES; i++)
          years.push(await page.evaluate(SWITCH_YEAR, i % 2 ? 2016 : 2015));
        const units = [];
        for (let i = 0; i < SWITCHES; i++) units.push(await page.evaluate(SWITCH_UNIT, i));
        return {
          value: [median(years), median(units)],
          note: `max ${Math.max(...years, ...units).toFixed(0)} ms`,
        };
      } finally {
        await context.close();
      }
    },
    format: (v) => (v === null ? '—' : `${v[0].toFixed(0)} ms / ${v[1].toFixed(0)} ms`),
  },
  {
    // Issue 10 goal: with 5,000 units no main-thread task over 200 ms. Imports a generated
    // 5,000-unit file (two years, ≈ 500 KB) through "Nhập tệp CSV", saves it, then opens every tab; long
    // tasks (> 50 ms) are recorded by a PerformanceObserver until the page has been quiet 1.5 s.
    name: '5,000 units: largest main-thread task (save → ranking, then each tab)',
    measure: async (t, env) => {
      if (t.name !== 'app') return { value: null, note: 'not applicable' };
      const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(t.url, { waitUntil: 'load' });
        await page
          .locator('.recharts-bar-rectangle')
          .first()
          .waitFor({ timeout: CHART_TIMEOUT_MS });
        await page.evaluate(OBSERVE_LONG_TASKS);
        await page.getByLabel('Nhập tệp CSV', { exact: true }).setInputFiles({
          name: 'bench-5000.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(manyUnitsCsv(5000), 'utf8'),
        });
        const save = page
          .getByRole('dialog', { name: 'Nhập dữ liệu' })
          .getByRole('button', { name: 'Lưu bộ dữ liệu' });
        await save.waitFor({ timeout: CHART_TIMEOUT_MS });
        await settleLongTasks(page); // the preview is not what is measured
        await save.click();
        await page.waitForFunction(
          () => document.querySelectorAll('.ranking-table tbody tr').length > 10,
          undefined,
          { timeout: 120_000 },
        );
        const perView = [['save', Math.max(0, ...(await settleLongTasks(page)))]];
        for (const tab of [
          'Bảng điểm',
          'So sánh',
          'Xu hướng',
          'Chỉ số thành phần',
          'Phân bố',
          'Bản đồ',
          'Trọng số',
          'Xếp hạng',
        ]) {
          await page.getByRole('tab', { name: tab, exact: true }).click();
          perView.push([tab, Math.max(0, ...(await settleLongTasks(page)))]);
        }
        const worst = Math.max(...perView.map(([, ms]) => ms));
        return {
          value: worst,
          note: `${perView.map(([v, ms]) => `${v} ${ms.toFixed(0)}`).join(', ')} ms; goal ≤ 200 ms`,
        };
      } finally {
        await context.close();
      }
    },
    format: (v) => (v === null ? '—' : `${v.toFixed(0)} ms`),
  },
  {
    // Issue goal: 1,000 resamples over 30 units and 1,000 respondents in under 1 s, measured in
    // the app's stats worker (.ci/bench/stats.ts), postMessage round trip included.
    name: 'rank intervals: bootstrap 1,000 × 30 units × 1,000 respondents (stats worker)',
    measure: async (t, env) => {
      if (t.name !== 'app') return { value: null, note: 'not applicable' };
      const bare = TARGETS.find((x) => x.name === 'bare');
      const context = await env.browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(bare.url.replace(/bare\.html$/, 'stats.html'), { waitUntil: 'load' });
        const handle = await page.waitForFunction(() => globalThis.__bench, undefined, {
          timeout: 120_000,
        });
        const { times, intervals } = await handle.jsonValue();
        if (intervals !== 30) throw new Error(`expected 30 intervals, got ${intervals}`);
        const warm = times.slice(1);
        return {
          value: median(warm),
          note: `first call incl. worker start ${times[0].toFixed(0)} ms; goal < 1000 ms`,
        };
      } finally {
        await context.close();
      }
    },
    format: (v) => (v === null ? '—' : `${v.toFixed(0)} ms`),
  },
];

// Build both in this run.
sh('npm', ['run', 'build'], 'building the app (npm run build)');
sh(process.execPath, [vite, 'build', '--config', benchConfig], 'building the bare page');

const servers = [];
let browser;
const cells = new Map(); // `${row}|${target}` -> text
let failures = 0;
try {
  for (const t of TARGETS) {
    const s = await serve(t);
    servers.push(s.child);
    t.url = s.url;
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // One unmeasured load each, so Chromium's own start-up is not charged to the first target.
  for (const t of TARGETS) await firstChartMs(browser, t.url).catch(() => undefined);
  for (const row of MEASUREMENTS) {
    for (const t of TARGETS) {
      try {
        const { value, note } = await row.measure(t, { browser });
        cells.set(`${row.name}|${t.name}`, `${row.format(value)}${note ? ` (${note})` : ''}`);
      } catch (err) {
        failures++;
        cells.set(`${row.name}|${t.name}`, `n/a: ${String(err.message).split('\n')[0]}`);
      }
    }
  }
} finally {
  await browser?.close();
  for (const child of servers) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

const head = ['measurement', ...TARGETS.map((t) => t.name)];
const rows = MEASUREMENTS.map((r) => [
  r.name,
  ...TARGETS.map((t) => cells.get(`${r.name}|${t.name}`)),
]);
const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cs) =>
  cs
    .map((c, i) => c.padEnd(w[i]))
    .join('  ')
    .trimEnd();
const version =
  spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'Chromium';
console.log(
  `\nBenchmark: app (dist/index.html) vs bare Recharts page (dist-bench/bare.html)` +
    `\n${version}, headless, no GPU; Node ${process.version}; ${cpus().length} cores;` +
    ` load average ${loadavg()[0].toFixed(1)} (timings are noisy when it exceeds the cores).` +
    `\nFirst chart = navigation start → first .recharts-bar-rectangle in the DOM; fresh context per load.\n`,
);
console.log(line(head));
console.log(w.map((n) => '─'.repeat(n)).join('  '));
for (const r of rows) console.log(line(r));
console.log(`\nInitial JS budget: limit ${kib(LIMIT_BYTES)}, goal ${kib(GOAL_BYTES)}.`);
process.exitCode = failures ? 1 : 0;

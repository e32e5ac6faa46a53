// Lighthouse (mobile, its default settings: simulated slow 4G and 4× CPU slowdown) on the bare
// Recharts page and on three app URLs, for `npm run bench` (issue 12, point 1). Drives Debian's
// Chromium through chrome-launcher; lighthouse depends on puppeteer-core only, so nothing is
// downloaded. Each URL is audited RUNS times in one Chromium; the medians are reported.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const RUNS = 3;

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'];

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The figures of one report: score 0–100, TBT/LCP in ms, CLS, longest main-thread task in ms. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  const tasks = audit('long-tasks')?.details?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
    tbt: audit('total-blocking-time')?.numericValue ?? Number.NaN,
    lcp: audit('largest-contentful-paint')?.numericValue ?? Number.NaN,
    cls: audit('cumulative-layout-shift')?.numericValue ?? Number.NaN,
    // Lighthouse lists tasks of 50 ms and more; none means the longest was shorter.
    longestTask: Math.max(0, ...tasks.map((t) => t.duration ?? 0)),
  };
}

export const ROWS = [
  ['performance (0–100)', (f) => f.performance.toFixed(0)],
  ['total blocking time', (f) => `${f.tbt.toFixed(0)} ms`],
  ['largest contentful paint', (f) => `${f.lcp.toFixed(0)} ms`],
  ['cumulative layout shift', (f) => f.cls.toFixed(3)],
  [
    'longest main-thread task',
    (f) => (f.longestTask ? `${f.longestTask.toFixed(0)} ms` : '< 50 ms'),
  ],
];

/**
 * Audits each `{ name, url }` RUNS times (interleaved, so load swings hit every page alike) and
 * returns Map name → median figures (or an Error).
 */
export async function lighthouseMedians(pages, chromePath, log = () => undefined) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: FLAGS,
    logLevel: 'silent',
  });
  const runs = new Map(pages.map((p) => [p.name, []]));
  const errors = new Map();
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const p of pages) {
        log(`lighthouse ${p.name} run ${i + 1}/${RUNS}`);
        try {
          const result = await lighthouse(p.url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          });
          if (result?.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
          runs.get(p.name).push(figures(result.lhr));
        } catch (err) {
          errors.set(p.name, err);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  const out = new Map();
  for (const p of pages) {
    const list = runs.get(p.name);
    if (list.length === 0) {
      out.set(p.name, errors.get(p.name) ?? new Error('no run'));
      continue;
    }
    const m = {};
    for (const key of Object.keys(list[0])) m[key] = median(list.map((f) => f[key]));
    m.runs = list.length;
    out.set(p.name, m);
  }
  return out;
}

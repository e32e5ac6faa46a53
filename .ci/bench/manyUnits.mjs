// A valid dataset of many units (5,000 by default, two years, ≈ 560 KB) and the in-page long-task probe used
// by `npm run bench` to check that the app stays responsive with it (issue 10, point 8).

/**
 * Deterministic CSV: `n` units with distinct names in one group, two years (so Trends has a
 * slope and movers), three sub-indices (so Weights and the Sub-indices grid have work) and
 * respondent counts; totals are 10 × the mean of the sub-indices.
 */
export function manyUnitsCsv(n = 5000) {
  const lines = [
    'Năm,Khối,Đơn vị,Điểm tổng hợp,Minh bạch và tiếp cận thông tin,Chi phí không chính thức,Chi phí thời gian,Số phiếu',
  ];
  for (const year of [2022, 2023]) {
    for (let i = 0; i < n; i++) {
      const subs = [31, 17, 13].map((k) => 3 + ((i * k + year) % 700) / 100);
      const total = (subs.reduce((a, b) => a + b, 0) / subs.length) * 10;
      const name = `Đơn vị số ${String(i + 1).padStart(4, '0')}`;
      lines.push(
        [
          year,
          'Huyện',
          name,
          total.toFixed(2),
          ...subs.map((v) => v.toFixed(2)),
          30 + (i % 90),
        ].join(','),
      );
    }
  }
  return lines.join('\n');
}

/** Runs in the page: records every long task (> 50 ms) from now on in globalThis.__longTasks. */
export const OBSERVE_LONG_TASKS = () => {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
};

/**
 * Waits until no long task has been recorded for `quietMs` (at most `timeoutMs`), then returns
 * the recorded tasks and clears the list.
 */
export async function settleLongTasks(page, quietMs = 1500, timeoutMs = 60_000) {
  const started = Date.now();
  let seen = -1;
  let since = Date.now();
  while (Date.now() - started < timeoutMs) {
    const count = await page.evaluate(() => globalThis.__longTasks.length);
    if (count !== seen) {
      seen = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) break;
    await page.waitForTimeout(250);
  }
  return page.evaluate(() => globalThis.__longTasks.splice(0));
}

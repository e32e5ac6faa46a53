// A valid dataset of many units (5,000 by default, ≈ 200 KB) and the in-page long-task probe used
// by `npm run bench` to check that the app stays responsive with it (issue 10, point 8).

/** Deterministic CSV: one year, one group, `n` units with distinct names and scores 40–80. */
export function manyUnitsCsv(n = 5000) {
  const lines = ['Năm,Khối,Đơn vị,Điểm tổng hợp,Số phiếu'];
  for (let i = 0; i < n; i++) {
    const score = 40 + ((i * 7919) % 4001) / 100;
    lines.push(
      `2023,Huyện,Đơn vị số ${String(i + 1).padStart(4, '0')},${score.toFixed(2)},${30 + (i % 90)}`,
    );
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

// Browser tests for the honest statistics of the Ranking view: 90% rank intervals (computed in
// the stats worker), statistical groups, move flags, the minimum-respondents mark, the bootstrap
// over the bundled response file, English at 390 px, and PCI (no standard errors).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoAxeViolations,
  hasHorizontalScroll,
  openPage,
  type TestPage,
  waitForApp,
  waitForBars,
} from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const DISTRICTS_2020 = '/?v=1&ds=bac-kan-dcci&year=2020&group=districts';
const query = (page: Page) => new URL(page.url()).searchParams;
const panel = (page: Page) => page.locator('#view-panel');
const notes = (page: Page) => panel(page).locator('.chart-frame__note').allInnerTexts();

/** Respondents per 2020 district of data/bac-kan-dcci.csv, by unit name. */
function respondents2020(): Map<string, number> {
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', 'data', 'bac-kan-dcci.csv'),
    'utf8',
  );
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(2);
  return new Map(
    rows
      .filter((r) => r[0] === '2020' && r[1] === 'Huyện, thành phố')
      .map((r) => [r[2] ?? '', Number(r[16])]),
  );
}

/**
 * The move flags the app must show for the 2020 districts, computed here in Node by the same
 * seeded code the stats worker runs (so the browser must show exactly these).
 */
async function expectedFlags2020(): Promise<Map<string, string>> {
  const { importText } = await import('../../src/import/importDataset.ts');
  const { scoredGroupYear } = await import('../../src/domain/groupStats.ts');
  const { runStatsTask } = await import('../../src/stats/tasks.ts');
  const data = join(import.meta.dirname, '..', '..', 'data');
  const meta = JSON.parse(readFileSync(join(data, 'bac-kan-dcci.meta.json'), 'utf8'));
  const dataset = importText(readFileSync(join(data, 'bac-kan-dcci.csv'), 'utf8'), {
    meta,
  }).dataset;
  if (!dataset) throw new Error('bundled dataset did not import');
  const stats = await runStatsTask({
    kind: 'group-year',
    ...scoredGroupYear(dataset, 'districts' as never, 2020),
  });
  const names = new Map(dataset.units.map((u) => [u.id as string, u.name]));
  return new Map(
    [...stats.moves].map(([id, flag]) => [
      names.get(id) ?? id,
      flag === 'likely-real' ? 'nhiều khả năng là thật' : 'trong sai số',
    ]),
  );
}

/** Waits for the chart, then for the worker's intervals (the table's interval column). */
async function statsReady(page: Page, intervalHeader: string) {
  await waitForBars(page, '#view-panel .ranking-bars__bar');
  await page
    .locator('.ranking-table thead th', { hasText: intervalHeader })
    .waitFor({ timeout: 30_000 });
}

/** The full ranking table as one record per row, keyed by the visible column headers. */
function tableRows(page: Page): Promise<Record<string, string>[]> {
  return page.locator('.ranking-table table').evaluate((table) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) =>
      (th.querySelector('button')?.firstChild?.textContent ?? '').trim(),
    );
    return [...table.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.children];
      return Object.fromEntries(
        heads.map((h, i) => [h, (cells[i] as HTMLElement | undefined)?.innerText.trim() ?? '']),
      );
    });
  });
}

const headers = (page: Page) =>
  page
    .locator('.ranking-table thead th button')
    .evaluateAll((els) => els.map((e) => (e.firstChild?.textContent ?? '').trim()));

/** "hạng 2–5" → [2, 5], "hạng 1" → [1, 1] (or "rank …" in English); null when malformed. */
function parseInterval(text: string, word: string): [number, number] | null {
  const m = new RegExp(`^${word} (\\d+)(?:–(\\d+))?$`).exec(text);
  if (!m) return null;
  const low = Number(m[1]);
  return [low, m[2] === undefined ? low : Number(m[2])];
}

/**
 * Each y-axis label of the ranking chart as its name's lines, then the muted note (its lines, the
 * ones with a fill of their own, joined: it wraps in a narrow column).
 */
const chartLabels = (page: Page) =>
  panel(page)
    .locator('.ranking-bars__labels text')
    .evaluateAll((els) =>
      els.map((e) => {
        const spans = [...e.querySelectorAll('tspan')];
        const text = (s: Element) => (s.textContent ?? '').trim();
        const name = spans.filter((s) => !s.hasAttribute('fill')).map(text);
        const note = spans
          .filter((s) => s.hasAttribute('fill'))
          .map(text)
          .join(' ');
        return note === '' ? name : [...name, note];
      }),
    );

/**
 * Records the responses for the bundled response file (fetched by the stats worker) and every
 * failed request of the browser context.
 */
function watchNetwork(tp: TestPage) {
  const responses: { url: string; status: number }[] = [];
  const failed: string[] = [];
  tp.context.on('response', (res) => {
    if (res.url().includes('bac-kan-dcci-responses'))
      responses.push({ url: res.url(), status: res.status() });
  });
  tp.context.on('requestfailed', (req) => {
    failed.push(`${req.url()}: ${req.failure()?.errorText ?? ''}`);
  });
  return {
    expectResponsesFetched() {
      expect(failed, 'failed requests').toEqual([]);
      expect(responses.length, 'requests for the response file').toBeGreaterThanOrEqual(1);
      for (const r of responses) {
        expect(r.url).toMatch(/\/assets\/bac-kan-dcci-responses[^/]*\.csv$/);
        expect(r.status).toBe(200);
      }
    },
  };
}

describe('Ranking statistics', () => {
  it('shows a 90% rank interval containing each rank, statistical groups, the method sentence, muted chart lines and whiskers', async () => {
    t = await openPage(DISTRICTS_2020);
    const { page } = t;
    await statsReady(page, 'Khoảng hạng 90%');
    const heads = await headers(page);
    for (const h of [
      'Số phiếu',
      'Sai số chuẩn',
      'Khoảng hạng 90%',
      'Nhóm thống kê',
      'Thay đổi hạng',
    ])
      expect(heads).toContain(h);

    const rows = await tableRows(page);
    expect(rows).toHaveLength(8);
    const n = respondents2020();
    for (const row of rows) {
      const rank = Number.parseInt(row['Hạng'] ?? '', 10);
      const interval = parseInterval(row['Khoảng hạng 90%'] ?? '', 'hạng');
      expect(interval, `interval of ${row['Đơn vị']}: «${row['Khoảng hạng 90%']}»`).not.toBeNull();
      const [low, high] = interval ?? [0, 0];
      expect(low, `${row['Đơn vị']} rank ${rank} in ${low}–${high}`).toBeLessThanOrEqual(rank);
      expect(high, `${row['Đơn vị']} rank ${rank} in ${low}–${high}`).toBeGreaterThanOrEqual(rank);
      expect(low).toBeGreaterThanOrEqual(1);
      expect(high).toBeLessThanOrEqual(8);
      expect(row['Nhóm thống kê']).toMatch(/^Nhóm \d+$/);
      expect(row['Số phiếu']).toBe(String(n.get(row['Đơn vị'] ?? '')));
      expect(row['Sai số chuẩn']).toMatch(/^\d+,\d{2}$/);
    }
    // The leader is in group 1.
    const first = rows.find((r) => r['Hạng'] === '1');
    expect(first?.['Nhóm thống kê']).toBe('Nhóm 1');

    const all = await notes(page);
    expect(all).toContainEqual(
      expect.stringMatching(
        /^Khoảng hạng 90%: trong 1000 lần mô phỏng lại điểm của mọi đơn vị theo sai số chuẩn/,
      ),
    );
    const groupsNote = all.find((s) => s.startsWith('Nhóm thống kê:'));
    expect(groupsNote).toBeDefined();
    expect(groupsNote).toMatch(/nhóm 1: [^;]*Thành phố Bắc Kạn/);
    expect(all).toContainEqual(expect.stringContaining('Vạch ngang ở đầu thanh'));
    // No unit below the default 30 respondents: no † note.
    expect(all.some((s) => s.startsWith('†'))).toBe(false);

    // Chart: under each name "nhóm g · hạng a–b · n=N", agreeing with the table.
    const labels = await chartLabels(page);
    expect(labels).toHaveLength(8);
    for (const lines of labels) {
      const name =
        (lines
          .slice(0, -1)
          .join(' ')
          .match(/^\d+\. (.*)$/) ?? [])[1] ?? '';
      const row = rows.find((r) => r['Đơn vị'] === name);
      expect(row, `chart label ${lines.join(' / ')}`).toBeDefined();
      const group = (row?.['Nhóm thống kê'] ?? '').toLowerCase();
      expect(lines.at(-1)).toBe(`${group} · ${row?.['Khoảng hạng 90%']} · n=${row?.['Số phiếu']}`);
      expect(lines.at(-1)).toContain('hạng');
    }
    // Whiskers: one error bar per unit at the bar ends.
    expect(await panel(page).locator('.ranking-bars__whisker').count()).toBe(8);
    t.expectClean();
  });

  it('flags every 2020 rank move as likely real or within noise', async () => {
    t = await openPage(DISTRICTS_2020);
    const { page } = t;
    await statsReady(page, 'Khoảng hạng 90%');
    await page.locator('.delta__flag').first().waitFor({ timeout: 20_000 });
    const rows = await tableRows(page);
    const expected = await expectedFlags2020();
    expect(expected.size).toBe(8);
    let moved = 0;
    for (const row of rows) {
      const change = row['Thay đổi hạng'] ?? '';
      if (/^[▲▼]/.test(change)) {
        moved++;
        expect(change, row['Đơn vị']).toContain(`(${expected.get(row['Đơn vị'] ?? '')})`);
        expect(change, row['Đơn vị']).toMatch(
          /^[▲▼] [+−]\d+ \((nhiều khả năng là thật|trong sai số)\)$/,
        );
      } else {
        expect(change).not.toMatch(/nhiều khả năng là thật|trong sai số/);
      }
    }
    // Every district changed rank between 2019 and 2020 in the bundled data.
    expect(moved).toBe(8);
    expect(await page.locator('.delta__flag').count()).toBe(moved);
    expect(await notes(page)).toContainEqual(
      expect.stringContaining('Thay đổi hạng so với năm trước: «nhiều khả năng là thật»'),
    );
    t.expectClean();
  });

  it('marks exactly the units below the minimum respondents, writes minn= and keeps it on reload', async () => {
    t = await openPage(DISTRICTS_2020);
    const { page } = t;
    await statsReady(page, 'Khoảng hạng 90%');
    const input = page.getByLabel('Số phiếu tối thiểu', { exact: true });
    expect(await input.inputValue()).toBe('30');
    expect(query(page).get('minn')).toBeNull();
    expect(await page.locator('.ranking-table .table__mark', { hasText: '†' }).count()).toBe(0);

    await input.fill('100');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('minn') === '100');

    const check = async () => {
      await expect
        .poll(() => notes(page))
        .toContainEqual(expect.stringMatching(/^† Dưới 100 phiếu trả lời/));
      const rows = await tableRows(page);
      const low = rows.filter((r) => Number.parseInt(r['Số phiếu'] ?? '', 10) < 100);
      expect(low.map((r) => r['Đơn vị']).sort()).toEqual(
        ['Ba Bể', 'Chợ Đồn', 'Thành phố Bắc Kạn'].sort(),
      );
      for (const r of rows) {
        const below = Number.parseInt(r['Số phiếu'] ?? '', 10) < 100;
        expect(r['Số phiếu']?.endsWith('†'), `${r['Đơn vị']} ${r['Số phiếu']}`).toBe(below);
      }
      const marks = page.locator('.ranking-table .table__mark', { hasText: '†' });
      expect(await marks.count()).toBe(3);
      expect(await marks.first().getAttribute('title')).toBe('dưới 100 phiếu');
      // The chart's muted lines carry the mark too.
      const labels = await chartLabels(page);
      expect(labels.filter((l) => (l.at(-1) ?? '').endsWith('†'))).toHaveLength(3);
    };
    await check();

    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await statsReady(page, 'Khoảng hạng 90%');
    expect(query(page).get('minn')).toBe('100');
    expect(await page.getByLabel('Số phiếu tối thiểu', { exact: true }).inputValue()).toBe('100');
    await check();
    t.expectClean();
  });

  it('opens ci=boot from the URL: the response file is fetched and the bootstrap intervals appear', async () => {
    // Listen before the app loads (about:blank first): the worker fetches the file soon after.
    t = await openPage('about:blank');
    const { page } = t;
    const net = watchNetwork(t);
    await page.goto(new URL(`${DISTRICTS_2020}&ci=boot`, baseURL()).href, { waitUntil: 'load' });
    await statsReady(page, 'Khoảng hạng 90%');
    await expect
      .poll(() => notes(page), { timeout: 30_000 })
      .toContainEqual(
        expect.stringMatching(
          /^Khoảng hạng 90%: trong 1000 lần lấy mẫu lại người trả lời có hoàn lại \(bootstrap\)/,
        ),
      );
    const all = await notes(page);
    expect(all.some((s) => s.includes('mô phỏng lại điểm của mọi đơn vị'))).toBe(false);
    expect(await page.getByLabel('Khoảng hạng tính từ', { exact: true }).inputValue()).toBe('boot');
    expect(query(page).get('ci')).toBe('boot');
    for (const row of await tableRows(page)) {
      const rank = Number.parseInt(row['Hạng'] ?? '', 10);
      const [low, high] = parseInterval(row['Khoảng hạng 90%'] ?? '', 'hạng') ?? [0, 0];
      expect(low, `${row['Đơn vị']}: «${row['Khoảng hạng 90%']}»`).toBeGreaterThanOrEqual(1);
      expect(low).toBeLessThanOrEqual(rank);
      expect(high).toBeGreaterThanOrEqual(rank);
      expect(high).toBeLessThanOrEqual(8);
    }
    net.expectResponsesFetched();
    expect(t.pageErrors).toEqual([]);
    t.expectClean();
  });

  it('switches to the bootstrap with the select, writing ci=boot, and back to standard errors', async () => {
    t = await openPage(DISTRICTS_2020);
    const { page } = t;
    const net = watchNetwork(t);
    await statsReady(page, 'Khoảng hạng 90%');
    const select = page.getByLabel('Khoảng hạng tính từ', { exact: true });
    expect(await select.inputValue()).toBe('se');
    expect(await select.locator('option').allInnerTexts()).toEqual([
      'sai số chuẩn (mô phỏng tham số)',
      'phiếu trả lời (bootstrap)',
    ]);
    await select.selectOption('boot');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ci') === 'boot');
    await expect
      .poll(() => notes(page), { timeout: 30_000 })
      .toContainEqual(expect.stringContaining('(bootstrap) và tính lại điểm'));
    // The response file was fetched (as a built asset) and nothing failed.
    net.expectResponsesFetched();

    await select.selectOption('se');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('ci'));
    await expect
      .poll(() => notes(page))
      .toContainEqual(
        expect.stringContaining('mô phỏng lại điểm của mọi đơn vị theo sai số chuẩn'),
      );
    t.expectClean();
  });

  it('in English at 390 px: English statistics texts, no sideways scrolling, axe clean', async () => {
    // minn=100 puts † marks (with visually hidden words) in cells far to the right of the
    // scrolled table: they must scroll with it, not widen the page.
    t = await openPage('/?v=1&lang=en&ds=bac-kan-dcci&year=2020&group=districts&minn=100', {
      width: 390,
      height: 844,
    });
    const { page } = t;
    await statsReady(page, '90% rank interval');
    const rows = await tableRows(page);
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(parseInterval(row['90% rank interval'] ?? '', 'rank'), row['Unit']).not.toBeNull();
      expect(row['Statistical group']).toMatch(/^Group \d+$/);
      expect(row['Rank change']).toMatch(/\((likely real|within noise)\)$/);
    }
    expect(await headers(page)).toEqual(expect.arrayContaining(['Respondents', 'Standard error']));
    expect(await page.getByLabel('Minimum respondents', { exact: true }).inputValue()).toBe('100');
    expect(await page.locator('.ranking-table .table__mark', { hasText: '†' }).count()).toBe(3);
    const select = page.getByLabel('Rank intervals from', { exact: true });
    expect(await select.locator('option').allInnerTexts()).toEqual([
      'standard errors (parametric resampling)',
      'survey responses (bootstrap)',
    ]);
    const all = await notes(page);
    expect(all).toContainEqual(
      expect.stringMatching(/^90% rank interval: in 1000 re-simulations of every unit's score/),
    );
    expect(all).toContainEqual(expect.stringMatching(/^Statistical groups: .*group 1: /));
    const labels = await chartLabels(page);
    expect(labels.length).toBe(8);
    for (const lines of labels)
      expect(lines.at(-1)).toMatch(/^group \d+ · rank \d+(–\d+)? · n=\d+†?$/);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    t.expectClean();
  });

  it('on PCI (no standard errors) says so and shows no interval, group or respondents controls', async () => {
    t = await openPage('/?v=1&ds=pci');
    const { page } = t;
    await waitForBars(page, '#view-panel .ranking-bars__bar');
    await expect
      .poll(() => notes(page), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/^Bộ dữ liệu không có sai số chuẩn hay phiếu trả lời/));
    const heads = await headers(page);
    expect(heads).toContain('Hạng');
    expect(heads).not.toContain('Khoảng hạng 90%');
    expect(heads).not.toContain('Nhóm thống kê');
    expect(heads).not.toContain('Sai số chuẩn');
    expect(await page.getByLabel('Số phiếu tối thiểu', { exact: true }).count()).toBe(0);
    expect(await page.getByLabel('Khoảng hạng tính từ', { exact: true }).count()).toBe(0);
    expect(await panel(page).locator('.ranking-bars__whisker').count()).toBe(0);
    expect(await page.locator('.delta__flag').count()).toBe(0);
    const all = await notes(page);
    expect(all.some((s) => s.startsWith('Khoảng hạng 90%:'))).toBe(false);
    expect(all.some((s) => s.startsWith('Nhóm thống kê:'))).toBe(false);
    t.expectClean();
  });
});

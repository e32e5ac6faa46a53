import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  openPage,
  tableUnits,
  type TestPage,
  waitForBars,
} from './setup/browser.ts';
import v1Record from '../fixtures/storage/v1-record.json';

/**
 * Issue 11 in the browser: each published-table fixture (tests/fixtures/tables, the same files
 * the validator tests read) opened in the import dialog of one page, one case after another.
 */
let t: TestPage;
let page: Page;

beforeAll(async () => {
  t = await openPage('/');
  page = t.page;
  await waitForBars(page, '.ranking-bars__bar');
});
afterAll(async () => {
  t.expectClean();
  await t.close();
});

const UI = {
  vi: { input: 'Nhập tệp CSV', dialog: 'Nhập dữ liệu', cancel: 'Hủy', save: 'Lưu bộ dữ liệu' },
  en: { input: 'Import CSV', dialog: 'Import data', cancel: 'Cancel', save: 'Save dataset' },
} as const;

async function open(name: string, lang: 'vi' | 'en' = 'vi'): Promise<Locator> {
  await page
    .getByLabel(UI[lang].input, { exact: true })
    .setInputFiles(`tests/fixtures/tables/${name}`);
  const dialog = page.getByRole('dialog', { name: UI[lang].dialog });
  await expect.poll(() => dialog.locator('.import-preview').count(), { timeout: 20_000 }).toBe(1);
  return dialog;
}

async function cancel(dialog: Locator, lang: 'vi' | 'en' = 'vi'): Promise<void> {
  await dialog.getByRole('button', { name: UI[lang].cancel }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

/** The first chart's "Tải CSV" download, as bytes. */
async function exportCsv(): Promise<Buffer> {
  await page
    .locator('#view-panel')
    .getByRole('button', { name: 'Xuất', exact: true })
    .first()
    .click();
  const exportDialog = page.getByRole('dialog', { name: 'Xuất biểu đồ' });
  await exportDialog.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    exportDialog.getByRole('button', { name: 'Tải CSV', exact: true }).click(),
  ]);
  const bytes = await readFile((await download.path()) as string);
  await page.keyboard.press('Escape');
  await expect.poll(() => exportDialog.isVisible()).toBe(false);
  return bytes;
}

/** Opens the import dialog on `bytes` (an exported file). */
async function reimport(bytes: Buffer): Promise<Locator> {
  await page
    .getByLabel(UI.vi.input, { exact: true })
    .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: bytes });
  const dialog = page.getByRole('dialog', { name: UI.vi.dialog });
  await expect.poll(() => dialog.locator('.import-preview').count(), { timeout: 20_000 }).toBe(1);
  return dialog;
}

const role = (dialog: Locator, column: string) => dialog.locator(`#column-role-${column}`);
const codes = (dialog: Locator) => dialog.locator('.issue code').allInnerTexts();

describe('published tables in the import preview', () => {
  it('1. lists every column with its role; a changed role updates the preview and is remembered', async () => {
    let dialog = await open('needs-mapping.csv');
    expect(await role(dialog, 'B').inputValue()).toBe('ignore');
    expect(await role(dialog, 'C').inputValue()).toBe('subindex');
    expect(await codes(dialog)).toContain('MISSING_REQUIRED_COLUMN');
    const save = dialog.getByRole('button', { name: UI.vi.save });
    expect(await save.isDisabled()).toBe(true);
    // A disabled button looks disabled (not the brand colour of the live action).
    expect(await save.evaluate((b) => getComputedStyle(b).cursor)).toBe('not-allowed');
    await role(dialog, 'B').selectOption('score');
    await expect.poll(() => codes(dialog)).not.toContain('MISSING_REQUIRED_COLUMN');
    await role(dialog, 'C').selectOption('rank');
    await expect.poll(() => codes(dialog)).not.toContain('RANK_COMPUTED_FROM_SCORE');
    expect(await role(dialog, 'B').inputValue()).toBe('score');
    // Steps that need the user are not "repaired".
    const groupMissing = dialog.locator('.issue', {
      has: page.locator('code', { hasText: /^GROUP_MISSING$/ }),
    });
    expect(await groupMissing.locator('strong').innerText()).toBe('Cần bạn bổ sung');
    expect(await groupMissing.innerText()).not.toContain('--group');
    await expectNoAxeViolations(page);
    await cancel(dialog);
    dialog = await open('needs-mapping.csv');
    await expect.poll(() => role(dialog, 'B').inputValue()).toBe('score');
    expect(await role(dialog, 'C').inputValue()).toBe('rank');
    expect(await dialog.innerText()).toContain('Đã dùng lại cách gán cột');
    await cancel(dialog);
  });

  it('3. reads ranks written as text, with "of 63"', async () => {
    const dialog = await open('text-ranks.csv');
    expect(await role(dialog, 'C').inputValue()).toBe('rank');
    const text = await dialog.locator('table').innerText();
    expect(text).toContain('60/63');
    expect(await codes(dialog)).not.toContain('NOT_A_NUMBER');
    await cancel(dialog);
    const bad = await open('bad-ranks.csv');
    expect((await codes(bad)).filter((c) => c === 'RANK_NOT_READ')).toHaveLength(1);
    await cancel(bad);
  });

  it('4. reshapes a wide file with two header rows, keeping each year’s published rank', async () => {
    const dialog = await open('wide-two-rows.csv');
    expect(await role(dialog, 'C').inputValue()).toBe('score');
    expect(await role(dialog, 'E').inputValue()).toBe('rank');
    expect(await dialog.getByLabel(/Vai trò của cột E/).count()).toBe(1);
    const text = await dialog.innerText();
    expect(text).toContain('2019, 2020');
    expect(await dialog.locator('table').innerText()).toContain('59/63');
    await cancel(dialog);
  });

  it('5. sets median, average and national rows apart, keeps "Tổng cục …"', async () => {
    const dialog = await open('summary-rows.csv');
    expect((await codes(dialog)).filter((c) => c === 'SUMMARY_ROW_IGNORED')).toHaveLength(4);
    const units = await dialog.locator('table tbody th[scope=row]').allInnerTexts();
    expect(units).toEqual(['Tổng cục Thống kê', 'Cục Thuế', 'Kho bạc Nhà nước']);
    await cancel(dialog);
  });

  it('2 and 5. index and scale from the title, correctable; the median kept as a reference line', async () => {
    const dialog = await open('papi-scale-10.csv');
    const index = dialog.getByLabel('Tên chỉ số (DCCI, DDCI, PCI, PAPI…)');
    const scale = dialog.getByLabel('Thang điểm tổng');
    expect(await index.inputValue()).toBe('PAPI');
    expect(await scale.inputValue()).toBe('10');
    expect(await codes(dialog)).not.toContain('OUT_OF_RANGE');
    await expectNoAxeViolations(page);
    await dialog.locator('.index-scale');
    // A declared maximum below the totals refuses them, naming the scale.
    await scale.selectOption('other');
    const max = dialog.getByLabel('Điểm tối đa của thang');
    await max.fill('5');
    await max.press('Enter');
    await expect.poll(() => codes(dialog), { timeout: 20_000 }).toContain('OUT_OF_RANGE');
    expect(await dialog.innerText()).toContain('vượt quá thang điểm 0–5');
    await dialog.getByLabel('Thang điểm tổng').selectOption('10');
    await expect.poll(() => codes(dialog), { timeout: 20_000 }).not.toContain('OUT_OF_RANGE');
    await dialog.getByLabel('Khối (tệp không có cột khối)').fill('Tỉnh');
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    const save = dialog.getByRole('button', { name: UI.vi.save });
    await expect.poll(() => save.isDisabled(), { timeout: 20_000 }).toBe(false);
    await dialog.getByLabel('Tên chỉ số (DCCI, DDCI, PCI, PAPI…)').fill('DDCI');
    await save.click();
    const heading = page.getByRole('heading', { name: /^DDCI 2022/ });
    await expect.poll(() => heading.count(), { timeout: 20_000 }).toBe(1);
    await waitForBars(page);
    const svgTexts = () =>
      page.locator('svg text').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    await expect.poll(svgTexts, { timeout: 20_000 }).toContain('Trung vị 63 tỉnh: 6,80');
    expect(await page.locator('#view-panel').innerText()).not.toContain('DCCI');
  });

  it('7. takes a single unit from the title, or asks for it', async () => {
    const titled = await open('single-unit.csv');
    expect(await codes(titled)).toContain('UNIT_FROM_TITLE');
    expect(await titled.locator('table tbody th[scope=row]').allInnerTexts()).toEqual([
      'Bắc Kạn',
      'Bắc Kạn',
      'Bắc Kạn',
    ]);
    // Saved, it is one province's PCI history, not "a ranking of 1 province".
    await titled.getByLabel('Khối (tệp không có cột khối)').fill('Tỉnh');
    await titled.getByRole('button', { name: 'Áp dụng' }).click();
    const saveTitled = titled.getByRole('button', { name: UI.vi.save });
    await expect.poll(() => saveTitled.isDisabled(), { timeout: 20_000 }).toBe(false);
    await saveTitled.click();
    const heading = page.getByRole('heading', { name: /^PCI 2020 của Bắc Kạn$/ });
    await expect.poll(() => heading.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText(/xếp hạng 1 /).count()).toBe(0);
    const dialog = await open('single-unit-untitled.csv');
    await dialog.getByLabel('Đơn vị (bảng của một đơn vị, không có cột đơn vị)').fill('Bắc Kạn');
    await dialog.getByLabel('Khối (tệp không có cột khối)').fill('Tỉnh');
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    const save = dialog.getByRole('button', { name: UI.vi.save });
    await expect.poll(() => save.isDisabled(), { timeout: 20_000 }).toBe(false);
    await cancel(dialog);
  });

  it('8. trusts published ranks that can be right, and names both lines of an inversion', async () => {
    const ties = await open('rank-ties-topn.csv');
    expect(await codes(ties)).not.toContain('RANK_CONTRADICTS_SCORE');
    await cancel(ties);
    const inverted = await open('rank-inverted.csv');
    const warning = inverted.locator('.issue', {
      has: page.locator('code', { hasText: /^RANK_CONTRADICTS_SCORE$/ }),
    });
    expect(await warning.count()).toBe(1);
    expect(await warning.innerText()).toMatch(/Dòng 3.*dòng 2/s);
    await cancel(inverted);
  });

  it('9. letters lost in an ANSI save get the re-save advice; a "?" in a web address is fine', async () => {
    const lost = await open('ansi-lost-letters.csv');
    expect(new Set(await codes(lost))).toEqual(new Set(['TEXT_LOST_IN_SAVE']));
    expect(await lost.innerText()).toContain('CSV UTF-8');
    expect(await lost.innerText()).not.toContain('Unikey');
    await cancel(lost);
    const url = await open('url-question-mark.csv');
    expect(await codes(url)).not.toContain('TEXT_LOST_IN_SAVE');
    expect(await url.locator('table tbody th[scope=row]').count()).toBe(2);
    await cancel(url);
  });

  it('10. a chart CSV re-imports to the year and group it shows; a what-if CSV is refused', async () => {
    await page.goto(new URL('/?year=2019', page.url()).href);
    await waitForBars(page, '.ranking-bars__bar');
    const exported = await exportCsv();
    const dialog = await reimport(exported);
    expect(await dialog.innerText()).toContain('2019');
    const rows = dialog.locator('table tbody tr');
    expect(await rows.first().locator('td').first().innerText()).toBe('2019');
    expect(await rows.first().locator('td').nth(1).innerText()).toBe('Huyện, thành phố');
    expect(await codes(dialog)).not.toContain('GROUP_MISSING');
    await cancel(dialog);
    await page.goto(new URL('/?view=weights', page.url()).href);
    await page
      .locator('#view-panel')
      .getByRole('button', { name: 'Xuất', exact: true })
      .first()
      .waitFor();
    const whatIf = await reimport(await exportCsv());
    expect(await codes(whatIf)).toContain('WHAT_IF_NOT_A_RANKING');
    await cancel(whatIf);
  });

  it('format version 2: a link made before it (#d=1.) still opens the dataset it carries', async () => {
    const json = new TextEncoder().encode(JSON.stringify(v1Record.dataset));
    const packed = new Uint8Array(
      await new Response(
        new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw')),
      ).arrayBuffer(),
    );
    const link = `/?ds=bac-kan-2019&year=2019&group=districts&view=ranking#d=1.${Buffer.from(packed).toString('base64url')}`;
    await page.goto(new URL(link, page.url()).href);
    await waitForBars(page);
    await expect
      .poll(() => page.locator('.shared-notice').innerText(), { timeout: 20_000 })
      .toContain('được mở từ liên kết');
    expect(await tableUnits(page)).toEqual(expect.arrayContaining(['Huyện Ba Bể']));
    expect(await page.locator('[role="alert"]').count()).toBe(0);
  });

  it('2 and 6 in English at 390 px: a PAPI score column, tiers under "Nhóm" translated', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(new URL('/?lang=en', page.url()).href);
    await waitForBars(page, '.ranking-bars__bar');
    const papi = await open('papi-index.csv', 'en');
    expect(await role(papi, 'B').inputValue()).toBe('score');
    expect(await role(papi, 'B').locator('option:checked').innerText()).toBe('Total score');
    await cancel(papi, 'en');
    const dialog = await open('tier-under-nhom.csv', 'en');
    expect(await role(dialog, 'C').inputValue()).toBe('tier');
    const table = await dialog.locator('table').innerText();
    // Rất tốt and Khá in the UI's English tier names (views/labels.ts tierLabel).
    expect(table).toContain('Excellent');
    expect(table).toContain('Good');
    expect(table).not.toContain('Rất tốt');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    await cancel(dialog, 'en');
  });
});

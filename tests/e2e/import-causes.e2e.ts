/**
 * In the browser, each refused file names its real cause (issue 10, points 5 and 9): a million
 * columns is TOO_MANY_COLUMNS (it ended in the worker's 10 s TIMEOUT), a file of commas is
 * NO_VALUES (it said "empty"), a damaged workbook gets a message without the reader's internal
 * error text, and a zip bomb is XLSX_TOO_LARGE.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { testZip } from '../unit/import/zipBuilder.ts';
import { expectNoAxeViolations, openPage, type TestPage, waitForBars } from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function refusalOf(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await waitForBars(page, '.ranking-bars__bar');
  await page.getByLabel('Nhập tệp CSV', { exact: true }).setInputFiles({ name, mimeType, buffer });
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
  // Wait for the worker's answer, whatever it is (TIMEOUT comes after 10 s).
  await expect
    .poll(() => dialog.locator('.issue--error').count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(await dialog.getByRole('button', { name: 'Lưu bộ dữ liệu' }).isDisabled()).toBe(true);
  return dialog;
}

const codesIn = (dialog: ReturnType<Page['getByRole']>) =>
  dialog.locator('.issue--error').evaluateAll((items) => items.map((i) => i.dataset.code ?? ''));

describe('refused files name their real cause', () => {
  it('says TOO_MANY_COLUMNS for a row of 1,000,000 columns, not TIMEOUT', async () => {
    t = await openPage('/');
    const dialog = await refusalOf(t.page, 'rong.csv', Buffer.from(`${'a,'.repeat(999_999)}a\n`));
    expect(await codesIn(dialog)).toEqual(['TOO_MANY_COLUMNS']);
    expect(await dialog.innerText()).toContain('1.000.000 cột');
    await expectNoAxeViolations(t.page);
  }, 60_000);

  it('says NO_VALUES for 3 MB of commas, not that the file is empty', async () => {
    t = await openPage('/?lang=en');
    const dialog = t.page.getByRole('dialog', { name: 'Import data' });
    await waitForBars(t.page, '.ranking-bars__bar');
    await t.page.getByLabel('Import CSV', { exact: true }).setInputFiles({
      name: 'commas.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(','.repeat(3_000_000)),
    });
    await expect
      .poll(() => dialog.locator('.issue--error').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await codesIn(dialog)).toEqual(['NO_VALUES']);
    const text = await dialog.innerText();
    expect(text).toContain('The file holds no values');
    expect(text).not.toContain('The file is empty');
  }, 60_000);

  it('explains a damaged workbook without internal error text', async () => {
    t = await openPage('/');
    const workbook = readFileSync('tests/fixtures/import/workbook.xlsx');
    const damaged = workbook.subarray(0, workbook.length - 40);
    const dialog = await refusalOf(
      t.page,
      'hong.xlsx',
      damaged,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(await codesIn(dialog)).toEqual(['XLSX_UNREADABLE']);
    const message = await dialog.locator('.issue--error').innerText();
    expect(message).toContain('Không đọc được sổ tính Excel: tệp có thể bị hỏng');
    // No quoted detail from the reader ("invalid zip data", "<c/> at row 3…").
    expect(message).not.toMatch(/zip|invalid|undefined|at row|Error:/i);
  }, 60_000);

  it('refuses a zip bomb as XLSX_TOO_LARGE, and the page keeps working', async () => {
    t = await openPage('/');
    const bomb = Buffer.from(
      testZip([{ name: 'xl/worksheets/sheet1.xml', chunk: ' '.repeat(1024), repeat: 101 * 1024 }]),
    );
    const dialog = await refusalOf(
      t.page,
      'bom.xlsx',
      bomb,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(await codesIn(dialog)).toEqual(['XLSX_TOO_LARGE']);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    t.expectClean();
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, tableUnits, type TestPage, waitForBars } from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const DATA = join(import.meta.dirname, '..', '..', 'data');
const RESPONSES = readFileSync(join(DATA, 'bac-kan-dcci-responses.csv'));

/** Units of a group-year of data/bac-kan-dcci.csv in rank order (the published ranks). */
function expectedOrder(year: string, group: string): string[] {
  const text = readFileSync(join(DATA, 'bac-kan-dcci.csv'), 'utf8');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(2);
  return rows
    .filter((r) => r[0] === year && r[1] === group)
    .sort((a, b) => Number(a[4]) - Number(b[4]))
    .map((r) => r[2] ?? '');
}

describe('importing survey responses in the browser', () => {
  it('aggregates the response file into the ranking, and can re-normalise before saving', async () => {
    t = await openPage('/');
    const { page } = t;
    await waitForBars(page);
    await page.getByLabel('Nhập tệp CSV', { exact: true }).setInputFiles({
      name: 'phieu-khao-sat.csv',
      mimeType: 'text/csv',
      buffer: RESPONSES,
    });
    const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
    const notice = dialog.locator('[data-code=RESPONSES_AGGREGATED]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toContain('7.603 phiếu');
    expect(await notice.innerText()).toContain('theo thang trả lời');
    const text = await dialog.innerText();
    expect(text).toContain('34 đơn vị');
    expect(text).toContain('Văn phòng UBND tỉnh');

    // Min–max per year: the notice follows the choice, then back to the documented scale.
    const select = dialog.getByLabel('Chuẩn hóa điểm về thang 10 (tệp phiếu khảo sát)');
    await select.selectOption('minmax');
    await expect
      .poll(() => notice.innerText(), { timeout: 30_000 })
      .toContain('Min–max'.toLowerCase());
    await select.selectOption('scale');
    await expect
      .poll(() => notice.innerText(), { timeout: 30_000 })
      .toContain('theo thang trả lời');

    await dialog.getByRole('button', { name: 'Lưu bộ dữ liệu' }).click();
    await expect.poll(() => tableUnits(page), { timeout: 20_000 }).not.toEqual([]);
    const group = await page
      .getByLabel('Khối', { exact: true })
      .locator('option:checked')
      .innerText();
    const year = await page
      .getByLabel('Năm', { exact: true })
      .locator('option:checked')
      .innerText();
    expect(year).toBe('2020');
    // The computed ranking equals the published ranking of the bundled dataset.
    await expect.poll(() => tableUnits(page)).toEqual(expectedOrder('2020', group));
    // The file carries the illustrative marker: the dataset stays flagged.
    expect(
      await page.getByText('Số liệu minh họa — không phải kết quả chính thức').count(),
    ).toBeGreaterThan(0);
    t.expectClean();
  });
});

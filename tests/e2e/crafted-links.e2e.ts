// Issue 10, points 2, 3, 7 and 9: a crafted share link, backup or embed code never blanks,
// spoofs or crashes the app. Each refusal is located and in the language of the URL.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset, DatasetId } from '../../src/domain/types.ts';
import { encodeDatasetFragment } from '../../src/storage/shareLink.ts';
import { backupOfDatasets } from '../../src/storage/backup.ts';
import { makeDataset } from '../fixtures/builders.ts';
import {
  expectNoAxeViolations,
  openPage,
  tableUnits,
  type TestPage,
  waitForApp,
} from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const notice = (page: Page) => page.locator('.shared-notice');

/** A link's fragment, built as the app builds it (the codec does not check ranges). */
const fragmentOf = (d: Dataset) => encodeDatasetFragment(d);

const crafted = makeDataset(
  [
    { unit: 'Ba Bể', year: 2020, total: 0 },
    { unit: 'Na Rì', year: 2020, total: 50 },
    { unit: 'Chợ Đồn', year: 2020, total: 1e12 },
  ],
  { id: 'du-lieu-tan-cong' as DatasetId },
);

describe('a crafted share link', () => {
  it('with a score of 1e12 is refused with a located message; the app stays alive', async () => {
    const fragment = await fragmentOf(crafted);
    expect(fragment.length).toBeLessThan(700);
    t = await openPage(`/?lang=en&ds=du-lieu-tan-cong&view=distribution${fragment}`);
    const { page } = t;
    await expect
      .poll(() => notice(page).innerText(), { timeout: 20_000 })
      .toContain('could not be opened');
    const text = await notice(page).innerText();
    // English under lang=en, naming the field and the rule (the importer's OUT_OF_RANGE).
    expect(text).toContain('observations[2] (Chợ Đồn, 2020).total');
    expect(text).toContain('outside the allowed range (from 0 to 100)');
    expect(await notice(page).getAttribute('role')).toBe('alert');
    // Alive: the default dataset's distribution view, and the other tabs answer.
    await page.locator('#view-panel svg').first().waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Ranking' }).click();
    await expect.poll(() => tableUnits(page)).toContain('Bạch Thông');
    expect(page.url()).not.toContain('#d=');
    await expectNoAxeViolations(page);
    t.expectClean();
  }, 60_000);

  it('of a future format (#d=3.) says it was made by a newer version, in English', async () => {
    t = await openPage('/?lang=en&ds=du-lieu-moi&view=ranking#d=3.AAAAAAAA');
    const { page } = t;
    await expect
      .poll(() => notice(page).innerText(), { timeout: 20_000 })
      .toContain('made by a newer version of the dashboard');
    expect(await notice(page).innerText()).not.toMatch(/damaged|hỏng/);
    await expect.poll(() => tableUnits(page)).toContain('Bạch Thông');
    t.expectClean();
  });

  it('naming a saved dataset shows the saved one and says so', async () => {
    t = await openPage('/');
    const { page } = t;
    await page.locator('.ranking-table').waitFor({ timeout: 20_000 });
    const csv = [
      'Năm,Khối,Đơn vị,Điểm tổng hợp',
      '2023,Huyện,Ba Bể,70.10',
      '2023,Huyện,Na Rì,64.20',
    ];
    await page.getByLabel('Nhập tệp CSV', { exact: true }).setInputFiles({
      name: 'da-luu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.join('\n')),
    });
    await page
      .getByRole('dialog', { name: 'Nhập dữ liệu' })
      .getByRole('button', { name: 'Lưu bộ dữ liệu' })
      .click();
    await expect.poll(() => tableUnits(page)).toEqual(['Ba Bể', 'Na Rì']);
    const id = new URL(page.url()).searchParams.get('ds') ?? '';
    await expect.poll(() => storedIds(page)).toContain(id);
    // Another dataset under the saved one's id, sent as a link.
    const other = makeDataset([{ unit: 'Giả mạo', year: 2023, total: 99 }], {
      id: id as DatasetId,
    });
    await page.goto(`${new URL(page.url()).origin}/?ds=${id}${await fragmentOf(other)}`);
    await expect
      .poll(() => notice(page).innerText(), { timeout: 20_000 })
      .toContain('đã lưu trong trình duyệt này');
    expect(await notice(page).innerText()).not.toContain('được mở từ liên kết');
    await expect.poll(() => tableUnits(page)).toEqual(['Ba Bể', 'Na Rì']);
    t.expectClean();
  }, 60_000);
});

describe('a crafted backup', () => {
  it('with a valid checksum and the id bac-kan-dcci leaves the bundled dataset unchanged', async () => {
    t = await openPage('/');
    const { page } = t;
    await expect.poll(() => tableUnits(page), { timeout: 20_000 }).toContain('Bạch Thông');
    const before = await tableUnits(page);
    const forged = makeDataset([{ unit: 'Giả mạo', year: 2020, total: 99 }], {
      id: 'bac-kan-dcci' as DatasetId,
      illustrative: false,
    });
    const backup = await backupOfDatasets([forged]);
    await page.getByRole('button', { name: 'Dữ liệu của tôi' }).click();
    const myData = page.getByRole('dialog', { name: 'Dữ liệu của tôi' });
    await myData.locator('input[type=file]').setInputFiles({
      name: 'sao-luu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await expect
      .poll(() => myData.getByRole('status').innerText())
      .toContain('trùng mã một bộ dữ liệu có sẵn');
    expect(await myData.getByRole('status').innerText()).toContain('Đã khôi phục 0');
    await page.keyboard.press('Escape');
    expect(await storedIds(page)).not.toContain('bac-kan-dcci');
    // After a reload too: the bundled data, still marked illustrative.
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => tableUnits(page), { timeout: 20_000 }).toEqual(before);
    expect(await page.locator('.banner').innerText()).toMatch(/minh họa/i);
    t.expectClean();
  }, 60_000);
});

describe('a stored record under a bundled id', () => {
  it('(written by an older version) never shadows the bundled dataset', async () => {
    t = await openPage('/');
    const { page } = t;
    await expect.poll(() => tableUnits(page), { timeout: 20_000 }).toContain('Bạch Thông');
    const before = await tableUnits(page);
    const forged = makeDataset([{ unit: 'Giả mạo', year: 2019, total: 99 }], {
      id: 'bac-kan-dcci' as DatasetId,
    });
    const record = (JSON.parse(await backupOfDatasets([forged])) as { datasets: unknown[] })
      .datasets[0];
    // The app opens (creates) its database once its first render is committed: write after that.
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            (await indexedDB.databases()).some((d) => d.name === 'dcci-dashboard'),
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    await page.evaluate(
      (r) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('dcci-dashboard');
          open.onsuccess = () => {
            if (!open.result.objectStoreNames.contains('datasets')) {
              open.result.close();
              return reject(new Error('the app has not created its stores'));
            }
            const tx = open.result.transaction('datasets', 'readwrite');
            tx.objectStore('datasets').put(r);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onabort = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      record,
    );
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => tableUnits(page), { timeout: 20_000 }).toEqual(before);
    // Once the stored records are read (the header lists imported datasets after the bundled
    // ones), the bundled id is still listed once, with its own title, and its data unchanged.
    await page.getByRole('button', { name: 'Dữ liệu của tôi' }).click();
    const myData = page.getByRole('dialog', { name: 'Dữ liệu của tôi' });
    // Listed (as unusable) once read: the record is kept, not deleted.
    await expect.poll(() => myData.innerText()).toContain('Thử nghiệm');
    expect(await myData.innerText()).toContain('bundled');
    await page.keyboard.press('Escape');
    const options = page.getByLabel('Bộ dữ liệu', { exact: true }).locator('option');
    expect(
      await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['bac-kan-dcci', 'pci']);
    expect(await tableUnits(page)).toEqual(before);
    t.expectClean();
  }, 60_000);
});

describe('embed.html', () => {
  it('shows "cannot be shown" for an unknown ds=, never another dataset', async () => {
    t = await openPage('/embed.html?lang=en&ds=du-lieu-khong-co&view=ranking&embed=1');
    const { page } = t;
    await expect
      .poll(() => page.getByRole('alert').innerText(), { timeout: 20_000 })
      .toContain('This chart cannot be shown.');
    expect(await page.locator('.ranking-table').count()).toBe(0);
    t.expectClean();
  });

  it('shows an imported dataset carried in the embed code', async () => {
    const d = makeDataset(
      [
        { unit: 'Ba Bể', year: 2023, total: 70.1 },
        { unit: 'Na Rì', year: 2023, total: 64.2 },
      ],
      { id: 'du-lieu-nhung' as DatasetId },
    );
    t = await openPage(
      `/embed.html?ds=du-lieu-nhung&year=2023&group=districts&view=ranking&embed=1${await fragmentOf(d)}`,
    );
    const { page } = t;
    // The embed page shows the chart; the table is in the page but hidden by the embed CSS.
    const units = () => page.locator('.ranking-table tbody th[scope=row]').allTextContents();
    await expect.poll(units, { timeout: 20_000 }).toEqual(['Ba Bể', 'Na Rì']);
    t.expectClean();
  });
});

/** Ids of the records in IndexedDB. */
function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('dcci-dashboard');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('datasets')) return resolve([]);
          const req = db.transaction('datasets').objectStore('datasets').getAllKeys();
          req.onsuccess = () => resolve(req.result.map(String));
          req.onerror = () => resolve([]);
        };
      }),
  );
}

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  openPage,
  tableUnits,
  type TestPage,
  waitForBars,
} from './setup/browser.ts';

let t: TestPage | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const WATERMARK = 'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA';

/** The ranking chart in the view panel has drawn. */
const ready = (page: Page) => waitForBars(page, '#view-panel .ranking-bars__bar');

async function openExport(page: Page, label = 'Xuất', dialogName = 'Xuất biểu đồ') {
  await page
    .locator('#view-panel')
    .getByRole('button', { name: label, exact: true })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  return dialog;
}

async function download(
  page: Page,
  dialog: Locator,
  name: string,
): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    dialog.getByRole('button', { name, exact: true }).click(),
  ]);
  const bytes = await readFile((await d.path()) as string);
  return { d, bytes };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Share of pixels that are not white, decoded by the browser. */
function nonWhiteShare(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) ink++;
    return ink / (data.length / 4);
  }, bytes.toString('base64'));
}

interface SvgReport {
  parseError: boolean;
  root: string;
  scripts: number;
  foreignObjects: number;
  onAttributes: string[];
  externalRefs: string[];
  text: string;
  texts: string[];
  fontFaceDataUrl: boolean;
  width: number;
  height: number;
}

/**
 * Parses the SVG with DOMParser in a blank page of the same browser: the app page's CSP would
 * (rightly) refuse the file's <style> element even in an inert parsed document.
 */
async function inspectSvg(page: Page, text: string): Promise<SvgReport> {
  const blank = await page.context().newPage();
  try {
    return await inspectIn(blank, text);
  } finally {
    await blank.close();
  }
}

function inspectIn(page: Page, text: string): Promise<SvgReport> {
  return page.evaluate((svgText) => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const all = [...doc.getElementsByTagName('*')];
    const style = [...doc.getElementsByTagName('style')].map((s) => s.textContent ?? '').join('\n');
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.localName,
      scripts: doc.getElementsByTagName('script').length,
      foreignObjects: all.filter((e) => e.localName.toLowerCase() === 'foreignobject').length,
      onAttributes: all.flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
      externalRefs: all.flatMap((e) =>
        [...e.attributes]
          .filter((a) => /href$/i.test(a.name) && !a.value.startsWith('#'))
          .map((a) => a.value),
      ),
      text: [...doc.getElementsByTagName('text')].map((e) => e.textContent ?? '').join('\n'),
      texts: [...doc.getElementsByTagName('tspan')].map((e) => e.textContent ?? ''),
      fontFaceDataUrl:
        /@font-face\s*\{[^}]*url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}/.test(style),
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, text);
}

describe('exporting the ranking chart', () => {
  it('downloads a PNG at 2× of the requested social size, with ink on it', async () => {
    t = await openPage('/');
    const { page } = t;
    await ready(page);
    const dialog = await openExport(page);
    await dialog.getByLabel('Kích thước ảnh').selectOption('1200x630');
    const { d, bytes } = await download(page, dialog, 'Tải PNG');
    expect(d.suggestedFilename()).toBe('dcci-bac-kan-2019-huyen-thanh-pho-xep-hang.png');
    expect(pngSize(bytes)).toEqual({ width: 2400, height: 1260 });
    const ink = await nonWhiteShare(page, bytes);
    expect(ink).toBeGreaterThan(0.02);
    expect(ink).toBeLessThan(0.9);
    // Custom width: natural height, 2× density.
    await dialog.getByLabel('Kích thước ảnh').selectOption('custom');
    await dialog.getByLabel('Chiều rộng (px)').fill('700');
    const custom = await download(page, dialog, 'Tải PNG');
    expect(pngSize(custom.bytes).width).toBe(1400);
    t.expectClean();
  });

  it('downloads a sanitised, standalone SVG with the names, the watermark and the embedded font', async () => {
    t = await openPage('/');
    const { page } = t;
    await ready(page);
    const names = await tableUnits(page);
    expect(names.length).toBeGreaterThan(3);
    const dialog = await openExport(page);
    const { d, bytes } = await download(page, dialog, 'Tải SVG');
    expect(d.suggestedFilename()).toBe('dcci-bac-kan-2019-huyen-thanh-pho-xep-hang.svg');
    const text = bytes.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    const svg = await inspectSvg(page, text);
    expect(svg.parseError).toBe(false);
    expect(svg.root).toBe('svg');
    expect(svg.scripts).toBe(0);
    expect(svg.foreignObjects).toBe(0);
    expect(svg.onAttributes).toEqual([]);
    expect(svg.externalRefs).toEqual([]);
    for (const name of names) expect(svg.text).toContain(name);
    expect(svg.text).toContain(WATERMARK);
    expect(svg.text).toContain('Nguồn:');
    expect(svg.text).toMatch(/Xuất ngày \d{2}\/\d{2}\/\d{4}/);
    expect(svg.fontFaceDataUrl).toBe(true);
    t.expectClean();
  });

  it('draws the text of images with the embedded font, not a system font', async () => {
    t = await openPage('/');
    const { page } = t;
    await ready(page);
    const dialog = await openExport(page);
    const { bytes } = await download(page, dialog, 'Tải SVG');
    // The same file drawn twice under the app's CSP, with only a serif fallback after the
    // embedded face: once as exported, once without its @font-face. If the font were not
    // embedded (or not usable inside an image), both would fall back to serif and be identical.
    // The image may draw before its embedded face is ready: draw again until it shows (no sleep).
    const drawnDifference = () =>
      page.evaluate(async (svgText) => {
        const draw = async (text: string) => {
          const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
          const img = new Image();
          img.src = url;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const ctx = c.getContext('2d') as CanvasRenderingContext2D;
          ctx.drawImage(img, 0, 0);
          URL.revokeObjectURL(url);
          return ctx.getImageData(0, 0, c.width, c.height).data;
        };
        const serifFallback = svgText.replace(/font-family="[^"]*"/, (m) =>
          m.replace(/, .*"$/, ', serif"'),
        );
        const withFont = await draw(serifFallback);
        const withoutFont = await draw(serifFallback.replace(/<style>[\s\S]*?<\/style>/, ''));
        let diff = 0;
        for (let i = 0; i < withFont.length; i += 4) if (withFont[i] !== withoutFont[i]) diff++;
        return diff;
      }, bytes.toString('utf8'));
    await expect.poll(drawnDifference, { timeout: 10_000 }).toBeGreaterThan(500);
    t.expectClean();
  });

  it('downloads the plotted data as CSV with a BOM, the marker, and neutralised cells that parse back', async () => {
    t = await openPage('/');
    const { page } = t;
    await ready(page);
    // The statistics (intervals, groups) come from the worker; the export must carry them.
    await page
      .locator('.ranking-table thead th', { hasText: 'Khoảng hạng 90%' })
      .waitFor({ timeout: 30_000 });
    const names = await tableUnits(page);
    const dialog = await openExport(page);
    const { d, bytes } = await download(page, dialog, 'Tải CSV');
    expect(d.suggestedFilename()).toBe('dcci-bac-kan-2019-huyen-thanh-pho-xep-hang.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]?.[0]).toContain(WATERMARK);
    expect(rows[0]?.[0]).toContain('Nguồn');
    // The plotted table: rank, unit, score, tier, respondents, standard error, the 90% rank
    // interval (its method in the header) and the statistical group — after the year and group
    // the chart shows, so that the file re-imports to the same ones (issue 11).
    expect(rows[1]?.slice(0, 2)).toEqual(['Năm', 'Khối']);
    expect(rows.slice(2).every((r) => r[0] === '2019' && r[1] === 'Huyện, thành phố')).toBe(true);
    expect(rows[1]?.slice(2, 8)).toEqual([
      'Hạng',
      'Đơn vị',
      'Điểm',
      'Xếp loại',
      'Số phiếu',
      'Sai số chuẩn',
    ]);
    expect(rows[1]?.slice(8)).toEqual([
      'Khoảng hạng 90% (sai số chuẩn) min',
      'Khoảng hạng 90% (sai số chuẩn) max',
      'Nhóm thống kê',
    ]);
    expect(rows.slice(2).map((r) => r[3])).toEqual(names);
    for (const r of rows.slice(2)) expect(r[4]).toMatch(/^\d+(\.\d+)?$|^$/);
    // The Vietnamese-Excel dialect: semicolons and decimal commas.
    await dialog.getByLabel('Định dạng CSV').selectOption('excel-vi');
    const excel = await download(page, dialog, 'Tải CSV');
    const excelText = excel.bytes.toString('utf8').slice(1);
    const excelRows = Papa.parse<string[]>(excelText, {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(excelRows.slice(2).map((r) => r[3])).toEqual(names);
    expect(excelRows.slice(2).some((r) => /^\d+,\d+$/.test(r[4] ?? ''))).toBe(true);
    // The whole dataset, for whoever needs more than the plotted numbers.
    await dialog.getByLabel('Định dạng CSV').selectOption('plain');
    const all = await download(page, dialog, 'Tải toàn bộ bộ dữ liệu (CSV)');
    expect(all.d.suggestedFilename()).toBe('dcci-bac-kan-2018-2020-du-lieu.csv');
    expect([...all.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const allRows = Papa.parse<string[]>(all.bytes.toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(allRows[0]?.[0]).toContain(WATERMARK);
    expect(allRows.length).toBeGreaterThan(40);
    t.expectClean();
  });

  it('puts an edited title and note in the image while the source and the watermark stay', async () => {
    t = await openPage('/');
    const { page } = t;
    await ready(page);
    const dialog = await openExport(page);
    await dialog
      .getByLabel('Tiêu đề', { exact: true })
      .fill('Bắc Kạn: Đầu bảng và cuối bảng «thử»');
    await dialog.getByLabel('Ghi chú thêm').fill('Ghi chú của phóng viên');
    const { bytes } = await download(page, dialog, 'Tải SVG');
    const svg = await inspectSvg(page, bytes.toString('utf8'));
    expect(svg.text).toContain('Bắc Kạn: Đầu bảng và cuối bảng «thử»');
    expect(svg.text).toContain('Ghi chú của phóng viên');
    expect(svg.text).toContain(WATERMARK);
    expect(svg.text).toContain('Nguồn:');
    t.expectClean();
  });

  it('draws up to three highlighted units in the strong colour', async () => {
    t = await openPage('/');
    const { page } = t;
    await ready(page);
    const dialog = await openExport(page);
    const strong = async () => {
      const { bytes } = await download(page, dialog, 'Tải SVG');
      return (bytes.toString('utf8').match(/fill="#0b5cad"/gi) ?? []).length;
    };
    expect(await strong()).toBe(0);
    await dialog.getByRole('checkbox', { name: 'Bạch Thông' }).check();
    await dialog.getByRole('checkbox', { name: 'Na Rì' }).check();
    expect(await strong()).toBe(2);
    t.expectClean();
  });

  it('has no watermark in exports of real data (PCI), in English', async () => {
    t = await openPage('/?v=1&lang=en&ds=pci');
    const { page } = t;
    await ready(page);
    const dialog = await openExport(page, 'Export', 'Export chart');
    const { d, bytes } = await download(page, dialog, 'Download SVG');
    expect(d.suggestedFilename()).toMatch(/^pci-2016-.*-xep-hang\.svg$/);
    const svg = await inspectSvg(page, bytes.toString('utf8'));
    expect(svg.parseError).toBe(false);
    expect(svg.text).not.toContain(WATERMARK);
    expect(svg.text).toContain('Source');
    expect(svg.text).toContain('Exported');
    t.expectClean();
  });
});

describe('sharing a chart', () => {
  it('copies the link of the current view and a PNG image to the clipboard', async () => {
    t = await openPage('/?v=1&ds=bac-kan-dcci&year=2019&group=districts&unit=na-ri');
    const { page, context } = t;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await ready(page);
    const dialog = await openExport(page);
    await dialog.getByRole('button', { name: 'Sao chép liên kết', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Đã sao chép liên kết.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.searchParams.get('ds')).toBe('bac-kan-dcci');
    expect(url.searchParams.get('year')).toBe('2019');
    expect(url.searchParams.get('group')).toBe('districts');
    expect(url.searchParams.get('v')).toBe('1');
    expect(url.searchParams.has('embed')).toBe(false);

    await dialog.getByRole('button', { name: 'Sao chép ảnh', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('status').innerText(), { timeout: 15_000 })
      .toBe('Đã sao chép ảnh PNG vào bộ nhớ tạm.');
    const types = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      return items.flatMap((i) => [...i.types]);
    });
    expect(types).toContain('image/png');
    t.expectClean();
  });

  it('shows a caption, alt text and citation written from the numbers', async () => {
    t = await openPage('/');
    const { page } = t;
    await ready(page);
    const dialog = await openExport(page);
    const caption = await dialog.getByLabel('Chú thích để trích dẫn', { exact: true }).inputValue();
    expect(caption).toMatch(/^Na Rì xếp thứ 1\/8 huyện, thành phố về DCCI 2019 với 66,03 điểm/);
    expect(caption).toContain('Đây là số liệu minh họa, không phải kết quả chính thức.');
    const alt = await dialog.getByLabel('Văn bản thay thế (alt)', { exact: true }).inputValue();
    expect(alt).toContain('Biểu đồ thanh ngang xếp hạng 8 huyện, thành phố theo điểm DCCI 2019');
    const citation = await dialog.getByLabel('Trích dẫn nguồn', { exact: true }).inputValue();
    expect(citation).toContain('DCCI Bắc Kạn');
    expect(citation).toContain('ds=bac-kan-dcci');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xuất');
    t.expectClean();
  });

  it('gives an embed code whose page shows the chart alone and sizes its iframe (phone width)', async () => {
    t = await openPage('/', { width: 390, height: 800 });
    const { page, context } = t;
    await ready(page);
    const dialog = await openExport(page);
    await dialog.getByRole('button', { name: 'Nhúng', exact: true }).click();
    const snippet = await dialog.getByLabel('Mã nhúng', { exact: true }).inputValue();
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(new URL(src).pathname).toBe('/embed.html');
    expect(new URL(src).searchParams.get('embed')).toBe('1');

    // The embed page on its own, under the CSP, at phone width.
    await page.goto(src);
    await waitForBars(page, '.ranking-bars__bar');
    expect(await page.locator('.chart-frame').count()).toBe(1);
    expect(await page.getByRole('tablist').count()).toBe(0);
    expect(await page.locator('.ranking-table').isVisible()).toBe(false);
    const body = await page.locator('body').innerText();
    expect(body).toContain('DCCI 2019: xếp hạng 8 huyện, thành phố');
    expect(body).toContain('Nguồn:');
    expect(body).toContain(WATERMARK);
    await expectNoAxeViolations(page);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      ),
    ).toBe(false);
    t.expectClean();

    // The snippet in a host page: the iframe gets the height the embed page posts.
    // The host page is on another local origin (a second server on another port): embed.html's
    // `frame-ancestors *` matches any http(s) site, not an about:blank page's opaque origin.
    const hostPage = `<!doctype html><html><body>${snippet}</body></html>`;
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(hostPage);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const host = await context.newPage();
    await host.setViewportSize({ width: 390, height: 800 });
    await host.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // First the loading line, then the chart: the height follows the content.
    await expect
      .poll(
        async () => {
          const h = Number(await host.locator('iframe').getAttribute('height'));
          return h !== 560 && h > 300;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await host.close();
    await new Promise((ok) => server.close(ok));
  });
});

describe('printing', () => {
  it('"In" prints the ranking as a report: controls and side panel hidden, at most two A4 pages', async () => {
    t = await openPage('/');
    const { page } = t;
    await ready(page);
    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed++;
      };
    });
    await page
      .locator('#view-panel')
      .getByRole('button', { name: 'In', exact: true })
      .first()
      .click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(
      1,
    );

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.layout__side').isVisible()).toBe(false);
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.locator('#view-panel .chart-frame__tools').isVisible()).toBe(false);
    expect(await page.getByText(WATERMARK).first().isVisible()).toBe(true);
    expect(await page.locator('.ranking-table').isVisible()).toBe(true);
    // On a page narrower than the screen layout the chart scales down instead of running off the
    // edge (measured synchronously, before the chart could re-render at the new width).
    const fits = await page.evaluate(() => {
      const panel = document.getElementById('view-panel') as HTMLElement;
      const svg = panel.querySelector('.chart-frame__chart svg') as SVGSVGElement;
      const before = svg.getBoundingClientRect().width;
      panel.style.width = '420px';
      const after = svg.getBoundingClientRect().width;
      panel.style.width = '';
      return { before, after };
    });
    expect(fits.before).toBeGreaterThan(420);
    expect(fits.after).toBeLessThanOrEqual(420);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    // One page only while the table's right-hand columns ran off the paper (cut in the PDF):
    // with all 20 columns on the page, the chart, its notes and the table take two.
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    t.expectClean();
  });
});

describe('sharing an imported dataset', () => {
  it('copies a link that carries a small dataset in its fragment; it opens in a fresh profile', async () => {
    t = await openPage('/');
    const { page, context } = t;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await ready(page);
    const csv = [
      'Năm,Khối,Đơn vị,Điểm tổng hợp',
      '2023,Huyện,Chợ Đồn,66.93',
      '2023,Huyện,Ba Bể,70.10',
      '2023,Huyện,=1+1,64.20',
    ].join('\n');
    await page
      .getByLabel('Nhập tệp CSV', { exact: true })
      .setInputFiles({ name: 'chia-se.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const importDialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
    await importDialog.getByRole('button', { name: 'Lưu bộ dữ liệu' }).click();
    await expect.poll(() => tableUnits(page)).toEqual(['Ba Bể', 'Chợ Đồn', '=1+1']);

    const dialog = await openExport(page);
    await expect
      .poll(() => dialog.getByLabel('Liên kết', { exact: true }).inputValue())
      .toContain('#d=2.');
    await dialog.getByRole('button', { name: 'Sao chép liên kết', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Đã sao chép');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#d=2.');
    // The CSV of a chart of this dataset: a formula-like name comes out neutralised.
    const { bytes } = await download(page, dialog, 'Tải CSV');
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows.slice(2).map((r) => r[3])).toEqual(['Ba Bể', 'Chợ Đồn', "'=1+1"]);
    expect(rows[0]?.[0]).not.toContain(WATERMARK);
    t.expectClean();

    // A recipient: another browser profile, nothing stored.
    const other = await openPage(link.slice(link.indexOf('/', 8)));
    try {
      await waitForBars(other.page, '#view-panel .ranking-bars__bar');
      expect(await tableUnits(other.page)).toEqual(['Ba Bể', 'Chợ Đồn', '=1+1']);
      other.expectClean();
    } finally {
      await other.close();
    }
  }, 60_000);
});

describe('a sentence to quote for every chart', () => {
  it('offers the chart summary as the caption on views without a caption builder, with the illustrative note', async () => {
    t = await openPage('/?view=trends&units=districts.ba-be,districts.na-ri');
    const { page } = t;
    await page.locator('#view-panel .chart-frame').first().waitFor({ timeout: 20_000 });
    const dialog = await openExport(page);
    const caption = dialog.getByRole('textbox', { name: 'Chú thích để trích dẫn', exact: true });
    await expect
      .poll(() => caption.inputValue())
      .toContain('(Số liệu minh họa, không phải kết quả chính thức.)');
    expect((await caption.inputValue()).length).toBeGreaterThan(60);
  });
});

describe('captions of illustrative data', () => {
  it('always carry the illustrative note, also where the view writes its own caption (Distribution)', async () => {
    t = await openPage('/?view=distribution');
    const { page } = t;
    await page.locator('#view-panel .chart-frame').first().waitFor({ timeout: 20_000 });
    const dialog = await openExport(page);
    const caption = dialog.getByRole('textbox', { name: 'Chú thích để trích dẫn', exact: true });
    await expect.poll(() => caption.inputValue()).toMatch(/minh họa/i);
  });

  it('never add the note to real data (PCI)', async () => {
    t = await openPage('/?ds=pci&view=distribution');
    const { page } = t;
    await page.locator('#view-panel .chart-frame').first().waitFor({ timeout: 20_000 });
    const dialog = await openExport(page);
    const caption = dialog.getByRole('textbox', { name: 'Chú thích để trích dẫn', exact: true });
    await expect.poll(async () => (await caption.inputValue()).length).toBeGreaterThan(20);
    expect(await caption.inputValue()).not.toMatch(/minh họa/i);
  });
});

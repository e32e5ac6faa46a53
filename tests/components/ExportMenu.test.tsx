import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame, type ChartFrameProps } from '../../src/charts/ChartFrame.tsx';
import { ExportMenu, type ExportMenuProps } from '../../src/views/export/ExportMenu.tsx';
import type { Dataset, GroupId } from '../../src/domain/types.ts';
import type * as ShareLinkModule from '../../src/storage/shareLink.ts';
import { makeDataset } from '../fixtures/builders.ts';

// jsdom's Blob has no stream(), so the real deflate cannot run here: a fragment whose length
// grows with the dataset stands in (storage/shareLink.ts has its own tests).
vi.mock('../../src/storage/shareLink.ts', async (original) => {
  const real = await original<typeof ShareLinkModule>();
  const fragment = async (d: Dataset) => `#d=2.${'x'.repeat(d.units.length * 20)}`;
  return {
    ...real,
    encodeDatasetFragment: fragment,
    shareUrl: async (loc: { origin: string; pathname: string }, d: Dataset | null) => {
      const plain = `${loc.origin}${loc.pathname}`;
      if (d === null) return { url: plain, tooLarge: false };
      const url = `${plain}${await fragment(d)}`;
      return url.length <= real.DEFAULT_MAX_URL_CHARS
        ? { url, tooLarge: false }
        : { url: plain, tooLarge: true };
    },
  };
});

const WATERMARK = 'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA';
const VI = ['Tải PNG', 'Tải SVG', 'Tải CSV', 'Sao chép ảnh', 'Sao chép liên kết', 'Nhúng'];
const EN = ['Download PNG', 'Download SVG', 'Download CSV', 'Copy image', 'Copy link', 'Embed'];
const UNITS = ['Na Rì', 'Chợ Đồn', 'Ba Bể', 'Bạch Thông'];

const dataset = {
  ...makeDataset(UNITS.map((unit, i) => ({ unit, year: 2019, total: 70 - i }))),
  groups: [{ id: 'districts' as GroupId, name: { vi: 'Huyện, thành phố', en: 'Districts' } }],
};

type MenuProps = Partial<Pick<ExportMenuProps, 'lang' | 'table' | 'info'>>;

/** A frame whose tools slot holds the export menu, as the views pass it. */
function frame(menu: MenuProps = {}, over: Partial<ChartFrameProps> = {}) {
  const props: ChartFrameProps = {
    title: 'DCCI 2019: xếp hạng 4 huyện',
    subtitle: 'Huyện, thành phố · năm 2019',
    summary: 'Tóm tắt',
    source: 'Nguồn: thử',
    notes: [],
    watermark: WATERMARK,
    labels: { showTable: 'Xem dạng bảng', showChart: 'Xem biểu đồ', chart: 'Biểu đồ' },
    table: <table />,
    fallbackWidth: 600,
    children: (w) => (
      <svg width={w} height={100}>
        <text>Na Rì</text>
      </svg>
    ),
    tools: (f) => (
      <ExportMenu {...f} lang={menu.lang ?? 'vi'} table={menu.table} info={menu.info} />
    ),
    ...over,
  };
  return render(<ChartFrame {...props} />);
}

async function openDialog(name = 'Xuất') {
  await userEvent.click(screen.getByRole('button', { name }));
  // The dialog is a lazy chunk: the first load (transforming the export modules) takes a while.
  return screen.findByRole('dialog', {}, { timeout: 10_000 });
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the export menu of a chart frame', () => {
  it('is on every frame and opens a dialog with the CONTRACTS.md labels (vi)', async () => {
    frame();
    expect(screen.getByRole('button', { name: 'In' })).toBeTruthy();
    const dialog = await openDialog();
    for (const label of VI)
      expect(within(dialog).getByRole('button', { name: label })).toBeTruthy();
    // Without a table the CSV button is off; images, link and embed work from the frame alone.
    expect(
      (within(dialog).getByRole('button', { name: 'Tải CSV' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (within(dialog).getByRole('button', { name: 'Tải PNG' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    // With no words of its own, the frame's text alternative is offered as the alt text.
    expect(
      (within(dialog).getByLabelText('Văn bản thay thế (alt)') as HTMLTextAreaElement).value,
    ).toBe('Tóm tắt');
  });

  it('has no export tools when the view passes none', () => {
    frame({}, { tools: undefined });
    expect(screen.queryByRole('button', { name: 'Xuất' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Xem dạng bảng' })).toBeTruthy();
  });

  it('speaks the language the view passes, not the one in the URL', async () => {
    window.history.replaceState(null, '', '/?v=1&lang=vi');
    frame({ lang: 'en' });
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    const dialog = await openDialog('Export');
    for (const label of EN)
      expect(within(dialog).getByRole('button', { name: label })).toBeTruthy();
  });

  it('lets the title, subtitle and note be edited but not the source or the watermark', async () => {
    frame({ table: { header: ['Hạng', 'Đơn vị', 'Điểm'], rows: [[1, 'Na Rì', 70]] } });
    const dialog = await openDialog();
    const title = within(dialog).getByLabelText('Tiêu đề') as HTMLInputElement;
    expect(title.value).toBe('DCCI 2019: xếp hạng 4 huyện');
    await userEvent.clear(title);
    await userEvent.type(title, 'Tiêu đề mới');
    expect(title.value).toBe('Tiêu đề mới');
    expect(within(dialog).getByLabelText('Phụ đề')).toBeTruthy();
    expect(within(dialog).getByLabelText('Ghi chú thêm')).toBeTruthy();
    const editable = within(dialog)
      .getAllByRole('textbox')
      .filter((e) => !(e as HTMLInputElement).readOnly)
      .map((e) => (e as HTMLInputElement).value);
    expect(editable.some((v) => v.includes('Nguồn') || v.includes(WATERMARK))).toBe(false);
    expect(
      (within(dialog).getByRole('button', { name: 'Tải CSV' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('highlights at most three units, offers a caption and an embed code', async () => {
    frame({
      info: {
        dataset,
        view: 'ranking',
        groupId: 'districts',
        year: 2019,
        highlight: {
          units: dataset.units.map((u) => ({ id: u.id, name: u.name })),
          render: (w) => <svg width={w} height={100} />,
        },
      },
    });
    const dialog = await openDialog();
    const boxes = UNITS.map((name) => within(dialog).getByRole('checkbox', { name }));
    for (const box of boxes.slice(0, 3)) await userEvent.click(box);
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, true, false]);
    expect((boxes[3] as HTMLInputElement).disabled).toBe(true);
    await userEvent.click(boxes[0]!);
    expect((boxes[3] as HTMLInputElement).disabled).toBe(false);

    const caption = within(dialog).getByLabelText('Chú thích để trích dẫn') as HTMLTextAreaElement;
    expect(caption.value).toContain('Na Rì xếp thứ 1/4 huyện, thành phố về DCCI 2019');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Nhúng' }));
    // An imported dataset (not bundled) travels in the embed code's fragment, like the link.
    const code = (await within(dialog).findByLabelText('Mã nhúng')) as HTMLTextAreaElement;
    expect(code.value).toMatch(
      /^<iframe src="http:\/\/[^"]+\/embed\.html\?v=1&amp;[^"]*embed=1#d=2\.[A-Za-z0-9_-]+"/,
    );
  });

  it('says an imported dataset too large for a link cannot be embedded (no code naming its id)', async () => {
    const names = Array.from({ length: 600 }, (_, i) => `Đơn vị ${i} ${Math.sin(i)}`);
    const big = makeDataset(
      names.map((unit, i) => ({ unit, year: 2019, total: (i * 7.31) % 100 })),
    );
    frame({ info: { dataset: big, view: 'ranking', groupId: 'districts', year: 2019 } });
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Nhúng' }));
    expect(
      (await within(dialog).findByText(/Không nhúng được bộ dữ liệu đã nhập này/)).textContent,
    ).toContain('8');
    expect(within(dialog).queryByLabelText('Mã nhúng')).toBeNull();
  });
});

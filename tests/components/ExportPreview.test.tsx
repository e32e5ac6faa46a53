import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../../src/charts/ChartFrame.tsx';
import { ExportMenu } from '../../src/views/export/ExportMenu.tsx';
import type { ExportRequest } from '../../src/export/pipeline.ts';
import type * as PipelineModule from '../../src/export/pipeline.ts';

// jsdom cannot lay a chart out, so the composer stands in: it records each request and answers
// with a small SVG of the given size. What the preview shows must be what the download composes.
const produced: ExportRequest[] = [];
vi.mock('../../src/export/pipeline.ts', async (original) => {
  const real = await original<typeof PipelineModule>();
  return {
    ...real,
    produceSvg: async (req: ExportRequest) => {
      produced.push(req);
      const width = req.layout.width;
      const height = req.layout.height ?? 400;
      return { text: `<svg xmlns="http://www.w3.org/2000/svg"/>`, width, height };
    },
  };
});

const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;
const revoked: string[] = [];
beforeAll(() => {
  let n = 0;
  URL.createObjectURL = () => `blob:preview-${++n}`;
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});
afterAll(() => {
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

function frame() {
  return render(
    <ChartFrame
      title="DCCI 2019: xếp hạng 4 huyện"
      subtitle="Huyện, thành phố · năm 2019"
      summary="Tóm tắt"
      source="Nguồn: thử"
      notes={[]}
      watermark={null}
      labels={{ showTable: 'Xem dạng bảng', showChart: 'Xem biểu đồ', chart: 'Biểu đồ' }}
      table={<table />}
      fallbackWidth={600}
      tools={(f) => <ExportMenu {...f} lang="vi" />}
    >
      {(w) => (
        <svg width={w} height={100}>
          <text>Na Rì</text>
        </svg>
      )}
    </ChartFrame>,
  );
}

const previewImage = (dialog: HTMLElement) =>
  within(dialog).findByRole('img', { name: /^Bản xem trước ảnh xuất/ }, { timeout: 5_000 });

describe('the export preview', () => {
  it('shows the composed image and follows the title, note and size as the journalist edits', async () => {
    frame();
    await userEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });

    // First the image as it would be downloaded now ("as shown": the chart's width on screen).
    const first = await previewImage(dialog);
    expect(first.getAttribute('src')).toMatch(/^blob:/);
    expect(first.getAttribute('alt')).toBe('Bản xem trước ảnh xuất: DCCI 2019: xếp hạng 4 huyện');
    expect(produced.at(-1)?.frame.title).toBe('DCCI 2019: xếp hạng 4 huyện');

    // A new title and a note: composed again (debounced) with exactly what was typed.
    const title = within(dialog).getByLabelText('Tiêu đề');
    await userEvent.clear(title);
    await userEvent.type(title, 'Na Rì dẫn đầu');
    await userEvent.type(within(dialog).getByLabelText('Ghi chú thêm'), 'Số liệu năm 2019');
    await waitFor(
      () => expect(within(dialog).getByRole('img', { name: /Na Rì dẫn đầu$/ })).toBeTruthy(),
      { timeout: 5_000 },
    );
    const last = produced.at(-1)!;
    expect(last.frame.title).toBe('Na Rì dẫn đầu');
    expect(last.frame.notes).toEqual(['Số liệu năm 2019']);
    // Debounced: not one image per keystroke.
    expect(produced.length).toBeLessThan(1 + 'Na Rì dẫn đầu'.length);

    // A social size: the preview says the size and the composer got that layout.
    await userEvent.selectOptions(within(dialog).getByLabelText('Kích thước ảnh'), '1080x1350');
    await waitFor(() => expect(within(dialog).getByText(/1080 × 1350 px/)).toBeTruthy(), {
      timeout: 5_000,
    });
    expect(produced.at(-1)?.layout).toEqual({ width: 1080, height: 1350 });
    const image = await previewImage(dialog);
    expect(image.getAttribute('width')).toBe('1080');
    expect(image.getAttribute('height')).toBe('1350');
    // Replaced images release their blob: URLs.
    expect(revoked.length).toBeGreaterThan(0);
    expect(revoked).not.toContain(image.getAttribute('src'));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetMeta } from '../../src/domain/meta.ts';
import type { Dataset } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { importText } from '../../src/import/importDataset.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import ScorecardScreen from '../../src/views/scorecard/ScorecardScreen.tsx';
import { makeDataset } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const meta = JSON.parse(readFileSync(join(DATA, 'bac-kan-dcci.meta.json'), 'utf8')) as DatasetMeta;
const bacKan = importText(readFileSync(join(DATA, 'bac-kan-dcci.csv'), 'utf8'), { meta })
  .dataset as Dataset;
const files: Record<string, string> = {
  responses: readFileSync(join(DATA, 'bac-kan-dcci-responses.csv'), 'utf8'),
  indicators: readFileSync(join(DATA, 'bac-kan-dcci-indicators.json'), 'utf8'),
};

/** Serves the bundled response file and labels (by name) once `release` is called. */
function stubFetch() {
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const fetchMock = vi.fn(async (url: string) => {
    await gate;
    const key = Object.keys(files).find((k) => String(url).includes(k));
    return new Response(key ? files[key] : 'missing', { status: key ? 200 : 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, release };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderScreen(ds: Dataset, patch: Partial<ViewState>) {
  const onSelect = vi.fn();
  const view: ViewState = {
    ...DEFAULT_VIEW_STATE,
    ds: ds.id,
    view: 'scorecard',
    group: 'districts',
    year: 2019,
    unit: 'districts.bach-thong',
    ...patch,
  };
  render(
    <ScorecardScreen
      dataset={ds}
      view={resolvedView(ds, view)}
      lang="vi"
      t={translator('vi')}
      onSelect={onSelect}
    />,
  );
  return onSelect;
}

describe('Questions behind a sub-index (scorecard drill-down)', () => {
  it('fetches nothing until a sub-index is opened, and writes sub= and ind=1 when one is', async () => {
    const { fetchMock } = stubFetch();
    const user = userEvent.setup();
    const onSelect = renderScreen(bacKan, {});
    expect(screen.queryByTestId('indicator-panel')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
    // The scorecard holds its place until its statistics arrive (no layout shift), then shows.
    const picker = await screen.findByRole('combobox', { name: 'Câu hỏi của chỉ số thành phần' });
    await user.selectOptions(picker, 'time-costs');
    expect(onSelect).toHaveBeenCalledWith({ sub: 'time-costs', ind: true });
  });

  it('shows a loading status, then each question with the unit, interval, respondents, group and best, most below first', async () => {
    const { release } = stubFetch();
    const user = userEvent.setup();
    const onSelect = renderScreen(bacKan, { sub: 'leadership', ind: true });
    expect((await screen.findByText('Đang tải phiếu trả lời…')).getAttribute('role')).toBe(
      'status',
    );
    release();
    const table = await screen.findByTestId('indicator-table', {}, { timeout: 5000 });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(header).toEqual([
      'Câu hỏi',
      'Bạch Thông',
      'Khoảng 90 %',
      'Số phiếu trả lời',
      'Trung bình khối',
      'So với khối',
      'Cao nhất (đơn vị)',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Người đứng đầu đối thoại với doanh nghiệp (leadership.1)',
      'Chỉ đạo của người đứng đầu được thực hiện (leadership.2)',
    ]);
    // Same numbers as the Word report's table for Bạch Thông 2019 (tests/unit/report).
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,14', '3,02–3,27', '146', '3,63', '−0,49', '3,94 (Ba Bể)']);
    expect(screen.getByText(/SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA — nhãn câu hỏi/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Đóng danh sách câu hỏi' }));
    expect(onSelect).toHaveBeenCalledWith({ sub: null, ind: false });
  });

  it('offers no drill-down for a dataset without a response file', () => {
    stubFetch();
    const ds = makeDataset([{ unit: 'Bạch Thông', year: 2019, total: 60, subs: { a: 6 } }], {
      groups: [{ id: 'districts' as never, name: { vi: 'Huyện', en: 'Districts' } }],
    });
    renderScreen(ds, { sub: 'a', ind: true });
    expect(screen.queryByRole('combobox', { name: 'Câu hỏi của chỉ số thành phần' })).toBeNull();
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import { RankingView } from '../../src/views/ranking/RankingView.tsx';
import { makeDataset } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

// Ba Bể is far ahead; Bạch Thông and Na Rì cannot be told apart; Chợ Đồn has few respondents.
const ds = makeDataset([
  { unit: 'Ba Bể', year: 2018, total: 60, se: 0.5, respondents: 90 },
  { unit: 'Bạch Thông', year: 2018, total: 70, se: 0.5, respondents: 80 },
  { unit: 'Na Rì', year: 2018, total: 50, se: 2, respondents: 60 },
  { unit: 'Chợ Đồn', year: 2018, total: 50.5, se: 2, respondents: 20 },
  { unit: 'Ba Bể', year: 2019, total: 80, se: 0.5, respondents: 90 },
  { unit: 'Bạch Thông', year: 2019, total: 65, se: 1.5, respondents: 80 },
  { unit: 'Na Rì', year: 2019, total: 64.5, se: 1.5, respondents: 60 },
  { unit: 'Chợ Đồn', year: 2019, total: 50, se: 3, respondents: 20 },
]);

function renderView(lang: 'vi' | 'en' = 'vi', patch: Partial<ViewState> = {}) {
  const view: ViewState = {
    ...DEFAULT_VIEW_STATE,
    lang,
    ds: 'test',
    group: 'districts',
    year: 2019,
    ...patch,
  };
  const onSelect = vi.fn();
  render(
    <RankingView
      dataset={ds}
      view={resolvedView(ds, view)}
      lang={lang}
      t={translator(lang)}
      onSelect={onSelect}
    />,
  );
  return onSelect;
}

const row = (name: string) =>
  within(screen.getByRole('region', { name: /Bảng xếp hạng|Ranking of/ }))
    .getByRole('rowheader', { name })
    .closest('tr') as HTMLElement;

describe('Ranking view: respondents, rank intervals, groups and move flags', () => {
  it('shows 90% rank intervals and statistical groups in the table once computed', async () => {
    renderView();
    expect(
      await screen.findAllByRole('columnheader', { name: /Khoảng hạng 90%/ }),
    ).not.toHaveLength(0);
    expect(within(row('Ba Bể')).getByText('hạng 1')).toBeTruthy();
    expect(within(row('Bạch Thông')).getByText('hạng 2–3')).toBeTruthy();
    expect(within(row('Na Rì')).getByText('hạng 2–3')).toBeTruthy();
    expect(within(row('Ba Bể')).getByText('Nhóm 1')).toBeTruthy();
    expect(within(row('Bạch Thông')).getByText('Nhóm 2')).toBeTruthy();
    expect(within(row('Na Rì')).getByText('Nhóm 2')).toBeTruthy();
    expect(within(row('Chợ Đồn')).getByText('Nhóm 3')).toBeTruthy();
  });

  it('explains the method in one sentence and lists the groups', async () => {
    renderView();
    expect(
      await screen.findByText(/Khoảng hạng 90%: trong 1\.?000 lần mô phỏng lại điểm/),
    ).toBeTruthy();
    expect(screen.getByText(/nhóm 2: Bạch Thông, Na Rì; nhóm 3: Chợ Đồn\./)).toBeTruthy();
  });

  it('flags year-over-year moves as likely real or within noise', async () => {
    renderView('en');
    await screen.findAllByRole('columnheader', { name: /90% rank interval/ });
    // Ba Bể rose from 2nd to 1st by 20 points: likely real. Na Rì passed Chợ Đồn, but they
    // were 0.5 points apart in 2018 with errors of 2: within noise.
    expect(within(row('Ba Bể')).getByText('(likely real)')).toBeTruthy();
    expect(within(row('Bạch Thông')).getByText('(likely real)')).toBeTruthy();
    expect(within(row('Na Rì')).getByText('(within noise)')).toBeTruthy();
    expect(within(row('Chợ Đồn')).getByText('(within noise)')).toBeTruthy();
    expect(screen.getByText(/Rank moves since the previous year/)).toBeTruthy();
  });

  it('marks units below the minimum of respondents and lets the minimum be changed', async () => {
    const onSelect = renderView();
    expect(within(row('Chợ Đồn')).getByTitle('dưới 30 phiếu')).toBeTruthy();
    expect(within(row('Na Rì')).queryByTitle(/dưới/)).toBeNull();
    expect(screen.getByText(/† Dưới 30 phiếu trả lời/)).toBeTruthy();
    const input = screen.getByLabelText('Số phiếu tối thiểu');
    fireEvent.change(input, { target: { value: '7' } });
    expect(onSelect).toHaveBeenLastCalledWith({ minn: 7 });
    fireEvent.change(input, { target: { value: '-2' } });
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('honours a minimum from the URL', () => {
    renderView('vi', { minn: 70 });
    expect(within(row('Na Rì')).getByTitle('dưới 70 phiếu')).toBeTruthy();
    expect(within(row('Bạch Thông')).queryByTitle(/dưới/)).toBeNull();
  });

  it('says when intervals cannot be computed', async () => {
    const noSe = makeDataset([
      { unit: 'Ba Bể', year: 2019, total: 80 },
      { unit: 'Na Rì', year: 2019, total: 70 },
    ]);
    const t = translator('vi');
    render(
      <RankingView
        dataset={noSe}
        view={resolvedView(noSe, { ...DEFAULT_VIEW_STATE, group: 'districts', year: 2019 })}
        lang="vi"
        t={t}
        onSelect={vi.fn()}
      />,
    );
    expect(await screen.findByText(/không tính được khoảng hạng/)).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: /Khoảng hạng/ })).toBeNull();
  });
});

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SubIndexDef, SubIndexId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import WeightsScreen from '../../src/views/weights/WeightsScreen.tsx';
import { makeDataset, uid } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const sub = (id: string, vi: string, en: string, weight?: number): SubIndexDef => ({
  id: id as SubIndexId,
  name: { vi, en },
  ...(weight === undefined ? {} : { weight }),
});

// With the dataset weights (transparency 20, the others 10) A leads; with equal weights B does.
const ds = makeDataset(
  [
    {
      unit: 'Ba Bể',
      year: 2019,
      total: 70,
      subs: { transparency: 8, leadership: 6, 'time-costs': 6 },
    },
    {
      unit: 'Na Rì',
      year: 2019,
      total: 65,
      subs: { transparency: 5, leadership: 8, 'time-costs': 8 },
    },
    {
      unit: 'Pác Nặm',
      year: 2019,
      total: 60,
      subs: { transparency: 6, leadership: 6, 'time-costs': 6 },
    },
  ],
  {
    illustrative: true,
    subIndices: [
      sub('transparency', 'Minh bạch và tiếp cận thông tin', 'Transparency', 20),
      sub('leadership', 'Vai trò người đứng đầu', 'Role of the head of unit', 10),
      sub('time-costs', 'Chi phí thời gian', 'Time costs', 10),
    ],
  },
);

function renderScreen(opts: { lang?: 'vi' | 'en'; w?: string | null; unit?: string | null } = {}) {
  const lang = opts.lang ?? 'vi';
  const onSelect = vi.fn();
  const view: ViewState = {
    ...DEFAULT_VIEW_STATE,
    lang,
    ds: 'test',
    view: 'weights',
    group: 'districts',
    year: 2019,
    unit: opts.unit ?? null,
    w: opts.w ?? null,
  };
  const utils = render(
    <WeightsScreen
      dataset={ds}
      view={resolvedView(ds, view)}
      lang={lang}
      t={translator(lang)}
      onSelect={onSelect}
    />,
  );
  return { ...utils, onSelect, view };
}

const rankRows = () =>
  [...document.querySelectorAll('svg.weight-moves-chart g[data-unit]')].map(
    (g) =>
      `${g.getAttribute('data-rank')} ${g.querySelector('text')?.textContent} ${g.querySelector('.weight-moves-chart__move')?.textContent}`,
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('Weights screen', () => {
  it('shows one labelled slider per sub-index with its value and share of the total', () => {
    renderScreen();
    const slider = screen.getByLabelText('Minh bạch và tiếp cận thông tin');
    expect(slider).toHaveProperty('type', 'range');
    expect(slider.getAttribute('min')).toBe('0');
    expect(slider.getAttribute('max')).toBe('30');
    expect((slider as HTMLInputElement).value).toBe('20');
    expect(slider.getAttribute('aria-valuetext')).toBe('trọng số 20, chiếm 50% tổng trọng số');
    expect(screen.getAllByRole('slider')).toHaveLength(3);
    expect(document.querySelector('output')?.textContent).toBe('20 · 50% tổng');
    expect(
      screen.getByRole('button', { name: 'Trọng số của bộ dữ liệu' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('reproduces the dataset ranking with nothing moved, and says the totals are recomputations', () => {
    renderScreen();
    expect(rankRows()).toEqual(['1 1. Ba Bể =', '2 2. Na Rì =', '3 3. Pác Nặm =']);
    const notes = [...document.querySelectorAll('.chart-frame__note')].map((n) => n.textContent);
    expect(notes.join(' ')).toContain('không phải kết quả chính thức');
    expect(notes.join(' ')).toContain('cho đúng thứ hạng đã công bố');
    expect(document.querySelector('.chart-frame__watermark')?.textContent).toBe(
      'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA',
    );
  });

  it('re-ranks live when a slider moves and writes w to the URL once the user pauses', () => {
    vi.useFakeTimers();
    const { onSelect } = renderScreen();
    const slider = screen.getByLabelText('Minh bạch và tiếp cận thông tin');
    fireEvent.change(slider, { target: { value: '5' } });
    fireEvent.change(slider, { target: { value: '4' } });
    // Ranks follow at once…
    expect(rankRows()).toEqual(['1 1. Na Rì ▲1', '2 2. Ba Bể ▼1', '3 3. Pác Nặm =']);
    const table = within(document.querySelector('table.weights-table') as HTMLElement);
    // "▼ 1 bậc" on screen, "giảm 1 bậc" for screen readers (never "▼1 (giảm 1)").
    const moveCell = (name: RegExp) => {
      const cell = table.getByRole('row', { name }).querySelector('[data-direction]');
      return [
        cell?.querySelector('[aria-hidden="true"]')?.textContent,
        cell?.querySelector('.visually-hidden')?.textContent,
      ];
    };
    expect(moveCell(/Na Rì/)).toEqual(['▲ 1 bậc', 'tăng 1 bậc']);
    expect(moveCell(/Ba Bể/)).toEqual(['▼ 1 bậc', 'giảm 1 bậc']);
    // …the URL only after the pause, with one entry.
    expect(onSelect).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith({ w: 'transparency:4' });
    expect(
      screen.getByRole('button', { name: 'Trọng số của bộ dữ liệu' }).getAttribute('aria-pressed'),
    ).toBe('false');
  });

  it('applies a preset at once and writes its name to the URL', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Trọng số bằng nhau' }));
    expect(onSelect).toHaveBeenCalledWith({ w: 'equal' });
    expect(
      screen.getByRole('button', { name: 'Trọng số bằng nhau' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      (screen.getByLabelText('Minh bạch và tiếp cận thông tin') as HTMLInputElement).value,
    ).toBe('10');
    // Equal weights: B's unweighted mean 7.00 beats A's 6.67.
    expect(rankRows()[0]).toBe('1 1. Na Rì ▲1');
    expect(document.querySelector('.chart-frame__summary')?.textContent).toContain(
      'Na Rì đứng đầu (70,00 điểm)',
    );
  });

  it('follows the URL after back/forward instead of keeping weights chosen in another state', async () => {
    const user = userEvent.setup();
    const { onSelect, view, rerender } = renderScreen();
    const show = (w: string | null) =>
      rerender(
        <WeightsScreen
          dataset={ds}
          view={resolvedView(ds, { ...view, w })}
          lang="vi"
          t={translator('vi')}
          onSelect={onSelect}
        />,
      );
    const transparency = () =>
      (screen.getByLabelText('Minh bạch và tiếp cận thông tin') as HTMLInputElement).value;
    await user.click(screen.getByRole('button', { name: 'Trọng số bằng nhau' }));
    show('equal');
    await user.click(screen.getByRole('button', { name: 'Trọng số PCI 2016' }));
    expect(onSelect).toHaveBeenLastCalledWith({ w: 'pci2016' });
    show('pci2016');
    expect(transparency()).toBe('20');
    // Back: the URL says equal weights again.
    show('equal');
    expect(transparency()).toBe('10');
    show(null);
    expect(transparency()).toBe('20');
    expect(
      screen.getByRole('button', { name: 'Trọng số của bộ dữ liệu' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('reads the weights from the URL, ignoring unknown ids with a notice', () => {
    renderScreen({ w: 'leadership:30,nope:3' });
    expect((screen.getByLabelText('Vai trò người đứng đầu') as HTMLInputElement).value).toBe('30');
    expect((screen.getByLabelText('Chi phí thời gian') as HTMLInputElement).value).toBe('10');
    expect(
      screen.getByText(/Liên kết có trọng số cho chỉ số không có ở đây \(nope\)/),
    ).toBeTruthy();
  });

  it('names the sub-indices without a PCI 2016 counterpart', async () => {
    const user = userEvent.setup();
    renderScreen({ lang: 'en' });
    expect(
      screen.getByText(
        'No PCI 2016 counterpart: Role of the head of unit; the PCI 2016 weights give them 10 (the PCI average weight).',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'PCI 2016 weights' }));
    expect((screen.getByLabelText('Transparency') as HTMLInputElement).value).toBe('20');
    expect((screen.getByLabelText('Time costs') as HTMLInputElement).value).toBe('5');
    expect((screen.getByLabelText('Role of the head of unit') as HTMLInputElement).value).toBe(
      '10',
    );
  });

  it('shows the stability of every rank with its method and a table alternative', async () => {
    const user = userEvent.setup();
    renderScreen({ unit: uid('Na Rì') });
    // Computed by the stats worker (inline here): a status first, then the frame.
    expect(screen.getByText('Đang tính độ ổn định của thứ hạng…')).toBeTruthy();
    await waitFor(() => expect(document.querySelectorAll('figure.chart-frame')).toHaveLength(2));
    const frames = document.querySelectorAll('figure.chart-frame');
    const stability = frames[1] as HTMLElement;
    expect(stability.querySelector('.chart-frame__summary')?.textContent).toContain(
      'Cách tính: mỗi trọng số được nhân với một số ngẫu nhiên đều trong khoảng [0,5; 1,5] (1000 lần, hạt giống 20200106',
    );
    expect(stability.querySelectorAll('svg.stability-chart g[data-unit]')).toHaveLength(3);
    await user.click(within(stability).getByRole('button', { name: 'Xem dạng bảng' }));
    const rows = within(stability).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[2]?.textContent).toMatch(/^2Na RìNhóm giữa\d+%/);
    expect(rows[2]?.className).toBe('is-selected');
  });

  it('says so when the group-year has no sub-index scores', () => {
    const bare = makeDataset([{ unit: 'Ba Bể', year: 2019, total: 70 }]);
    render(
      <WeightsScreen
        dataset={bare}
        view={resolvedView(bare, {
          ...DEFAULT_VIEW_STATE,
          ds: 'test',
          view: 'weights',
          group: 'districts',
          year: 2019,
        })}
        lang="vi"
        t={translator('vi')}
        onSelect={vi.fn()}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('không có điểm chỉ số thành phần');
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, GroupId, SubIndexDef } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import ScorecardScreen from '../../src/views/scorecard/ScorecardScreen.tsx';
import { makeDataset, uid } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const base = makeDataset(
  [
    { unit: 'Ba Bể', year: 2018, total: 60, subs: { a: 6, b: 6 } },
    { unit: 'Bạch Thông', year: 2018, total: 65, subs: { a: 7, b: 6 } },
    { unit: 'Ba Bể', year: 2019, total: 75, subs: { a: 8, b: 6 } },
    { unit: 'Bạch Thông', year: 2019, total: 62.5, subs: { a: 6, b: 7 } },
    { unit: 'Na Rì', year: 2019, total: 61, subs: { a: 6, b: 6.4 } },
  ],
  {
    groups: [
      { id: 'districts' as GroupId, name: { vi: 'Huyện, thành phố', en: 'Districts and city' } },
    ],
  },
);
const withWeights = (ds: Dataset, w: Record<string, number>): Dataset => ({
  ...ds,
  subIndices: ds.subIndices.map<SubIndexDef>((s) => ({ ...s, weight: w[s.id] })),
});

/** Renders the screen and waits until it shows (it holds its place while its statistics load). */
async function renderScreen(
  opts: { ds?: Dataset; unit?: string | null; lang?: 'vi' | 'en'; year?: number } = {},
) {
  const onSelect = vi.fn();
  const lang = opts.lang ?? 'vi';
  const view: ViewState = {
    ...DEFAULT_VIEW_STATE,
    lang,
    ds: 'test',
    view: 'scorecard',
    group: 'districts',
    year: opts.year ?? 2019,
    unit: opts.unit === undefined ? null : opts.unit,
  };
  render(
    <ScorecardScreen
      dataset={opts.ds ?? base}
      view={resolvedView(opts.ds ?? base, view)}
      lang={lang}
      t={translator(lang)}
      onSelect={onSelect}
    />,
  );
  await waitFor(() => expect(document.querySelector('.view-placeholder')).toBeNull(), {
    timeout: 5000,
  });
  return onSelect;
}

describe('Scorecard screen', () => {
  it('defaults to the first ranked unit in a labelled picker and writes the choice as unit=', async () => {
    const user = userEvent.setup();
    const onSelect = await renderScreen();
    const picker = screen.getByRole('combobox', { name: 'Đơn vị' });
    expect((picker as HTMLSelectElement).value).toBe(uid('Ba Bể'));
    expect(screen.getByRole('heading', { name: 'Ba Bể: bảng điểm DCCI 2019' })).toBeTruthy();
    await user.selectOptions(picker, uid('Bạch Thông'));
    expect(onSelect).toHaveBeenCalledWith({ unit: uid('Bạch Thông') });
  });

  it('shows the sentence, rank of n and the changes of the chosen unit', async () => {
    await renderScreen({ unit: uid('Bạch Thông') });
    // 2 units had a score in 2018 and 3 in 2019: the sentence adds a comparability note.
    expect(screen.getByTestId('scorecard-sentence').textContent).toBe(
      'Bạch Thông xếp thứ 2/3 huyện, thành phố về DCCI 2019 với 62,50 điểm, giảm 1 bậc so với 2018. ' +
        'Lưu ý: phương pháp hoặc số đơn vị đã thay đổi giữa 2018 và 2019, so sánh chỉ mang tính tham khảo.',
    );
    expect(
      screen.getAllByText(/số đơn vị có điểm là 2 năm 2018 và 3 năm 2019/).length,
    ).toBeGreaterThan(0);
    const figures = screen.getByLabelText('Các số liệu chính') as HTMLElement;
    expect(figures.textContent).toContain('hạng 2/3');
    expect(figures.textContent).toContain('−2,50');
    expect(figures.textContent).toContain('giảm 1 bậc');
    // "▼ 1 bậc" on screen, "giảm 1 bậc" for screen readers; never "▼ −1 (giảm 1 bậc)".
    expect(within(figures).getByText('▼ 1 bậc').getAttribute('aria-hidden')).toBe('true');
    expect(within(figures).getByText('giảm 1 bậc').className).toBe('visually-hidden');
    expect(figures.textContent).not.toContain('−1');
  });

  it('writes the sentence and numbers in English with a decimal point', async () => {
    await renderScreen({ unit: uid('Bạch Thông'), lang: 'en' });
    expect(screen.getByTestId('scorecard-sentence').textContent).toMatch(
      /^Bạch Thông ranks 2nd of 3 district-level units in the DCCI 2019 with 62\.50 points, down 1 place from 2018\. Note:/,
    );
    const figures = screen.getByLabelText('Key figures') as HTMLElement;
    expect(within(figures).getByText('▼ 1 place')).toBeTruthy();
    expect(within(figures).getByText('down 1 place')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Unit' })).toBeTruthy();
  });

  it('says a unit absent in the previous year has no change, never 0', async () => {
    await renderScreen({ unit: uid('Na Rì') });
    const figures = screen.getByLabelText('Các số liệu chính') as HTMLElement;
    expect(within(figures).getAllByText('không có trong số liệu năm 2018')).toHaveLength(2);
    expect(screen.getByTestId('scorecard-sentence').textContent).toContain(
      'Năm 2018 đơn vị không có trong số liệu',
    );
  });

  it('labels the gap "không trọng số" when the weights are unknown', async () => {
    await renderScreen({ unit: uid('Bạch Thông') });
    expect(screen.getByText(/chênh lệch không trọng số trên thang 10/)).toBeTruthy();
    expect(screen.getByText(/^Không trọng số:/)).toBeTruthy();
  });

  it('gives weighted contributions that add up when the weights are known', async () => {
    // Totals are 10 × (3a + b)/4: Ba Bể 75, Bạch Thông 62.5.
    await renderScreen({ ds: withWeights(base, { a: 3, b: 1 }), unit: uid('Bạch Thông') });
    expect(screen.getByText(/đóng góp có trọng số vào điểm tổng hợp/)).toBeTruthy();
    expect(
      screen.getByText(
        /các phần đóng góp cộng lại được 12,50 điểm, khớp với khoảng cách điểm tổng hợp 12,50 điểm/,
      ),
    ).toBeTruthy();
  });

  it('shows every chart as a table on request, values formatted, missing as "—"', async () => {
    const user = userEvent.setup();
    await renderScreen({ unit: uid('Ba Bể') });
    const frames = screen.getAllByRole('figure');
    expect(frames).toHaveLength(3);
    const subFrame = frames[0] as HTMLElement;
    await user.click(within(subFrame).getByRole('button', { name: 'Xem dạng bảng' }));
    const table = within(subFrame).getByRole('table');
    expect(
      within(table).getByRole('rowheader', { name: 'a' }).closest('tr')?.textContent,
    ).toContain('8,00');
    expect(
      within(subFrame).getByRole('button', { name: 'Xem biểu đồ' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('lists the unit\u2019s strongest and weakest sub-indices relative to the group', async () => {
    await renderScreen({ unit: uid('Bạch Thông') });
    const strong = screen
      .getByRole('heading', { name: /Ba điểm mạnh nhất/ })
      .closest('section') as HTMLElement;
    expect(within(strong).getByRole('listitem').textContent).toContain('b: 7,00');
    const weak = screen
      .getByRole('heading', { name: /Ba điểm yếu nhất/ })
      .closest('section') as HTMLElement;
    expect(within(weak).getByRole('listitem').textContent).toContain('a: 6,00');
  });

  it('says so when the chosen unit has no data that year', async () => {
    await renderScreen({ unit: uid('Na Rì'), year: 2018 });
    expect(screen.getByRole('status').textContent).toBe(
      'Na Rì không có số liệu năm 2018. Chọn đơn vị khác hoặc năm khác.',
    );
    expect(screen.getByRole('combobox', { name: 'Đơn vị' })).toBeTruthy();
  });
});

describe('Scorecard screen while its statistics load', () => {
  it('holds its place instead of showing figures that grow when they arrive (layout shift)', async () => {
    const fresh = { ...base }; // statistics are cached per dataset object: these are not yet
    render(
      <ScorecardScreen
        dataset={fresh}
        view={resolvedView(fresh, {
          ...DEFAULT_VIEW_STATE,
          ds: 'test',
          view: 'scorecard',
          group: 'districts',
          year: 2019,
        })}
        lang="vi"
        t={translator('vi')}
        onSelect={vi.fn()}
      />,
    );
    expect(document.querySelector('.view-placeholder[aria-busy="true"]')).not.toBeNull();
    expect(screen.queryByTestId('scorecard-sentence')).toBeNull();
    expect(await screen.findByTestId('scorecard-sentence', {}, { timeout: 5000 })).toBeTruthy();
    expect(document.querySelector('.view-placeholder')).toBeNull();
  });
});

describe('Scorecard screen on a dataset without sub-indices', () => {
  it('states the totals and the gap without inventing a breakdown', async () => {
    const bare = makeDataset(
      [
        { unit: 'Ba Bể', year: 2019, total: 70 },
        { unit: 'Na Rì', year: 2019, total: 65.5 },
      ],
      {
        groups: [
          {
            id: 'districts' as GroupId,
            name: { vi: 'Huyện, thành phố', en: 'Districts and city' },
          },
        ],
      },
    );
    await renderScreen({ ds: bare, unit: uid('Na Rì') });
    expect(screen.getByText('Không có số liệu chỉ số thành phần.')).toBeTruthy();
    expect(
      screen.getByText(
        'Na Rì kém Ba Bể (đứng đầu) 4,50 điểm tổng hợp; không có chỉ số thành phần nào cả hai đơn vị cùng có số liệu để phân tích khoảng cách.',
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole('figure')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: /Ba điểm mạnh nhất/ })).toBeNull();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, GroupId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import CompareScreen from '../../src/views/compare/CompareScreen.tsx';
import { makeDataset, uid } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const names = ['Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Chợ Mới', 'Na Rì', 'Ngân Sơn'];
const ds = makeDataset(
  names.map((unit, i) => ({
    unit,
    year: 2019,
    total: 70 - i,
    subs: { a: 7 - i / 2, b: i === 2 ? null : 6 },
  })),
  {
    groups: [
      { id: 'districts' as GroupId, name: { vi: 'Huyện, thành phố', en: 'Districts and city' } },
    ],
  },
);

function renderScreen(
  opts: { units?: string[]; unit?: string | null; dataset?: Dataset; lang?: 'vi' | 'en' } = {},
) {
  const onSelect = vi.fn();
  const lang = opts.lang ?? 'vi';
  const view: ViewState = {
    ...DEFAULT_VIEW_STATE,
    lang,
    ds: 'test',
    view: 'compare',
    group: 'districts',
    year: 2019,
    unit: opts.unit ?? null,
    units: opts.units ?? [],
  };
  render(
    <CompareScreen
      dataset={opts.dataset ?? ds}
      view={resolvedView(opts.dataset ?? ds, view)}
      lang={lang}
      t={translator(lang)}
      onSelect={onSelect}
    />,
  );
  return onSelect;
}
const box = (name: string) =>
  screen.getByRole('checkbox', { name: new RegExp(`^\\d+\\. ${name}$`) }) as HTMLInputElement;

describe('Compare screen', () => {
  it('compares the selected unit with its neighbours in rank by default', () => {
    renderScreen({ unit: uid('Chợ Mới') });
    expect(names.filter((n) => box(n).checked)).toEqual(['Chợ Đồn', 'Chợ Mới', 'Na Rì']);
    expect(screen.getByRole('group', { name: 'Đơn vị so sánh' })).toBeTruthy();
  });

  it('adds and removes units through labelled checkboxes, writing units=', async () => {
    const user = userEvent.setup();
    const onSelect = renderScreen({ units: [uid('Ba Bể'), uid('Na Rì'), uid('Ngân Sơn')] });
    await user.click(box('Bạch Thông'));
    expect(onSelect).toHaveBeenLastCalledWith({
      units: [uid('Ba Bể'), uid('Na Rì'), uid('Ngân Sơn'), uid('Bạch Thông')],
    });
    await user.click(box('Na Rì'));
    expect(onSelect).toHaveBeenLastCalledWith({ units: [uid('Ba Bể'), uid('Ngân Sơn')] });
  });

  it('keeps at least two units: the last two checkboxes cannot be unticked', () => {
    renderScreen({ units: [uid('Ba Bể'), uid('Na Rì')] });
    expect(box('Ba Bể').disabled).toBe(true);
    expect(box('Na Rì').disabled).toBe(true);
    expect(box('Chợ Mới').disabled).toBe(false);
    expect(screen.getByText('Chọn từ 2 đến 5 đơn vị (đang chọn 2).')).toBeTruthy();
  });

  it('allows at most five units: the other checkboxes are disabled', () => {
    renderScreen({ units: names.slice(0, 5).map((n) => uid(n)) });
    expect(box('Ngân Sơn').disabled).toBe(true);
    expect(box('Ba Bể').disabled).toBe(false);
  });

  it('names each unit by a letter in the key and on the bars, not only by colour', () => {
    renderScreen({ units: [uid('Ba Bể'), uid('Chợ Đồn')] });
    const key = document.querySelector('.compare-legend') as HTMLElement;
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['ABa Bể: 70,00 điểm, hạng 1/6', 'BChợ Đồn: 68,00 điểm, hạng 3/6']);
    const labels = [...document.querySelectorAll('.recharts-wrapper text')].map(
      (t) => t.textContent,
    );
    expect(labels).toContain('A 7,00');
    expect(
      screen.getByText('Chữ cái trên mỗi thanh chỉ đơn vị: A = Ba Bể, B = Chợ Đồn.'),
    ).toBeTruthy();
    expect(labels).toContain('B 6,00');
    // Chợ Đồn has no value for b: its slot says so instead of drawing nothing.
    expect([...document.querySelectorAll('.compare-missing')].map((t) => t.textContent)).toEqual([
      'B —',
    ]);
  });

  it('shows the comparison as a table, missing values as "—"', async () => {
    const user = userEvent.setup();
    renderScreen({ units: [uid('Ba Bể'), uid('Chợ Đồn')] });
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    const table = screen.getByRole('table');
    const row = within(table).getByRole('rowheader', { name: 'b' }).closest('tr') as HTMLElement;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '6,00',
      '—',
      '6,00',
    ]);
  });

  it('folds a long list of units behind a summary that names the choice', () => {
    const many = makeDataset(
      Array.from({ length: 12 }, (_, i) => ({
        unit: `Huyện ${i + 1}`,
        year: 2019,
        total: 60 + i,
        subs: { a: 6 },
      })),
    );
    renderScreen({ dataset: many, lang: 'en' });
    const details = document.querySelector('details.compare-picker') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(
      'Units compared: Huyện 12, Huyện 11, Huyện 10',
    );
  });
});

describe('Compare radar option', () => {
  const three = makeDataset([
    { unit: 'A', year: 2019, total: 70, subs: { x: 7, y: 6, z: 5 } },
    { unit: 'B', year: 2019, total: 65, subs: { x: 6, y: null, z: 6 } },
  ]);

  it('is offered only with three or more sub-indices', () => {
    renderScreen();
    expect(screen.queryByRole('button', { name: 'Dạng radar' })).toBeNull();
  });

  it('switches to a radar with one outline per unit; a missing value breaks the outline, never 0', async () => {
    const user = userEvent.setup();
    renderScreen({ dataset: three, units: [uid('A'), uid('B')] });
    const toggle = screen.getByRole('button', { name: 'Dạng radar' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const radar = document.querySelector('svg.compare-radar') as SVGElement;
    expect(radar.querySelectorAll('g[data-unit] polygon')).toHaveLength(1);
    const broken = radar.querySelectorAll(`g[data-unit="${uid('B')}"] polyline`);
    expect(broken).toHaveLength(1);
    expect(broken[0]?.getAttribute('points')?.split(' ')).toHaveLength(2);
    expect(radar.querySelectorAll(`g[data-unit="${uid('B')}"] circle`)).toHaveLength(2);
    // The key shows each unit's line pattern, and the subtitle says which form is shown.
    expect(document.querySelectorAll('.compare-legend svg line')).toHaveLength(2);
    expect(screen.getByText(/dạng radar$/)).toBeTruthy();
    await user.click(toggle);
    expect(document.querySelector('svg.compare-radar')).toBeNull();
    expect(document.querySelector('.recharts-wrapper')).toBeTruthy();
  });
});

describe('Compare: can the compared units be told apart?', () => {
  it('adds respondents, standard errors and 90% rank intervals when the data has them', async () => {
    const withSe = makeDataset(
      names.map((unit, i) => ({
        unit,
        year: 2019,
        total: 70 - i * 0.5,
        se: 2,
        respondents: i === 1 ? 12 : 60,
        subs: { a: 7 - i / 2 },
      })),
    );
    const user = userEvent.setup();
    renderScreen({ dataset: withSe, units: [uid('Ba Bể'), uid('Bạch Thông')] });
    await user.click(screen.getAllByRole('button', { name: 'Xem dạng bảng' })[0] as HTMLElement);
    const table = screen.getByRole('table');
    const row = (name: string) =>
      within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(within(row('Số phiếu')).getByTitle('dưới 30 phiếu')).toBeTruthy();
    expect(row('Sai số chuẩn').textContent).toContain('2,00');
    // 0.5 points apart with errors of 2: each could be anywhere in the top of six.
    await within(table).findByRole('rowheader', { name: 'Khoảng hạng 90%' });
    expect(row('Khoảng hạng 90%').textContent).toMatch(/hạng 1–\d.*hạng 1–\d/);
  });

  it('adds no such rows when the data has none', async () => {
    const user = userEvent.setup();
    renderScreen({ units: [uid('Ba Bể'), uid('Bạch Thông')] });
    await user.click(screen.getAllByRole('button', { name: 'Xem dạng bảng' })[0] as HTMLElement);
    expect(screen.queryByRole('rowheader', { name: 'Số phiếu' })).toBeNull();
    expect(screen.queryByRole('rowheader', { name: 'Khoảng hạng 90%' })).toBeNull();
  });
});

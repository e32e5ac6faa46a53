import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/charts/scales.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import { SubIndicesView } from '../../src/views/subindices/SubIndicesView.tsx';
import { makeDataset, uid } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const ds = makeDataset([
  {
    unit: 'Ba Bể',
    year: 2019,
    total: 61.71,
    subs: { transparency: 6.76, 'time-costs': 4.42, land: 5.6 },
  },
  {
    unit: 'Na Rì',
    year: 2019,
    total: 66.03,
    subs: { transparency: 5.61, 'time-costs': 6.4, land: 6.14 },
  },
  {
    unit: 'Pác Nặm',
    year: 2019,
    total: 60.73,
    subs: { transparency: 5.71, 'time-costs': 5.62, land: null },
  },
  {
    unit: 'Chợ Đồn',
    year: 2019,
    total: 62.35,
    subs: { transparency: 6.01, 'time-costs': 4.8, land: 7.14 },
  },
]);

function Harness({ initial, log }: { initial: Partial<ViewState>; log?: Partial<ViewState>[] }) {
  const [view, setView] = useState<ViewState>({
    ...DEFAULT_VIEW_STATE,
    view: 'subindices',
    group: 'districts',
    year: 2019,
    ...initial,
  });
  return (
    <SubIndicesView
      dataset={ds}
      view={resolvedView(ds, view)}
      lang={view.lang}
      t={translator(view.lang)}
      onSelect={(patch) => {
        log?.push(patch);
        setView((v) => ({ ...v, ...patch }));
      }}
    />
  );
}

const heatmap = () => document.querySelector('table.heatmap--colour') as HTMLTableElement;
const rowOrder = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

describe('Sub-indices heatmap', () => {
  it('prints every value and the per-sub-index rank in the cells, "—" for missing', () => {
    render(<Harness initial={{}} />);
    const t = heatmap();
    expect(rowOrder(t)).toEqual(['Na Rì', 'Chợ Đồn', 'Ba Bể', 'Pác Nặm']);
    const baBe = within(t).getByRole('rowheader', { name: 'Ba Bể' }).closest('tr') as HTMLElement;
    const cell = baBe.querySelector('td[data-sub="transparency"]') as HTMLElement;
    expect(cell.textContent).toBe('6,76hạng 1');
    const pacNam = within(t)
      .getByRole('rowheader', { name: 'Pác Nặm' })
      .closest('tr') as HTMLElement;
    expect((pacNam.querySelector('td[data-sub="land"]') as HTMLElement).textContent).toBe('—');
  });

  it('colours cells with text of sufficient contrast', () => {
    render(<Harness initial={{}} />);
    const cells = [...heatmap().querySelectorAll<HTMLElement>('td.heatmap__cell:not(.is-missing)')];
    expect(cells.length).toBe(11);
    const hex = (rgb: string) =>
      `#${(rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`;
    for (const c of cells)
      expect(
        contrastRatio(hex(c.style.backgroundColor), hex(c.style.color)),
      ).toBeGreaterThanOrEqual(4.5);
  });

  it('sorts by any column through labelled selects (sort= in the URL state), missing last', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness initial={{}} log={log} />);
    await user.selectOptions(screen.getByLabelText('Sắp xếp theo'), 'land');
    expect(log.at(-1)).toEqual({ sort: '-land' });
    expect(rowOrder(heatmap())).toEqual(['Chợ Đồn', 'Na Rì', 'Ba Bể', 'Pác Nặm']);
    await user.selectOptions(screen.getByLabelText('Thứ tự'), 'asc');
    expect(log.at(-1)).toEqual({ sort: 'land' });
    expect(rowOrder(heatmap())).toEqual(['Ba Bể', 'Na Rì', 'Chợ Đồn', 'Pác Nặm']);
    await user.selectOptions(screen.getByLabelText('Sắp xếp theo'), 'rank');
    expect(log.at(-1)).toEqual({ sort: null });
  });

  it('opens from a URL sort and highlights sub=', () => {
    render(<Harness initial={{ sort: '-time-costs', sub: 'time-costs', unit: uid('Ba Bể') }} />);
    expect(rowOrder(heatmap())).toEqual(['Na Rì', 'Pác Nặm', 'Chợ Đồn', 'Ba Bể']);
    expect(heatmap().querySelectorAll('td.is-highlighted')).toHaveLength(4);
    expect((screen.getByLabelText('Làm nổi bật chỉ số') as HTMLSelectElement).value).toBe(
      'time-costs',
    );
    expect(
      screen.getByText(/Theo «time-costs»: cao nhất Na Rì \(6,40\), thấp nhất Ba Bể \(4,42\)/),
    ).toBeTruthy();
    expect(screen.getByText(/Ba Bể: mạnh nhất so với khối/)).toBeTruthy();
  });

  it('sets and clears sub= with the highlight select', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness initial={{}} log={log} />);
    await user.selectOptions(screen.getByLabelText('Làm nổi bật chỉ số'), 'land');
    expect(log.at(-1)).toEqual({ sub: 'land' });
    await user.selectOptions(screen.getByLabelText('Làm nổi bật chỉ số'), '');
    expect(log.at(-1)).toEqual({ sub: null });
  });

  it('has a table alternative whose column headers are sort buttons with aria-sort', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness initial={{}} log={log} />);
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    const table = document.querySelector('table.heatmap--plain') as HTMLTableElement;
    await user.click(within(table).getByRole('button', { name: 'Sắp xếp theo transparency' }));
    expect(log.at(-1)).toEqual({ sort: '-transparency' });
    expect(rowOrder(table)).toEqual(['Ba Bể', 'Chợ Đồn', 'Pác Nặm', 'Na Rì']);
    expect(
      within(table)
        .getByRole('columnheader', { name: /transparency/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    await user.click(within(table).getByRole('button', { name: 'Sắp xếp theo transparency' }));
    expect(log.at(-1)).toEqual({ sort: 'transparency' });
  });

  it('selects a unit with the labelled select (unit=), marks its row and says where it is weakest', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness initial={{}} log={log} />);
    await user.selectOptions(screen.getByLabelText('Đơn vị của tôi'), uid('Pác Nặm'));
    expect(log.at(-1)).toEqual({ unit: uid('Pác Nặm') });
    const row = within(heatmap())
      .getByRole('rowheader', { name: 'Pác Nặm' })
      .closest('tr') as HTMLElement;
    expect(row.className).toBe('is-selected');
    expect(
      screen.getByText(
        /Pác Nặm: mạnh nhất so với khối ở «time-costs» \(hạng 2\), yếu nhất ở «transparency» \(hạng 3\)/,
      ),
    ).toBeTruthy();
  });

  it('formats values with a decimal point in English', () => {
    render(<Harness initial={{ lang: 'en' }} />);
    expect(heatmap().textContent).toContain('6.76rank 1');
    expect(screen.getByLabelText('Sort by')).toBeTruthy();
  });
});

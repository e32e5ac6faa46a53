import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GroupId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import DistributionScreen from '../../src/views/distribution/DistributionScreen.tsx';
import { makeDataset, uid } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const ds = makeDataset(
  [
    { unit: 'Ba Bể', year: 2019, total: 68.4 },
    { unit: 'Bạch Thông', year: 2019, total: 60.69 },
    { unit: 'Na Rì', year: 2019, total: 64.1 },
    { unit: 'Pác Nặm', year: 2019, total: null },
    { unit: 'Sở Tư pháp', group: 'departments', year: 2019, total: 71 },
    { unit: 'Cục Thuế', group: 'central', year: 2018, total: 75 },
  ],
  {
    groups: [
      { id: 'districts' as GroupId, name: { vi: 'Huyện, thành phố', en: 'Districts and city' } },
      {
        id: 'departments' as GroupId,
        name: { vi: 'Sở, ban, ngành', en: 'Provincial departments' },
      },
      { id: 'central' as GroupId, name: { vi: 'Cơ quan Trung ương', en: 'Central agencies' } },
    ],
  },
);

function renderScreen(lang: 'vi' | 'en' = 'vi', unit: string | null = uid('Bạch Thông')) {
  const view: ViewState = {
    ...DEFAULT_VIEW_STATE,
    lang,
    ds: 'test',
    view: 'distribution',
    group: 'districts',
    year: 2019,
    unit,
  };
  render(
    <DistributionScreen
      dataset={ds}
      view={resolvedView(ds, view)}
      lang={lang}
      t={translator(lang)}
      onSelect={vi.fn()}
    />,
  );
}

describe('Distribution screen', () => {
  it('writes the spread journalists quote for each group, in the summary and on the chart', () => {
    renderScreen();
    const summary = document.querySelector('.chart-frame__summary')?.textContent ?? '';
    expect(summary).toContain(
      'Huyện, thành phố: 3 huyện, thành phố cách nhau 7,71 điểm; trung vị 64,10',
    );
    expect(summary).toContain('Sở, ban, ngành: Chỉ có 1 đơn vị có điểm: không có chênh lệch');
    const svgText = [...document.querySelectorAll('svg text')]
      .map((t) => t.textContent)
      .join(' | ');
    expect(svgText).toContain('3 huyện, thành phố cách nhau 7,71 điểm');
    expect(svgText).toContain('Trung vị 64,10');
    expect(svgText).toContain('Không có số liệu năm 2019.');
  });

  it('highlights the selected unit by size and outline and names it in its group heading', () => {
    renderScreen();
    const selected = document.querySelectorAll('circle[data-selected="true"]');
    expect(selected).toHaveLength(1);
    expect(selected[0]?.getAttribute('r')).toBe('7');
    expect(document.querySelector('g[data-group="districts"]')?.textContent).toContain(
      '▶ Đang chọn: Bạch Thông, 60,69 điểm, hạng 3/3',
    );
  });

  it('counts a missing total in a note instead of drawing it', () => {
    renderScreen();
    expect(document.querySelectorAll('g[data-group="districts"] circle')).toHaveLength(3);
    expect(
      screen.getByText(
        'Huyện, thành phố: 1 đơn vị không có điểm tổng hợp năm này (không vẽ, không phải điểm 0).',
      ),
    ).toBeTruthy();
  });

  it('offers the figures and every unit as tables, in English with decimal points', async () => {
    const user = userEvent.setup();
    renderScreen('en');
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const [groups, units] = screen.getAllByRole('table');
    const row = within(groups as HTMLElement)
      .getByRole('rowheader', { name: 'Districts and city' })
      .closest('tr') as HTMLElement;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '3',
      '64.10',
      '64.40',
      'Ba Bể (68.40)',
      'Bạch Thông (60.69)',
      '7.71',
    ]);
    expect(
      within(units as HTMLElement)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['Ba Bể', 'Na Rì', 'Bạch Thông', 'Sở Tư pháp']);
  });
});

describe('Distribution table: respondents and standard errors', () => {
  it('lists them beside each total when the data has them, and not otherwise', async () => {
    const user = userEvent.setup();
    const withCounts = makeDataset([
      { unit: 'Ba Bể', year: 2019, total: 68.4, respondents: 77, se: 1.25 },
      { unit: 'Na Rì', year: 2019, total: 64.1, respondents: 18, se: 2.5 },
    ]);
    const { unmount } = render(
      <DistributionScreen
        dataset={withCounts}
        view={resolvedView(withCounts, {
          ...DEFAULT_VIEW_STATE,
          group: 'districts',
          year: 2019,
          view: 'distribution',
        })}
        lang="vi"
        t={translator('vi')}
        onSelect={vi.fn()}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    const row = screen.getByRole('rowheader', { name: 'Na Rì' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('18')).toBeTruthy();
    expect(within(row).getByText('2,50')).toBeTruthy();
    unmount();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    expect(screen.queryByRole('columnheader', { name: 'Số phiếu' })).toBeNull();
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import WeightsScreen from '../../src/views/weights/WeightsScreen.tsx';
import { SubIndicesView } from '../../src/views/subindices/SubIndicesView.tsx';
import { TrendsView } from '../../src/views/trends/TrendsView.tsx';
import { makeDataset, uid } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

// Na Rì has fewer respondents than the minimum (30) in 2019: its scores carry †.
const ds = makeDataset([
  { unit: 'Ba Bể', year: 2018, total: 60.1, respondents: 41, subs: { a: 6, b: 5 } },
  { unit: 'Na Rì', year: 2018, total: 62.2, respondents: 35, subs: { a: 5, b: 7 } },
  { unit: 'Ba Bể', year: 2019, total: 61.7, respondents: 44, subs: { a: 6.5, b: 5 } },
  { unit: 'Na Rì', year: 2019, total: 66.0, respondents: 12, subs: { a: 5, b: 8 } },
]);
const view = (patch: Partial<ViewState>): ViewState => ({
  ...DEFAULT_VIEW_STATE,
  ds: 'test',
  group: 'districts',
  year: 2019,
  ...patch,
});
const rowOf = (table: Element, name: string) =>
  [...table.querySelectorAll('tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent === name,
  ) as HTMLElement;

describe('respondents (n=, †) wherever scores are shown', () => {
  it('the Sub-indices table gives n= after each total, † below the minimum', () => {
    render(
      <SubIndicesView
        dataset={ds}
        view={resolvedView(ds, view({ view: 'subindices' }))}
        lang="en"
        t={translator('en')}
        onSelect={vi.fn()}
      />,
    );
    const table = document.querySelector('table.heatmap--colour') as HTMLTableElement;
    expect(rowOf(table, 'Ba Bể').querySelector('.heatmap__total')?.textContent).toBe('61.70 n=44');
    const naRi = rowOf(table, 'Na Rì').querySelector('.heatmap__total') as HTMLElement;
    expect(naRi.textContent).toContain('n=12');
    expect(naRi.querySelector('[aria-hidden="true"]')?.textContent).toBe('†');
    expect(naRi.textContent).toContain('fewer than 30 respondents');
  });

  it('Trends and its slope table give n= for each year', async () => {
    render(
      <TrendsView
        dataset={ds}
        view={resolvedView(ds, view({ view: 'trends', units: [uid('Ba Bể'), uid('Na Rì')] }))}
        lang="vi"
        t={translator('vi')}
        onSelect={vi.fn()}
      />,
    );
    // The tables are the charts' "show as table" alternatives.
    for (const button of screen.getAllByRole('button', { name: 'Xem dạng bảng' }))
      await userEvent.click(button);
    const trends = document.querySelector('table.trends-table') as HTMLTableElement;
    const y2019 = rowOf(trends, '2019');
    expect(y2019.textContent).toContain('n=44');
    expect(y2019.textContent).toContain('n=12');
    expect(y2019.querySelectorAll('.table__mark')).toHaveLength(1);
    const slope = [...document.querySelectorAll('table')].find((t) =>
      t.querySelector('caption')?.textContent?.includes('2018 đến 2019'),
    ) as HTMLTableElement;
    const naRi = rowOf(slope, 'Na Rì');
    expect(naRi.textContent).toContain('n=35');
    expect(naRi.textContent).toContain('n=12');
  });

  it('the Weights table has a respondents column with †', async () => {
    render(
      <WeightsScreen
        dataset={ds}
        view={resolvedView(ds, view({ view: 'weights' }))}
        lang="vi"
        t={translator('vi')}
        onSelect={vi.fn()}
      />,
    );
    await waitFor(() => expect(document.querySelector('table.weights-table')).not.toBeNull());
    const table = document.querySelector('table.weights-table') as HTMLTableElement;
    expect(table.querySelector('thead')?.textContent).toContain('Số phiếu');
    expect(rowOf(table, 'Na Rì').textContent).toContain('12');
    expect(rowOf(table, 'Na Rì').querySelector('.table__mark')).not.toBeNull();
    expect(rowOf(table, 'Ba Bể').querySelector('.table__mark')).toBeNull();
  });
});

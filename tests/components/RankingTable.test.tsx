import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildGroupYear } from '../../src/domain/groupYear.ts';
import type { GroupId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { RankingTable } from '../../src/views/ranking/RankingTable.tsx';
import { makeDataset } from '../fixtures/builders.ts';

const ds = makeDataset([
  { unit: 'Bạch Thông', year: 2019, total: 68.4, subs: { 'time-costs': 7.1 } },
  { unit: 'Ba Bể', year: 2019, total: 71.97, subs: { 'time-costs': 6.2 } },
  { unit: 'Na Rì', year: 2019, total: null, subs: { 'time-costs': 8.5 } },
  { unit: 'Chợ Đồn', year: 2019, total: 64.05, subs: { 'time-costs': null } },
]);
const gy = buildGroupYear(ds, 'districts' as GroupId, 2019);

function Harness({ lang = 'vi' as 'vi' | 'en' }) {
  const [sort, setSort] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <RankingTable
      groupYear={gy}
      groupName="Huyện"
      lang={lang}
      t={translator(lang)}
      selected={selected}
      sort={sort}
      onSort={setSort}
      onSelect={setSelected}
    />
  );
}

const unitOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

describe('RankingTable', () => {
  it('lists units by rank with the unranked unit last and its score as "—"', () => {
    render(<Harness />);
    expect(unitOrder()).toEqual(['Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Na Rì']);
    const naRi = screen.getByRole('rowheader', { name: 'Na Rì' }).closest('tr') as HTMLElement;
    expect(within(naRi).getAllByText('—').length).toBeGreaterThan(0);
  });

  it('formats scores with a decimal comma in Vietnamese and a point in English', () => {
    const { unmount } = render(<Harness />);
    expect(screen.getByText('71,97')).toBeTruthy();
    unmount();
    render(<Harness lang="en" />);
    expect(screen.getByText('71.97')).toBeTruthy();
  });

  it('sorts by a sub-index column, descending first, missing values last, and toggles', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: /^time-costs/ }));
    expect(unitOrder()).toEqual(['Na Rì', 'Bạch Thông', 'Ba Bể', 'Chợ Đồn']);
    expect(screen.getByRole('columnheader', { name: /time-costs/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await user.click(screen.getByRole('button', { name: /^time-costs/ }));
    expect(unitOrder()).toEqual(['Ba Bể', 'Bạch Thông', 'Na Rì', 'Chợ Đồn']);
  });

  it('sorts by unit name in Vietnamese alphabetical order', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: /^Đơn vị/ }));
    expect(unitOrder()).toEqual(['Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Na Rì']);
  });

  it('finds units ignoring case and diacritics ("bach thong" finds "Bạch Thông")', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'bach thong');
    expect(unitOrder()).toEqual(['Bạch Thông']);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'CHO DON');
    expect(unitOrder()).toEqual(['Chợ Đồn']);
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('Không có đơn vị nào khớp với «zzz».')).toBeTruthy();
  });

  it('selects a unit from its row, marked by more than colour', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const button = screen.getByRole('button', { name: 'Ba Bể' });
    await user.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildGroupYear } from '../../src/domain/groupYear.ts';
import type { GroupId } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { visibleRange } from '../../src/ui/rowWindow.ts';
import { RankingTable } from '../../src/views/ranking/RankingTable.tsx';
import { makeDataset } from '../fixtures/builders.ts';

const UNITS = 400;
const ds = makeDataset(
  Array.from({ length: UNITS }, (_, i) => ({
    unit: `Đơn vị ${String(i + 1).padStart(4, '0')}`,
    year: 2023,
    total: 40 + ((i * 7919) % 4001) / 100,
  })),
);
const gy = buildGroupYear(ds, 'districts' as GroupId, 2023);

const renderTable = () =>
  render(
    <RankingTable
      groupYear={gy}
      groupName="Huyện"
      lang="vi"
      t={translator('vi')}
      selected={null}
      sort={null}
      onSort={() => undefined}
      onSelect={() => undefined}
    />,
  );
const unitRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

describe('the ranking table with thousands of units', () => {
  it('renders only a window of rows and says how to find the others', () => {
    renderTable();
    expect(unitRows().length).toBeLessThan(150);
    expect(screen.getByText(/Ctrl\+F/)).toBeTruthy();
    expect(screen.getByText(`${UNITS}/${UNITS} đơn vị`)).toBeTruthy();
  });

  it('finds any unit with its search, however far down it ranks', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.type(screen.getByLabelText('Tìm đơn vị'), 'don vi 0399');
    expect(unitRows()).toEqual(['Đơn vị 0399']);
  });

  it('renders every row while printing and windows again afterwards', () => {
    renderTable();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(unitRows()).toHaveLength(UNITS);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(unitRows().length).toBeLessThan(150);
  });

  it('moves the window when its box scrolls', () => {
    renderTable();
    const box = screen.getByRole('region');
    Object.defineProperty(box, 'clientHeight', { value: 640, configurable: true });
    box.scrollTop = 32 * 300;
    fireEvent.scroll(box);
    const rows = unitRows();
    expect(rows.length).toBeLessThan(150);
    const ranks = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('td')?.textContent ?? '')
      .filter((x) => x !== '');
    expect(parseInt(ranks[0] ?? '', 10)).toBeGreaterThan(250);
  });
});

describe('visibleRange', () => {
  it('is bounded by the viewport, never by the row count', () => {
    expect(visibleRange(0, 640, 32, 5000)).toEqual({ start: 0, end: 40 });
    expect(visibleRange(32_000, 640, 32, 5000)).toEqual({ start: 980, end: 1040 });
    expect(visibleRange(1e9, 640, 32, 5000)).toEqual({ start: 5000, end: 5000 });
    expect(visibleRange(NaN, NaN, 0, 10)).toEqual({ start: 0, end: 10 });
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/urlState.ts';
import { TrendsView } from '../../src/views/trends/TrendsView.tsx';
import { UnitChooser } from '../../src/views/trends/UnitChooser.tsx';
import { makeDataset, uid } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const names = [
  'Ba Bể',
  'Bạch Thông',
  'Chợ Đồn',
  'Chợ Mới',
  'Na Rì',
  'Ngân Sơn',
  'Pác Nặm',
  'Thành phố Bắc Kạn',
];
const rows = [2018, 2019, 2020].flatMap((year) =>
  names.map((unit, i) => ({
    unit,
    year,
    total: unit === 'Pác Nặm' && year !== 2019 ? null : 60 + ((i * 7 + year) % 9),
  })),
);
const ds: Dataset = makeDataset(rows.filter((r) => !(r.unit === 'Pác Nặm' && r.total === null)));

function Harness({ initial, log }: { initial: Partial<ViewState>; log?: Partial<ViewState>[] }) {
  const [view, setView] = useState<ViewState>({
    ...DEFAULT_VIEW_STATE,
    view: 'trends',
    group: 'districts',
    year: 2019,
    ...initial,
  });
  const lang = view.lang;
  return (
    <TrendsView
      dataset={ds}
      view={resolvedView(ds, view)}
      lang={lang}
      t={translator(lang)}
      onSelect={(patch) => {
        log?.push(patch);
        setView((v) => ({ ...v, ...patch }));
      }}
    />
  );
}

const chooser = () => screen.getByRole('group', { name: /Đơn vị theo dõi/ });
const checked = () =>
  within(chooser())
    .getAllByRole('checkbox')
    .filter((c) => (c as HTMLInputElement).checked)
    .map((c) => c.closest('label')?.textContent?.trim());

describe('Trends controls', () => {
  it('starts with the top 3 of the year chosen when the URL names no units', () => {
    render(<Harness initial={{}} />);
    expect(checked()).toHaveLength(3);
    expect(screen.getByText('Đã chọn 3/5')).toBeTruthy();
  });

  it('starts with the selected unit when there is one', () => {
    render(<Harness initial={{ unit: uid('Na Rì') }} />);
    expect(checked()).toEqual(['Na Rì']);
  });

  it('writes the chosen units to the URL state and disables the other boxes at 5', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness initial={{ units: [uid('Ba Bể'), uid('Na Rì')] }} log={log} />);
    expect(checked()).toEqual(['Ba Bể', 'Na Rì']);
    await user.click(screen.getByRole('checkbox', { name: 'Chợ Mới' }));
    expect(log.at(-1)).toEqual({ units: [uid('Ba Bể'), uid('Na Rì'), uid('Chợ Mới')] });
    await user.click(screen.getByRole('checkbox', { name: 'Chợ Đồn' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ngân Sơn' }));
    expect(screen.getByText('Đã chọn 5/5')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Pác Nặm' }) as HTMLInputElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('checkbox', { name: 'Ba Bể' }) as HTMLInputElement).disabled).toBe(
      false,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Ba Bể' }));
    expect((screen.getByRole('checkbox', { name: 'Pác Nặm' }) as HTMLInputElement).disabled).toBe(
      false,
    );
  });

  it('keeps at least one unit chosen and goes back to the default', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness initial={{ units: [uid('Ba Bể')] }} log={log} />);
    expect((screen.getByRole('checkbox', { name: 'Ba Bể' }) as HTMLInputElement).disabled).toBe(
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Về mặc định' }));
    expect(log.at(-1)).toEqual({ units: [] });
    expect(checked()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Về mặc định' })).toBeNull();
  });

  it('says when a unit has data in one year only, and shows "—" (never 0) for the missing years', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ units: [uid('Pác Nặm')] }} />);
    expect(screen.getByText(/Pác Nặm: chỉ có số liệu năm 2019/)).toBeTruthy();
    const frame = screen.getAllByRole('figure')[0] as HTMLElement;
    await user.click(within(frame).getByRole('button', { name: 'Xem dạng bảng' }));
    const table = within(frame).getByRole('table');
    const row2018 = within(table)
      .getByRole('rowheader', { name: '2018' })
      .closest('tr') as HTMLElement;
    expect(within(row2018).getByText('—')).toBeTruthy();
    expect(row2018.textContent).not.toMatch(/\b0,00\b/);
  });

  it('compares year with y2 through a labelled select', async () => {
    const user = userEvent.setup();
    const log: Partial<ViewState>[] = [];
    render(<Harness initial={{ units: [uid('Na Rì')] }} log={log} />);
    const select = screen.getByLabelText('Mốc so sánh') as HTMLSelectElement;
    expect(select.value).toBe('2018');
    await user.selectOptions(select, '2020');
    expect(log.at(-1)).toEqual({ y2: 2020 });
    expect(screen.getByRole('heading', { name: /thay đổi điểm từ 2019 đến 2020/ })).toBeTruthy();
  });

  it('is complete in English', () => {
    render(<Harness initial={{ lang: 'en', units: [uid('Na Rì')] }} />);
    expect(screen.getByRole('group', { name: 'Units to follow (up to 5)' })).toBeTruthy();
    expect(screen.getByLabelText('Compare with')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Show as table' }).length).toBeGreaterThan(0);
  });
});

describe('UnitChooser', () => {
  it('filters the list ignoring case and diacritics, keeping chosen units visible', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 12 }, (_, i) => ({
      id: `u${i}`,
      name: i === 3 ? 'Bạch Thông' : `Đơn vị ${i}`,
    }));
    render(
      <UnitChooser
        units={many}
        chosen={['u0']}
        max={5}
        t={translator('vi')}
        onChange={() => undefined}
      />,
    );
    await user.type(screen.getByLabelText('Lọc danh sách đơn vị'), 'bach thong');
    const labels = screen
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')?.textContent?.trim());
    expect(labels).toEqual(['Đơn vị 0', 'Bạch Thông']);
  });
});

describe('Trends edge cases', () => {
  it('says there is nothing to compare in a group with one year, and shows the single points', () => {
    const one = makeDataset([
      { unit: 'A', year: 2019, total: 60 },
      { unit: 'B', year: 2019, total: 70 },
    ]);
    render(
      <TrendsView
        dataset={one}
        view={resolvedView(one, {
          ...DEFAULT_VIEW_STATE,
          view: 'trends',
          group: 'districts',
          year: 2019,
        })}
        lang="vi"
        t={translator('vi')}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByRole('note').textContent).toBe(
      'Khối này chỉ có số liệu một năm; chưa thể so sánh giữa các năm.',
    );
    expect(screen.queryByLabelText('Mốc so sánh')).toBeNull();
    expect(screen.getByText(/B: chỉ có số liệu năm 2019 \(70,00 điểm, hạng 1\/2\)/)).toBeTruthy();
  });

  it('shows a flat slope and no movers when both years are the same', () => {
    render(<Harness initial={{ units: [uid('Na Rì')], y2: 2019 }} />);
    expect(screen.getByText(/Hai năm giống nhau \(2019\)/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Tăng, giảm điểm/ })).toBeNull();
  });
});

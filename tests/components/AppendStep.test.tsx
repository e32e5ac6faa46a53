import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, DatasetId } from '../../src/domain/types.ts';
import { translator, type Lang } from '../../src/i18n/i18n.ts';
import { AppendStep } from '../../src/views/import/AppendStep.tsx';
import { makeDataset, uid, type RowSpec } from '../fixtures/builders.ts';

const D = 'departments';
const baseRows: RowSpec[] = [2019, 2020].flatMap((year) => [
  { unit: 'Ba Bể', year, total: 60 + year - 2019, subs: { a: 6, b: 5 } },
  { unit: 'Chợ Đồn', year, total: 64, subs: { a: 7, b: 6 } },
  { unit: 'Sở Tư pháp', group: D, year, total: 58, subs: { a: 5, b: 5 } },
  { unit: 'Sở Tài nguyên và Môi trường', group: D, year, total: 66, subs: { a: 6, b: 7 } },
  {
    unit: 'Sở Nông nghiệp và Phát triển nông thôn',
    group: D,
    year,
    total: 60,
    subs: { a: 6, b: 6 },
  },
]);
const mine = makeDataset(baseRows, {
  id: 'my-dcci' as DatasetId,
  title: { vi: 'DCCI của tôi', en: 'My DCCI' },
});
const bundled = makeDataset(baseRows, {
  id: 'bac-kan-dcci' as DatasetId,
  title: { vi: 'DCCI Bắc Kạn', en: 'Bắc Kạn DCCI' },
  illustrative: true,
});
const year2021: RowSpec[] = [
  { unit: 'UBND huyện Ba Bể', year: 2021, total: 62, subs: { a: 6.5, b: 5.5 } },
  { unit: 'Chợ Đồn', year: 2021, total: 65, subs: { a: 7.1, b: 6.2 } },
  { unit: 'Sở Tư pháp', group: D, year: 2021, total: 59, subs: { a: 5.1, b: 5.2 } },
  {
    unit: 'Sở Nông nghiệp và Môi trường',
    group: D,
    year: 2021,
    total: 67,
    subs: { a: 6.6, b: 7.1 },
  },
];
const incoming = makeDataset(year2021, {
  id: 'dcci-2021' as DatasetId,
  title: { vi: 'dcci-2021', en: 'dcci-2021' },
});

function setup(opts: { incoming?: Dataset; targets?: Dataset[]; lang?: Lang } = {}) {
  const onConfirm = vi.fn<(merged: Dataset) => void>();
  const onCancel = vi.fn();
  const lang = opts.lang ?? 'vi';
  render(
    <AppendStep
      incoming={opts.incoming ?? incoming}
      targets={opts.targets ?? [mine, bundled]}
      t={translator(lang)}
      lang={lang}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return { user: userEvent.setup(), onConfirm, onCancel };
}

const confirmButton = () => screen.getByRole('button', { name: 'Thêm vào bộ dữ liệu' });
const RENAMED = 'Sở Nông nghiệp và Môi trường';

describe('AppendStep', () => {
  it('starts with no target chosen and the confirm button disabled; cancel calls onCancel', async () => {
    const { user, onCancel } = setup();
    const target = screen.getByLabelText('Bộ dữ liệu đích');
    expect(target).toHaveProperty('value', '');
    expect(
      within(target)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— Chọn bộ dữ liệu —', 'DCCI của tôi', 'DCCI Bắc Kạn']);
    expect(screen.queryByRole('table')).toBeNull();
    expect(confirmButton()).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows each incoming unit with its match once a target is chosen; a suggestion blocks confirm until confirmed', async () => {
    const { user, onConfirm } = setup();
    await user.selectOptions(screen.getByLabelText('Bộ dữ liệu đích'), 'my-dcci');

    const units = screen.getByRole('table', { name: 'Đơn vị' });
    const row = (name: string) => within(units).getByRole('rowheader', { name }).closest('tr')!;
    expect(
      within(row('UBND huyện Ba Bể')).getByText('✓ Trùng khi bỏ tiền tố hoặc «và»'),
    ).toBeTruthy();
    expect(within(row('Chợ Đồn')).getByText('✓ Trùng tên')).toBeTruthy();
    expect(within(row(RENAMED)).getByText('? Gợi ý — cần xác nhận')).toBeTruthy();
    expect(within(row('UBND huyện Ba Bể')).queryByRole('checkbox')).toBeNull();

    const select = screen.getByRole('combobox', { name: `Ghép «${RENAMED}» với` });
    // Defaults to the best suggestion, which is shown with its similarity.
    expect(select).toHaveProperty('value', uid('Sở Tài nguyên và Môi trường', D));
    expect((select as HTMLSelectElement).selectedOptions[0]?.textContent).toMatch(
      /^Sở Tài nguyên và Môi trường \(giống \d+%\)$/,
    );
    expect(screen.getByRole('status').textContent).toBe('Còn 1 gợi ý chưa xác nhận.');
    expect(confirmButton()).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('checkbox', { name: `Xác nhận ghép «${RENAMED}»` }));
    expect(screen.getByRole('status').textContent).toBe(
      'Sẽ thêm 4 dòng số liệu (năm 2021), 0 đơn vị mới, 0 chỉ số thành phần mới.',
    );
    expect(confirmButton()).toHaveProperty('disabled', false);
    await user.click(confirmButton());

    expect(onConfirm).toHaveBeenCalledTimes(1);
    const merged = onConfirm.mock.calls[0]![0];
    expect(merged.id).toBe('my-dcci');
    expect(merged.title).toEqual(mine.title);
    expect(merged.years).toEqual([2019, 2020, 2021]);
    expect(merged.units).toEqual(mine.units);
    expect(
      merged.observations.filter((o) => o.year === 2021).map((o) => [o.unitId, o.total]),
    ).toEqual([
      [uid('Ba Bể'), 62],
      [uid('Chợ Đồn'), 65],
      [uid('Sở Tư pháp', D), 59],
      [uid('Sở Tài nguyên và Môi trường', D), 67],
    ]);
  });

  it('adds the unit as new when "Đơn vị mới" is chosen, without a confirmation', async () => {
    const { user, onConfirm } = setup();
    await user.selectOptions(screen.getByLabelText('Bộ dữ liệu đích'), 'my-dcci');
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Ghép «${RENAMED}» với` }),
      'Đơn vị mới',
    );
    expect(screen.getByRole('checkbox', { name: `Xác nhận ghép «${RENAMED}»` })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(confirmButton());
    const merged = onConfirm.mock.calls[0]![0];
    expect(merged.units.map((u) => u.name)).toContain(RENAMED);
    expect(merged.units).toHaveLength(mine.units.length + 1);
  });

  it('asks again for a confirmation when the confirmed choice is changed, and works from the keyboard', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText('Bộ dữ liệu đích'), 'my-dcci');
    const box = screen.getByRole('checkbox', { name: `Xác nhận ghép «${RENAMED}»` });
    box.focus();
    await user.keyboard(' ');
    expect(box).toHaveProperty('checked', true);
    expect(confirmButton()).toHaveProperty('disabled', false);
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Ghép «${RENAMED}» với` }),
      uid('Sở Nông nghiệp và Phát triển nông thôn', D),
    );
    expect(screen.getByRole('checkbox', { name: `Xác nhận ghép «${RENAMED}»` })).toHaveProperty(
      'checked',
      false,
    );
    expect(confirmButton()).toHaveProperty('disabled', true);
  });

  it('lists every conflicting unit-year and keeps confirm disabled', async () => {
    const clash = makeDataset([
      { unit: 'Ba Bể', year: 2020, total: 70, subs: { a: 6, b: 5 } },
      { unit: 'Chợ Đồn', year: 2020, total: 64, subs: { a: 7, b: 6.5 } },
      { unit: 'Sở Tư pháp', group: D, year: 2020, total: 58, subs: { a: 5, b: 5 } },
    ]);
    const { user } = setup({ incoming: clash });
    await user.selectOptions(screen.getByLabelText('Bộ dữ liệu đích'), 'my-dcci');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Không thể ghép (2 vấn đề):')).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '«Ba Bể», năm 2020: bộ dữ liệu đã có số liệu khác — Điểm tổng hợp: 61,00 (đã có) → 70,00 (trong tệp)',
      '«Chợ Đồn», năm 2020: bộ dữ liệu đã có số liệu khác — b: 6,00 (đã có) → 6,50 (trong tệp)',
    ]);
    expect(confirmButton()).toHaveProperty('disabled', true);
  });

  it('saves an append to a bundled dataset as a new, extended copy', async () => {
    const { user, onConfirm } = setup();
    await user.selectOptions(screen.getByLabelText('Bộ dữ liệu đích'), 'bac-kan-dcci');
    expect(screen.getByText(/bộ dữ liệu gốc không thay đổi/)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: `Xác nhận ghép «${RENAMED}»` }));
    await user.click(confirmButton());
    const merged = onConfirm.mock.calls[0]![0];
    expect(merged.id).toMatch(/^bac-kan-dcci-them-[0-9a-z]+$/);
    expect(merged.title.vi).toBe('DCCI Bắc Kạn (bản mở rộng)');
    expect(merged.illustrative).toBe(true);
    expect(bundled.years).toEqual([2019, 2020]);
  });

  it('resets the decisions when another target is chosen', async () => {
    const { user } = setup();
    const target = screen.getByLabelText('Bộ dữ liệu đích');
    await user.selectOptions(target, 'my-dcci');
    await user.click(screen.getByRole('checkbox', { name: `Xác nhận ghép «${RENAMED}»` }));
    await user.selectOptions(target, 'bac-kan-dcci');
    expect(screen.getByRole('checkbox', { name: `Xác nhận ghép «${RENAMED}»` })).toHaveProperty(
      'checked',
      false,
    );
    expect(confirmButton()).toHaveProperty('disabled', true);
  });

  it('renders names from the file as text only', async () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { user } = setup({
      incoming: makeDataset([{ unit: evil, year: 2021, total: 50 }]),
    });
    await user.selectOptions(screen.getByLabelText('Bộ dữ liệu đích'), 'my-dcci');
    expect(screen.getByRole('rowheader', { name: evil })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('speaks English', async () => {
    const { user } = setup({ lang: 'en' });
    await user.selectOptions(screen.getByLabelText('Dataset to add to'), 'my-dcci');
    expect(screen.getByRole('table', { name: 'Units' })).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: `Confirm the match for “${RENAMED}”` }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add to the dataset' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});

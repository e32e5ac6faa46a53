import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/i18n.ts';
import { LIST_LIMIT, UnitChooser } from '../../src/views/trends/UnitChooser.tsx';

const units = Array.from({ length: 1000 }, (_, i) => ({
  id: `u${i + 1}`,
  name: `Đơn vị ${String(i + 1).padStart(4, '0')}`,
}));

describe('unit lists with thousands of units', () => {
  it('lists the chosen units and the first LIST_LIMIT others, and the filter finds the rest', async () => {
    const user = userEvent.setup();
    render(
      <UnitChooser
        units={units}
        chosen={['u900']}
        max={5}
        t={translator('vi')}
        onChange={() => undefined}
      />,
    );
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(LIST_LIMIT);
    expect(screen.getByRole('checkbox', { name: /Đơn vị 0900/ })).toBeTruthy();
    expect(screen.getByText(/Còn 800 đơn vị khác/)).toBeTruthy();
    await user.type(screen.getByRole('searchbox'), 'don vi 0777');
    expect(
      screen.getAllByRole('checkbox').map((b) => b.closest('label')?.textContent?.trim()),
    ).toEqual(['Đơn vị 0777', 'Đơn vị 0900']);
  });
});

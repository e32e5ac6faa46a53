import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from '../../src/ui/Dialog.tsx';

/** A page with an opener; `keepMounted` toggles `open` (about, my data), else it unmounts (export). */
function Page({ keepMounted = false }: { readonly keepMounted?: boolean }) {
  const [open, setOpen] = useState(false);
  const dialog = (
    <Dialog
      open={open}
      onClose={() => setOpen(false)}
      title="Dữ liệu của tôi"
      className="about"
      closeLabel="Đóng"
    >
      <label>
        Tên
        <input />
      </label>
      <button type="button">Lưu</button>
    </Dialog>
  );
  return (
    <>
      <button type="button">Trước</button>
      <button type="button" onClick={() => setOpen(true)}>
        Mở
      </button>
      {keepMounted || open ? dialog : null}
    </>
  );
}

async function openIt(keepMounted = false) {
  const user = userEvent.setup();
  render(<Page keepMounted={keepMounted} />);
  const opener = screen.getByRole('button', { name: 'Mở' });
  await user.click(opener);
  return { user, opener, dialog: screen.getByRole('dialog') };
}

describe('Dialog', () => {
  it('is named by its heading and takes focus when it opens', async () => {
    const { dialog } = await openIt();
    expect(screen.getByRole('dialog', { name: 'Dữ liệu của tôi' })).toBe(dialog);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it.each([false, true])(
    'closes on Escape and gives focus back (kept mounted: %s)',
    async (kept) => {
      const { user, opener } = await openIt(kept);
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(opener);
    },
  );

  it.each([false, true])('gives focus back after its close button (kept: %s)', async (kept) => {
    const { user, opener } = await openIt(kept);
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('keeps focus inside with Tab and Shift+Tab', async () => {
    const { user, dialog } = await openIt();
    const close = screen.getByRole('button', { name: 'Đóng' });
    const save = screen.getByRole('button', { name: 'Lưu' });
    expect(document.activeElement).toBe(close);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Tên'));
    await user.tab();
    expect(document.activeElement).toBe(save);
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(save);
    for (let i = 0; i < 7; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });
});

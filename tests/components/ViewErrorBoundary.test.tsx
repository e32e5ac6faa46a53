import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n/i18n.ts';
import { ViewErrorBoundary } from '../../src/ui/ViewErrorBoundary.tsx';

function Boom({ when }: { when: boolean }) {
  if (when) throw new Error('boom');
  return <p>chart</p>;
}

// The messages are loaded by the setup's beforeAll: translate at render time.
const props = () => {
  const t = translator('en');
  return { message: t('app.viewFailed'), backLabel: t('app.viewFailedBack') };
};

describe('ViewErrorBoundary', () => {
  it('shows the message and a way back instead of a view that throws', () => {
    const onBack = vi.fn();
    // React reports the caught error on the console; that is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ViewErrorBoundary resetKey="distribution" onBack={onBack} {...props()}>
        <Boom when />
      </ViewErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This chart could not be shown');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the default view' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    // Same key: still the message. Another view (new key): rendered again.
    rerender(
      <ViewErrorBoundary resetKey="distribution" onBack={onBack} {...props()}>
        <Boom when={false} />
      </ViewErrorBoundary>,
    );
    expect(screen.queryByText('chart')).toBeNull();
    rerender(
      <ViewErrorBoundary resetKey="ranking" onBack={onBack} {...props()}>
        <Boom when={false} />
      </ViewErrorBoundary>,
    );
    expect(screen.getByText('chart')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    quiet.mockRestore();
  });
});

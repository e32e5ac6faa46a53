// The registry of screens (src/views/registry.ts): a view's component type never changes once it
// has been drawn (a new type would remount the screen: its state and focus lost), and a screen
// loaded before its first draw is drawn without the lazy wrapper (no loading placeholder).
import { describe, expect, it } from 'vitest';
import { preloadScreen, screenFor } from '../../src/views/registry.ts';

describe('screenFor', () => {
  it('keeps the lazy screen of a view drawn before its chunk loaded, after it has loaded', async () => {
    const first = screenFor('trends');
    expect((first as { $$typeof?: symbol }).$$typeof).toBe(Symbol.for('react.lazy'));
    await preloadScreen('trends');
    expect(screenFor('trends')).toBe(first);
  });

  it('draws a screen loaded before its first draw by its own component', async () => {
    await preloadScreen('weights');
    const screen = screenFor('weights');
    expect((screen as { $$typeof?: symbol }).$$typeof).not.toBe(Symbol.for('react.lazy'));
    expect(screenFor('weights')).toBe(screen);
  });
});

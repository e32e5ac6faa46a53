import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useAppStore } from '../../src/state/store.ts';

const initial = useAppStore.getState();

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  useAppStore.setState(initial, true);
});

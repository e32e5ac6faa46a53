import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadCatalogue } from '../../src/i18n/i18n.ts';
import { useAppStore } from '../../src/state/store.ts';

const initial = useAppStore.getState();

// Messages are loaded on demand in the app; tests use both languages synchronously.
beforeAll(() => Promise.all([loadCatalogue('vi'), loadCatalogue('en')]));

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  useAppStore.setState(initial, true);
});

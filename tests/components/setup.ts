import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadCatalogue } from '../../src/i18n/i18n.ts';
import { useAppStore } from '../../src/state/store.ts';

const initial = useAppStore.getState();

// findBy* waits for a condition, not a fixed time: statistics (resampling in the inline fallback
// of the stats worker) can take over a second on a loaded 2-core machine, past the 1 s default.
configure({ asyncUtilTimeout: 5000 });

// Messages are loaded on demand in the app; tests use both languages synchronously.
beforeAll(() => Promise.all([loadCatalogue('vi'), loadCatalogue('en')]));

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  useAppStore.setState(initial, true);
});

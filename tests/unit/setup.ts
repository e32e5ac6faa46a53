import { beforeAll } from 'vitest';
import { loadCatalogue } from '../../src/i18n/i18n.ts';

// Messages are loaded on demand in the app; tests use both languages synchronously.
beforeAll(() => Promise.all([loadCatalogue('vi'), loadCatalogue('en')]));

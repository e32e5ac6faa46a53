import { beforeAll } from 'vitest';
import { loadCatalogue } from '../../src/i18n/i18n.ts';

// English messages are loaded on demand in the app; tests use both languages synchronously.
beforeAll(() => loadCatalogue('en'));

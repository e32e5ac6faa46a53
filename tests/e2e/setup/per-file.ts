// Runs in every browser-test file: after each test, closes any context the test left open, so
// one failing test cannot leak pages into the next; after the file, closes its Chromium.
import { afterAll, afterEach } from 'vitest';
import { closeAll, closeBrowser } from './browser.ts';

afterEach(closeAll);
afterAll(closeBrowser);

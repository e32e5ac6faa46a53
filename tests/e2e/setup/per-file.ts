// Runs in every browser-test file: closes any browser a test left open, so one failing test
// cannot leak Chromium processes into the next file.
import { afterAll } from 'vitest';
import { closeAll } from './browser.ts';

afterAll(closeAll);

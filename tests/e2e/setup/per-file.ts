// Runs in every browser-test file: after each test, closes any context the test opened and left
// open, so one failing test cannot leak pages into the next (a page a file's beforeAll opened is
// kept for the file's other tests); after the file, closes its Chromium.
import { afterAll, afterEach, beforeEach } from 'vitest';
import { closeBrowser, closeTestContexts, markTestStart } from './browser.ts';

beforeEach(markTestStart);
afterEach(closeTestContexts);
afterAll(closeBrowser);

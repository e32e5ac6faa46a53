import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Debian's Chromium against the production build (dist/),
// served by `vite preview` on 127.0.0.1 only (see tests/e2e/setup/global-setup.ts).
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/setup/global-setup.ts'],
    setupFiles: ['tests/e2e/setup/per-file.ts'],
    // One Chromium at a time: the machine has 2 cores and a headless Chromium uses both.
    fileParallelism: false,
    pool: 'forks',
    // Generous: axe-core on a 63-province page takes seconds on a busy 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // `expect.poll` waits for a condition (never a duration): 1 s, its default, was too short for
    // the app's early-input replay at 6× CPU slowdown on a slow 2-core machine (it waits up to 10 s).
    expect: { poll: { timeout: 15_000 } },
  },
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { bundledDatasetsPlugin } from './src/state/bundledDatasets.ts';

export default defineConfig({
  // `data/<id>.csv?dataset` (the catalogue's bundled data) resolves as in the build.
  plugins: [react(), bundledDatasetsPlugin()],
  test: {
    // Property-based tests and the data generator take seconds on a loaded 2-core machine; the
    // default 5 s would make them flaky (speed is measured by `npm run bench`, not by timeouts).
    testTimeout: 10_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});

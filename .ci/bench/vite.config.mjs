// Builds the benchmark baseline page (.ci/bench/bare.html), the stats page and the import page into
// dist-bench/, with the app's build target so that they are minified and split like the app.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 2048, // one un-split chunk is the point of a baseline
    rolldownOptions: {
      input: [
        fileURLToPath(new URL('bare.html', import.meta.url)),
        // The stats page runs the app's own worker code (src/stats) on a synthetic workload.
        fileURLToPath(new URL('stats.html', import.meta.url)),
        // The import pipeline in Chromium (issue 12, point 6), as the import worker's engine runs it.
        fileURLToPath(new URL('importThroughput.html', import.meta.url)),
      ],
    },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', strictPort: true },
});

import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { serviceWorker } from './src/sw/plugin.ts';
import { bundledDatasetsPlugin } from './src/state/bundledDatasets.ts';
import { CSP, hostingHeaders } from './src/hosting/headers.ts';
import { startupChunk } from './src/build/startupChunk.ts';
import { prerender } from './src/build/prerender.ts';

/**
 * The strict Content-Security-Policy of RELIABILITY.md S5 (src/hosting/headers.ts), shipped as a
 * <meta> in the built HTML so that the browser tests run under it. Only in the build: the dev
 * server injects inline scripts. `frame-ancestors` cannot be set by <meta>: `vite preview` (so
 * `npm start` and the browser tests) sends it as a header with the README's hosting headers.
 */
export { CSP };

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  // bundledDatasetsPlugin: `data/<id>.csv?dataset` is the importer's output, made at build time.
  plugins: [
    react(),
    startupChunk('/src/main.tsx'),
    prerender(),
    bundledDatasetsPlugin(),
    cspMeta(),
    serviceWorker(),
    hostingHeaders(),
  ],
  resolve: {
    // Recharts takes every d3 scale (with d3-time and d3-time-format) from this module; ours
    // re-exports the three our axes use (see src/charts/rechartsScales.ts). Those scales take
    // number-only interpolators instead of d3-interpolate's (which bring d3-color; see
    // src/charts/rechartsInterpolate.ts).
    alias: [
      {
        find: 'victory-vendor/d3-scale',
        replacement: fileURLToPath(new URL('./src/charts/rechartsScales.ts', import.meta.url)),
      },
      {
        find: /^d3-interpolate$/,
        replacement: fileURLToPath(new URL('./src/charts/rechartsInterpolate.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    // Inlined assets would become data: URLs for scripts/workers, which the CSP forbids.
    assetsInlineLimit: 0,
    sourcemap: false,
    // Browsers without <link rel=modulepreload> (Safari < 17) still load the chunks, as imports;
    // the polyfill was 0.5 KiB of the initial JS.
    modulePreload: { polyfill: false },
    // Two pages: the dashboard and the chart-only page for iframes (CONTRACTS.md `embed=1`).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
  // Files copied verbatim to dist/ (favicon, robots.txt); kept under src/ so the top level stays fixed.
  publicDir: 'src/static',
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});

import type { Plugin } from 'vite';

/**
 * The HTTP headers a host sends with the built dashboard (README "HTTP headers for hosting"),
 * served by `vite preview` — and so by `npm start` and the browser tests — through `hostingHeaders`.
 * Every page refuses to be framed (`frame-ancestors 'none'`, X-Frame-Options DENY: clickjacking
 * of the import and storage controls), except `embed.html`, the chart-only page meant for
 * iframes, which any site may frame (`frame-ancestors *`, no X-Frame-Options, which has no
 * "any site" value).
 */

/** The policy shipped as a <meta> in the built HTML (RELIABILITY.md S5), without the directives a <meta> cannot carry. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** True for the embed page's paths (`/embed.html`, and `/embed` which the preview server maps to it). */
export function isEmbedPath(pathname: string): boolean {
  return /\/embed(?:\.html)?$/.test(pathname);
}

/** The headers for a response to `pathname` (no query string). */
export function headersFor(pathname: string): Readonly<Record<string, string>> {
  const embed = isEmbedPath(pathname);
  return {
    'Content-Security-Policy': `${CSP}; frame-ancestors ${embed ? '*' : "'none'"}`,
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(pathname.endsWith('/sw.js') ? { 'Cache-Control': 'no-cache' } : {}),
  };
}

/** Vite plugin: the hosting headers on every response of `vite preview`. */
export function hostingHeaders(): Plugin {
  return {
    name: 'hosting-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(headersFor(pathname))) {
          res.setHeader(name, value);
        }
        next();
      });
    },
  };
}

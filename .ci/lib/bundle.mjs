// Measures the JavaScript a browser must download before the first render of a built page:
// the entry <script type="module"> plus every <link rel="modulepreload"> chunk that Vite wrote
// into the HTML, and classic scripts. index.html's boot script (src/build/prerender.ts) starts
// the entry and its preloads itself, after the first paint: it names them in a `// start: {…}`
// line, and they are counted as if they were in the HTML. Lazily imported chunks and worker
// files are not counted. Shared by the size check (.ci/size.mjs) and the benchmark (.ci/bench.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KiB = 1024;
export const LIMIT_BYTES = 230 * KiB; // issue 2, point 6: fail above this
export const GOAL_BYTES = 200 * KiB; // what we aim for

/** Attributes of every `<tag ...>` in html, as plain objects (lower-cased names). */
function tags(html, tag) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    out.push(attrs);
  }
  return out;
}

/** Maps a URL from the HTML ("/assets/x.js", "./assets/x.js") to a file under distDir. */
function toFile(distDir, htmlFile, url) {
  const path = url.split(/[?#]/)[0];
  if (/^[a-z]+:/i.test(path) || path.startsWith('//')) {
    throw new Error(`${htmlFile} loads a script from another origin: ${url}`);
  }
  return path.startsWith('/') ? join(distDir, path) : join(dirname(htmlFile), path);
}

/**
 * Initial JS of one built HTML page.
 * @param {string} distDir the build output folder (e.g. dist)
 * @param {string} [page] the HTML file inside it (default index.html)
 * @returns {{ files: { file: string, kind: string, raw: number, gzip: number }[], raw: number, gzip: number }}
 */
export function initialJs(distDir, page = 'index.html') {
  const htmlFile = join(distDir, page);
  const html = readFileSync(htmlFile, 'utf8');
  const urls = [];
  for (const s of tags(html, 'script')) {
    if (s.src && s.type === 'module') urls.push(['entry', s.src]);
    else if (s.src) {
      urls.push(['script', s.src]);
      const source = readFileSync(toFile(distDir, htmlFile, s.src), 'utf8');
      const start = /^\/\/ start: (\{.*\})$/m.exec(source);
      if (start) {
        const { entry, modules } = JSON.parse(start[1]);
        urls.push(['entry', `/${entry}`], ...modules.map((m) => ['preload', `/${m}`]));
      }
    }
  }
  for (const l of tags(html, 'link')) {
    if ((l.rel ?? '').split(/\s+/).includes('modulepreload') && l.href)
      urls.push(['preload', l.href]);
  }
  if (!urls.some(([kind]) => kind === 'entry')) {
    throw new Error(`${htmlFile} has no <script type="module" src>: nothing to measure`);
  }
  const seen = new Set();
  const files = [];
  for (const [kind, url] of urls) {
    const file = toFile(distDir, htmlFile, url);
    if (seen.has(file)) continue;
    seen.add(file);
    const buf = readFileSync(file);
    files.push({ file, kind, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

/** "185.3 KiB" */
export const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

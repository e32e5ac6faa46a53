import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Files of the public directory that are not part of the app (the README's screenshot). */
const NOT_APP = new Set(['screenshot.png']);
/**
 * Fetched on demand only: the survey-response files behind the bootstrap (≈ 0.9 MB) would
 * otherwise be downloaded by every first visit. Offline, the intervals then come from the
 * standard errors, and the ranking says so.
 */
const ON_DEMAND = /^assets\/[^/]*-responses-[^/]*\.csv$/;
export const SW_FILE = 'sw.js';

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * The source of dist/sw.js: the precache list and the cache version in front of src/sw/sw.js.
 * `files` maps each file name (relative to the output directory, `/`-separated) to its bytes.
 */
export function serviceWorkerSource(files: ReadonlyMap<string, string | Uint8Array>): string {
  const names = [...files.keys()]
    .filter((n) => n !== SW_FILE && !NOT_APP.has(n) && !ON_DEMAND.test(n))
    .sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash
      .update(name)
      .update('\0')
      .update(files.get(name) ?? '')
      .update('\0');
  }
  const version = hash.digest('hex').slice(0, 16);
  const body = readFileSync(fileURLToPath(new URL('./sw.js', import.meta.url)), 'utf8');
  return (
    `const PRECACHE = ${JSON.stringify(names)};\n` +
    `const VERSION = ${JSON.stringify(version)};\n` +
    body
  );
}

/**
 * Emits dist/sw.js after everything else is in the bundle (HTML pages included: `enforce: 'post'`
 * runs after Vite's HTML plugin), plus the files Vite copies from the public directory.
 */
export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'dcci-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      if (publicDir) {
        for (const path of listFiles(publicDir)) {
          files.set(relative(publicDir, path).split(sep).join('/'), readFileSync(path));
        }
      }
      for (const [name, item] of Object.entries(bundle)) {
        files.set(name, item.type === 'chunk' ? item.code : item.source);
      }
      this.emitFile({ type: 'asset', fileName: SW_FILE, source: serviceWorkerSource(files) });
    },
  };
}

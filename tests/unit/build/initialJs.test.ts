// The initial-JS measure of the size check and the bench (.ci/lib/bundle.mjs): index.html's boot
// script starts the entry and its preloads itself (src/build/prerender.ts), so they are read from
// its `// start:` line and counted as if they were in the HTML.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootScript } from '../../../src/build/prerender.ts';

const BUNDLE = resolve('.ci/lib/bundle.mjs');
let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function measure(files: Record<string, string>): { kind: string; file: string }[] {
  dist = mkdtempSync(join(tmpdir(), 'initial-js-'));
  mkdirSync(join(dist, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(BUNDLE)});` +
        `console.log(JSON.stringify(m.initialJs(${JSON.stringify(dist)}).files));`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return (JSON.parse(out) as { kind: string; file: string }[]).map((f) => ({
    kind: f.kind,
    file: f.file.slice(dist.length + 1),
  }));
}

describe('initialJs', () => {
  it('counts the entry and preloads the boot script starts', () => {
    const boot = bootScript(
      [],
      { ds: 'a', lang: 'vi', year: '2019', group: 'g' },
      { messages: {}, datasets: {}, views: {}, conference: [] },
      { entry: 'assets/main-1.js', modules: ['assets/startup-1.js', 'assets/client-1.js'] },
    );
    const files = measure({
      'index.html': '<head><script src="/assets/boot-1.js"></script></head><div id="root"></div>',
      'assets/boot-1.js': boot,
      'assets/main-1.js': 'import "./startup-1.js";',
      'assets/startup-1.js': 'export {};',
      'assets/client-1.js': 'export {};',
    });
    expect(files).toEqual([
      { kind: 'script', file: 'assets/boot-1.js' },
      { kind: 'entry', file: 'assets/main-1.js' },
      { kind: 'preload', file: 'assets/startup-1.js' },
      { kind: 'preload', file: 'assets/client-1.js' },
    ]);
  });

  it('still reads a page whose entry is in the HTML (embed.html), and refuses one with none', () => {
    const files = measure({
      'index.html':
        '<script type="module" crossorigin src="/assets/embed-1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/client-1.js">',
      'assets/embed-1.js': 'export {};',
      'assets/client-1.js': 'export {};',
    });
    expect(files.map((f) => f.kind)).toEqual(['entry', 'preload']);
    rmSync(dist, { recursive: true, force: true });
    expect(() => measure({ 'index.html': '<div id="root"></div>' })).toThrow(/nothing to measure/);
  });
});

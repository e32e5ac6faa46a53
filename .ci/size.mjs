// Initial-JS budget check (issue 2, point 6): gzip (level 9) of the entry script plus its
// modulepreload chunks in dist/index.html must stay at or below 230 KiB; the goal is 200 KiB.
// Run after `vite build`. Exit code 1 when over budget or when dist/ is missing.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './ensure.mjs';
import { GOAL_BYTES, LIMIT_BYTES, initialJs, kib } from './lib/bundle.mjs';

const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('size: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
let m;
try {
  m = initialJs(dist);
} catch (err) {
  console.error(`size: ${err.message}`);
  process.exit(1);
}
for (const f of m.files) {
  console.log(
    `  ${kib(f.gzip).padStart(10)} gzip  ${kib(f.raw).padStart(10)} raw  ${f.kind.padEnd(7)} ${relative(ROOT, f.file)}`,
  );
}
const ok = m.gzip <= LIMIT_BYTES;
const goal = m.gzip <= GOAL_BYTES ? 'goal met' : `${kib(m.gzip - GOAL_BYTES)} above the goal`;
console.log(
  `Initial JS: ${kib(m.gzip)} gzip (${m.gzip.toLocaleString('en')} bytes) — limit ${kib(LIMIT_BYTES)}, goal ${kib(GOAL_BYTES)} (${goal})`,
);
if (!ok) {
  console.error(`size: FAILED, ${kib(m.gzip - LIMIT_BYTES)} over the ${kib(LIMIT_BYTES)} limit.`);
  process.exit(1);
}

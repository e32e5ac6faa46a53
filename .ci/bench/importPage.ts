// `npm run bench` import section, Chromium runner: the figures of importMeasure.ts in a page of
// the engine the import worker runs in (no CPU clock there), left on `globalThis.__importBench`.
import { measureImports } from './importMeasure.ts';

const status = document.getElementById('status');
measureImports().then(
  (figures) => {
    (globalThis as { __importBench?: unknown }).__importBench = figures;
    if (status) status.textContent = 'done';
  },
  (err: unknown) => {
    (globalThis as { __importBench?: unknown }).__importBench = { error: String(err) };
  },
);

// `npm run validate -- <file> [...]`: makes sure node_modules exists (ensure.mjs prints only to
// stderr, so --json output stays alone on stdout), then runs the TypeScript validator with tsx.
// <file> is resolved by the validator against INIT_CWD (the directory npm was invoked from).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureNodeModules, ROOT } from './ensure.mjs';

try {
  ensureNodeModules();
} catch (err) {
  // Exit 1 means "file refused"; a setup failure is 2 like any unusable invocation.
  process.stderr.write(`validate: could not install npm packages: ${err.message}\n`);
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  [
    join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    join(ROOT, 'src', 'cli', 'validate.ts'),
    ...process.argv.slice(2),
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd() },
  },
);
if (result.error) {
  process.stderr.write(`validate: could not start tsx: ${result.error.message}\n`);
  process.exit(2);
}
process.exit(result.status ?? 2);

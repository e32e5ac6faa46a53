// `npm test`: every check the project has, in one run, ending with the plain line CI reads:
// `N passed, N failed` (plus `, N skipped` when any). Each non-Vitest step counts as one test;
// Vitest tests count one by one (read from its JSON report). Keeps going after a failure where
// the later steps still mean something; exits non-zero on any failure.
// Uses only Node built-ins at the top: node_modules may not exist yet.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, ensureBrowser, ensureLibreOffice, ensureNodeModules } from './ensure.mjs';

const STEP_TIMEOUT_MS = 15 * 60 * 1000; // a hung step must not hang CI forever
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'dcci-test-'));
const results = []; // { name, passed, failed, skipped, ms, note }
let current = null; // the running child, killed with its group if we are interrupted

// Children run in their own process groups (see run()), so a Ctrl-C at the terminal reaches
// only us: pass it on (and wait), or the browser and preview server would outlive the run.
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    const done = () => {
      rmSync(tmp, { recursive: true, force: true });
      process.exit(130);
    };
    if (!current) return done();
    current.once('exit', done);
    stop(current);
  });
}

/** Asks a child's whole group to stop (SIGINT, as a terminal would), then forces it after 5 s. */
function stop(child) {
  const kill = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  };
  kill('SIGINT');
  setTimeout(() => kill('SIGKILL'), 5000).unref();
}

const banner = (title) =>
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);

/** Runs a command with output streamed to ours; resolves with its exit code (never rejects). */
function run(cmd, args) {
  return new Promise((resolve) => {
    // Own process group, so a timeout can stop the command and everything it started.
    // Output is inherited: the tools see our terminal (or pipe) and pick colours themselves.
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    current = child;
    const timer = setTimeout(() => {
      console.error(`\n[test] ${cmd} timed out after ${STEP_TIMEOUT_MS / 60000} min; stopping it.`);
      stop(child);
    }, STEP_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      console.error(`[test] could not start ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/** A step that counts as one test. */
async function step(name, cmd, args) {
  banner(name);
  const t0 = Date.now();
  const code = await run(cmd, args);
  const ok = code === 0;
  results.push({
    name,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    ms: Date.now() - t0,
    note: ok ? '' : `exit code ${code}`,
  });
  return ok;
}

/** A step that was not run; counted as failed (a check that did not happen did not pass). */
function notRun(name, why) {
  banner(name);
  console.log(`FAILED (not run): ${why}`);
  results.push({ name, passed: 0, failed: 1, skipped: 0, ms: 0, note: why });
}

/**
 * A Vitest run: the default reporter streams to the console and the JSON reporter writes a file
 * from which each test is counted. Errors Vitest reports outside any test (a file that fails to
 * import, an unhandled rejection, a failing globalSetup) are counted as one failure each, so a
 * broken run can never look green.
 */
async function vitest(name, args) {
  banner(name);
  const out = join(tmp, `${name.replace(/\W+/g, '-')}.json`);
  const t0 = Date.now();
  const code = await run(bin('vitest'), [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const r = { name, passed: 0, failed: 0, skipped: 0, ms: Date.now() - t0, note: '' };
  let report = null;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    /* no report: Vitest failed before or while running */
  }
  const notes = [];
  if (report) {
    for (const file of report.testResults ?? []) {
      const tests = file.assertionResults ?? [];
      for (const t of tests) {
        if (t.status === 'passed') r.passed++;
        else if (t.status === 'failed') r.failed++;
        else r.skipped++; // skipped, pending, todo
      }
      if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
        r.failed++;
        notes.push(`${relative(ROOT, file.name)} failed outside its tests`);
      }
    }
  }
  if (code !== 0 && r.failed === 0) {
    r.failed++;
    notes.push(
      report ? `vitest exited with code ${code}` : `vitest exited with code ${code}, no report`,
    );
  }
  if (report && r.passed + r.failed + r.skipped === 0) notes.push('no tests found');
  r.note = notes.join('; ');
  results.push(r);
  return r.failed === 0;
}

const clip = (s, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function summary() {
  banner('Summary');
  const rows = results.map((r) => [
    r.name,
    String(r.passed),
    String(r.failed),
    String(r.skipped),
    r.ms ? `${(r.ms / 1000).toFixed(1)} s` : '—',
    clip(r.failed ? `FAIL ${r.note}`.trim() : r.note ? `ok (${r.note})` : 'ok'),
  ]);
  const head = ['step', 'passed', 'failed', 'skipped', 'time', 'result'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i >= 1 && i <= 4 ? c.padStart(w[i]) : i === 5 ? c : c.padEnd(w[i])))
      .join('  ');
  console.log(line(head));
  console.log(w.map((n) => '─'.repeat(n)).join('  '));
  for (const row of rows) console.log(line(row));
  const sum = (k) => results.reduce((s, r) => s + r[k], 0);
  const passed = sum('passed');
  const failed = sum('failed');
  const skipped = sum('skipped');
  console.log('');
  // The very last line of output; CI reads it.
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed;
}

async function main() {
  try {
    ensureNodeModules();
  } catch (err) {
    notRun('install (npm ci)', `npm ci failed: ${err.message.split('\n')[0]}`);
    return summary();
  }
  // Before the long steps, so a missing browser is reported early; the browser tests count it.
  let browserProblem;
  try {
    browserProblem = ensureBrowser();
  } catch (err) {
    browserProblem = `could not prepare the browser: ${err.message}`;
  }
  if (browserProblem) console.error(`[test] ${browserProblem}`);
  // LibreOffice for the Word-report conversion test (skipped, and said here, when missing).
  let officeProblem;
  try {
    officeProblem = ensureLibreOffice();
  } catch (err) {
    officeProblem = `could not prepare LibreOffice: ${err.message}`;
  }
  if (officeProblem) console.error(`[test] ${officeProblem}`);

  await step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  await step('lint', bin('eslint'), ['.']);
  await step('format', bin('prettier'), ['--check', '.']);
  // No test files yet is not a failure of the runner; the table says "no tests found".
  await vitest('unit + components', [
    '--project',
    'unit',
    '--project',
    'components',
    '--passWithNoTests',
  ]);
  const built = await step('build', bin('vite'), ['build']);
  if (built) await step('size (initial JS)', process.execPath, [join(ROOT, '.ci', 'size.mjs')]);
  else notRun('size (initial JS)', 'build failed');
  if (!built) notRun('browser tests', 'build failed');
  else if (browserProblem) notRun('browser tests', browserProblem);
  else await vitest('browser tests', ['--config', 'vitest.e2e.config.ts']);
  return summary();
}

const failed = await main();
rmSync(tmp, { recursive: true, force: true });
process.exitCode = failed > 0 || results.length === 0 ? 1 : 0;

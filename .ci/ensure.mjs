// Installs what the project needs when it is missing, so that `npm start`, `npm test` and
// `npm run validate` work on a fresh clone. Uses only Node built-ins (node_modules may be absent).
// Everything it prints goes to stderr: the validator's --json output must stay alone on stdout.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = '/usr/bin/chromium';
const log = (msg) => process.stderr.write(`[setup] ${msg}\n`);

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing npm packages (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
}

function debPackageInstalled(name) {
  try {
    const out = execFileSync('dpkg-query', ['-W', '-f=${Status}', name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.includes('install ok installed');
  } catch {
    return false;
  }
}

/**
 * Makes sure Debian's Chromium and Noto fonts are present for the browser tests. Installs them
 * with apt-get when running as root; otherwise returns a message naming the packages.
 * @returns {string | null} null when ready, else what is missing and how to install it.
 */
export function ensureBrowser() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!debPackageInstalled('fonts-noto-core')) missing.push('fonts-noto-core');
  if (missing.length === 0) return null;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    return `Browser tests need Debian packages: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`;
  }
  log(`installing Debian packages: ${missing.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', process.stderr, process.stderr], env };
  try {
    execFileSync('apt-get', ['update', '-qq'], opts);
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], opts);
  } catch (err) {
    return `Could not install ${missing.join(', ')} with apt-get: ${err.message}`;
  }
  return existsSync(CHROMIUM) ? null : `apt-get finished but ${CHROMIUM} is still missing`;
}

export const SOFFICE = '/usr/bin/soffice';

/**
 * LibreOffice Writer (headless) and the Liberation fonts (metric-compatible with Times New
 * Roman) for the Word-report check (tests/unit/report/libreoffice.test.ts: docx → PDF, page
 * count). Installed with apt-get when root, like the browser; measured here at ≈ 10 s with a warm
 * package cache (88 MB of archives) and ≈ 3.5 s per conversion. Without it that test is skipped.
 * @returns {string | null} null when ready, else what is missing and how to install it.
 */
export function ensureLibreOffice() {
  const missing = [];
  if (!existsSync(SOFFICE)) missing.push('libreoffice-writer-nogui');
  if (!debPackageInstalled('fonts-liberation2')) missing.push('fonts-liberation2');
  if (missing.length === 0) return null;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    return `The Word-report check needs Debian packages: ${missing.join(', ')}. Install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  }
  log(`installing Debian packages: ${missing.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', process.stderr, process.stderr], env };
  try {
    execFileSync('apt-get', ['update', '-qq'], opts);
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], opts);
  } catch (err) {
    return `Could not install ${missing.join(', ')} with apt-get: ${err.message}`;
  }
  return existsSync(SOFFICE) ? null : `apt-get finished but ${SOFFICE} is still missing`;
}

/**
 * The validator command line (CONTRACTS.md): the same pipeline as the browser, run on one file.
 *   npm run --silent validate -- <file> [--json] [--lang vi|en] [--group NAME] [--year YYYY] [--sheet NAME]
 *     [--unit NAME] [--map "B=score;Xếp loại=tier"] [--map-file mapping.json] [--index NAME] [--scale N]
 * Exit 0 importable, 1 refused, 2 usage error or unreadable file. With --json, stdout holds
 * exactly one JSON object. A sidecar `<file minus extension>.meta.json` is used when present
 * (for a response-level `<id>-responses.csv`, also `<id>.meta.json`).
 *
 * The import itself runs in a child process (importChild.ts) with a time budget of 60 s
 * (`DCCI_VALIDATE_TIMEOUT_MS` overrides it): when the budget runs out the child is killed and the
 * answer is a TIMEOUT refusal (exit 1); when the child dies (out of memory, a fatal V8 error) the
 * answer is an INTERNAL_ERROR refusal (exit 1). Either way stdout gets its one report.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { Lang } from '../domain/types.ts';
import { issueMessage } from '../i18n/issueMessages.ts';
import { importAnyBytes, refusedOutcome } from '../import/importDataset.ts';
import type { ChildReply, ChildRequest } from './importChild.ts';
import type { ImportOptions, ImportReport } from '../import/model.ts';
import { isScaleMax, typedIndexName } from '../import/indexScale.ts';
import { parseMapArgument, parseMapFile } from '../import/mapping.ts';
import type { ColumnMapping } from '../import/mapping.ts';
import { tryParseMeta } from '../import/metaJson.ts';
import { reportToJson } from '../import/reportJson.ts';
import { sizeIssue } from '../import/sniff.ts';

interface Args {
  readonly file: string;
  readonly json: boolean;
  readonly lang: Lang;
  readonly group?: string;
  readonly year?: number;
  readonly sheet?: string;
  readonly unit?: string;
  readonly indexName?: string;
  readonly scale?: number;
  readonly mapping?: ColumnMapping;
  /** `--map-file`: read after the arguments, relative to the working directory. */
  readonly mapFile?: string;
}

const USAGE =
  'Usage: npm run --silent validate -- <file> [--json] [--lang vi|en] [--group NAME] [--year YYYY] [--sheet NAME] [--unit NAME] [--map "COLUMN=role;…"] [--map-file mapping.json] [--index NAME] [--scale N]';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
/** What one option adds to the arguments (`--map` adds to what earlier `--map`s gave). */
type OptionParser = (v: string | undefined, sofar: Partial<Args>) => Parsed<Partial<Args>>;

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });
const nonBlank =
  (key: 'group' | 'unit' | 'mapFile', error: string): OptionParser =>
  (v) =>
    v === undefined || v.trim() === '' ? fail(error) : { ok: true, value: { [key]: v } };

/** Each value-taking option: how its value is checked and what it sets. */
const OPTIONS: Readonly<Record<string, OptionParser>> = {
  '--lang': (v) =>
    v === 'vi' || v === 'en'
      ? { ok: true, value: { lang: v } }
      : fail(`--lang must be vi or en (got ${v ?? 'nothing'})`),
  '--group': nonBlank('group', '--group needs a name'),
  '--year': (v) =>
    v !== undefined && /^(19|20)\d\d$/.test(v)
      ? { ok: true, value: { year: Number(v) } }
      : fail(`--year must be a year like 2019 (got ${v ?? 'nothing'})`),
  '--sheet': (v) =>
    v === undefined ? fail('--sheet needs a sheet name') : { ok: true, value: { sheet: v } },
  '--unit': nonBlank('unit', '--unit needs a name'),
  // `--index NAME`: the index the table reports.
  '--index': (v) => {
    const name = typedIndexName(v);
    return name === null
      ? fail('--index needs a name (PAPI, DDCI, …)')
      : { ok: true, value: { indexName: name } };
  },
  // `--scale N`: the maximum of its scale.
  '--scale': (v) => {
    const n = Number(v);
    return v === undefined || !/^\d+(?:\.\d+)?$/.test(v) || !isScaleMax(n)
      ? fail(`--scale must be the scale's maximum, like 10 or 100 (got ${v ?? 'nothing'})`)
      : { ok: true, value: { scale: n } };
  },
  '--map': (v, sofar) => {
    const parsed = parseMapArgument(v ?? '');
    if (!parsed.ok) return fail(`--map: ${parsed.error}`);
    return { ok: true, value: { mapping: [...(sofar.mapping ?? []), ...parsed.value] } };
  },
  '--map-file': nonBlank('mapFile', '--map-file needs a file'),
};

/** `--flag=value` or `--flag value`; the flag, its inline value, if any. */
function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq >= 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function parseArgs(argv: readonly string[]): Parsed<Args> {
  const args: Partial<Mutable<Args>> = { json: false, lang: 'vi' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = splitFlag(arg);
    const option = Object.hasOwn(OPTIONS, flag) ? OPTIONS[flag] : undefined;
    if (option !== undefined) {
      const parsed = option(inline ?? argv[++i], args);
      if (!parsed.ok) return parsed;
      Object.assign(args, parsed.value);
    } else if (flag === '--json') args.json = true;
    else if (flag === '--help' || flag === '-h') return fail('');
    else if (arg.startsWith('--')) return fail(`unknown option ${arg}`);
    else if (args.file !== undefined)
      return fail(`only one file at a time (got ${args.file} and ${arg})`);
    else args.file = arg;
  }
  const { file } = args;
  if (file === undefined) return fail('no file given');
  return { ok: true, value: { ...args, file, json: args.json ?? false, lang: args.lang ?? 'vi' } };
}

const LABELS = {
  vi: {
    file: 'Tệp',
    ok: 'NHẬP ĐƯỢC',
    refused: 'BỊ TỪ CHỐI',
    encoding: 'Bảng mã',
    delimiter: 'Ký tự phân cách',
    decimal: 'Dấu thập phân',
    headerLine: 'Dòng tiêu đề cột',
    units: 'Số đơn vị',
    years: 'Năm',
    groups: 'Khối',
    index: 'Chỉ số',
    scale: 'Thang điểm',
    rows: 'Số dòng',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    notice: 'Thông báo',
    none: 'không có',
    tab: 'tab',
  },
  en: {
    file: 'File',
    ok: 'IMPORTABLE',
    refused: 'REFUSED',
    encoding: 'Encoding',
    delimiter: 'Delimiter',
    decimal: 'Decimal mark',
    headerLine: 'Header line',
    units: 'Units',
    years: 'Years',
    groups: 'Groups',
    index: 'Index',
    scale: 'Scale',
    rows: 'Rows',
    error: 'Errors',
    warning: 'Warnings',
    notice: 'Notices',
    none: 'none',
    tab: 'tab',
  },
} as const;

// C0 and C1 controls (ESC starts terminal escape sequences), DEL, and the bidi overrides and
// isolates that reorder what a terminal shows; tabs and line breaks become spaces.
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r]/g;

/** Text from the file made safe to echo on a terminal (text mode only; JSON escapes them). */
export function printable(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(UNPRINTABLE, '');
}

function humanReport(file: string, report: ImportReport, lang: Lang): string {
  const l = LABELS[lang];
  const delimiter =
    report.delimiter === null ? '—' : report.delimiter === '\t' ? l.tab : `"${report.delimiter}"`;
  const lines = [
    `${l.file}: ${printable(file)}`,
    `${report.ok ? l.ok : l.refused}`,
    `${l.encoding}: ${report.encoding} · ${l.delimiter}: ${delimiter} · ${l.decimal}: "${report.decimal}" · ${l.headerLine}: ${report.headerLine}`,
    `${l.units}: ${report.units} · ${l.rows}: ${report.rows.length} · ${l.years}: ${report.years.join(', ') || l.none} · ${l.groups}: ${report.groups.join(', ') || l.none}`,
  ];
  if (report.index !== undefined || report.scale !== undefined) {
    const scale = report.scale === undefined ? '—' : `${report.scale.min}–${report.scale.max}`;
    lines.push(`${l.index}: ${printable(report.index ?? '—')} · ${l.scale}: ${scale}`);
  }
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const issues = report.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) continue;
    lines.push('', `${l[severity]} (${issues.length}):`);
    for (const issue of issues) {
      lines.push(`  - [${issue.code}] ${printable(issueMessage(issue, lang, 'cli'))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** What running one import gave: its report, or why there is none. */
export type ImportRun =
  | { readonly kind: 'report'; readonly report: ImportReport }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'crashed'; readonly detail: string };

/** Runs one import within `budgetMs`. */
export type ImportRunner = (
  bytes: Uint8Array,
  options: ImportOptions,
  budgetMs: number,
) => Promise<ImportRun>;

/** The validator's time budget for one import, unless `DCCI_VALIDATE_TIMEOUT_MS` says otherwise. */
export const DEFAULT_BUDGET_MS = 60_000;

/** The budget from `DCCI_VALIDATE_TIMEOUT_MS` (a positive number of milliseconds), else 60 s. */
export function budgetFrom(value: string | undefined): number {
  const ms = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(ms) && ms > 0
    ? ms
    : DEFAULT_BUDGET_MS;
}

/**
 * The import in a child process (node with tsx's loader running importChild.ts), killed when the
 * budget runs out. Resolves, never rejects.
 */
export const importInChild: ImportRunner = (bytes, options, budgetMs) =>
  new Promise((resolveRun) => {
    let settled = false;
    let child: ReturnType<typeof spawn> | null = null;
    let stderr = '';
    const finish = (run: ImportRun): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child !== null && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
      }
      resolveRun(run);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout' }), budgetMs);
    try {
      const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
      const script = fileURLToPath(new URL('./importChild.ts', import.meta.url));
      child = spawn(process.execPath, ['--import', loader, script], {
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        serialization: 'advanced',
      });
    } catch (err) {
      finish({ kind: 'crashed', detail: err instanceof Error ? err.message : String(err) });
      return;
    }
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString('utf8');
    });
    child.on('message', (reply: ChildReply) => finish({ kind: 'report', report: reply.report }));
    child.on('error', (err) => finish({ kind: 'crashed', detail: err.message }));
    // 'close' comes after the IPC channel has delivered everything the child sent.
    child.on('close', (code, signal) => {
      const last = stderr.trim().split('\n').pop() ?? '';
      finish({
        kind: 'crashed',
        detail: `${signal ?? `exit ${code ?? '?'}`}${last === '' ? '' : `: ${last}`}`.slice(0, 200),
      });
    });
    const request: ChildRequest = { bytes, options };
    child.send(request, (err) => {
      if (err !== null) finish({ kind: 'crashed', detail: err.message });
    });
  });

/** The import in this process (tests of the report formats; no budget). */
export const importInProcess: ImportRunner = async (bytes, options) => ({
  kind: 'report',
  report: (await importAnyBytes(bytes, options)).report,
});

/** Where the validator writes, and the directory `<file>` is resolved against. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** How the import runs (default: a child process with the time budget). */
  readonly runImport?: ImportRunner;
  /** Time budget in ms (default: `DCCI_VALIDATE_TIMEOUT_MS`, else 60 s). */
  readonly budgetMs?: number;
}

/** `--map` and `--map-file` together; `--map` entries are looked up first, so they win. */
function readMapping(
  args: Args,
  io: CliIo,
): { ok: true; value: ColumnMapping | undefined } | { ok: false; error: string } {
  if (args.mapFile === undefined) return { ok: true, value: args.mapping };
  const path = resolve(io.cwd, args.mapFile);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `cannot read --map-file ${path}: ${detail}` };
  }
  const parsed = parseMapFile(json);
  if (!parsed.ok) return { ok: false, error: `--map-file ${path}: ${parsed.error}` };
  return { ok: true, value: [...(args.mapping ?? []), ...parsed.value] };
}

/** The file's bytes, refused before reading when it is too large. */
function readFile(
  path: string,
):
  | { kind: 'read'; bytes: Uint8Array }
  | { kind: 'too-large'; issue: Issue }
  | { kind: 'unreadable'; detail: string } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    const tooLarge = sizeIssue(stat.size);
    if (tooLarge !== null) return { kind: 'too-large', issue: tooLarge };
    return { kind: 'read', bytes: new Uint8Array(readFileSync(path)) };
  } catch (err) {
    return { kind: 'unreadable', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** The importer's options from the arguments, the mapping file and the sidecar, if any. */
function importOptions(args: Args, path: string, io: CliIo): Parsed<ImportOptions> {
  const options: Mutable<ImportOptions> = { fileName: path.replace(/^.*[\\/]/, '') };
  if (args.group !== undefined) options.group = args.group;
  if (args.year !== undefined) options.year = args.year;
  if (args.sheet !== undefined) options.sheet = args.sheet;
  if (args.unit !== undefined) options.unit = args.unit;
  if (args.indexName !== undefined) options.indexName = args.indexName;
  if (args.scale !== undefined) options.scale = args.scale;
  const mapping = readMapping(args, io);
  if (!mapping.ok) return mapping;
  if (mapping.value !== undefined) options.mapping = mapping.value;
  // A response-level file `<id>-responses.csv` uses its dataset's sidecar `<id>.meta.json`.
  const base = path.replace(/\.[^./\\]*$/, '');
  const metaPath = [`${base}.meta.json`, `${base.replace(/-responses$/, '')}.meta.json`].find(
    (p) => p !== path && existsSync(p),
  );
  if (metaPath !== undefined) {
    const meta = tryParseMeta(readFileSync(metaPath, 'utf8'));
    if (!meta.ok) return fail(`sidecar ${metaPath} is invalid: ${meta.error}`);
    options.meta = meta.value;
  }
  return { ok: true, value: options };
}

/** Runs the validator on `argv` (without node and script); resolves to the exit code. */
export async function runValidator(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.error === '' ? '' : `validate: ${parsed.error}\n`}${USAGE}\n`);
    return parsed.error === '' ? 0 : 2;
  }
  const args = parsed.value;
  const path = resolve(io.cwd, args.file);
  const print = (report: ImportReport): void => {
    if (args.json) {
      const message = (issue: Issue): string => issueMessage(issue, args.lang, 'cli');
      io.stdout(`${JSON.stringify(reportToJson(report, message))}\n`);
    } else {
      io.stdout(humanReport(args.file, report, args.lang));
    }
  };

  const read = readFile(path);
  if (read.kind === 'unreadable') {
    io.stderr(`validate: cannot read ${path}: ${read.detail}\n`);
    return 2;
  }
  // Refuse a huge file before reading it (RELIABILITY.md S7).
  if (read.kind === 'too-large') {
    print(refusedOutcome('unknown', [read.issue]).report);
    return 1;
  }
  const options = importOptions(args, path, io);
  if (!options.ok) {
    io.stderr(`validate: ${options.error}\n`);
    return 2;
  }
  const budgetMs = io.budgetMs ?? budgetFrom(process.env.DCCI_VALIDATE_TIMEOUT_MS);
  const run = await (io.runImport ?? importInChild)(read.bytes, options.value, budgetMs);
  if (run.kind === 'timeout') {
    print(
      refusedOutcome('unknown', [makeIssue('TIMEOUT', { params: { limit: budgetMs / 1000 } })])
        .report,
    );
    return 1;
  }
  if (run.kind === 'crashed') {
    print(refusedOutcome('unknown', [makeIssue('INTERNAL_ERROR', { value: run.detail })]).report);
    return 1;
  }
  print(run.report);
  return run.report.ok ? 0 : 1;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
  runValidator(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `validate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 2;
    },
  );
}

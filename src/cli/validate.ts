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

/** `--index NAME` (the index the table reports) or `--scale N` (the maximum of its scale). */
function indexOrScale(
  flag: '--index' | '--scale',
  v: string | undefined,
): { ok: true; value: { indexName?: string; scale?: number } } | { ok: false; error: string } {
  if (flag === '--index') {
    const name = typedIndexName(v);
    if (name === null) return { ok: false, error: '--index needs a name (PAPI, DDCI, …)' };
    return { ok: true, value: { indexName: name } };
  }
  const n = Number(v);
  if (v === undefined || !/^\d+(?:\.\d+)?$/.test(v) || !isScaleMax(n))
    return {
      ok: false,
      error: `--scale must be the scale's maximum, like 10 or 100 (got ${v ?? 'nothing'})`,
    };
  return { ok: true, value: { scale: n } };
}

function parseArgs(
  argv: readonly string[],
): { ok: true; value: Args } | { ok: false; error: string } {
  let file: string | undefined;
  let json = false;
  let lang: Lang = 'vi';
  let group: string | undefined;
  let year: number | undefined;
  let sheet: string | undefined;
  let unit: string | undefined;
  let indexName: string | undefined;
  let scale: number | undefined;
  let mapping: ColumnMapping | undefined;
  let mapFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'vi' && v !== 'en')
          return { ok: false, error: `--lang must be vi or en (got ${v ?? 'nothing'})` };
        lang = v;
        break;
      }
      case '--group': {
        const v = value();
        if (v === undefined || v.trim() === '') return { ok: false, error: '--group needs a name' };
        group = v;
        break;
      }
      case '--year': {
        const v = value();
        if (v === undefined || !/^(19|20)\d\d$/.test(v))
          return { ok: false, error: `--year must be a year like 2019 (got ${v ?? 'nothing'})` };
        year = Number(v);
        break;
      }
      case '--sheet': {
        const v = value();
        if (v === undefined) return { ok: false, error: '--sheet needs a sheet name' };
        sheet = v;
        break;
      }
      case '--unit': {
        const v = value();
        if (v === undefined || v.trim() === '') return { ok: false, error: '--unit needs a name' };
        unit = v;
        break;
      }
      case '--index':
      case '--scale': {
        const parsed = indexOrScale(flag, value());
        if (!parsed.ok) return parsed;
        if (flag === '--index') indexName = parsed.value.indexName;
        else scale = parsed.value.scale;
        break;
      }
      case '--map': {
        const parsed = parseMapArgument(value() ?? '');
        if (!parsed.ok) return { ok: false, error: `--map: ${parsed.error}` };
        mapping = [...(mapping ?? []), ...parsed.value];
        break;
      }
      case '--map-file': {
        const v = value();
        if (v === undefined || v.trim() === '')
          return { ok: false, error: '--map-file needs a file' };
        mapFile = v;
        break;
      }
      case '--help':
      case '-h':
        return { ok: false, error: '' };
      default:
        if (arg.startsWith('--')) return { ok: false, error: `unknown option ${arg}` };
        if (file !== undefined)
          return { ok: false, error: `only one file at a time (got ${file} and ${arg})` };
        file = arg;
    }
  }
  if (file === undefined) return { ok: false, error: 'no file given' };
  return {
    ok: true,
    value: {
      file,
      json,
      lang,
      ...(group === undefined ? {} : { group }),
      ...(year === undefined ? {} : { year }),
      ...(sheet === undefined ? {} : { sheet }),
      ...(unit === undefined ? {} : { unit }),
      ...(indexName === undefined ? {} : { indexName }),
      ...(scale === undefined ? {} : { scale }),
      ...(mapping === undefined ? {} : { mapping }),
      ...(mapFile === undefined ? {} : { mapFile }),
    },
  };
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

  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (err) {
    io.stderr(
      `validate: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 2;
  }
  // Refuse a huge file before reading it (RELIABILITY.md S7).
  const tooLarge = sizeIssue(size);
  if (tooLarge !== null) {
    print(refusedOutcome('unknown', [tooLarge]).report);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (err) {
    io.stderr(
      `validate: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 2;
  }

  const options: { -readonly [K in keyof ImportOptions]: ImportOptions[K] } = {
    fileName: path.replace(/^.*[\\/]/, ''),
  };
  if (args.group !== undefined) options.group = args.group;
  if (args.year !== undefined) options.year = args.year;
  if (args.sheet !== undefined) options.sheet = args.sheet;
  if (args.unit !== undefined) options.unit = args.unit;
  if (args.indexName !== undefined) options.indexName = args.indexName;
  if (args.scale !== undefined) options.scale = args.scale;
  const mapping = readMapping(args, io);
  if (!mapping.ok) {
    io.stderr(`validate: ${mapping.error}\n`);
    return 2;
  }
  if (mapping.value !== undefined) options.mapping = mapping.value;
  // A response-level file `<id>-responses.csv` uses its dataset's sidecar `<id>.meta.json`.
  const base = path.replace(/\.[^./\\]*$/, '');
  const metaPath = [`${base}.meta.json`, `${base.replace(/-responses$/, '')}.meta.json`].find(
    (p) => p !== path && existsSync(p),
  );
  if (metaPath !== undefined) {
    const meta = tryParseMeta(readFileSync(metaPath, 'utf8'));
    if (!meta.ok) {
      io.stderr(`validate: sidecar ${metaPath} is invalid: ${meta.error}\n`);
      return 2;
    }
    options.meta = meta.value;
  }
  const budgetMs = io.budgetMs ?? budgetFrom(process.env.DCCI_VALIDATE_TIMEOUT_MS);
  const run = await (io.runImport ?? importInChild)(bytes, options, budgetMs);
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

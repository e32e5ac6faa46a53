import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importInProcess, runValidator } from '../../../src/cli/validate.ts';
import type { CliIo } from '../../../src/cli/validate.ts';
import { MAX_XLSX_INFLATED_BYTES } from '../../../src/import/workbookGuard.ts';
import { FIXTURES, ROOT } from './helpers.ts';
import { testZip } from './zipBuilder.ts';

/**
 * Runs the validator in this process and collects what it prints. The import runs in-process
 * too (fast) unless `io` says otherwise; the child process is exercised through the wrapper.
 */
async function validateInProcess(
  args: readonly string[],
  cwd = FIXTURES,
  io: Partial<CliIo> = { runImport: importInProcess },
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runValidator(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    ...io,
  });
  return { code, stdout, stderr };
}

// Spawning tsx takes about a second, more on a loaded machine.
const SPAWN_TIMEOUT = 60_000;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the validator the way `npm run validate` does: node .ci/validate.mjs, from `cwd`. */
function validate(
  args: readonly string[],
  cwd = FIXTURES,
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, '.ci', 'validate.mjs'), ...args],
      {
        cwd,
        env: { ...process.env, INIT_CWD: cwd, ...env },
        timeout: 60_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const KEYS = [
  'ok',
  'encoding',
  'delimiter',
  'decimal',
  'headerLine',
  'units',
  'years',
  'groups',
  'index',
  'scale',
  'rows',
  'columns',
  'issues',
];
const ISSUE_KEYS = [
  'severity',
  'code',
  'line',
  'excelRow',
  'column',
  'header',
  'value',
  'related',
  'message',
];

describe('the validator never crashes and always answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.concurrent(
    'refuses a zip bomb (small on disk, over 100 MiB unpacked) with exit 1 and XLSX_TOO_LARGE',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const bomb = join(dir, 'bomb.xlsx');
      const size = MAX_XLSX_INFLATED_BYTES + 1024 * 1024;
      writeFileSync(
        bomb,
        testZip([
          { name: 'xl/worksheets/sheet1.xml', chunk: ' '.repeat(1024), repeat: size / 1024 },
        ]),
      );
      const run = await validate([bomb, '--json', '--lang', 'en']);
      expect(run.code).toBe(1);
      const json = JSON.parse(run.stdout) as { ok: boolean; issues: { code: string }[] };
      expect(json.issues.map((i) => i.code)).toEqual(['XLSX_TOO_LARGE']);
    },
  );

  it.concurrent(
    'stops the import when DCCI_VALIDATE_TIMEOUT_MS runs out: exit 1 and TIMEOUT JSON',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const run = await validate(['windows-1258.csv', '--json', '--lang', 'en'], FIXTURES, {
        DCCI_VALIDATE_TIMEOUT_MS: '1',
      });
      expect(run.code).toBe(1);
      const json = JSON.parse(run.stdout) as {
        ok: boolean;
        issues: { code: string; message: string }[];
      };
      expect(json.ok).toBe(false);
      expect(json.issues.map((i) => i.code)).toEqual(['TIMEOUT']);
      expect(json.issues[0]?.message).toMatch(/^Reading the file took more than 0\.001 seconds/);
    },
  );

  it('answers exit 1 with INTERNAL_ERROR when the import process dies', async () => {
    const run = await validateInProcess(['windows-1258.csv', '--json'], FIXTURES, {
      runImport: () => Promise.resolve({ kind: 'crashed', detail: 'SIGABRT' }),
    });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { issues: { code: string; value: string }[] };
    expect(json.issues.map((i) => [i.code, i.value])).toEqual([['INTERNAL_ERROR', 'SIGABRT']]);
  });

  it('strips ESC and the other C0/C1 control characters from echoed values in text mode', async () => {
    const file = join(dir, 'controls.csv');
    writeFileSync(
      file,
      'Năm,Khối,Đơn vị,Điểm\n2019,Sở,Sở A,60\n2019,Sở,"Sở\u001b]8;;http://x\u0007B",6x\u001b[2J\u009b31m\u007f\u0085\n',
    );
    const run = await validateInProcess([file, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[NOT_A_NUMBER]');
    expect(run.stdout).toContain('6x[2J31m');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    // JSON keeps the value exactly (escaped by JSON.stringify).
    const json = await validateInProcess([file, '--json']);
    expect(json.stdout).toContain('6x\\u001b[2J');
  });
});

describe('the validator command line', () => {
  it.concurrent(
    'prints exactly one JSON object with the documented fields in order, exit 0',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const run = await validate(['windows-1258.csv', '--json']);
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const json = JSON.parse(run.stdout) as Record<string, unknown> & {
        rows: Record<string, unknown>[];
        issues: Record<string, unknown>[];
      };
      expect(Object.keys(json)).toEqual(KEYS);
      expect(json).toMatchObject({
        ok: true,
        encoding: 'windows-1258',
        delimiter: ';',
        decimal: ',',
        headerLine: 1,
        units: 4,
        years: [2023],
      });
      expect(Object.keys(json.rows[0] ?? {})).toEqual([
        'year',
        'group',
        'unit',
        'score',
        'rank',
        'rankSource',
        'tier',
        'fieldSize',
        'subIndices',
        'notes',
      ]);
      expect(json.rows[0]).toMatchObject({
        year: 2023,
        unit: 'Chợ Đồn',
        score: 66.93,
        rank: 4,
        rankSource: 'published',
      });
      expect(Object.keys(json.issues[0] ?? {})).toEqual(ISSUE_KEYS);
      expect(json.issues[0]).toMatchObject({
        severity: 'notice',
        code: 'ENCODING_CONVERTED',
        line: null,
        related: [],
      });
      expect(String(json.issues[0]?.message)).toMatch(
        /^Tệp dùng bảng mã Windows-1258; đã chuyển sang Unicode\./,
      );
    },
  );

  it.concurrent(
    'refuses with exit 1, empty rows and located issues with messages in --lang en',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const run = await validate(['duplicate-unit.csv', '--json', '--lang', 'en']);
      expect(run.code).toBe(1);
      const json = JSON.parse(run.stdout) as {
        ok: boolean;
        rows: unknown[];
        issues: {
          code: string;
          line: number;
          column: string;
          related: unknown[];
          message: string;
        }[];
      };
      expect(json.ok).toBe(false);
      expect(json.rows).toEqual([]);
      const dup = json.issues.find((i) => i.code === 'DUPLICATE_UNIT_YEAR');
      expect(dup).toMatchObject({ line: 4, column: 'B', related: [{ line: 2, column: 'B' }] });
      expect(dup?.message).toBe(
        '“Ba Bể” in 2023 appears 2 times (lines 2 and 4). Delete or correct one of the rows.',
      );
    },
  );

  it('uses --group and --year', async () => {
    const run = await validateInProcess(['no-year.csv', '--json', '--year', '2021']);
    const json = JSON.parse(run.stdout) as { years: number[]; rows: { year: number }[] };
    expect(json.years).toEqual([2021]);
    expect(json.rows.every((r) => r.year === 2021)).toBe(true);
    const grouped = JSON.parse(
      (await validateInProcess(['no-group.csv', '--json', '--group', 'Huyện'])).stdout,
    ) as { groups: string[] };
    expect(grouped.groups).toEqual(['huyen']);
  });

  it('prints a readable report in Vietnamese by default', async () => {
    const run = await validateInProcess(['out-of-range.csv']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BỊ TỪ CHỐI');
    expect(run.stdout).toContain(
      'Dòng 2, cột C «Điểm tổng hợp»: «104.5» nằm ngoài khoảng cho phép (từ 0 đến 100).',
    );
  });

  it.concurrent(
    'resolves the file against INIT_CWD and uses the bundled sidecar',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const run = await validate(['bac-kan-dcci.csv', '--json'], join(ROOT, 'data'));
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as { groups: string[]; issues: { code: string }[] };
      expect(json.groups).toEqual(['departments', 'central-agencies', 'districts']);
      expect(json.issues.map((i) => i.code)).toContain('ILLUSTRATIVE_MARKER');
    },
  );

  it.concurrent(
    'exits 2 through the wrapper for a file that does not exist',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const run = await validate(['no-such-file.csv', '--json']);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toContain('cannot read');
    },
  );

  it.concurrent(
    'works as `npm run --silent validate -- <file>` from another directory',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const run = await new Promise<Run>((resolve) => {
        execFile(
          'npm',
          ['run', '--silent', '--prefix', ROOT, 'validate', '--', 'tcvn3.csv', '--json'],
          { cwd: FIXTURES, timeout: 60_000 },
          (error, stdout, stderr) =>
            resolve({
              code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1,
              stdout,
              stderr,
            }),
        );
      });
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as { encoding: string }).encoding).toBe('tcvn3');
    },
  );

  it('keys sub-indices by their header in JSON, even a header named __proto__', async () => {
    const run = await validateInProcess(['proto-header.csv', '--json']);
    const json = JSON.parse(run.stdout) as { rows: { subIndices: Record<string, number> }[] };
    expect(Object.keys(json.rows[0]?.subIndices ?? {})).toEqual(['__proto__', 'Chi phí thời gian']);
    expect(Object.getPrototypeOf(json.rows[0]?.subIndices)).toBe(Object.prototype);
  });

  it.each([
    [['missing-file.csv'], 'cannot read'],
    [[], 'no file given'],
    [['utf8.csv', '--lang', 'fr'], '--lang must be vi or en'],
    [['utf8.csv', '--year', '23'], '--year must be a year'],
    [['utf8.csv', '--frobnicate'], 'unknown option'],
  ])('exits 2 for %j with a message on stderr and nothing on stdout', async (args, message) => {
    const run = await validateInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('reads an .xlsx workbook with delimiter null', async () => {
    const run = await validateInProcess(['workbook.xlsx', '--json', '--sheet', 'DCCI 2023']);
    const json = JSON.parse(run.stdout) as {
      ok: boolean;
      encoding: string;
      delimiter: null;
      headerLine: number;
    };
    expect(json).toMatchObject({ ok: true, encoding: 'xlsx', delimiter: null, headerLine: 2 });
  });

  it('refuses a file over 20 MB with exit 1 from its size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    try {
      const file = join(dir, 'huge.csv');
      writeFileSync(file, '');
      truncateSync(file, 20 * 1024 * 1024 + 1);
      const run = await validateInProcess(['huge.csv', '--json'], dir);
      expect(run.code).toBe(1);
      expect(
        (JSON.parse(run.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code),
      ).toEqual(['FILE_TOO_LARGE']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

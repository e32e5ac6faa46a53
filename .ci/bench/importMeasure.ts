// Import throughput for `npm run bench` (issue 12, point 6): the whole pipeline as the import
// worker runs it (`importAnyBytes`: decode → table → checks → Dataset) on a generated 10 MB
// ranking file and a 3 MB survey-response file, next to bare `Papa.parse` of the same text (the
// issue's yardstick) and to TextDecoder + `Papa.parse` of the same bytes, in the same process and
// run. Shared by the Node runner (importThroughput.ts, with CPU time) and the Chromium page
// (importThroughput.html: the engine the import worker runs in). Times exclude start-up and
// generation; pipeline and Papa runs alternate, each figure the median of RUNS runs after one
// warm-up.
import Papa from 'papaparse';
import { importAnyBytes } from '../../src/import/importDataset.ts';
// @ts-expect-error a plain .mjs module shared with bench.mjs (no types)
import { manyUnitsCsv } from './manyUnits.mjs';

const RUNS = 5;

/**
 * ≈ 10 MB within the importer's 10,000-row limit: `manyUnitsCsv` (5,000 units × two years) with
 * a note of about 1 KB on every row (a long free-text column, as exported reports have).
 */
function rankingText(): string {
  const note = 'Ghi chú dài về đơn vị, nguồn số liệu và phương pháp tính; '.repeat(12);
  return (manyUnitsCsv as (n: number) => string)(5000)
    .split('\n')
    .map((line, i) => `${line},${i === 0 ? 'Ghi chú' : `"${note}${i}"`}`)
    .join('\n');
}

/**
 * ≈ 3 MB within the 10,000-row limit: questionnaires of 10 sub-indices × 14 indicators (answers
 * 1–5, some blank), 10 years × 4 districts × 245 respondents, deterministic.
 */
function responsesText(): string {
  const subs = [
    'transparency',
    'informal-costs',
    'time-costs',
    'equal-competition',
    'business-support',
    'legal-institutions',
    'dynamism',
    'digital-transformation',
    'leadership',
    'land-access',
  ];
  const indicators = subs.flatMap((s) => Array.from({ length: 14 }, (_, k) => `${s}.${k + 1}`));
  const lines = [['Năm', 'Khối', 'Đơn vị', 'Mã phiếu', ...indicators].join(',')];
  let x = 1;
  for (let year = 2011; year <= 2020; year += 1)
    for (let d = 1; d <= 4; d += 1)
      for (let r = 1; r <= 245; r += 1) {
        const answers = indicators.map(() => {
          x = (x * 1103515245 + 12345) % 2147483648;
          return x % 17 === 0 ? '' : String(1 + (x % 5));
        });
        lines.push([year, 'Huyện', `Huyện số ${d}`, `${year}-H${d}-${r}`, ...answers].join(','));
      }
  return lines.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

/** Process CPU time in ms (user + system, all threads), where the runtime tells it (Node). */
export type CpuClock = () => number;

/** Wall-clock and CPU time (NaN without a CPU clock) of one run, in ms. */
async function timed(
  fn: () => unknown | Promise<unknown>,
  cpuNow: CpuClock | undefined,
): Promise<[number, number]> {
  const cpu0 = cpuNow?.() ?? Number.NaN;
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  return [wall, (cpuNow?.() ?? Number.NaN) - cpu0];
}

export interface ImportFigures {
  readonly name: string;
  readonly bytes: number;
  readonly rows: number;
  readonly errors: number;
  readonly pipeline: number;
  readonly papa: number;
  readonly decodePapa: number;
  /** TextDecoder alone on the bytes: a floor for any pipeline given bytes, Papa's text not. */
  readonly decode: number;
  readonly pipelineCpu: number;
  readonly papaCpu: number;
}

/**
 * The pipeline and bare Papa.parse alternated run by run (the machine is shared: a burst of load
 * then falls on both), each the median of RUNS runs after one warm-up of each.
 */
async function measure(
  name: string,
  text: string,
  cpuNow: CpuClock | undefined,
): Promise<ImportFigures> {
  const bytes = new TextEncoder().encode(text);
  let rows = 0;
  let errors = 0;
  const pipelineRun = async () => {
    const outcome = await importAnyBytes(bytes, { fileName: `${name}.csv` });
    rows = outcome.report.rows.length;
    errors = outcome.report.issues.filter((i) => i.severity === 'error').length;
  };
  const papaRun = () => Papa.parse<string[]>(text, { header: false });
  // Papa given the file's bytes rather than its text: decoded first, as a page given a file must
  // (Papa.parse of a File decodes it with FileReader.readAsText); the pipeline's own yardstick.
  const decodePapaRun = () =>
    Papa.parse<string[]>(new TextDecoder().decode(bytes), { header: false });
  let decodedLength = 0;
  const decodeRun = () => {
    decodedLength = new TextDecoder().decode(bytes).length;
  };
  await pipelineRun(); // warm-up (JIT), not counted
  papaRun();
  decodePapaRun();
  decodeRun();
  const pipeline: [number, number][] = [];
  const papa: [number, number][] = [];
  const decodePapa: [number, number][] = [];
  const decode: [number, number][] = [];
  for (let i = 0; i < RUNS; i += 1) {
    pipeline.push(await timed(pipelineRun, cpuNow));
    papa.push(await timed(papaRun, cpuNow));
    decodePapa.push(await timed(decodePapaRun, cpuNow));
    decode.push(await timed(decodeRun, cpuNow));
  }
  const wall = (xs: [number, number][]) => median(xs.map((x) => x[0]));
  const cpu = (xs: [number, number][]) => median(xs.map((x) => x[1]));
  return {
    name,
    bytes: bytes.length,
    rows,
    errors,
    pipeline: wall(pipeline),
    papa: wall(papa),
    decodePapa: wall(decodePapa),
    decode: decodedLength > 0 ? wall(decode) : Number.NaN,
    // CPU time is less disturbed than wall-clock time when other processes share the cores.
    pipelineCpu: cpu(pipeline),
    papaCpu: cpu(papa),
  };
}

/** Both files measured in turn. */
export async function measureImports(cpuNow?: CpuClock): Promise<ImportFigures[]> {
  return [
    await measure('ranking-10mb', rankingText(), cpuNow),
    await measure('responses-3mb', responsesText(), cpuNow),
  ];
}

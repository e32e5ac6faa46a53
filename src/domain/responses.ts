/**
 * From questionnaire answers to the index (data/README.md, "From responses to the dataset"):
 * respondent means per sub-index → raw sub-index score → 10-point score (one of three
 * normalisations) → weighted total → standard error → competition rank. Pure: the importer
 * (src/import/responses.ts) reads and checks the file, this module only computes.
 */
import { groupsInOrder } from './groupsInOrder.ts';
import { rankScores } from './ranking.ts';
import type { GroupId, SubIndexId, UnitId } from './types.ts';
import type { RespondentSample } from './uncertainty.ts';

/**
 * How a raw sub-index score (a mean answer) becomes a score out of 10:
 * - `scale`: anchored to the answer scale, s = 1 + 9·(raw − min)/(max − min) (all answers at the
 *   worst level → 1, all at the best → 10). Comparable across years; the bundled dataset uses it.
 * - `minmax`: across the units of one group in one year, s = 1 + 9·(raw − lo)/(hi − lo), so the
 *   best unit gets 10 and the worst 1. When every unit has the same raw (or there is one unit),
 *   every unit gets 5.5, the middle of the scale: nobody is better or worse.
 * - `minmax-pooled`: as `minmax`, with lo and hi taken over every year of the group (some
 *   provinces pool years so scores stay comparable over time).
 */
export type Normalisation = 'scale' | 'minmax' | 'minmax-pooled';

/** The score every unit gets under min–max when all raws are equal (the middle of 1–10). */
export const MINMAX_TIE_SCORE = 5.5;

/** The answer scale: `min` is the worst answer, `max` the best (default 1–5). */
export interface AnswerScale {
  readonly min: number;
  readonly max: number;
}

export const DEFAULT_ANSWER_SCALE: AnswerScale = { min: 1, max: 5 };

/** One respondent's row: answers parallel to `ResponseTable.indicators`, null = not answered. */
export interface ResponseRow {
  readonly year: number;
  readonly groupId: GroupId;
  readonly unitId: UnitId;
  /** The unit's name as published (canonical). */
  readonly unitName: string;
  /** The questionnaire id (`Mã phiếu`), when the file has one. */
  readonly respondentId: string | null;
  readonly answers: readonly (number | null)[];
}

/** A response-level table: indicator column names and one row per respondent. */
export interface ResponseTable {
  readonly indicators: readonly string[];
  readonly rows: readonly ResponseRow[];
}

/** Which indicator columns feed which sub-index. */
export interface IndicatorMapping {
  /** Sub-indices in order of their first indicator column. */
  readonly subIndexIds: readonly SubIndexId[];
  /** Per sub-index (parallel to `subIndexIds`): indices into `ResponseTable.indicators`. */
  readonly indicators: readonly (readonly number[])[];
}

export interface AggregationOptions {
  /** Default 1–5. Answers are assumed inside it (the importer reports those that are not). */
  readonly scale?: AnswerScale;
  /** Default `scale`. */
  readonly normalisation?: Normalisation;
  /**
   * Weight per sub-index (only ratios matter). No weight at all → every sub-index weighs 1;
   * some missing → those get the mean of the given ones. Negative or non-finite → missing.
   */
  readonly weights?: ReadonlyMap<SubIndexId, number>;
}

/** The aggregated scores of one unit in one year. */
export interface UnitYearScores {
  readonly year: number;
  readonly groupId: GroupId;
  readonly unitId: UnitId;
  readonly unitName: string;
  /** Number of respondents (rows) of the unit-year. */
  readonly respondents: number;
  /** Unrounded raw score (mean of respondent means) per sub-index; null when nobody answered. */
  readonly raw: ReadonlyMap<SubIndexId, number | null>;
  /** 10-point scores rounded half up to 2 decimals; null (missing, never 0) when nobody answered. */
  readonly subIndices: ReadonlyMap<SubIndexId, number | null>;
  /** 10 × Σ w·s / Σ w over present sub-indices (rounded s), rounded half up; null when none. */
  readonly total: number | null;
  /** SE of the total (step 6 of data/README.md), rounded half up; null with fewer than 2 respondents. */
  readonly standardError: number | null;
  /** Competition rank of `total` within year and group (rankScores); null when total is null. */
  readonly rank: number | null;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const LETTER = /\p{L}/u;

/**
 * The sub-index id an indicator header names: `transparency.1` and `transparency_1` →
 * `transparency`. Null when the header has no `<id>.<k>` / `<id>_<k>` form. The id must hold a
 * letter, so a number such as 7.5 is never read as an indicator header.
 *
 * Same answers as `/^(.*\p{L}.*?)[._](\d+)$/u` on the trimmed header, but in linear time: that
 * regex backtracks quadratically on a long cell (a 50 KB header took 45 s), so the trailing digits
 * and their separator are found by scanning from the end, and the rest is checked by two
 * single-character searches.
 */
export function indicatorSubIndex(header: string): string | null {
  const text = header.trim();
  let digits = text.length;
  while (digits > 0) {
    const code = text.charCodeAt(digits - 1);
    if (code < 0x30 || code > 0x39) break;
    digits--;
  }
  if (digits === text.length || digits < 2) return null;
  const separator = text[digits - 1];
  if (separator !== '.' && separator !== '_') return null;
  const id = text.slice(0, digits - 1);
  // `.` in the old regex did not cross line breaks: an id spanning lines was never an indicator.
  if (LINE_TERMINATOR.test(id) || !LETTER.test(id)) return null;
  const trimmed = id.trim();
  return trimmed === '' ? null : trimmed;
}

/** An indicator header split into its code (`transparency.1`), sub-index and optional label. */
export interface IndicatorHeader {
  readonly code: string;
  readonly subIndex: string;
  /** The text after the code (`Tiếp cận tài liệu quy hoạch`); null when there is none. */
  readonly label: string | null;
}

const isSpace = (code: number): boolean =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0xa0 ||
  code === 0x3000 ||
  (code >= 0x2000 && code <= 0x200a);

/**
 * Reads an indicator header that may carry a label after its code: `transparency.1` and
 * `transparency.1 Tiếp cận tài liệu quy hoạch` (one or more spaces between). Null when the header
 * names no indicator. Linear time (see `indicatorSubIndex`): the code ends at the first space
 * preceded by `<separator><digits>`; each character is looked at a bounded number of times, and
 * `indicatorSubIndex` runs at most twice.
 */
export function splitIndicatorHeader(header: string): IndicatorHeader | null {
  const text = header.trim();
  const whole = indicatorSubIndex(text);
  if (whole !== null) return { code: text, subIndex: whole, label: null };
  let digitsFrom = -1; // start of the current run of digits, -1 when the last char is no digit
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (digitsFrom < 0) digitsFrom = i;
      continue;
    }
    if (isSpace(code) && digitsFrom > 0) {
      const separator = text[digitsFrom - 1];
      if (separator === '.' || separator === '_') {
        const codeText = text.slice(0, i);
        const subIndex = indicatorSubIndex(codeText);
        const label = text.slice(i).trim();
        if (subIndex === null || label === '' || LINE_TERMINATOR.test(label)) return null;
        return { code: codeText, subIndex, label };
      }
    }
    digitsFrom = -1;
  }
  return null;
}

/**
 * The default mapping: each header `<id>.<k>` (or `<id>_<k>`) belongs to sub-index `<id>`.
 * Headers without that form are left out. Sub-indices are listed in order of appearance.
 */
export function mapIndicators(headers: readonly string[]): IndicatorMapping {
  const order: SubIndexId[] = [];
  const byId = new Map<string, number[]>();
  headers.forEach((h, i) => {
    const id = indicatorSubIndex(h);
    if (id === null) return;
    let list = byId.get(id);
    if (list === undefined) {
      list = [];
      byId.set(id, list);
      order.push(id as SubIndexId);
    }
    list.push(i);
  });
  return { subIndexIds: order, indicators: order.map((id) => byId.get(id) ?? []) };
}

/**
 * Rounds half up to 2 decimals. The product is first snapped to 12 significant digits so binary
 * noise (7.004999999… for 7.005) cannot flip the rounding; a true value that close to a half
 * cannot come from answers on a small integer scale.
 */
export function roundHalfUp2(x: number): number {
  const snapped = Number((x * 100).toPrecision(12));
  return Math.floor(snapped + 0.5) / 100;
}

/** Effective weights per sub-index (see AggregationOptions.weights). */
export function effectiveWeights(
  subIndexIds: readonly SubIndexId[],
  weights: ReadonlyMap<SubIndexId, number> | undefined,
): number[] {
  const given = subIndexIds.map((id) => {
    const w = weights?.get(id);
    return w !== undefined && Number.isFinite(w) && w >= 0 ? w : null;
  });
  const known = given.filter((w): w is number => w !== null);
  const fill = known.length === 0 ? 1 : known.reduce((a, b) => a + b, 0) / known.length;
  return given.map((w) => w ?? fill);
}

/** Per unit-year: respondent means (n × k, NaN = none answered) and raw scores. */
interface UnitYear {
  readonly first: ResponseRow;
  readonly n: number;
  readonly means: Float64Array;
  readonly raw: (number | null)[];
}

const bucketKey = (year: number, groupId: string): string => `${year}\u0000${groupId}`;

function collectUnitYears(table: ResponseTable, mapping: IndicatorMapping): UnitYear[] {
  const k = mapping.subIndexIds.length;
  // Unit-years in the order they first appear.
  const groups = groupsInOrder(table.rows, [(r) => r.unitId, (r) => r.groupId, (r) => r.year]);
  const out: UnitYear[] = [];
  // Indexed loops over typed arrays: this visits every answer of the file (over a million).
  const indicators = mapping.indicators;
  const sums = new Float64Array(k);
  const counts = new Int32Array(k);
  for (const rows of groups) {
    const first = rows[0] as ResponseRow;
    const n = rows.length;
    const means = new Float64Array(n * k).fill(NaN);
    sums.fill(0);
    counts.fill(0);
    for (let r = 0; r < n; r++) {
      const answers = (rows[r] as ResponseRow).answers;
      for (let i = 0; i < k; i++) {
        const cols = indicators[i] ?? [];
        let sum = 0;
        let answered = 0;
        for (let j = 0; j < cols.length; j++) {
          const a = answers[cols[j] as number];
          if (a !== null && a !== undefined && Number.isFinite(a)) {
            sum += a;
            answered++;
          }
        }
        if (answered > 0) {
          const m = sum / answered;
          means[r * k + i] = m;
          sums[i] = (sums[i] as number) + m;
          counts[i] = (counts[i] as number) + 1;
        }
      }
    }
    const raw = Array.from(sums, (s, i) =>
      (counts[i] as number) > 0 ? s / (counts[i] as number) : null,
    );
    out.push({ first, n, means, raw });
  }
  return out;
}

/** Linear normalisation per unit-year and sub-index: score = offset + scale × raw. */
interface Linear {
  readonly offset: number;
  readonly scale: number;
}

function linearFrom(lo: number, hi: number): Linear {
  if (!spans(lo, hi)) return { offset: MINMAX_TIE_SCORE, scale: 0 };
  const scale = 9 / (hi - lo);
  return { offset: 1 - lo * scale, scale };
}

/**
 * True when the raws of a min–max pool really differ. A raw is a mean of means, and its last
 * bits depend on the order of the respondents in the file; equal raws must count as equal
 * (a tie) whatever that order. Summing at most 10,000 means of answers ≤ 5 (the importer's
 * row limit) errs by under 6e-12; two truly different raws of units with n₁ and n₂
 * respondents differ by at least 1/(L·n₁·n₂), L the lcm of the indicator counts — over 9e-11
 * for sub-indices of up to 7 indicators. 1e-11 separates the two.
 */
function spans(lo: number, hi: number): boolean {
  return hi - lo > 1e-11;
}

/** 1 + 9·(x − lo)/(hi − lo), written like data/README.md so the best maps to exactly 10. */
function normalise(x: number, lo: number, hi: number): number {
  return spans(lo, hi) ? 1 + (9 * (x - lo)) / (hi - lo) : MINMAX_TIE_SCORE;
}

/** Per unit-year, per sub-index: the [lo, hi] the normalisation maps to [1, 10]. */
function bounds(
  unitYears: readonly UnitYear[],
  k: number,
  options: AggregationOptions,
): [number, number][][] {
  const scale = options.scale ?? DEFAULT_ANSWER_SCALE;
  const method = options.normalisation ?? 'scale';
  if (method === 'scale') {
    return unitYears.map(() =>
      Array.from({ length: k }, () => [scale.min, scale.max] as [number, number]),
    );
  }
  // Min–max: the range of raws over the unit-years sharing the year and group (or the group).
  const poolKey = (u: UnitYear): string =>
    method === 'minmax' ? bucketKey(u.first.year, u.first.groupId) : u.first.groupId;
  const ranges = new Map<string, [number, number][]>();
  for (const u of unitYears) {
    const key = poolKey(u);
    let r = ranges.get(key);
    if (r === undefined) {
      r = Array.from({ length: k }, () => [Infinity, -Infinity] as [number, number]);
      ranges.set(key, r);
    }
    u.raw.forEach((x, i) => {
      const b = r[i];
      if (x === null || b === undefined) return;
      b[0] = Math.min(b[0], x);
      b[1] = Math.max(b[1], x);
    });
  }
  return unitYears.map((u) => ranges.get(poolKey(u)) ?? []);
}

/**
 * SE of a unit-year (aggregateResponses, step 6): the sample SD of its respondents' totals / √n.
 * Indexed loops (this visits n × k means); sums in the same order as ever, so the figures are
 * the same to the last bit.
 */
function standardErrorOf(
  u: UnitYear,
  k: number,
  weights: readonly number[],
  range: (i: number) => [number, number],
  den: number,
): number {
  const present = u.raw.flatMap((x, i) => (x === null ? [] : [i]));
  const lo = present.map((i) => range(i)[0]);
  const hi = present.map((i) => range(i)[1]);
  const w = present.map((i) => weights[i] ?? 0);
  const raws = present.map((i) => u.raw[i] as number);
  const totals = new Float64Array(u.n);
  for (let r = 0; r < u.n; r++) {
    let t = 0;
    for (let j = 0; j < present.length; j++) {
      const m = u.means[r * k + (present[j] as number)] as number;
      const x = Number.isNaN(m) ? (raws[j] as number) : m;
      t += (w[j] as number) * normalise(x, lo[j] as number, hi[j] as number);
    }
    totals[r] = (10 * t) / den;
  }
  let sum = 0;
  for (let r = 0; r < u.n; r++) sum += totals[r] as number;
  const mean = sum / u.n;
  let ss = 0;
  for (let r = 0; r < u.n; r++) ss += ((totals[r] as number) - mean) ** 2;
  return roundHalfUp2(Math.sqrt(ss / (u.n - 1) / u.n));
}

/**
 * Aggregates a response table into unit-year scores, exactly as data/README.md documents:
 * 1. respondent mean per sub-index over the indicators they answered;
 * 2. raw = mean of those means over the respondents who answered (none → missing);
 * 3. 10-point score by the normalisation, rounded half up to 2 decimals;
 * 4. total = 10 × Σ w·s / Σ w over present sub-indices using the rounded s, rounded half up;
 * 5. respondents = rows of the unit-year;
 * 6. SE = sample SD (n − 1) of per-respondent totals / √n, each total from the respondent's
 *    unrounded normalised means over the same sub-indices and weights; a respondent who skipped
 *    a whole sub-index gets the unit's raw in its place (adds no spread); null when n < 2;
 * 7. rank = rankScores of the totals within year and group.
 * Unit-years come out in order of first appearance. Empty table → [].
 */
export function aggregateResponses(
  table: ResponseTable,
  mapping: IndicatorMapping,
  options: AggregationOptions = {},
): UnitYearScores[] {
  const k = mapping.subIndexIds.length;
  const weights = effectiveWeights(mapping.subIndexIds, options.weights);
  const unitYears = collectUnitYears(table, mapping);
  const ranges = bounds(unitYears, k, options);
  const scored = unitYears.map((u, index) => {
    const b = ranges[index] ?? [];
    const range = (i: number): [number, number] => b[i] ?? [0, 0];
    const rounded = u.raw.map((x, i) =>
      x === null ? null : roundHalfUp2(normalise(x, ...range(i))),
    );
    // Total from integer hundredths: one division, so the rounding sees the exact ratio.
    let num = 0;
    let den = 0;
    rounded.forEach((s, i) => {
      const w = weights[i] ?? 0;
      if (s === null) return;
      num += w * Math.round(s * 100);
      den += w;
    });
    const total = den > 0 ? roundHalfUp2(num / (10 * den)) : null;
    const standardError = den > 0 && u.n >= 2 ? standardErrorOf(u, k, weights, range, den) : null;
    const subIndices = new Map<SubIndexId, number | null>();
    const raw = new Map<SubIndexId, number | null>();
    mapping.subIndexIds.forEach((id, i) => {
      subIndices.set(id, rounded[i] ?? null);
      raw.set(id, u.raw[i] ?? null);
    });
    return { u, subIndices, raw, total, standardError };
  });

  // Ranks within year and group, through the app's one ranking rule.
  const byBucket = new Map<string, number[]>();
  scored.forEach((s, i) => {
    const key = bucketKey(s.u.first.year, s.u.first.groupId);
    const list = byBucket.get(key);
    if (list === undefined) byBucket.set(key, [i]);
    else list.push(i);
  });
  const ranks = new Array<number | null>(scored.length).fill(null);
  for (const members of byBucket.values()) {
    const r = rankScores(members.map((i) => scored[i]?.total ?? null));
    members.forEach((i, j) => {
      ranks[i] = r[j] ?? null;
    });
  }
  return scored.map((s, i) => ({
    year: s.u.first.year,
    groupId: s.u.first.groupId,
    unitId: s.u.first.unitId,
    unitName: s.u.first.unitName,
    respondents: s.u.n,
    raw: s.raw,
    subIndices: s.subIndices,
    total: s.total,
    standardError: s.standardError,
    rank: ranks[i] ?? null,
  }));
}

/**
 * The respondents of every unit of one group in one year, reduced for the bootstrap over
 * respondents (RespondentSample, src/domain/uncertainty.ts): only the sub-indices the unit-year
 * has answers for (its present ones), `means` row-major n × k (NaN when a respondent answered
 * none of a sub-index's indicators), and the same linear normalisation and weights as
 * `aggregateResponses` (under min–max the range still comes from all units of the pool; a tie
 * gives scale 0 and offset 5.5). Units in order of first appearance; none → [].
 */
export function respondentSamples(
  table: ResponseTable,
  mapping: IndicatorMapping,
  year: number,
  groupId: GroupId,
  options: AggregationOptions = {},
): RespondentSample[] {
  const k = mapping.subIndexIds.length;
  const weights = effectiveWeights(mapping.subIndexIds, options.weights);
  const unitYears = collectUnitYears(table, mapping);
  const ranges = bounds(unitYears, k, options);
  const out: RespondentSample[] = [];
  unitYears.forEach((u, index) => {
    if (u.first.year !== year || u.first.groupId !== groupId) return;
    const present = u.raw.flatMap((x, i) => (x === null ? [] : [i]));
    const kk = present.length;
    const means = new Float64Array(u.n * kk);
    for (let r = 0; r < u.n; r++) {
      present.forEach((i, j) => {
        means[r * kk + j] = u.means[r * k + i] as number;
      });
    }
    const linear = present.map((i) => {
      const [lo, hi] = ranges[index]?.[i] ?? [0, 0];
      return linearFrom(lo, hi);
    });
    out.push({
      unitId: u.first.unitId,
      n: u.n,
      subIndexIds: present.map((i) => mapping.subIndexIds[i] as SubIndexId),
      means,
      offset: Float64Array.from(linear.map((l) => l.offset)),
      scale: Float64Array.from(linear.map((l) => l.scale)),
      weights: Float64Array.from(present.map((i) => weights[i] ?? 0)),
    });
  });
  return out;
}

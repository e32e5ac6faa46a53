/**
 * Response-level files (one row per respondent: year, group, unit, questionnaire id, one answer
 * per indicator `<subIndexId>.<k>`): read and checked here, aggregated by src/domain/responses.ts
 * into the unit-level rows every other part of the app uses (data/README.md, "From responses to
 * the dataset").
 */
import bacKanDcciMeta from '../../data/bac-kan-dcci.meta.json' with { type: 'json' };
import { columnLetter, hasErrors, makeIssue, orderIssues } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { DatasetMeta } from '../domain/meta.ts';
import { canonicalName, foldKey, slug, unitId } from '../domain/names.ts';
import {
  DEFAULT_ANSWER_SCALE,
  aggregateResponses,
  splitIndicatorHeader,
} from '../domain/responses.ts';
import type { AnswerScale, IndicatorMapping, ResponseRow } from '../domain/responses.ts';
import type { Dataset, Group, SubIndexId, UnitId } from '../domain/types.ts';
import { buildDataset } from './buildDataset.ts';
import type { ResolvedRow } from './buildDataset.ts';
import { classifyHeader } from './columns.ts';
import type { Encoding } from './decode.ts';
import { groupResolver } from './groups.ts';
import type { HeaderFound } from './header.ts';
import type { ColumnPlan, ImportOptions, ImportOutcome, ReportRow } from './model.ts';
import type { ImportedResponses } from '../domain/respondents.ts';
import { readName, stripFormulaPrefix } from './names.ts';
import { decideDecimal, decimalVote, readPlainNumber, readToken, tokenizeCell } from './numbers.ts';
import type { CellToken, DecimalMark, NumberReading } from './numbers.ts';
import { refusedOutcome } from './outcome.ts';
import { dataRecords } from './dataRecords.ts';
import { memoByText } from './memo.ts';
import { fixedYearOf, optionOrOnlyGroup } from './yearGroup.ts';
import type { CsvRecord } from './parseCsv.ts';
import { checkFieldCount } from './rows.ts';
import { MAX_COLUMNS } from './table.ts';
import { RANGES, inRange } from './validate.ts';

// Headers of the questionnaire-id column, compared with foldKey.
const RESPONDENT_ALIASES: ReadonlySet<string> = new Set([
  'ma phieu',
  'ma phieu khao sat',
  'so hieu phieu',
  'phieu so',
  'id phieu',
  'ma nguoi tra loi',
  'respondent',
  'respondent id',
  'respondent no',
  'questionnaire',
  'questionnaire id',
  'response id',
]);

/** True for the header of a questionnaire-id column (`Mã phiếu`, `Respondent id`). */
export function isRespondentHeader(cell: string): boolean {
  return RESPONDENT_ALIASES.has(foldKey(cell));
}

/** True for an indicator header `<id>.<k>` / `<id>_<k>` that is not a known column name. */
export function isIndicatorHeader(cell: string): boolean {
  const role = classifyHeader(cell).kind;
  return (role === 'unknown' || role === 'empty') && splitIndicatorHeader(cell) !== null;
}

/**
 * True when a header row is response-level: no total (or per-year total) column, and either a
 * questionnaire-id column or at least two indicator columns.
 */
export function isResponseHeader(cells: readonly string[]): boolean {
  const roles = cells.map((c) => classifyHeader(c).kind);
  if (roles.some((r) => r === 'total' || r === 'yearValue')) return false;
  return cells.some(isRespondentHeader) || cells.filter(isIndicatorHeader).length >= 2;
}

/** Bundled metadata a response file may match by its groups and sub-index codes. */
export const BUNDLED_RESPONSE_METAS: readonly DatasetMeta[] = [
  bacKanDcciMeta as unknown as DatasetMeta,
];

/** What importRecords already found before it handed the file over. */
export interface ResponseContext {
  readonly encoding: Encoding;
  readonly delimiter: string | null;
  readonly headerLine: number;
  readonly illustrative: boolean;
  readonly titleText: string | null;
  /** Issues so far (decoding, title, illustrative marker). */
  readonly issues: readonly Issue[];
}

interface Columns {
  readonly year: number;
  readonly group: number;
  readonly unit: number;
  readonly respondent: number;
  /**
   * Indicator columns: file column index, the sub-index prefix as written, the indicator's code
   * (`transparency.1`, which keys its answers) and its label when the header gives one.
   */
  readonly indicators: readonly {
    readonly col: number;
    readonly prefix: string;
    readonly code: string;
    readonly label: string | null;
  }[];
}

const isBlank = (s: string): boolean => s.trim() === '';

/** Sub-index of a prefix in the metadata: by id, else by column header or name (no case/diacritics). */
function metaSubIndex(meta: DatasetMeta, prefix: string) {
  const key = foldKey(prefix);
  return (
    meta.subIndices.find((s) => foldKey(s.id) === key) ??
    meta.subIndices.find((s) =>
      [...s.columns, s.name.vi, s.name.en].some((c) => foldKey(c) === key),
    )
  );
}

/** A bundled meta whose groups hold every group text and whose sub-indices hold every prefix. */
function matchBundled(groupTexts: ReadonlySet<string>, prefixes: readonly string[]) {
  if (groupTexts.size === 0) return undefined;
  return BUNDLED_RESPONSE_METAS.find((meta) => {
    const resolve = groupResolver(meta);
    return (
      [...groupTexts].every((g) => resolve(g) !== null) &&
      prefixes.every((p) => metaSubIndex(meta, p) !== undefined)
    );
  });
}

/** Where the header is, for issues. */
interface HeaderAt {
  readonly line: number;
  readonly excelRow: number;
}

/**
 * Stage "column roles" of a response file: year, group, unit, questionnaire id and indicator
 * columns; duplicate headers refuse the file like in the unit-level path, others are ignored.
 */
function responseColumns(cells: readonly string[], width: number, at: HeaderAt, issues: Issue[]) {
  const roles = { year: -1, group: -1, unit: -1, respondent: -1 };
  const indicators: { col: number; prefix: string; code: string; label: string | null }[] = [];
  const seen = new Map<string, number>();
  for (let col = 0; col < width; col++) {
    const cell = cells[col] ?? '';
    const key = foldKey(cell);
    const column = columnLetter(col);
    const first = key === '' ? undefined : seen.get(key);
    if (first !== undefined) {
      const related = [{ line: at.line, column: columnLetter(first) }];
      issues.push(
        makeIssue('DUPLICATE_HEADER', { ...at, column, header: cell, value: cell, related }),
      );
      continue;
    }
    if (key !== '') seen.set(key, col);
    const kind = classifyHeader(cell).kind;
    if (isRespondentHeader(cell) && roles.respondent < 0) roles.respondent = col;
    else if ((kind === 'year' || kind === 'group' || kind === 'unit') && roles[kind] < 0)
      roles[kind] = col;
    else if (isIndicatorHeader(cell)) {
      // `transparency.1 Tiếp cận tài liệu quy hoạch`: the code keys the answers, the label is shown.
      const split = splitIndicatorHeader(cell);
      indicators.push({
        col,
        prefix: split?.subIndex ?? '',
        code: split?.code ?? cell,
        label: split?.label ?? null,
      });
    } else if (key !== '' && kind !== 'rowNumber')
      issues.push(
        makeIssue('COLUMN_IGNORED', { line: at.line, column, header: cell, value: cell }),
      );
  }
  const missing = [
    [roles.unit < 0, 'Đơn vị'],
    [indicators.length === 0, 'transparency.1'],
  ] as const;
  for (const [absent, label] of missing) {
    if (absent) issues.push(makeIssue('MISSING_REQUIRED_COLUMN', { ...at, value: label }));
  }
  return { ...roles, indicators } satisfies Columns;
}

/**
 * Stage "metadata": the given sidecar, else a bundled one whose groups and indicator codes the
 * file uses (RESPONSES_BUNDLED_META) — its names, groups and weights, but the user's file is
 * neither illustrative nor its source.
 */
function responseMeta(
  options: ImportOptions,
  ctx: ResponseContext,
  data: readonly CsvRecord[],
  columns: Columns,
  issues: Issue[],
): DatasetMeta | undefined {
  if (options.meta !== undefined) return options.meta;
  const groupTexts = new Set<string>();
  if (columns.group >= 0) {
    for (const r of data) {
      const g = canonicalName(stripFormulaPrefix(r.cells[columns.group] ?? ''));
      if (g !== '') groupTexts.add(g);
    }
  }
  const bundled = matchBundled(
    groupTexts,
    columns.indicators.map((c) => c.prefix),
  );
  if (bundled === undefined) return undefined;
  const names = [bundled.title.vi, bundled.title.en];
  issues.push(makeIssue('RESPONSES_BUNDLED_META', { params: { names } }));
  const { notes: _notes, methodChanges: _changes, ...rest } = bundled;
  return {
    ...rest,
    id: options.datasetId ?? (slug(fileTitle(options.fileName, null).vi) || 'imported'),
    illustrative: false,
    title: fileTitle(options.fileName, ctx.titleText),
    source: {
      name: { vi: options.fileName ?? 'Tệp nhập', en: options.fileName ?? 'Imported file' },
      licence: { vi: 'Chưa rõ', en: 'Unknown' },
    },
  };
}

/** Stage "indicators → sub-indices": the metadata's ids; without metadata one per prefix. */
function indicatorMapping(
  meta: DatasetMeta | undefined,
  columns: Columns,
  cells: readonly string[],
  at: HeaderAt,
  issues: Issue[],
): { subOf: SubIndexId[]; order: SubIndexId[]; mapping: IndicatorMapping } {
  const subOf = columns.indicators.map((ind): SubIndexId => {
    if (meta === undefined) return (slug(ind.prefix) || ind.prefix) as SubIndexId;
    const sub = metaSubIndex(meta, ind.prefix);
    if (sub !== undefined) return sub.id as SubIndexId;
    const cell = cells[ind.col] ?? '';
    issues.push(
      makeIssue('INDICATOR_UNKNOWN_SUB_INDEX', {
        ...at,
        column: columnLetter(ind.col),
        header: cell,
        value: cell,
        params: { names: meta.subIndices.map((s) => s.id).slice(0, 20) },
      }),
    );
    return '' as SubIndexId;
  });
  const order: SubIndexId[] =
    meta === undefined
      ? [...new Set(subOf)]
      : meta.subIndices.map((s) => s.id as SubIndexId).filter((id) => subOf.includes(id));
  const mapping: IndicatorMapping = {
    subIndexIds: order,
    indicators: order.map((id) => subOf.flatMap((s, j) => (s === id ? [j] : []))),
  };
  return { subOf, order, mapping };
}

/** What reading the respondents' rows needs besides the records. */
interface RowContext {
  readonly cells: readonly string[];
  readonly width: number;
  readonly columns: Columns;
  /** The decimal mark when no answer shows one (`,` in a `;` file, else `.`). */
  readonly fallbackDecimal: DecimalMark;
  readonly scale: AnswerScale;
  readonly fixedYear: number | null;
  readonly fixedGroup: Group | null;
  readonly resolveGroup: (text: string) => Group | null;
  /** The indicator columns' file indices (read on every answer). */
  readonly answerCols: Int32Array;
}

/** Everything the rows stage found: rows, groups, answer counts, questionnaire ids. */
interface RowsRead {
  readonly rows: ResponseRow[];
  readonly discovered: Map<string, Group>;
  /** Answers read per indicator. */
  readonly answered: Int32Array;
  /** The file's decimal mark, decided by its answers' votes. */
  decimal: DecimalMark;
  /**
   * Rows by year, unit and questionnaire id: the first row's index in `data`, or every row's
   * place once the id repeats (nested maps and no object per row: one per respondent was a
   * large share of this stage).
   */
  readonly respondentLines: Map<number, Map<UnitId, Map<string, number | RespondentRepeat>>>;
}

/** A questionnaire id seen on several rows of one unit and year. */
interface RespondentRepeat {
  readonly id: string;
  readonly year: number;
  readonly at: { line: number; excelRow: number }[];
}

/** The year cell of a respondent's row (strict: blank or junk is an error, no filling down). */
function responseYear(record: CsvRecord, ctx: RowContext, issues: Issue[]): number | null {
  const raw = rawCell(record, ctx.columns.year);
  const reading = readPlainNumber(raw, '.') ?? readToken(tokenizeCell(raw), '.');
  if (reading.kind === 'missing') {
    issues.push(
      makeIssue('YEAR_MISSING', { ...issueAt(record, ctx.columns.year, ctx), severity: 'error' }),
    );
    return null;
  }
  if (reading.kind === 'number' && inRange(reading.value, RANGES.year)) return reading.value;
  const code = reading.kind === 'junk' ? 'NOT_A_NUMBER' : 'OUT_OF_RANGE';
  const params = { min: RANGES.year.min, max: RANGES.year.max, integer: true };
  issues.push(makeIssue(code, { ...issueAt(record, ctx.columns.year, ctx), params }));
  return null;
}

type IssueAt = {
  line: number;
  excelRow: number;
  column: string;
  header: string;
  value: string;
};

/** Decimal-mark votes counted so far. */
interface Votes {
  dot: number;
  comma: number;
}

/**
 * Adds a cell's decimal-mark vote. A vote needs a digit, a mark and a digit: shorter cells (most
 * answers) never vote.
 */
function vote(cell: string, tokenize: (cell: string) => CellToken, votes: Votes): void {
  if (cell.length < 3) return;
  const mark = decimalVote(tokenize(stripFormulaPrefix(cell)));
  if (mark === '.') votes.dot++;
  else if (mark === ',') votes.comma++;
}

/** `tokenizeCell` remembered per short cell text (tokens are never mutated, so shared). */
const memoTokenize = (): ((cell: string) => CellToken) => memoByText(tokenizeCell, 24);

/**
 * `readToken(tokenizeCell(cell))` remembered per cell text: a response file holds a few distinct
 * answers ("1"–"5", blank) over hundreds of thousands of cells, and tokenizing each was the
 * largest cost of its import. Readings are never mutated, so sharing them is safe.
 */
const memoReadings = (decimal: DecimalMark): ((cell: string) => NumberReading) =>
  memoByText((cell) => readToken(tokenizeCell(cell), decimal), 24);

/** A cell of a record, its formula guard removed. */
const rawCell = (record: CsvRecord, col: number): string =>
  stripFormulaPrefix(record.cells[col] ?? '');

/** Where an issue at a cell of a respondent's row points (built only for an issue). */
const issueAt = (record: CsvRecord, col: number, ctx: RowContext): IssueAt => ({
  line: record.line,
  excelRow: record.excelRow,
  column: columnLetter(col),
  header: ctx.cells[col] ?? '',
  value: rawCell(record, col),
});

/** Answers whose reading waits for the file's decimal mark: the row's answers, record, index. */
interface Deferred {
  readonly answers: (number | null)[][];
  readonly records: CsvRecord[];
  readonly js: number[];
}

/**
 * One respondent's answers, each in the answer scale. Nearly every answer is one digit or blank
 * and is read at once; any other cell votes for the decimal mark and is read once the mark is
 * known (`readDeferred`), so the answers are visited once, not once more for the votes.
 */
function readAnswers(
  record: CsvRecord,
  ctx: RowContext,
  read: RowsRead,
  deferred: Deferred,
  votes: Votes,
  tokenize: (cell: string) => CellToken,
): (number | null)[] {
  const cols = ctx.answerCols;
  const cells = record.cells;
  const answered = read.answered;
  const { min, max } = ctx.scale;
  // A plain loop over the cells: this runs once per answer (over a million in a large file).
  // Sized once (every slot is written below): not grown answer by answer (measured faster,
  // later passes included).
  const answers = new Array<number | null>(cols.length);
  for (let j = 0; j < cols.length; j++) {
    const cell = cells[cols[j] as number] ?? '';
    if (cell.length <= 1) {
      const digit = cell.length === 0 ? -1 : cell.charCodeAt(0) - 0x30;
      if (cell.length === 0 || (digit >= 0 && digit <= 9 && digit >= min && digit <= max)) {
        if (digit >= 0) answered[j] = (answered[j] as number) + 1;
        answers[j] = digit >= 0 ? digit : null;
        continue;
      }
    }
    vote(cell, tokenize, votes);
    deferred.answers.push(answers);
    deferred.records.push(record);
    deferred.js.push(j);
    answers[j] = null;
  }
  return answers;
}

/** The answers `readAnswers` left for the decimal mark; problems are issues at their cells. */
function readDeferred(deferred: Deferred, ctx: RowContext, read: RowsRead, issues: Issue[]): void {
  const { scale } = ctx;
  const { decimal, answered } = read;
  // The decimal mark is fixed for the whole file, so a cell's text has one reading.
  const readings = memoReadings(decimal);
  for (let i = 0; i < deferred.js.length; i++) {
    const j = deferred.js[i] as number;
    const record = deferred.records[i] as CsvRecord;
    const answers = deferred.answers[i] as (number | null)[];
    const col = ctx.answerCols[j] as number;
    const reading = readings(stripFormulaPrefix(record.cells[col] ?? ''));
    if (reading.kind === 'number' || reading.kind === 'mixed') {
      if (reading.value >= scale.min && reading.value <= scale.max) {
        answered[j] = (answered[j] as number) + 1;
        answers[j] = reading.value;
        continue;
      }
      const params = { min: scale.min, max: scale.max };
      issues.push(makeIssue('ANSWER_OUT_OF_SCALE', { ...issueAt(record, col, ctx), params }));
    } else if (reading.kind === 'junk') {
      const params = { min: scale.min, max: scale.max };
      issues.push(makeIssue('NOT_A_NUMBER', { ...issueAt(record, col, ctx), params }));
    } else if (reading.kind === 'ambiguous') {
      const params = { decimal, reading: reading.value };
      issues.push(makeIssue('AMBIGUOUS_NUMBER', { ...issueAt(record, col, ctx), params }));
    }
  }
}

/** Stage "rows": each respondent's year, group, unit, questionnaire id and answers. */
function readResponseRows(data: readonly CsvRecord[], ctx: RowContext, issues: Issue[]): RowsRead {
  const { columns } = ctx;
  const read: RowsRead = {
    rows: [],
    discovered: new Map(),
    answered: new Int32Array(columns.indicators.length),
    respondentLines: new Map(),
    decimal: ctx.fallbackDecimal,
  };
  if (ctx.fixedGroup !== null) read.discovered.set(ctx.fixedGroup.id, ctx.fixedGroup);
  const namesNoticed = new Set<string>();
  // Every answer cell of every data row votes for the decimal mark, rows skipped below included.
  const votes: Votes = { dot: 0, comma: 0 };
  const tokenize = memoTokenize();
  const voteAll = (record: CsvRecord) => {
    for (const col of ctx.answerCols) vote(record.cells[col] ?? '', tokenize, votes);
  };
  const deferred: Deferred = { answers: [], records: [], js: [] };
  // Unit names repeat on every respondent's row; their reading and id are computed once each.
  const names = new Map<string, ReturnType<typeof readName>>();
  const ids = new Map<string, Map<string, UnitId>>();
  for (let index = 0; index < data.length; index++) {
    const record = data[index] as CsvRecord;
    const fieldIssue = checkFieldCount(record, ctx.width);
    if (fieldIssue !== null) {
      issues.push(fieldIssue);
      voteAll(record);
      continue;
    }
    const year = columns.year >= 0 ? responseYear(record, ctx, issues) : ctx.fixedYear;
    const group = columns.group >= 0 ? responseGroup(record, ctx, read, issues) : ctx.fixedGroup;
    const unitRaw = rawCell(record, columns.unit);
    let name = names.get(unitRaw);
    if (name === undefined) {
      name = readName(unitRaw);
      names.set(unitRaw, name);
    }
    if (name.name === '') {
      issues.push(makeIssue('EMPTY_UNIT_NAME', issueAt(record, columns.unit, ctx)));
      voteAll(record);
      continue;
    }
    // Names repeat on every respondent's row: one notice per distinct spelling is enough.
    if (name.codes.length > 0 && !namesNoticed.has(unitRaw)) {
      namesNoticed.add(unitRaw);
      for (const code of name.codes)
        issues.push(
          makeIssue(code, {
            ...issueAt(record, columns.unit, ctx),
            params: { canonical: name.name },
          }),
        );
    }
    const answers = readAnswers(record, ctx, read, deferred, votes, tokenize);
    const respondentId =
      columns.respondent >= 0 ? canonicalName(rawCell(record, columns.respondent)) || null : null;
    if (year === null || group === null) continue;
    let byName = ids.get(group.id);
    if (byName === undefined) ids.set(group.id, (byName = new Map()));
    let unit = byName.get(name.name);
    if (unit === undefined) {
      unit = unitId(group.id, name.name);
      byName.set(name.name, unit);
    }
    if (respondentId !== null) noteRespondent(read, data, index, year, unit, respondentId);
    read.rows.push({
      year,
      groupId: group.id,
      unitId: unit,
      unitName: name.name,
      respondentId,
      answers,
    });
  }
  // Answers use the file's decimal mark (a `;` file usually writes 3,5).
  read.decimal = decideDecimal(votes, ctx.fallbackDecimal);
  readDeferred(deferred, ctx, read, issues);
  return read;
}

/** Remembers the row of a questionnaire id (its index while the id is seen once). */
function noteRespondent(
  read: RowsRead,
  data: readonly CsvRecord[],
  index: number,
  year: number,
  unit: UnitId,
  id: string,
): void {
  let byUnit = read.respondentLines.get(year);
  if (byUnit === undefined) read.respondentLines.set(year, (byUnit = new Map()));
  let byId = byUnit.get(unit);
  if (byId === undefined) byUnit.set(unit, (byId = new Map()));
  const prior = byId.get(id);
  if (prior === undefined) {
    byId.set(id, index);
    return;
  }
  const at = (i: number) => {
    const record = data[i] as CsvRecord;
    return { line: record.line, excelRow: record.excelRow };
  };
  if (typeof prior === 'number') byId.set(id, { id, year, at: [at(prior), at(index)] });
  else prior.at.push(at(index));
}

/** The group cell of a respondent's row, resolved with the metadata's groups. */
function responseGroup(
  record: CsvRecord,
  ctx: RowContext,
  read: RowsRead,
  issues: Issue[],
): Group | null {
  const text = canonicalName(rawCell(record, ctx.columns.group));
  if (text === '') {
    issues.push(
      makeIssue('GROUP_MISSING', { ...issueAt(record, ctx.columns.group, ctx), severity: 'error' }),
    );
    return null;
  }
  const group = ctx.resolveGroup(text);
  if (group === null)
    issues.push(makeIssue('UNKNOWN_GROUP', issueAt(record, ctx.columns.group, ctx)));
  else if (!read.discovered.has(group.id)) read.discovered.set(group.id, group);
  return group;
}

/** One DUPLICATE_RESPONDENT per repeated questionnaire id, at its second row, listing the others. */
function duplicateRespondents(read: RowsRead, ctx: RowContext): Issue[] {
  const column = columnLetter(Math.max(ctx.columns.respondent, 0));
  const header = ctx.cells[ctx.columns.respondent] ?? '';
  const repeats: RespondentRepeat[] = [];
  for (const byUnit of read.respondentLines.values())
    for (const byId of byUnit.values())
      for (const seen of byId.values()) if (typeof seen !== 'number') repeats.push(seen);
  return repeats.flatMap(({ id, year, at }) => {
    const second = at[1];
    if (second === undefined) return [];
    const related = at.filter((a) => a !== second).map((a) => ({ line: a.line, column }));
    const params = { count: at.length, year };
    return [
      makeIssue('DUPLICATE_RESPONDENT', { ...second, column, header, value: id, related, params }),
    ];
  });
}

/** A sub-index nobody answered anywhere: kept missing, said once at its first column. */
function unansweredSubIndices(
  mapping: IndicatorMapping,
  read: RowsRead,
  ctx: RowContext,
  at: HeaderAt,
): Issue[] {
  return mapping.subIndexIds.flatMap((id, i) => {
    const cols = mapping.indicators[i] ?? [];
    if (cols.some((j) => (read.answered[j] ?? 0) > 0)) return [];
    const first = ctx.columns.indicators[cols[0] ?? -1];
    const column = first === undefined ? null : columnLetter(first.col);
    const header = first === undefined ? null : (ctx.cells[first.col] ?? '');
    return [makeIssue('SUB_INDEX_NO_ANSWERS', { ...at, column, header, value: id })];
  });
}

/**
 * Imports a response-level table whose header `importRecords` found: column roles → data
 * records (the ranking path's stage) → metadata → indicators → year and group (the ranking
 * path's stages: option, title, the metadata's only group) → rows → checks → aggregation
 * (`aggregateResponses`) → the unit-level Dataset with respondents and standard errors. Every
 * problem is an issue at its line and column; all are listed at once.
 */
export function importResponseRecords(
  records: readonly CsvRecord[],
  header: HeaderFound,
  options: ImportOptions,
  ctx: ResponseContext,
): ImportOutcome {
  const issues: Issue[] = [...ctx.issues];
  const at: HeaderAt = {
    line: ctx.headerLine,
    excelRow: records[header.index]?.excelRow ?? ctx.headerLine,
  };
  const finish = (ok: boolean, extra: Partial<ImportOutcome['report']> = {}): ImportOutcome => ({
    report: {
      ...refusedOutcome(ctx.encoding, [], ctx.delimiter).report,
      ok,
      headerLine: ctx.headerLine,
      ...extra,
      issues: orderIssues(issues),
    },
    dataset: null,
  });
  const cells = header.cells.map((c) => stripFormulaPrefix(c).normalize('NFC').trim());
  let width = cells.length;
  while (width > 0 && isBlank(cells[width - 1] ?? '')) width--;
  if (width > MAX_COLUMNS) {
    issues.push(
      makeIssue('TOO_MANY_COLUMNS', { ...at, params: { found: width, limit: MAX_COLUMNS } }),
    );
    return finish(false);
  }
  const columns = responseColumns(cells, width, at, issues);
  if (hasErrors(issues)) return finish(false);
  const found = dataRecords(records, header.index, cells, width);
  issues.push(...found.issues);
  if (found.tooMany) return finish(false);
  if (found.data.length === 0) {
    issues.push(makeIssue('NO_DATA_ROWS', at));
    return finish(false);
  }
  const meta = responseMeta(options, ctx, found.data, columns, issues);
  const indicators = indicatorMapping(meta, columns, cells, at, issues);
  const year = fixedYearOf(columns.year >= 0, options.year, header.titles);
  issues.push(...year.issues);
  const group =
    columns.group >= 0 ? { group: null, issues: [] } : optionOrOnlyGroup(meta, options.group);
  issues.push(...group.issues);
  const rowCtx: RowContext = {
    cells,
    width,
    columns,
    fallbackDecimal: ctx.delimiter === ';' ? ',' : '.',
    scale: options.answerScale ?? DEFAULT_ANSWER_SCALE,
    fixedYear: year.year,
    fixedGroup: group.group,
    resolveGroup: groupResolver(meta),
    answerCols: Int32Array.from(columns.indicators, (c) => c.col),
  };
  const read = readResponseRows(found.data, rowCtx, issues);
  issues.push(...duplicateRespondents(read, rowCtx));
  issues.push(...unansweredSubIndices(indicators.mapping, read, rowCtx, at));
  const years = [...new Set(read.rows.map((r) => r.year))].sort((a, b) => a - b);
  const partial = { decimal: read.decimal, years, groups: [...read.discovered.keys()] };
  if (hasErrors(issues)) return finish(false, partial);
  const complete = year.year !== null || columns.year >= 0;
  const grouped = group.group !== null || columns.group >= 0;
  if (!complete || !grouped) return finish(true, partial);
  const result = aggregated(read, rowCtx, indicators, meta, options, ctx, issues);
  return {
    ...finish(true, { ...partial, units: result.units, rows: result.rows }),
    dataset: result.dataset,
    // Kept with the dataset (same id) for the questions drill-down and the bootstrap.
    responses: result.responses,
  };
}

/**
 * Synthetic sub-index columns, so buildDataset and the preview see a unit-level table: named by
 * the metadata's first column (else its name, else the prefix as written).
 */
function subIndexPlans(
  order: readonly SubIndexId[],
  meta: DatasetMeta | undefined,
  prefix: (id: SubIndexId) => string,
): ColumnPlan[] {
  return order.map((id, index) => {
    const sub = meta?.subIndices.find((s) => s.id === id);
    return {
      index,
      letter: columnLetter(index),
      header: sub?.columns[0] ?? sub?.name.vi ?? prefix(id),
      role: 'subIndex',
      subIndexId: id,
      decimal: '.',
    };
  });
}

/** Stage "aggregation": scores, report rows and the Dataset from the respondents' rows. */
function aggregated(
  read: RowsRead,
  rowCtx: RowContext,
  indicators: { subOf: SubIndexId[]; order: SubIndexId[]; mapping: IndicatorMapping },
  meta: DatasetMeta | undefined,
  options: ImportOptions,
  ctx: ResponseContext,
  issues: Issue[],
): { units: number; rows: ReportRow[]; dataset: Dataset; responses: ImportedResponses } {
  const { order, subOf, mapping } = indicators;
  const { scale, columns } = rowCtx;
  const normalisation = options.normalisation ?? 'scale';
  const weights = new Map<SubIndexId, number>();
  for (const s of meta?.subIndices ?? []) {
    if (s.weight !== undefined) weights.set(s.id as SubIndexId, s.weight);
  }
  const table = { indicators: columns.indicators.map((c) => c.code), rows: read.rows };
  const scores = aggregateResponses(table, mapping, { scale, normalisation, weights });
  const params = { count: read.rows.length, found: scores.length, min: scale.min, max: scale.max };
  issues.push(
    makeIssue('RESPONSES_AGGREGATED', { value: normalisation, params }),
    makeIssue('RANK_COMPUTED_FROM_SCORE'),
  );
  const plans = subIndexPlans(order, meta, (id) => prefixOf(id, columns.indicators, subOf));
  const resolved: ResolvedRow[] = scores.map((s) => ({
    year: s.year,
    group: read.discovered.get(s.groupId) ?? {
      id: s.groupId,
      name: { vi: s.groupId, en: s.groupId },
    },
    unit: s.unitName,
    total: s.total,
    publishedRank: null,
    tier: null,
    respondents: s.respondents,
    standardError: s.standardError,
    notes: null,
    code: null,
    subIndices: new Map(order.map((id, index) => [index, s.subIndices.get(id) ?? null])),
  }));
  const rows: ReportRow[] = scores.map((s) => ({
    year: s.year,
    group: s.groupId,
    unit: s.unitName,
    score: s.total,
    rank: s.rank,
    rankSource: s.rank === null ? null : 'computed',
    subIndices: new Map(
      plans.map((p, index) => [
        p.header,
        s.subIndices.get(order[index] ?? ('' as SubIndexId)) ?? null,
      ]),
    ),
    notes: null,
  }));
  const dataset = buildDataset(resolved, {
    meta,
    datasetId: options.datasetId,
    fileName: options.fileName,
    titleText: ctx.titleText,
    illustrative: ctx.illustrative,
    columns: plans,
    groups: [...read.discovered.values()],
  });
  const labels = Object.fromEntries(
    columns.indicators.flatMap((c) => (c.label === null ? [] : [[c.code, c.label]])),
  );
  const responses = { table, mapping, scale, normalisation, labels };
  return { units: new Set(scores.map((s) => s.unitId)).size, rows, dataset, responses };
}

/** The prefix as written of a sub-index created without metadata (its name). */
function prefixOf(
  id: SubIndexId,
  indicators: readonly { readonly prefix: string }[],
  subOf: readonly SubIndexId[],
): string {
  const j = subOf.indexOf(id);
  return indicators[j]?.prefix ?? id;
}

function fileTitle(fileName: string | undefined, titleText: string | null) {
  const base = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const title = titleText ?? (base || 'Dữ liệu nhập');
  return { vi: title, en: title };
}

import { hasErrors, makeIssue, orderIssues } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import { canonicalName, foldKey } from '../domain/names.ts';
import type { Group, GroupId, SummaryRow, UnitId } from '../domain/types.ts';
import { buildDataset, guessIndexName, reportSubIndices, subIndexIdOf } from './buildDataset.ts';
import { datasetScale, declaredScale, typedIndexName } from './indexScale.ts';
import type { DeclaredScale } from './indexScale.ts';
import { keepSummaryRows } from './summaries.ts';
import { refusedOutcome } from './outcome.ts';
import type { WorkbookResult } from './xlsx.ts';
import { memoByText } from './memo.ts';
import { headerLengthIssues, unitIdMemo } from './names.ts';
import { isKnownHeader } from './columns.ts';
import type { ResolvedRow } from './buildDataset.ts';
import { findLostLetters, tryDecode } from './decode.ts';
import type { Encoding } from './decode.ts';
import { detectDelimiter, readSepLine } from './delimiter.ts';
import { findHeader, hasIllustrativeMarker, whatIfMarker } from './header.ts';
import type { HeaderFound } from './header.ts';
import type { ImportOptions, ImportOutcome, ImportReport, ParsedRow, ReportRow } from './model.ts';
import type { DecimalMark } from './numbers.ts';
import { tryParseCsv } from './parseCsv.ts';
import type { CsvRecord } from './parseCsv.ts';
import { reshapeWide } from './reshape.ts';
import { isSubIndexHeader, transposeSubIndexRows } from './transpose.ts';
import {
  importResponseRecords,
  isIndicatorHeader,
  isRespondentHeader,
  isResponseHeader,
} from './responses.ts';
import { kindIssue, sizeIssue, sniffBytes } from './sniff.ts';
import { MAX_COLUMNS, readTable } from './table.ts';
import type { Table } from './table.ts';
import { reportColumns } from './mapping.ts';
import { unitFromTitles } from './titles.ts';
import { fixedYearOf, resolveGroups, resolveYears } from './yearGroup.ts';
import { checkDuplicates, checkRanks, competitionRanks } from './validate.ts';

export type { ImportOptions, ImportOutcome, ImportReport, ReportRow } from './model.ts';
export type { Encoding } from './decode.ts';

export { refusedOutcome } from './outcome.ts';

/** True when the file name says .xlsx/.xlsm (a zip is then read as a workbook, not refused). */
export function isWorkbookName(fileName: string | undefined): boolean {
  return fileName === undefined || /\.xls[xm]$/i.test(fileName);
}

/**
 * Imports a CSV/TSV/TXT file's bytes: size check → magic-byte sniff → decode (BOM, UTF-8,
 * UTF-16, windows-1258, TCVN3, VNI; NFC) → `?`-lost letters → `sep=` line → delimiter →
 * PapaParse → header → columns → numbers → checks → Dataset. Pure and synchronous; runs in Node
 * (validator CLI) and in the import worker. Never throws on any input. A zip (xlsx) is refused
 * here as NOT_CSV_XLSX: use `importAnyBytes`, which reads workbooks.
 */
export function importBytes(bytes: Uint8Array, options: ImportOptions = {}): ImportOutcome {
  try {
    const size = sizeIssue(bytes.length);
    if (size !== null) return refusedOutcome('unknown', [size]);
    const kind = kindIssue(sniffBytes(bytes));
    if (kind !== null) return refusedOutcome('unknown', [kind]);
    const decoded = tryDecode(bytes);
    if (!decoded.ok) return refusedOutcome(decoded.encoding, decoded.issues);
    const { text, encoding, issues } = decoded.value;
    return importTextStages(text, options, encoding, issues, true);
  } catch (err) {
    return internalError(err);
  }
}

/**
 * Imports CSV bytes or an .xlsx workbook (read with read-excel-file, loaded only when needed).
 * This is what the worker and the CLI call.
 */
export async function importAnyBytes(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const size = sizeIssue(bytes.length);
  if (size !== null) return refusedOutcome('unknown', [size]);
  if (sniffBytes(bytes) === 'xlsx' && isWorkbookName(options.fileName)) {
    let sheet: WorkbookResult;
    try {
      const { tryReadWorkbook } = await import('./xlsx.ts');
      sheet = await tryReadWorkbook(
        bytes,
        options.sheet,
        (records) => findHeader(records) !== null,
      );
    } catch {
      // Whatever failed inside the workbook reader, the user's answer is the same.
      return refusedOutcome('xlsx', [makeIssue('XLSX_UNREADABLE')]);
    }
    if (!sheet.ok) return refusedOutcome('xlsx', sheet.issues);
    try {
      return importRecords(sheet.value.records, options, 'xlsx', null, sheet.value.issues);
    } catch (err) {
      return internalError(err);
    }
  }
  return importBytes(bytes, options);
}

function internalError(err: unknown): ImportOutcome {
  const detail = err instanceof Error ? err.message : String(err);
  return refusedOutcome('unknown', [makeIssue('INTERNAL_ERROR', { value: detail.slice(0, 200) })]);
}

/**
 * Imports decoded text: a table pasted from Excel or a web page (tab-separated), or a file after
 * decoding. `decodeIssues` are the decoder's notices. Never throws.
 */
export function importText(
  text: string,
  options: ImportOptions = {},
  encoding: Encoding = 'utf-8',
  decodeIssues: readonly Issue[] = [],
): ImportOutcome {
  try {
    return importTextStages(text, options, encoding, decodeIssues);
  } catch (err) {
    return internalError(err);
  }
}

function importTextStages(
  text: string,
  options: ImportOptions,
  encoding: Encoding,
  decodeIssues: readonly Issue[],
  isNfc = false,
): ImportOutcome {
  // Decoded text is NFC already (decode.ts); pasted text is normalised here.
  const nfc = isNfc ? text : text.normalize('NFC');
  if (nfc.trim() === '')
    return refusedOutcome(encoding, [...decodeIssues, makeIssue('EMPTY_FILE')]);
  const lost = findLostLetters(nfc);
  if (lost.length > 0) return refusedOutcome(encoding, [...decodeIssues, ...lost]);
  const issues: Issue[] = [...decodeIssues];
  const sep = readSepLine(nfc);
  if (sep.delimiter !== null) {
    issues.push(
      makeIssue('SEP_LINE_USED', { line: 1, excelRow: null, value: `sep=${sep.delimiter}` }),
    );
  }
  const delimiter = sep.delimiter ?? detectDelimiter(sep.rest);
  const parsed = tryParseCsv(sep.rest, delimiter, sep.delimiter === null ? 0 : 1);
  if (!parsed.ok) return refusedOutcome(encoding, [...issues, ...parsed.issues], delimiter);
  return importRecords(parsed.value, options, encoding, delimiter, issues);
}

/**
 * Stage "width and emptiness", before any per-cell work: a row wider than MAX_COLUMNS is refused
 * at once (the header search would otherwise classify a million cells), and a file without a
 * single value is EMPTY_FILE — or NO_VALUES when it is only separators ("3 MB of commas").
 */
function shapeIssue(records: readonly CsvRecord[], delimiter: string | null): Issue | null {
  for (const record of records) {
    let width = record.cells.length;
    if (width <= MAX_COLUMNS) continue;
    while (width > MAX_COLUMNS && (record.cells[width - 1] ?? '').trim() === '') width--;
    if (width > MAX_COLUMNS) {
      while (width > 0 && (record.cells[width - 1] ?? '').trim() === '') width--;
      return makeIssue('TOO_MANY_COLUMNS', {
        line: record.line,
        excelRow: record.excelRow,
        params: { found: width, limit: MAX_COLUMNS },
      });
    }
  }
  if (records.some((r) => r.cells.some((c) => c.trim() !== ''))) return null;
  const onlySeparators = delimiter !== null && records.some((r) => r.cells.length > 1);
  return onlySeparators
    ? makeIssue('NO_VALUES', { value: delimiter, params: { count: records.length } })
    : makeIssue('EMPTY_FILE');
}

/** Header detection with its notices: title rows above it, the illustrative marker, merged rows. */
function headerStage(
  records: readonly CsvRecord[],
  meta: ImportOptions['meta'],
): { header: HeaderFound; headerLine: number; illustrative: boolean; issues: Issue[] } {
  const metaKnown = new Set<string>();
  for (const s of meta?.subIndices ?? []) for (const c of s.columns) metaKnown.add(foldKey(c));
  // Asked of every cell of the first 30 rows (a response file's answers repeat): remembered.
  const isKnown = memoByText(
    (cell) =>
      metaKnown.has(foldKey(cell)) ||
      isKnownHeader(cell) ||
      isRespondentHeader(cell) ||
      isIndicatorHeader(cell) ||
      isSubIndexHeader(cell),
    300,
  );
  const header = findHeader(records, isKnown) ?? firstRowHeader(records);
  const headerRecord = records[header.index];
  const headerLine = headerRecord?.line ?? 1;
  const at = { line: headerLine, excelRow: headerRecord?.excelRow ?? headerLine };
  const issues: Issue[] = [];
  if (header.titles.length > 0) {
    const value =
      header.titles[0]?.cells
        .find((c) => c.trim() !== '')
        ?.trim()
        .slice(0, 160) ?? null;
    const related = header.titles.map((t) => ({ line: t.line, column: null }));
    issues.push(makeIssue('HEADER_BELOW_TITLE', { ...at, value, related }));
  }
  const illustrative = hasIllustrativeMarker(header.titles);
  const marked = header.titles.find((t) => hasIllustrativeMarker([t]));
  if (marked !== undefined) {
    const where = { line: marked.line, excelRow: marked.excelRow };
    issues.push(makeIssue('ILLUSTRATIVE_MARKER', where));
  }
  if (header.mergedFrom !== null) {
    const related = [{ line: records[header.mergedFrom]?.line ?? null, column: null }];
    issues.push(makeIssue('HEADER_ROWS_MERGED', { ...at, related }));
  }
  return { header, headerLine, illustrative, issues };
}

/**
 * Stage "single unit": a table without a unit column is one unit's history; its unit comes from
 * the user (`unit` option) or the title ("… của tỉnh Bắc Kạn"). Null when neither gives it.
 */
function singleUnitOf(
  options: ImportOptions,
  titles: readonly CsvRecord[],
): { readonly unit: string | null; readonly issues: Issue[] } {
  const typed = canonicalName(options.unit ?? '');
  if (typed !== '') return { unit: typed, issues: [] };
  const fromTitle = unitFromTitles(titles);
  if (fromTitle === null) return { unit: null, issues: [makeIssue('UNIT_MISSING')] };
  const at = { line: fromTitle.record.line, excelRow: fromTitle.record.excelRow };
  return {
    unit: fromTitle.unit,
    issues: [makeIssue('UNIT_FROM_TITLE', { ...at, value: fromTitle.unit })],
  };
}

/** A refusal's outcome at a stage: what is known so far (decimal mark, header, columns, scale). */
function refuser(
  encoding: Encoding,
  delimiter: string | null,
  issues: readonly Issue[],
  checkedScale: () => DeclaredScale | null,
): RankingContext['refuse'] {
  return (decimal = '.', headerLine = 0, columns) => {
    const scale = checkedScale();
    return {
      report: {
        ...refusedOutcome(encoding, issues, delimiter).report,
        decimal,
        headerLine,
        ...(columns === undefined ? {} : { columns: reportColumns(columns, subIndexIdOf) }),
        ...(scale === null ? {} : { scale: { min: scale.range.min, max: scale.range.max } }),
      },
      dataset: null,
    };
  };
}

/**
 * The stages shared by CSV and xlsx: header → columns → numbers → checks → Dataset. Records
 * carry their own line numbers (CSV physical lines or sheet rows).
 */
export function importRecords(
  records: readonly CsvRecord[],
  options: ImportOptions,
  encoding: Encoding,
  delimiter: string | null,
  earlierIssues: readonly Issue[],
): ImportOutcome {
  const issues: Issue[] = [...earlierIssues];
  // Once known, the scale cells were checked against goes into a refusal too (it names it).
  let checkedScale: DeclaredScale | null = null;
  const refuse = refuser(encoding, delimiter, issues, () => checkedScale);
  const shape = shapeIssue(records, delimiter);
  if (shape !== null) {
    issues.push(shape);
    return refuse(undefined, shape.line ?? 0);
  }
  const found = headerStage(records, options.meta);
  const { header, headerLine, illustrative } = found;
  const longHeaders = headerLengthIssues(header.cells, {
    line: headerLine,
    excelRow: records[header.index]?.excelRow ?? headerLine,
  });
  if (longHeaders.length > 0) {
    issues.push(...longHeaders);
    return refuse('.', headerLine);
  }
  issues.push(...found.issues);
  // A what-if export (recomputed totals) is never a ranking: refused, with that reason.
  const whatIf = whatIfMarker(header.titles);
  if (whatIf !== null) {
    issues.push(
      makeIssue('WHAT_IF_NOT_A_RANKING', { line: whatIf.line, excelRow: whatIf.excelRow }),
    );
    return refuse('.', headerLine);
  }
  // Sub-indices as rows, units as columns: read again as one row per unit (transpose.ts).
  const again = transposeSubIndexRows(records, header, earlierIssues);
  if (again) return importRecords(again.records, options, encoding, delimiter, again.issues);

  // One row per respondent: aggregated into unit-level rows (src/import/responses.ts).
  if (isResponseHeader(header.cells)) {
    return importResponseRecords(records, header, options, {
      encoding,
      delimiter,
      headerLine,
      illustrative,
      titleText: titleOf(header),
      issues,
    });
  }

  const single = singleUnitOf(options, header.titles);
  const scale = declaredScale(options.scale, header.titles, header.cells);
  checkedScale = scale;
  const table = readTable(records, header, delimiter, {
    meta: options.meta,
    mapping: options.mapping,
    scale,
    singleUnit: (columns) =>
      single.unit !== null || options.unit !== undefined || columns.some((c) => c.role === 'year'),
  });
  issues.push(...table.issues);
  if (hasErrors(issues)) return refuse(table.decimal, headerLine, table.columns);
  return rankingRows(table, {
    scale,
    records,
    options,
    header,
    headerLine,
    illustrative,
    single,
    issues,
    encoding,
    delimiter,
    refuse,
  });
}

interface RankingContext {
  readonly scale: DeclaredScale;
  readonly records: readonly CsvRecord[];
  readonly options: ImportOptions;
  readonly header: HeaderFound;
  readonly headerLine: number;
  readonly illustrative: boolean;
  readonly single: { readonly unit: string | null; readonly issues: Issue[] };
  readonly issues: Issue[];
  readonly encoding: Encoding;
  readonly delimiter: string | null;
  readonly refuse: (
    decimal?: DecimalMark,
    headerLine?: number,
    columns?: Table['columns'],
  ) => ImportOutcome;
}

/** Stages after the table: wide reshape, single unit, year, group, checks, report, Dataset. */
function rankingRows(table: Table, ctx: RankingContext): ImportOutcome {
  const { options, header, headerLine, issues } = ctx;
  let rows: ParsedRow[] = [...table.rows];
  if (table.wide) {
    const reshaped = reshapeWide(rows, table.columns);
    rows = reshaped.rows;
    issues.push(...reshaped.issues);
  }
  if (!table.columns.some((c) => c.role === 'unit')) {
    issues.push(...ctx.single.issues);
    const unit = ctx.single.unit ?? '';
    rows = rows.map((row) => ({ ...row, unit, unitRaw: unit }));
  }
  if (rows.length === 0) {
    const excelRow = ctx.records[header.index]?.excelRow ?? headerLine;
    issues.push(makeIssue('NO_DATA_ROWS', { line: headerLine, excelRow }));
    return ctx.refuse(table.decimal, headerLine, table.columns);
  }
  const hasYearColumn = table.wide || table.columns.some((c) => c.role === 'year');
  const fixed = fixedYearOf(hasYearColumn, options.year, header.titles);
  issues.push(...fixed.issues);
  const years = resolveYears(rows, table.columns, table.wide, fixed.year);
  issues.push(...years.issues);
  const groups = resolveGroups({
    rows,
    columns: table.columns,
    sections: table.sections,
    meta: options.meta,
    optionGroup: options.group,
  });
  issues.push(...groups.issues);
  const resolved = rows.map((row, i) => ({
    row,
    year: years.years[i] ?? null,
    group: groups.groups[i] ?? null,
  }));
  const unitIdOf = unitIdMemo();
  issues.push(...rowChecks(resolved, table, unitIdOf));
  previewConvertedNames(issues, rows, ctx.encoding);
  if (hasErrors(issues)) return ctx.refuse(table.decimal, headerLine, table.columns);
  const summaryRows = keepSummaryRows({
    summaries: table.summaries,
    resolved,
    columns: table.columns,
    wide: table.wide,
    fixedYear: fixed.year,
    groups: groups.discovered,
    meta: options.meta,
  });
  return finish(resolved, table, { groups: groups.discovered, summaryRows, unitIdOf }, ctx);
}

type Resolved = {
  readonly row: ParsedRow;
  readonly year: number | null;
  readonly group: Group | null;
};

// The few (year, group) keys of a file, one string each, looked up by group id and year (a
// group's id is one shared string): not a new string per row and check. Bounded; ids and years
// only, never cell text.
const BUCKETS = new Map<string, Map<number | null, string>>();

const bucketOf = (year: number | null, group: Group | null): string => {
  const groupKey = group?.id ?? '?';
  let byYear = BUCKETS.get(groupKey);
  if (byYear === undefined) {
    if (BUCKETS.size > 1000) BUCKETS.clear();
    byYear = new Map();
    BUCKETS.set(groupKey, byYear);
  }
  let key = byYear.get(year);
  if (key === undefined) {
    key = `${year ?? '?'}\u0000${groupKey}`;
    byYear.set(year, key);
  }
  return key;
};

/** Duplicates and published ranks, within (year, group); unknown year/group compare as one bucket. */
function rowChecks(
  resolved: readonly Resolved[],
  table: Table,
  unitIdOf: (groupId: GroupId, name: string) => UnitId,
): Issue[] {
  const unitColumn = table.columns.find((c) => c.role === 'unit');
  const issues = checkDuplicates(
    resolved.map(({ row, year, group }) => ({
      row,
      bucket: bucketOf(year, group),
      unitId: unitIdOf((group?.id ?? '?') as GroupId, row.unit),
      unitCol: unitColumn?.index ?? 0,
      unitHeader: unitColumn?.header ?? '',
      year,
    })),
  );
  const rankColumn = publishedRankColumn(table);
  const rankInputs = resolved.map(({ row, year, group }) => ({ row, key: bucketOf(year, group) }));
  if (rankColumn !== undefined) {
    issues.push(...checkRanks(rankInputs, rankColumn.index, rankColumn.header));
  } else {
    issues.push(makeIssue('RANK_COMPUTED_FROM_SCORE'));
  }
  return issues;
}

/** The column published ranks come from (a wide file's first year-rank column stands for all). */
function publishedRankColumn(table: Table): Table['columns'][number] | undefined {
  return table.columns.find((c) => c.role === 'rank' || c.role === 'yearRank');
}

/** A preview of names read from a legacy encoding, so the user can see they are right. */
function previewConvertedNames(
  issues: Issue[],
  rows: readonly ParsedRow[],
  encoding: Encoding,
): void {
  const converted = issues.findIndex(
    (i) =>
      i.code === 'ENCODING_CONVERTED' &&
      (encoding === 'tcvn3' || encoding === 'vni' || i.severity === 'warning'),
  );
  const issue = issues[converted];
  if (issue === undefined) return;
  const names = [...new Set(rows.map((r) => r.unit))].slice(0, 5);
  issues[converted] = { ...issue, params: { ...issue.params, names } };
}

/** The preview's rows: published ranks as read, else competition ranks within (year, group). */
function reportRowsOf(resolved: readonly Resolved[], table: Table): ReportRow[] {
  const published = publishedRankColumn(table) !== undefined;
  const computed = published
    ? []
    : competitionRanks(
        resolved.map(({ row, year, group }) => ({ row, key: bucketOf(year, group) })),
      );
  const rankOf = (row: ParsedRow, i: number): number | null =>
    published ? row.rank : (computed[i] ?? null);
  return resolved.map(({ row, year, group }, i) => ({
    year,
    group: group?.id ?? null,
    unit: row.unit,
    score: row.total,
    rank: rankOf(row, i),
    rankSource: rankOf(row, i) === null ? null : published ? 'published' : 'computed',
    tier: row.tier,
    fieldSize: row.fieldSize,
    subIndices: reportSubIndices(row.subIndices, table.columns),
    notes: row.notes,
  }));
}

/** A complete row (year and group known) as buildDataset takes it. */
const datasetRow = ({ row, year, group }: Resolved): ResolvedRow => ({
  year: year ?? 0,
  group: group ?? { id: '' as GroupId, name: { vi: '', en: '' } },
  unit: row.unit,
  total: row.total,
  publishedRank: row.rank,
  tier: row.tier,
  respondents: row.respondents,
  standardError: row.standardError,
  notes: row.notes,
  code: row.code,
  subIndices: row.subIndices,
  fieldSize: row.fieldSize,
});

/** The report of an importable file and, when every row has a year and group, its Dataset. */
function finish(
  resolved: readonly Resolved[],
  table: Table,
  found: {
    readonly groups: readonly Group[];
    readonly summaryRows: readonly SummaryRow[];
    readonly unitIdOf: (groupId: GroupId, name: string) => UnitId;
  },
  ctx: RankingContext,
): ImportOutcome {
  const discovered = found.groups;
  const indexName =
    typedIndexName(ctx.options.indexName) ??
    ctx.options.meta?.indexName ??
    guessIndexName(table.columns, titleOf(ctx.header));
  const reportRows = reportRowsOf(resolved, table);
  const report: ImportReport = {
    ok: true,
    encoding: ctx.encoding,
    delimiter: ctx.delimiter,
    decimal: table.decimal,
    headerLine: ctx.headerLine,
    units: new Set(
      resolved.map(({ row, group }) => found.unitIdOf((group?.id ?? '?') as GroupId, row.unit)),
    ).size,
    years: [...new Set(resolved.map((r) => r.year).filter((y): y is number => y !== null))].sort(
      (a, b) => a - b,
    ),
    groups: discovered.map((g) => g.id),
    rows: reportRows,
    issues: orderIssues(ctx.issues),
    columns: reportColumns(table.columns, subIndexIdOf),
    index: indexName,
    scale: { min: ctx.scale.range.min, max: ctx.scale.range.max },
  };
  const complete = resolved.every((r) => r.year !== null && r.group !== null && r.row.unit !== '');
  if (!complete) return { report, dataset: null };
  const resolvedRows = resolved.map(datasetRow);
  const dataset = buildDataset(resolvedRows, {
    meta: ctx.options.meta,
    datasetId: ctx.options.datasetId,
    fileName: ctx.options.fileName,
    titleText: titleOf(ctx.header),
    illustrative: ctx.illustrative,
    columns: table.columns,
    groups: [...discovered],
    indexName,
    scale: datasetScale(ctx.scale),
    summaryRows: found.summaryRows,
    unitIdOf: found.unitIdOf,
  });
  return { report, dataset };
}

/** Without a recognisable header row, the first non-empty record is taken (to name what is missing). */
function firstRowHeader(records: readonly CsvRecord[]): HeaderFound {
  const index = Math.max(
    0,
    records.findIndex((r) => r.cells.some((c) => c.trim() !== '')),
  );
  return { index, cells: records[index]?.cells ?? [], mergedFrom: null, titles: [] };
}

/** The first title row that is not the illustrative marker (the dataset's title), or null. */
function titleOf(header: HeaderFound): string | null {
  const text =
    header.titles.find((t) => !hasIllustrativeMarker([t]))?.cells.find((c) => c.trim() !== '') ??
    null;
  return text === null ? null : canonicalName(text);
}

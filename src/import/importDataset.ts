import { hasErrors, makeIssue, orderIssues } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import { canonicalName, foldKey, unitId } from '../domain/names.ts';
import type { Group, GroupId } from '../domain/types.ts';
import { buildDataset, reportSubIndices } from './buildDataset.ts';
import { groupResolver } from './groups.ts';
import { withoutBlockWord } from './sections.ts';
import { refusedOutcome } from './outcome.ts';
import type { WorkbookResult } from './xlsx.ts';
import { headerLengthIssues } from './names.ts';
import { isKnownHeader } from './columns.ts';
import type { ResolvedRow } from './buildDataset.ts';
import { findLostLetters, tryDecode } from './decode.ts';
import type { Encoding } from './decode.ts';
import { detectDelimiter, readSepLine } from './delimiter.ts';
import { findHeader, hasIllustrativeMarker, yearFromTitles } from './header.ts';
import type { HeaderFound } from './header.ts';
import type { ImportOptions, ImportOutcome, ImportReport, ParsedRow, ReportRow } from './model.ts';
import type { DecimalMark } from './numbers.ts';
import { tryParseCsv } from './parseCsv.ts';
import type { CsvRecord } from './parseCsv.ts';
import { reshapeWide } from './reshape.ts';
import {
  importResponseRecords,
  isIndicatorHeader,
  isRespondentHeader,
  isResponseHeader,
} from './responses.ts';
import { kindIssue, sizeIssue, sniffBytes } from './sniff.ts';
import { MAX_COLUMNS, readTable } from './table.ts';
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
    return importTextStages(
      decoded.value.text,
      options,
      decoded.value.encoding,
      decoded.value.issues,
    );
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
): ImportOutcome {
  const nfc = text.normalize('NFC');
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
  const meta = options.meta;
  const refuse = (decimal: DecimalMark = '.', headerLine = 0): ImportOutcome => ({
    report: { ...refusedOutcome(encoding, issues, delimiter).report, decimal, headerLine },
    dataset: null,
  });
  // Width first, before any per-cell work: a row of a million cells is refused at once (the
  // header search below would otherwise classify every one of them).
  for (const record of records) {
    let width = record.cells.length;
    if (width <= MAX_COLUMNS) continue;
    while (width > MAX_COLUMNS && (record.cells[width - 1] ?? '').trim() === '') width--;
    if (width > MAX_COLUMNS) {
      while (width > 0 && (record.cells[width - 1] ?? '').trim() === '') width--;
      issues.push(
        makeIssue('TOO_MANY_COLUMNS', {
          line: record.line,
          excelRow: record.excelRow,
          params: { found: width, limit: MAX_COLUMNS },
        }),
      );
      return refuse(undefined, record.line);
    }
  }
  if (!records.some((r) => r.cells.some((c) => c.trim() !== ''))) {
    // Separators but no value at all ("3 MB of commas") is not an empty file: say what it holds.
    const onlySeparators = delimiter !== null && records.some((r) => r.cells.length > 1);
    issues.push(
      onlySeparators
        ? makeIssue('NO_VALUES', { value: delimiter, params: { count: records.length } })
        : makeIssue('EMPTY_FILE'),
    );
    return refuse();
  }

  const metaKnown = new Set<string>();
  for (const s of meta?.subIndices ?? []) for (const c of s.columns) metaKnown.add(foldKey(c));
  const header =
    findHeader(
      records,
      (cell) =>
        metaKnown.has(foldKey(cell)) ||
        isKnownHeader(cell) ||
        isRespondentHeader(cell) ||
        isIndicatorHeader(cell),
    ) ?? firstRowHeader(records);
  const headerRecord = records[header.index];
  const headerLine = headerRecord?.line ?? 1;
  const longHeaders = headerLengthIssues(header.cells, {
    line: headerLine,
    excelRow: headerRecord?.excelRow ?? headerLine,
  });
  if (longHeaders.length > 0) {
    issues.push(...longHeaders);
    return refuse('.', headerLine);
  }

  if (header.titles.length > 0) {
    issues.push(
      makeIssue('HEADER_BELOW_TITLE', {
        line: headerLine,
        excelRow: headerRecord?.excelRow ?? headerLine,
        value:
          header.titles[0]?.cells
            .find((c) => c.trim() !== '')
            ?.trim()
            .slice(0, 160) ?? null,
        related: header.titles.map((t) => ({ line: t.line, column: null })),
      }),
    );
  }
  const illustrative = hasIllustrativeMarker(header.titles);
  if (illustrative) {
    const marked = header.titles.find((t) => hasIllustrativeMarker([t]));
    issues.push(
      makeIssue('ILLUSTRATIVE_MARKER', {
        line: marked?.line ?? 1,
        excelRow: marked?.excelRow ?? 1,
      }),
    );
  }
  if (header.mergedFrom !== null) {
    const upper = records[header.mergedFrom];
    issues.push(
      makeIssue('HEADER_ROWS_MERGED', {
        line: headerLine,
        excelRow: headerRecord?.excelRow ?? headerLine,
        related: [{ line: upper?.line ?? null, column: null }],
      }),
    );
  }

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

  const table = readTable(records, header, delimiter, meta);
  issues.push(...table.issues);
  if (hasErrors(issues)) return refuse(table.decimal, headerLine);

  let rows: ParsedRow[] = [...table.rows];
  if (table.wide) {
    const reshaped = reshapeWide(rows, table.columns);
    rows = reshaped.rows;
    issues.push(...reshaped.issues);
  }
  if (rows.length === 0) {
    issues.push(
      makeIssue('NO_DATA_ROWS', {
        line: headerLine,
        excelRow: headerRecord?.excelRow ?? headerLine,
      }),
    );
    return refuse(table.decimal, headerLine);
  }

  // Year: the column, else the option, else the title.
  const hasYearColumn = table.wide || table.columns.some((c) => c.role === 'year');
  let fixedYear: number | null = options.year ?? null;
  if (!hasYearColumn && fixedYear === null) {
    const fromTitle = yearFromTitles(header.titles);
    if (fromTitle !== null) {
      fixedYear = fromTitle.year;
      issues.push(
        makeIssue('YEAR_FROM_TITLE', {
          line: fromTitle.record.line,
          excelRow: fromTitle.record.excelRow,
          value: String(fromTitle.year),
          params: { year: fromTitle.year },
        }),
      );
    } else {
      issues.push(makeIssue('YEAR_MISSING'));
    }
  }
  const yearColumn = table.columns.find((c) => c.role === 'year');
  // Merged cells in Excel (one "2019" or "Sở, ban, ngành" spanning a block of rows) reach the
  // CSV as a value on the block's first row and empty cells below: fill down, with a notice.
  const filled = { year: [] as number[], group: [] as number[] };
  let lastYear: number | null = null;
  let lastGroup: Group | null = null;
  const yearOf = (row: ParsedRow): number | null => {
    if (!hasYearColumn) return fixedYear;
    if (row.year !== null) {
      lastYear = row.year;
      return row.year;
    }
    if (fixedYear !== null) return fixedYear;
    if (lastYear !== null && !table.wide && row.yearBlank) {
      filled.year.push(row.line);
      return lastYear;
    }
    issues.push(
      makeIssue('YEAR_MISSING', {
        severity: 'error',
        line: row.line,
        excelRow: row.excelRow,
        column: yearColumn?.letter ?? null,
        header: yearColumn?.header ?? null,
        value: '',
      }),
    );
    return null;
  };

  // Group: the column (matched to the sidecar's groups), else the option, else the sidecar's only group.
  const groupColumn = table.columns.find((c) => c.role === 'group');
  const resolver = groupResolver(meta);
  const discovered = new Map<string, Group>();
  // Block headings inside the table ("I. KHỐI SỞ, BAN, NGÀNH") give the group of the rows below
  // them when neither a group column nor the options do.
  const optionGroup = options.group !== undefined && options.group.trim() !== '';
  const sectionsGiveGroup =
    groupColumn === undefined && !optionGroup && rows.some((r) => r.section !== null);
  if (!sectionsGiveGroup) {
    for (const section of table.sections) {
      issues.push(makeIssue('SECTION_ROW_IGNORED', { line: section.line, value: section.name }));
    }
  }
  let fixedGroup: Group | null = null;
  if (groupColumn === undefined) {
    if (optionGroup && options.group !== undefined) {
      fixedGroup = resolver(options.group);
      if (fixedGroup === null) issues.push(makeIssue('UNKNOWN_GROUP', { value: options.group }));
    } else if (meta !== undefined && meta.groups.length === 1 && meta.groups[0] !== undefined) {
      fixedGroup = { id: meta.groups[0].id as GroupId, name: meta.groups[0].name };
    } else if (!sectionsGiveGroup || rows.some((r) => r.section === null)) {
      issues.push(makeIssue('GROUP_MISSING'));
    }
  }
  const sectionGroups = new Map<number, Group | null>();
  const groupOf = (row: ParsedRow): Group | null => {
    if (sectionsGiveGroup && row.section !== null && row.sectionLine !== null) {
      if (!sectionGroups.has(row.sectionLine)) {
        const group = resolver(row.section) ?? resolver(withoutBlockWord(row.section));
        sectionGroups.set(row.sectionLine, group);
        issues.push(
          group === null
            ? makeIssue('UNKNOWN_GROUP', { line: row.sectionLine, value: row.section })
            : makeIssue('GROUP_FROM_SECTION', {
                line: row.sectionLine,
                value: row.section,
                params: { canonical: group.name.vi },
              }),
        );
        if (group !== null && !discovered.has(group.id)) discovered.set(group.id, group);
      }
      return sectionGroups.get(row.sectionLine) ?? null;
    }
    if (groupColumn === undefined) return fixedGroup;
    const at = {
      line: row.line,
      excelRow: row.excelRow,
      column: groupColumn.letter,
      header: groupColumn.header,
      value: row.groupText ?? '',
    };
    if (row.groupText === null || row.groupText === '') {
      if (lastGroup !== null) {
        filled.group.push(row.line);
        return lastGroup;
      }
      issues.push(makeIssue('GROUP_MISSING', { ...at, severity: 'error' }));
      return null;
    }
    const group = resolver(row.groupText);
    lastGroup = group;
    if (group === null) {
      issues.push(makeIssue('UNKNOWN_GROUP', at));
      return null;
    }
    if (!discovered.has(group.id)) discovered.set(group.id, group);
    return group;
  };

  const resolved = rows.map((row) => ({ row, year: yearOf(row), group: groupOf(row) }));
  for (const [lines, column] of [
    [filled.year, yearColumn],
    [filled.group, groupColumn],
  ] as const) {
    if (lines.length > 0 && column !== undefined) {
      issues.push(
        makeIssue('MERGED_CELLS_FILLED', {
          line: lines[0] ?? null,
          column: column.letter,
          header: column.header,
          related: lines.slice(1).map((line) => ({ line, column: column.letter })),
          params: { count: lines.length },
        }),
      );
    }
  }
  if (fixedGroup !== null) discovered.set(fixedGroup.id, fixedGroup);

  // Duplicates and ranks, within (year, group); unknown year/group compare as one bucket.
  const unitColumn = table.columns.find((c) => c.role === 'unit');
  const bucket = (year: number | null, group: Group | null): string =>
    `${year ?? '?'}\u0000${group?.id ?? '?'}`;
  issues.push(
    ...checkDuplicates(
      resolved.map(({ row, year, group }) => ({
        row,
        key: `${bucket(year, group)}\u0000${unitId((group?.id ?? '?') as GroupId, row.unit)}`,
        unitCol: unitColumn?.index ?? 0,
        unitHeader: unitColumn?.header ?? '',
        year,
      })),
    ),
  );
  const rankColumn = table.columns.find((c) => c.role === 'rank');
  const rankInputs = resolved.map(({ row, year, group }) => ({ row, key: bucket(year, group) }));
  if (rankColumn !== undefined) {
    issues.push(...checkRanks(rankInputs, rankColumn.index, rankColumn.header));
  } else {
    issues.push(makeIssue('RANK_COMPUTED_FROM_SCORE'));
  }
  const computed = rankColumn === undefined ? competitionRanks(rankInputs) : [];

  // A preview of names read from a legacy encoding, so the user can see they are right.
  const converted = issues.findIndex(
    (i) =>
      i.code === 'ENCODING_CONVERTED' &&
      (encoding === 'tcvn3' || encoding === 'vni' || i.severity === 'warning'),
  );
  const convertedIssue = issues[converted];
  if (convertedIssue !== undefined) {
    const names = [...new Set(rows.map((r) => r.unit))].slice(0, 5);
    issues[converted] = { ...convertedIssue, params: { ...convertedIssue.params, names } };
  }

  const ok = !hasErrors(issues);
  const years = [
    ...new Set(resolved.map((r) => r.year).filter((y): y is number => y !== null)),
  ].sort((a, b) => a - b);
  const groups = [...discovered.keys()];
  if (!ok) return refuse(table.decimal, headerLine);

  const reportRows: ReportRow[] = resolved.map(({ row, year, group }, i) => ({
    year,
    group: group?.id ?? null,
    unit: row.unit,
    score: row.total,
    rank: rankColumn === undefined ? (computed[i] ?? null) : row.rank,
    rankSource:
      rankColumn === undefined
        ? computed[i] == null
          ? null
          : 'computed'
        : row.rank === null
          ? null
          : 'published',
    subIndices: reportSubIndices(row.subIndices, table.columns),
    notes: row.notes,
  }));
  const unitCount = new Set(
    resolved.map(({ row, group }) => unitId((group?.id ?? '?') as GroupId, row.unit)),
  ).size;
  const report: ImportReport = {
    ok,
    encoding,
    delimiter,
    decimal: table.decimal,
    headerLine,
    units: unitCount,
    years,
    groups,
    rows: reportRows,
    issues: orderIssues(issues),
  };

  const complete = resolved.every((r) => r.year !== null && r.group !== null);
  if (!complete) return { report, dataset: null };
  const resolvedRows: ResolvedRow[] = resolved.map(({ row, year, group }) => ({
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
  }));
  const dataset = buildDataset(resolvedRows, {
    meta,
    datasetId: options.datasetId,
    fileName: options.fileName,
    titleText: titleOf(header),
    illustrative,
    columns: table.columns,
    groups: [...discovered.values()],
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

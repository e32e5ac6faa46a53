/**
 * Response-level files (one row per respondent: year, group, unit, questionnaire id, one answer
 * per indicator `<subIndexId>.<k>`): read and checked here, aggregated by src/domain/responses.ts
 * into the unit-level rows every other part of the app uses (data/README.md, "From responses to
 * the dataset").
 */
import bacKanDcciMeta from '../../data/bac-kan-dcci.meta.json';
import { columnLetter, hasErrors, makeIssue, orderIssues } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { DatasetMeta } from '../domain/meta.ts';
import { canonicalName, foldKey, slug, unitId } from '../domain/names.ts';
import {
  DEFAULT_ANSWER_SCALE,
  aggregateResponses,
  splitIndicatorHeader,
} from '../domain/responses.ts';
import type { IndicatorMapping, ResponseRow } from '../domain/responses.ts';
import type { Group, GroupId, SubIndexId } from '../domain/types.ts';
import { buildDataset } from './buildDataset.ts';
import type { ResolvedRow } from './buildDataset.ts';
import { classifyHeader } from './columns.ts';
import type { Encoding } from './decode.ts';
import { groupResolver } from './groups.ts';
import type { HeaderFound } from './header.ts';
import { isFooterRecord, yearFromTitles } from './header.ts';
import type { ColumnPlan, ImportOptions, ImportOutcome, ReportRow } from './model.ts';
import { readName, stripFormulaPrefix } from './names.ts';
import { decideDecimal, decimalVotes, readToken, tokenizeCell } from './numbers.ts';
import type { CsvRecord } from './parseCsv.ts';
import { checkFieldCount } from './rows.ts';
import { MAX_COLUMNS, MAX_DATA_ROWS } from './table.ts';
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
  /** Indicator columns: file column index and the sub-index prefix as written. */
  readonly indicators: readonly { readonly col: number; readonly prefix: string }[];
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

/**
 * Imports a response-level table whose header `importRecords` found: reads every answer (strict
 * number grammar, inside the answer scale), resolves year and group like the unit-level path,
 * maps indicators to sub-indices (the metadata's ids, else one sub-index per prefix with equal
 * weights), aggregates with `aggregateResponses` and returns the unit-level Dataset with
 * respondents and standard errors. Every problem is an issue at its line and column; all are
 * listed at once.
 */
export function importResponseRecords(
  records: readonly CsvRecord[],
  header: HeaderFound,
  options: ImportOptions,
  ctx: ResponseContext,
): ImportOutcome {
  const issues: Issue[] = [...ctx.issues];
  const headerRecord = records[header.index];
  const headerLine = ctx.headerLine;
  const headerExcelRow = headerRecord?.excelRow ?? headerLine;
  const scale = options.answerScale ?? DEFAULT_ANSWER_SCALE;
  const normalisation = options.normalisation ?? 'scale';
  const finish = (ok: boolean, extra: Partial<ImportOutcome['report']> = {}): ImportOutcome => ({
    report: {
      ok,
      encoding: ctx.encoding,
      delimiter: ctx.delimiter,
      decimal: '.',
      headerLine,
      units: 0,
      years: [],
      groups: [],
      rows: [],
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
      makeIssue('TOO_MANY_COLUMNS', {
        line: headerLine,
        excelRow: headerExcelRow,
        params: { found: width, limit: MAX_COLUMNS },
      }),
    );
    return finish(false);
  }

  // Column roles; duplicate headers refuse the file like in the unit-level path.
  const roles = { year: -1, group: -1, unit: -1, respondent: -1 };
  const indicators: { col: number; prefix: string; code: string; label: string | null }[] = [];
  const seen = new Map<string, number>();
  for (let col = 0; col < width; col++) {
    const cell = cells[col] ?? '';
    const key = foldKey(cell);
    if (key !== '') {
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push(
          makeIssue('DUPLICATE_HEADER', {
            line: headerLine,
            excelRow: headerExcelRow,
            column: columnLetter(col),
            header: cell,
            value: cell,
            related: [{ line: headerLine, column: columnLetter(first) }],
          }),
        );
        continue;
      }
      seen.set(key, col);
    }
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
    } else if (key !== '' && kind !== 'rowNumber') {
      issues.push(
        makeIssue('COLUMN_IGNORED', {
          line: headerLine,
          column: columnLetter(col),
          header: cell,
          value: cell,
        }),
      );
    }
  }
  const columns: Columns = { ...roles, indicators };
  for (const [missing, label] of [
    [columns.unit < 0, 'Đơn vị'],
    [indicators.length === 0, 'transparency.1'],
  ] as const) {
    if (missing) {
      issues.push(
        makeIssue('MISSING_REQUIRED_COLUMN', {
          line: headerLine,
          excelRow: headerExcelRow,
          value: label,
        }),
      );
    }
  }
  if (hasErrors(issues)) return finish(false);

  // Data records: padding skipped, footers noticed, the row limit enforced.
  const data: CsvRecord[] = [];
  for (let i = header.index + 1; i < records.length; i++) {
    const record = records[i];
    if (record === undefined || record.cells.every(isBlank)) continue;
    if (isFooterRecord(record)) {
      issues.push(
        makeIssue('FOOTER_IGNORED', {
          line: record.line,
          excelRow: record.excelRow,
          value: (record.cells.find((c) => !isBlank(c)) ?? '').slice(0, 120),
        }),
      );
      continue;
    }
    data.push(record);
  }
  if (data.length > MAX_DATA_ROWS) {
    issues.push(
      makeIssue('TOO_MANY_ROWS', { params: { found: data.length, limit: MAX_DATA_ROWS } }),
    );
    return finish(false);
  }
  if (data.length === 0) {
    issues.push(makeIssue('NO_DATA_ROWS', { line: headerLine, excelRow: headerExcelRow }));
    return finish(false);
  }

  // Metadata: the given one, else a bundled one whose groups and codes the file uses.
  const groupTexts = new Set<string>();
  if (columns.group >= 0) {
    for (const r of data) {
      const g = canonicalName(stripFormulaPrefix(r.cells[columns.group] ?? ''));
      if (g !== '') groupTexts.add(g);
    }
  }
  let meta = options.meta;
  if (meta === undefined) {
    const bundled = matchBundled(
      groupTexts,
      indicators.map((c) => c.prefix),
    );
    if (bundled !== undefined) {
      issues.push(
        makeIssue('RESPONSES_BUNDLED_META', {
          params: { names: [bundled.title.vi, bundled.title.en] },
        }),
      );
      // Its names, groups and weights, but the user's file is neither illustrative nor its source.
      const { notes: _notes, methodChanges: _changes, ...rest } = bundled;
      meta = {
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
  }

  // Indicator → sub-index: the metadata's ids; without metadata one sub-index per prefix.
  const subOf: SubIndexId[] = [];
  for (const ind of indicators) {
    if (meta === undefined) {
      subOf.push((slug(ind.prefix) || ind.prefix) as SubIndexId);
      continue;
    }
    const sub = metaSubIndex(meta, ind.prefix);
    if (sub === undefined) {
      issues.push(
        makeIssue('INDICATOR_UNKNOWN_SUB_INDEX', {
          line: headerLine,
          excelRow: headerExcelRow,
          column: columnLetter(ind.col),
          header: cells[ind.col] ?? '',
          value: cells[ind.col] ?? '',
          params: { names: meta.subIndices.map((s) => s.id).slice(0, 20) },
        }),
      );
      subOf.push('' as SubIndexId);
    } else subOf.push(sub.id as SubIndexId);
  }
  const order: SubIndexId[] =
    meta === undefined
      ? [...new Set(subOf)]
      : meta.subIndices.map((s) => s.id as SubIndexId).filter((id) => subOf.includes(id));
  const mapping: IndicatorMapping = {
    subIndexIds: order,
    indicators: order.map((id) => subOf.flatMap((s, j) => (s === id ? [j] : []))),
  };

  // Answers use the file's decimal mark (a `;` file usually writes 3,5).
  const tokens = data.flatMap((r) =>
    indicators.map((c) => tokenizeCell(stripFormulaPrefix(r.cells[c.col] ?? ''))),
  );
  const decimal = decideDecimal(decimalVotes(tokens), ctx.delimiter === ';' ? ',' : '.');

  // Year and group: the column, else the option, else the title / the metadata's only group.
  const resolveGroup = groupResolver(meta);
  let fixedYear: number | null = options.year ?? null;
  if (columns.year < 0 && fixedYear === null) {
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
    } else issues.push(makeIssue('YEAR_MISSING'));
  }
  let fixedGroup: Group | null = null;
  if (columns.group < 0) {
    if (options.group !== undefined && options.group.trim() !== '') {
      fixedGroup = resolveGroup(options.group);
      if (fixedGroup === null) issues.push(makeIssue('UNKNOWN_GROUP', { value: options.group }));
    } else if (meta !== undefined && meta.groups.length === 1 && meta.groups[0] !== undefined) {
      fixedGroup = { id: meta.groups[0].id as GroupId, name: meta.groups[0].name };
    } else issues.push(makeIssue('GROUP_MISSING'));
  }

  const rows: ResponseRow[] = [];
  const discovered = new Map<string, Group>();
  if (fixedGroup !== null) discovered.set(fixedGroup.id, fixedGroup);
  const namesNoticed = new Set<string>();
  const answered = new Array<number>(indicators.length).fill(0);
  const respondentLines = new Map<
    string,
    { id: string; year: number; at: { line: number; excelRow: number }[] }
  >();
  for (const record of data) {
    const fieldIssue = checkFieldCount(record, width);
    if (fieldIssue !== null) {
      issues.push(fieldIssue);
      continue;
    }
    const raw = (col: number): string => stripFormulaPrefix(record.cells[col] ?? '');
    const at = (col: number) => ({
      line: record.line,
      excelRow: record.excelRow,
      column: columnLetter(col),
      header: cells[col] ?? '',
      value: raw(col),
    });

    let year = fixedYear;
    if (columns.year >= 0) {
      const reading = readToken(tokenizeCell(raw(columns.year)), '.');
      year = null;
      if (reading.kind === 'missing') {
        issues.push(makeIssue('YEAR_MISSING', { ...at(columns.year), severity: 'error' }));
      } else if (reading.kind === 'number' && inRange(reading.value, RANGES.year)) {
        year = reading.value;
      } else {
        issues.push(
          makeIssue(reading.kind === 'junk' ? 'NOT_A_NUMBER' : 'OUT_OF_RANGE', {
            ...at(columns.year),
            params: { min: RANGES.year.min, max: RANGES.year.max, integer: true },
          }),
        );
      }
    }

    let group = fixedGroup;
    if (columns.group >= 0) {
      const text = canonicalName(raw(columns.group));
      group = text === '' ? null : resolveGroup(text);
      if (text === '')
        issues.push(makeIssue('GROUP_MISSING', { ...at(columns.group), severity: 'error' }));
      else if (group === null) issues.push(makeIssue('UNKNOWN_GROUP', at(columns.group)));
      else if (!discovered.has(group.id)) discovered.set(group.id, group);
    }

    const unitRaw = raw(columns.unit);
    const name = readName(unitRaw);
    if (name.name === '') {
      issues.push(makeIssue('EMPTY_UNIT_NAME', at(columns.unit)));
      continue;
    }
    // Names repeat on every respondent's row: one notice per distinct spelling is enough.
    if (name.codes.length > 0 && !namesNoticed.has(unitRaw)) {
      namesNoticed.add(unitRaw);
      for (const code of name.codes)
        issues.push(makeIssue(code, { ...at(columns.unit), params: { canonical: name.name } }));
    }

    const answers: (number | null)[] = [];
    indicators.forEach((ind, j) => {
      const reading = readToken(tokenizeCell(raw(ind.col)), decimal);
      const bounds = { min: scale.min, max: scale.max };
      if (reading.kind === 'missing') answers.push(null);
      else if (reading.kind === 'junk') {
        issues.push(makeIssue('NOT_A_NUMBER', { ...at(ind.col), params: bounds }));
        answers.push(null);
      } else if (reading.kind === 'ambiguous') {
        issues.push(
          makeIssue('AMBIGUOUS_NUMBER', {
            ...at(ind.col),
            params: { decimal, reading: reading.value },
          }),
        );
        answers.push(null);
      } else if (reading.value < scale.min || reading.value > scale.max) {
        issues.push(makeIssue('ANSWER_OUT_OF_SCALE', { ...at(ind.col), params: bounds }));
        answers.push(null);
      } else {
        answers.push(reading.value);
        answered[j] = (answered[j] ?? 0) + 1;
      }
    });

    const respondentId =
      columns.respondent >= 0 ? canonicalName(raw(columns.respondent)) || null : null;
    if (year === null || group === null) continue;
    const unit = unitId(group.id, name.name);
    if (respondentId !== null) {
      const key = `${year}\u0000${unit}\u0000${respondentId}`;
      const seenAt = { line: record.line, excelRow: record.excelRow };
      const prior = respondentLines.get(key);
      if (prior === undefined) respondentLines.set(key, { id: respondentId, year, at: [seenAt] });
      else prior.at.push(seenAt);
    }
    rows.push({
      year,
      groupId: group.id,
      unitId: unit,
      unitName: name.name,
      respondentId,
      answers,
    });
  }
  // One issue per repeated questionnaire id, at its second row, listing every other row.
  const respondentColumn = columnLetter(Math.max(columns.respondent, 0));
  for (const { id, year, at } of respondentLines.values()) {
    const second = at[1];
    if (second === undefined) continue;
    issues.push(
      makeIssue('DUPLICATE_RESPONDENT', {
        ...second,
        column: respondentColumn,
        header: cells[columns.respondent] ?? '',
        value: id,
        related: at
          .filter((a) => a !== second)
          .map((a) => ({ line: a.line, column: respondentColumn })),
        params: { count: at.length, year },
      }),
    );
  }

  // A sub-index nobody answered anywhere: kept missing, said once at its first column.
  mapping.subIndexIds.forEach((id, i) => {
    const cols = mapping.indicators[i] ?? [];
    if (cols.some((j) => (answered[j] ?? 0) > 0)) return;
    const first = indicators[cols[0] ?? -1];
    issues.push(
      makeIssue('SUB_INDEX_NO_ANSWERS', {
        line: headerLine,
        excelRow: headerExcelRow,
        column: first === undefined ? null : columnLetter(first.col),
        header: first === undefined ? null : (cells[first.col] ?? ''),
        value: id,
      }),
    );
  });

  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const groupIds = [...discovered.keys()];
  if (hasErrors(issues)) return finish(false, { decimal, years, groups: groupIds });
  const complete = fixedYear !== null || columns.year >= 0;
  const grouped = fixedGroup !== null || columns.group >= 0;
  if (!complete || !grouped) return finish(true, { decimal, years, groups: groupIds });

  const weights = new Map<SubIndexId, number>();
  for (const s of meta?.subIndices ?? []) {
    if (s.weight !== undefined) weights.set(s.id as SubIndexId, s.weight);
  }
  const table = { indicators: indicators.map((c) => c.code), rows };
  const scores = aggregateResponses(table, mapping, { scale, normalisation, weights });
  issues.push(
    makeIssue('RESPONSES_AGGREGATED', {
      value: normalisation,
      params: { count: rows.length, found: scores.length, min: scale.min, max: scale.max },
    }),
    makeIssue('RANK_COMPUTED_FROM_SCORE'),
  );

  // Synthetic sub-index columns, so buildDataset and the preview see a unit-level table.
  const plans: ColumnPlan[] = order.map((id, index) => {
    const sub = meta?.subIndices.find((s) => s.id === id);
    return {
      index,
      letter: columnLetter(index),
      header: sub?.columns[0] ?? sub?.name.vi ?? prefixOf(id, indicators, subOf),
      role: 'subIndex',
      subIndexId: id,
      decimal: '.',
    };
  });
  const resolved: ResolvedRow[] = scores.map((s) => ({
    year: s.year,
    group: discovered.get(s.groupId) ?? { id: s.groupId, name: { vi: s.groupId, en: s.groupId } },
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
  const reportRows: ReportRow[] = scores.map((s) => ({
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
    groups: [...discovered.values()],
  });
  return {
    ...finish(true, {
      decimal,
      years,
      groups: groupIds,
      units: new Set(scores.map((s) => s.unitId)).size,
      rows: reportRows,
    }),
    dataset,
    // Kept with the dataset (same id) for the questions drill-down and the bootstrap.
    responses: {
      table,
      mapping,
      scale,
      normalisation,
      labels: Object.fromEntries(
        indicators.flatMap((c) => (c.label === null ? [] : [[c.code, c.label]])),
      ),
    },
  };
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

import Papa from 'papaparse';
import type { Dataset, Observation, SubIndexDef, Unit } from '../domain/types.ts';
import { translate, translator } from '../i18n/i18n.ts';
import { sourceLine } from './sourceLine.ts';
import { exportFileName } from './fileName.ts';
import { TITLE_WORDS } from '../import/titles.ts';

/**
 * CSV writing for exports and "download the whole dataset" (RELIABILITY.md S2):
 * - text cells that a spreadsheet would run as a formula (= + - @ tab CR LF NUL at the start,
 *   including multi-line cells) get one leading `'`; so does text that already starts with
 *   apostrophes before such a character, so the importer's one-`'` strip is exactly reversible;
 * - numbers are written as numbers in the dialect's decimal convention, never prefixed, to 15
 *   significant digits (what a spreadsheet keeps);
 * - the first line names the dataset, its source and licence, and for illustrative data carries
 *   `SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA`, which the importer recognises (ILLUSTRATIVE_MARKER).
 * The result re-imports to the same dataset (tested in tests/unit/export/csv.test.ts) for values
 * written with at most 15 significant digits — every published score; a value with 16–17 (float
 * noise, e.g. from a spreadsheet's own arithmetic) comes back as its 15-digit form.
 */

export type CsvDialect = 'plain' | 'excel-vi';

export const ILLUSTRATIVE_MARKER = 'SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA';

const FORMULA_START = /^'*[=+\-@\t\r\n\0]/;

/** A text cell made safe for spreadsheets; see the module comment. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

interface DialectRules {
  readonly delimiter: string;
  readonly decimal: '.' | ',';
}

const DIALECTS: Readonly<Record<CsvDialect, DialectRules>> = {
  plain: { delimiter: ',', decimal: '.' },
  // What Vietnamese Excel opens directly: semicolons and decimal commas.
  'excel-vi': { delimiter: ';', decimal: ',' },
};

/** A number as plain digits (no grouping, no exponent) in the dialect's decimal convention. */
function numberCell(value: number | null | undefined, rules: DialectRules): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  // 15 significant digits, as many as a spreadsheet keeps: a mean of two-decimal scores loses its
  // float noise (6.298749999999999 → 6.29875), and a value written with ≤ 15 digits is unchanged.
  const kept = Number(value.toPrecision(15));
  if (kept === 0) return '0';
  // Shortest exact decimal form; scores, ranks and counts never need an exponent.
  const text = Math.abs(kept) < 1e21 && Math.abs(kept) >= 1e-6 ? String(kept) : kept.toFixed(6);
  return rules.decimal === ',' ? text.replace('.', ',') : text;
}

export interface CsvTable {
  /** The title line (one cell). */
  readonly title: string;
  readonly header: readonly string[];
  /** Cells: strings are text (neutralised), numbers are numbers, null is empty. */
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * Serialises a table: title line, header, rows; CRLF line ends (what Excel writes); the caller
 * adds the BOM when writing the file (see `csvBlobParts`).
 */
export function writeCsv(table: CsvTable, dialect: CsvDialect): string {
  const rules = DIALECTS[dialect];
  return writeRows([[table.title], table.header, ...table.rows], rules.delimiter, rules.decimal);
}

/**
 * Rows without a title or header, for any file the app writes (the import-issue list is
 * tab-separated): text cells neutralised, numbers as numbers in the decimal convention, a cell
 * holding the delimiter, a quote or a line break quoted (so a line break inside a value never
 * starts a new row that a spreadsheet would read), CRLF line ends.
 */
export function writeRows(
  rows: readonly (readonly (string | number | null)[])[],
  delimiter: string,
  decimal: '.' | ',' = '.',
): string {
  const rules: DialectRules = { delimiter, decimal };
  const data = rows.map((row) =>
    row.map((c) =>
      typeof c === 'number' ? numberCell(c, rules) : c === null ? '' : neutraliseFormula(c),
    ),
  );
  return Papa.unparse(data, {
    delimiter,
    newline: '\r\n',
    quotes: false,
    escapeFormulae: false,
  });
}

/** The pieces of a UTF-8 CSV file with BOM (Excel needs the BOM to read Vietnamese). */
export function csvBlobParts(csv: string): BlobPart[] {
  return ['\uFEFF', csv];
}

/**
 * The marker of a what-if export (the Weights view): recomputed totals, not a published ranking.
 * The importer recognises it and refuses the file as a ranking (WHAT_IF_NOT_A_RANKING).
 */
export const WHAT_IF_MARKER =
  'KỊCH BẢN GIẢ ĐỊNH, KHÔNG PHẢI KẾT QUẢ CHÍNH THỨC · WHAT-IF, NOT OFFICIAL';

/** The title line: dataset title, index and scale, source, licence, and the illustrative marker when needed. */
export function csvTitle(dataset: Dataset, lang: 'vi' | 'en', whatIf = false): string {
  const title = dataset.title[lang];
  const total = dataset.scale?.total;
  const parts = [
    whatIf ? WHAT_IF_MARKER : null,
    dataset.illustrative ? ILLUSTRATIVE_MARKER : null,
    title,
    // The index and a declared scale, so that a re-import names and checks it the same way
    // (the importer's own title words, not UI words from the catalogues).
    title.toLowerCase().includes(dataset.indexName.toLowerCase())
      ? null
      : `${TITLE_WORDS.index[lang]}: ${dataset.indexName}`,
    total === undefined || (total.min === 0 && total.max === 100)
      ? null
      : `${TITLE_WORDS.scale[lang]} ${total.min}–${total.max}`,
    sourceLine(dataset, lang, translator(lang), false),
    translate(lang, 'export.licenceLine', { licence: dataset.source.licence[lang] }),
  ];
  return parts.filter((p): p is string => p !== null).join(' — ');
}

function subIndexHeader(s: SubIndexDef): string {
  // The first declared column name re-imports to the same sub-index through the metadata;
  // otherwise the Vietnamese name, which a metadata-less import turns into the same id.
  return s.columns?.[0] ?? s.name.vi;
}

/**
 * The whole dataset as one long-format table (one row per unit and year), with the columns the
 * importer reads back: year, group, unit, total, published rank, tier, every sub-index,
 * respondents, standard error and notes where the dataset has them.
 */
export function datasetTable(dataset: Dataset, lang: 'vi' | 'en' = 'vi'): CsvTable {
  const units = new Map<string, Unit>(dataset.units.map((u) => [u.id, u]));
  const groups = new Map(dataset.groups.map((g) => [g.id as string, g]));
  const obs = dataset.observations;
  const has = (f: (o: Observation) => unknown) =>
    obs.some((o) => f(o) !== null && f(o) !== undefined);
  const withRank = has((o) => o.publishedRank);
  const withTier = has((o) => o.tier);
  const withRespondents = has((o) => o.respondents);
  const withSe = has((o) => o.standardError);
  const withNotes = has((o) => o.notes);
  const header = [
    'Năm',
    'Khối',
    'Đơn vị',
    'Điểm tổng hợp',
    ...(withRank ? ['Xếp hạng'] : []),
    ...(withTier ? ['Nhóm xếp hạng'] : []),
    ...dataset.subIndices.map(subIndexHeader),
    ...(withRespondents ? ['Số phiếu'] : []),
    ...(withSe ? ['Sai số chuẩn'] : []),
    ...(withNotes ? ['Ghi chú'] : []),
  ];
  // Published medians and averages after the units: named as published, no rank, so that a
  // re-import keeps them as summary rows again (never units).
  const summaryRows = (dataset.summaryRows ?? []).map((r) => {
    const cells: (string | number | null)[] = header.map(() => null);
    cells[0] = r.year;
    cells[1] = r.groupId === null ? null : (groups.get(r.groupId)?.name.vi ?? null);
    cells[2] = r.name;
    cells[3] = r.total;
    return cells;
  });
  const rows = obs.map((o) => {
    const unit = units.get(o.unitId);
    const group = unit ? groups.get(unit.groupId) : undefined;
    return [
      o.year,
      group ? group.name.vi : null,
      unit?.name ?? o.unitId,
      o.total,
      ...(withRank ? [o.publishedRank] : []),
      ...(withTier ? [o.tier] : []),
      ...dataset.subIndices.map((s) => o.subIndices.get(s.id) ?? null),
      ...(withRespondents ? [o.respondents] : []),
      ...(withSe ? [o.standardError] : []),
      ...(withNotes ? [o.notes] : []),
    ];
  });
  return { title: csvTitle(dataset, lang), header, rows: [...rows, ...summaryRows] };
}

/**
 * "Download the whole dataset": the one file name and content used wherever it is offered (the
 * export dialog, My data). The name follows CONTRACTS.md in Vietnamese whatever the UI language:
 * `dcci-bac-kan-2018-2020-du-lieu.csv`, `…-du-lieu-excel.csv` for the Vietnamese-Excel dialect.
 */
export function datasetCsvDownload(
  dataset: Dataset,
  lang: 'vi' | 'en',
  dialect: CsvDialect,
): { readonly name: string; readonly blob: Blob } {
  const years = dataset.years;
  const name = exportFileName({
    index: dataset.indexName,
    province: dataset.province?.vi ?? null,
    year: years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : (years[0] ?? ''),
    group: '',
    view: dialect === 'plain' ? 'dữ liệu' : 'dữ liệu excel',
    ext: 'csv',
  });
  const csv = writeCsv(datasetTable(dataset, lang), dialect);
  return { name, blob: new Blob(csvBlobParts(csv), { type: 'text/csv;charset=utf-8' }) };
}

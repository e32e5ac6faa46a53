import type { ExportInfo, ExportTable } from './types.ts';
import { csvBlobParts, writeCsv, type CsvDialect } from './csv.ts';

// Column names the importer reads as the year and the group (its header aliases, so not UI
// words from the catalogues: a reworded translation must not break the re-import).
const YEAR_HEADER = { vi: 'Năm', en: 'Year' } as const;
const GROUP_HEADER = { vi: 'Khối', en: 'Group' } as const;
const YEAR_HEADERS = new Set(Object.values(YEAR_HEADER).map((h) => h.toLowerCase()));
const GROUP_HEADERS = new Set(Object.values(GROUP_HEADER).map((h) => h.toLowerCase()));
const UNIT_HEADER = { vi: 'Đơn vị', en: 'Unit' } as const;
const UNIT_HEADERS = new Set(Object.values(UNIT_HEADER).map((h) => h.toLowerCase()));

/**
 * A chart's table with what it shows but does not write, as first columns, so that its CSV
 * re-imports to the same units, years and groups: the year of a one-year chart (without it the
 * importer would take the year from the title line, "DCCI Bắc Kạn 2018–2020" → 2018), the group
 * (else the importer asks for one), and, for one unit's history (a year column, no unit column),
 * the unit (else the importer asks for it). Columns the table has are never added twice.
 */
export function withYearAndGroup(
  table: ExportTable,
  info: Pick<ExportInfo, 'dataset' | 'groupId' | 'year' | 'unitId'>,
  lang: 'vi' | 'en',
): ExportTable {
  const headers = table.header.map((h) => h.trim().toLowerCase());
  const hasYear = headers.some((h) => YEAR_HEADERS.has(h));
  const hasGroup = headers.some((h) => GROUP_HEADERS.has(h));
  const hasUnit = headers.some((h) => UNIT_HEADERS.has(h));
  const group = info.dataset.groups.find((g) => g.id === info.groupId)?.name[lang] ?? null;
  const unit =
    info.unitId == null ? null : (info.dataset.units.find((u) => u.id === info.unitId) ?? null);
  const oneYear = typeof info.year === 'number' ? info.year : null;
  const extra: { header: string; value: string | number }[] = [
    ...(hasYear || oneYear === null ? [] : [{ header: YEAR_HEADER[lang], value: oneYear }]),
    ...(hasGroup || group === null ? [] : [{ header: GROUP_HEADER[lang], value: group }]),
    ...(hasUnit || !hasYear || unit === null
      ? []
      : [{ header: UNIT_HEADER[lang], value: unit.name }]),
  ];
  if (extra.length === 0) return table;
  return {
    header: [...extra.map((e) => e.header), ...table.header],
    rows: table.rows.map((row) => [...extra.map((e) => e.value), ...row]),
  };
}

/**
 * "Tải CSV" of a chart: exactly the plotted table (the shown columns, one row per mark) under the
 * title line (dataset, source, licence and, for illustrative data, the marker), written by
 * `writeCsv` (formulas neutralised, also in multi-line cells; numbers stay numbers; null → empty).
 * Throws when the chart has no table (the dialog disables the button then).
 */
export function tableCsv(table: ExportTable | null, title: string, dialect: CsvDialect): string {
  if (!table) throw new Error('no table');
  return writeCsv({ title, header: table.header, rows: table.rows }, dialect);
}

/** The same as a UTF-8 file with BOM (Excel needs the BOM to read Vietnamese). */
export function tableCsvBlob(table: ExportTable | null, title: string, dialect: CsvDialect): Blob {
  return new Blob(csvBlobParts(tableCsv(table, title, dialect)), {
    type: 'text/csv;charset=utf-8',
  });
}

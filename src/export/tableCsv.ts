import type { ExportTable } from '../charts/exportTypes.ts';
import { csvBlobParts, writeCsv, type CsvDialect } from './csv.ts';

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

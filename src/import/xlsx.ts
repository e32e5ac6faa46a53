import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import { foldKey } from '../domain/names.ts';
import type { CsvRecord } from './parseCsv.ts';
import { checkWorkbook } from './workbookGuard.ts';

export interface WorkbookSheet {
  /** Sheet rows as text records; `line` and `excelRow` are the sheet row numbers. */
  readonly records: readonly CsvRecord[];
  readonly issues: readonly Issue[];
}

export type WorkbookResult =
  | { readonly ok: true; readonly value: WorkbookSheet }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A numeric cell as written in the sheet's XML, kept apart from text cells. */
interface SheetNumber {
  readonly xml: string;
}
const isSheetNumber = (v: unknown): v is SheetNumber =>
  typeof v === 'object' && v !== null && 'xml' in v && typeof v.xml === 'string';

/**
 * A cell as text. Numeric cells are the XML's own digits (decimal point); an exponent the
 * sheet (not a person) wrote is expanded when that gives plain digits. Dates become ISO dates;
 * text cells stay as typed, so the strict grammar reads them exactly as in a CSV.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isSheetNumber(value)) {
    // "6.5E1" → "65"; a value that still needs an exponent stays as is and is reported.
    const plain = /e/i.test(value.xml) ? String(Number(value.xml)) : value.xml;
    return /e/i.test(plain) ? value.xml : plain;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Reads an .xlsx workbook with read-excel-file (imported here only, so it is lazy-loaded).
 * Chooses `sheetName` (matched without case or diacritics), else the first sheet that
 * `looksLikeTable` (has a recognisable header row), else the first; with several sheets a
 * SHEET_CHOSEN notice lists them all so the user can pick another. Numbers are kept as the text in the file so the
 * same strict grammar reads them as for CSV.
 */
export async function tryReadWorkbook(
  bytes: Uint8Array,
  sheetName?: string,
  looksLikeTable: (records: readonly CsvRecord[]) => boolean = () => true,
): Promise<WorkbookResult> {
  // Sizes and cell counts first: read-excel-file inflates everything into memory at once.
  const refused = await checkWorkbook(bytes);
  if (refused !== null) return { ok: false, issues: [refused] };
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.slice().buffer;
    sheets = await readXlsxFile<SheetNumber>(buffer, {
      parseNumber: (xml): SheetNumber => ({ xml }),
      trim: false,
    });
  } catch {
    // The library's error text ("invalid zip data", "<c/> at row 3…") means nothing to a user.
    return { ok: false, issues: [makeIssue('XLSX_UNREADABLE')] };
  }
  const names = sheets.map((s) => s.sheet);
  const chosen =
    sheetName === undefined
      ? (sheets.find((s) => looksLikeTable(toRecords(s.data))) ?? sheets[0])
      : (sheets.find((s) => s.sheet === sheetName) ??
        sheets.find((s) => foldKey(s.sheet) === foldKey(sheetName)));
  if (chosen === undefined) {
    return {
      ok: false,
      issues: [
        makeIssue('SHEET_NOT_FOUND', { value: sheetName ?? null, params: { sheets: names } }),
      ],
    };
  }
  const issues: Issue[] = [];
  if (sheets.length > 1) {
    issues.push(makeIssue('SHEET_CHOSEN', { value: chosen.sheet, params: { sheets: names } }));
  }
  return { ok: true, value: { records: toRecords(chosen.data), issues } };
}

function toRecords(data: readonly (readonly unknown[])[]): CsvRecord[] {
  return data.map((row, i) => ({ cells: row.map(cellText), line: i + 1, excelRow: i + 1 }));
}

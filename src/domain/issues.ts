/**
 * Import issues: stable codes (CONTRACTS.md; add, never rename) and their location. No message
 * text lives here — `src/i18n/issueMessages.ts` turns an issue into a sentence in vi or en.
 */

export const ISSUE_CODES = [
  'EMPTY_FILE',
  'NO_DATA_ROWS',
  'NOT_TEXT',
  'NOT_CSV_XLSX',
  'NOT_CSV_XLS',
  'NOT_CSV_PDF',
  'NOT_CSV_HTML',
  'FILE_TOO_LARGE',
  'TOO_MANY_ROWS',
  'TOO_MANY_COLUMNS',
  'NAME_TOO_LONG',
  'ENCODING_CONVERTED',
  'ENCODING_UNCERTAIN',
  'TEXT_LOST_IN_SAVE',
  'SEP_LINE_USED',
  'HEADER_BELOW_TITLE',
  'HEADER_ROWS_MERGED',
  'FOOTER_IGNORED',
  'YEAR_FROM_TITLE',
  'YEAR_MISSING',
  'GROUP_MISSING',
  'MISSING_REQUIRED_COLUMN',
  'DUPLICATE_HEADER',
  'COLUMN_IGNORED',
  'TOO_FEW_FIELDS',
  'TOO_MANY_FIELDS',
  'UNTERMINATED_QUOTE',
  'NOT_A_NUMBER',
  'AMBIGUOUS_NUMBER',
  'MIXED_DECIMAL_SEPARATOR',
  'OUT_OF_RANGE',
  'MISSING_VALUES',
  'DUPLICATE_UNIT_YEAR',
  'RANK_CONTRADICTS_SCORE',
  'RANK_COMPUTED_FROM_SCORE',
  'NAME_CANONICALISED',
  'CONTROL_CHARS_REMOVED',
  'LOOKALIKE_LETTER_FOLDED',
  'WIDE_FORMAT_RESHAPED',
  'ILLUSTRATIVE_MARKER',
  // Added after the first contract (additions only).
  'NOT_CSV_IMAGE',
  'XLSX_UNREADABLE',
  'XLSX_TOO_LARGE',
  'NO_VALUES',
  'SHEET_CHOSEN',
  'SHEET_NOT_FOUND',
  'EMPTY_UNIT_NAME',
  'UNKNOWN_GROUP',
  // A dataset from a link, backup or stored record (import/datasetRules.ts): an id used twice or
  // a reference (unit, year, sub-index) that names nothing in the dataset.
  'INVALID_REFERENCE',
  'FORMULA_PREFIX_REMOVED',
  'URL_NOT_SAME_ORIGIN',
  'FETCH_FAILED',
  'TIMEOUT',
  'INTERNAL_ERROR',
  'GROUP_FROM_SECTION',
  'SECTION_ROW_IGNORED',
  'SUMMARY_ROW_IGNORED',
  'MERGED_CELLS_FILLED',
  'REPEATED_HEADER_IGNORED',
  // Published tables (issue 11): ranks as text, the column mapping, single-unit tables.
  'RANK_NOT_READ',
  'MAPPING_UNKNOWN_COLUMN',
  'UNIT_MISSING',
  'UNIT_FROM_TITLE',
  'WHAT_IF_NOT_A_RANKING',
  // Sub-indices as rows, units as columns (the app's Compare and scorecard CSVs): transposed.
  'SUB_INDEX_ROWS_RESHAPED',
  // Response-level files (src/import/responses.ts).
  'RESPONSES_AGGREGATED',
  'RESPONSES_BUNDLED_META',
  'ANSWER_OUT_OF_SCALE',
  'INDICATOR_UNKNOWN_SUB_INDEX',
  'SUB_INDEX_NO_ANSWERS',
  'DUPLICATE_RESPONDENT',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** error = the file is refused; warning = imported, but a person should look; notice = repaired. */
export type Severity = 'error' | 'warning' | 'notice';

/** Another place the same issue concerns (e.g. the first occurrence of a duplicate). */
export interface IssueRef {
  readonly line: number | null;
  readonly column: string | null;
}

/**
 * Values a message needs beyond the location. Fixed keys only (never keyed by user strings).
 * Counts and limits are plain numbers; `names` holds a short preview (e.g. converted names).
 */
export interface IssueParams {
  readonly expected?: number;
  readonly found?: number;
  readonly count?: number;
  readonly limit?: number;
  readonly min?: number;
  readonly max?: number;
  readonly year?: number;
  readonly years?: readonly number[];
  readonly encoding?: string;
  /** The reading used for a repaired or ambiguous number, e.g. 64.51. */
  readonly reading?: number;
  readonly decimal?: '.' | ',';
  readonly names?: readonly string[];
  readonly columns?: readonly string[];
  readonly sheets?: readonly string[];
  readonly integer?: boolean;
  /** OUT_OF_RANGE: the range is the table's declared scale of totals (0–10, 0–100, …). */
  readonly scale?: boolean;
  /** The canonical form a name was changed to. */
  readonly canonical?: string;
  /** NAME_TOO_LONG: the long text is a column header, not a unit name. */
  readonly inHeader?: boolean;
}

/**
 * One finding of the import. `line` is the 1-based physical line of the file (for xlsx, the
 * sheet row); `excelRow` the row Excel shows (differs after a line break inside a quoted cell);
 * `column` the Excel letter; `header` the column's header as written; `value` the cell as written.
 */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly line: number | null;
  readonly excelRow: number | null;
  readonly column: string | null;
  readonly header: string | null;
  readonly value: string | null;
  readonly related: readonly IssueRef[];
  readonly params: IssueParams;
}

/** The severity each code has unless the stage that raises it says otherwise. */
export const DEFAULT_SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  EMPTY_FILE: 'error',
  NO_DATA_ROWS: 'error',
  NO_VALUES: 'error',
  NOT_TEXT: 'error',
  NOT_CSV_XLSX: 'error',
  NOT_CSV_XLS: 'error',
  NOT_CSV_PDF: 'error',
  NOT_CSV_HTML: 'error',
  FILE_TOO_LARGE: 'error',
  TOO_MANY_ROWS: 'error',
  TOO_MANY_COLUMNS: 'error',
  NAME_TOO_LONG: 'error',
  ENCODING_CONVERTED: 'notice',
  ENCODING_UNCERTAIN: 'error',
  TEXT_LOST_IN_SAVE: 'error',
  SEP_LINE_USED: 'notice',
  HEADER_BELOW_TITLE: 'notice',
  HEADER_ROWS_MERGED: 'notice',
  FOOTER_IGNORED: 'notice',
  YEAR_FROM_TITLE: 'notice',
  YEAR_MISSING: 'notice',
  GROUP_MISSING: 'notice',
  MISSING_REQUIRED_COLUMN: 'error',
  DUPLICATE_HEADER: 'error',
  COLUMN_IGNORED: 'notice',
  TOO_FEW_FIELDS: 'error',
  TOO_MANY_FIELDS: 'error',
  UNTERMINATED_QUOTE: 'error',
  NOT_A_NUMBER: 'error',
  AMBIGUOUS_NUMBER: 'error',
  MIXED_DECIMAL_SEPARATOR: 'warning',
  OUT_OF_RANGE: 'error',
  MISSING_VALUES: 'notice',
  DUPLICATE_UNIT_YEAR: 'error',
  RANK_CONTRADICTS_SCORE: 'warning',
  RANK_COMPUTED_FROM_SCORE: 'notice',
  NAME_CANONICALISED: 'notice',
  CONTROL_CHARS_REMOVED: 'notice',
  LOOKALIKE_LETTER_FOLDED: 'notice',
  WIDE_FORMAT_RESHAPED: 'notice',
  ILLUSTRATIVE_MARKER: 'notice',
  NOT_CSV_IMAGE: 'error',
  XLSX_UNREADABLE: 'error',
  XLSX_TOO_LARGE: 'error',
  SHEET_CHOSEN: 'notice',
  SHEET_NOT_FOUND: 'error',
  EMPTY_UNIT_NAME: 'error',
  UNKNOWN_GROUP: 'error',
  INVALID_REFERENCE: 'error',
  FORMULA_PREFIX_REMOVED: 'notice',
  URL_NOT_SAME_ORIGIN: 'error',
  FETCH_FAILED: 'error',
  TIMEOUT: 'error',
  INTERNAL_ERROR: 'error',
  GROUP_FROM_SECTION: 'notice',
  SECTION_ROW_IGNORED: 'notice',
  SUMMARY_ROW_IGNORED: 'warning',
  MERGED_CELLS_FILLED: 'notice',
  REPEATED_HEADER_IGNORED: 'notice',
  RANK_NOT_READ: 'error',
  MAPPING_UNKNOWN_COLUMN: 'error',
  UNIT_MISSING: 'notice',
  UNIT_FROM_TITLE: 'notice',
  SUB_INDEX_ROWS_RESHAPED: 'notice',
  WHAT_IF_NOT_A_RANKING: 'error',
  RESPONSES_AGGREGATED: 'notice',
  RESPONSES_BUNDLED_META: 'notice',
  ANSWER_OUT_OF_SCALE: 'error',
  INDICATOR_UNKNOWN_SUB_INDEX: 'error',
  SUB_INDEX_NO_ANSWERS: 'warning',
  DUPLICATE_RESPONDENT: 'error',
};

/** Fields of an issue a stage may set; the rest default to null / [] / {}. */
export interface IssueInit {
  readonly severity?: Severity;
  readonly line?: number | null;
  readonly excelRow?: number | null;
  readonly column?: string | null;
  readonly header?: string | null;
  readonly value?: string | null;
  readonly related?: readonly IssueRef[];
  readonly params?: IssueParams;
}

/** Builds an issue with the code's default severity; `excelRow` defaults to `line`. */
export function makeIssue(code: IssueCode, init: IssueInit = {}): Issue {
  const line = init.line ?? null;
  return {
    severity: init.severity ?? DEFAULT_SEVERITY[code],
    code,
    line,
    excelRow: init.excelRow === undefined ? line : init.excelRow,
    column: init.column ?? null,
    header: init.header ?? null,
    value: init.value ?? null,
    related: init.related ?? [],
    params: init.params ?? {},
  };
}

/** True when any issue refuses the file. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** The Excel column letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/**
 * Issues in the order a person should read them: errors, then warnings, then notices; within
 * each, file-level issues (no line) first, then by line. Stable, so cells of one line keep
 * their column order. The UI shows the first 50, so errors must come first.
 */
export function orderIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0),
  );
}

import Papa from 'papaparse';
import { columnLetter, makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';

/** One record of the file: its cells as written and where it starts. */
export interface CsvRecord {
  readonly cells: readonly string[];
  /** 1-based physical line where the record starts. */
  readonly line: number;
  /** The row Excel shows: records counted from 1 (a quoted line break does not add a row). */
  readonly excelRow: number;
}

export type ParseCsvResult =
  | { readonly ok: true; readonly value: readonly CsvRecord[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Splits decoded text into records with PapaParse (string input, header:false, no typing, no
 * worker: TOOLCHAIN.md). Line endings are unified to `\n` first — each break stays one break, so
 * line numbers do not move — because PapaParse guesses one newline style for the whole file.
 * `lineOffset` shifts line numbers (1 after a removed `sep=` line). A quote opened and never
 * closed (or closed and followed by more text) refuses the whole file: UNTERMINATED_QUOTE at
 * the line and column where it opens, no partial import.
 */
export function tryParseCsv(text: string, delimiter: string, lineOffset = 0): ParseCsvResult {
  const unified = text.replace(/\r\n?/g, '\n');
  const scan = scanQuotes(unified, delimiter);
  const bad = scan.bad;
  if (bad !== null) {
    return {
      ok: false,
      issues: [
        makeIssue('UNTERMINATED_QUOTE', {
          line: bad.line + lineOffset,
          excelRow: bad.record,
          column: columnLetter(bad.field),
          value: unified.slice(bad.offset, bad.offset + 40).split('\n')[0] ?? '',
        }),
      ],
    };
  }
  const records: CsvRecord[] = [];
  Papa.parse<string[]>(unified, {
    delimiter,
    newline: '\n',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step(results) {
      // Start lines come from our own scan: PapaParse's cursor is not consistent on blank lines.
      const line = scan.recordLines[records.length] ?? scan.recordLines.length;
      records.push({ cells: results.data, line: line + lineOffset, excelRow: records.length + 1 });
    },
  });
  // PapaParse reports a final empty record for a trailing newline only sometimes; drop it.
  const last = records[records.length - 1];
  if (
    last !== undefined &&
    last.cells.length === 1 &&
    last.cells[0] === '' &&
    unified.endsWith('\n')
  ) {
    records.pop();
  }
  return { ok: true, value: records };
}

interface BadQuote {
  readonly offset: number;
  readonly line: number;
  readonly record: number;
  readonly field: number;
}

interface QuoteScan {
  /** 1-based start line of every record. */
  readonly recordLines: readonly number[];
  readonly bad: BadQuote | null;
}

/**
 * Finds where each record starts, and the opening quote of a field that is never closed or
 * whose closing quote is followed by something other than a delimiter or a line end. RFC 4180:
 * a quote only opens a field at its start; elsewhere it is a literal character (as PapaParse
 * reads it). Expects `\n` line ends.
 */
export function scanQuotes(text: string, delimiter: string): QuoteScan {
  const recordLines: number[] = [1];
  let line = 1;
  let record = 1;
  let field = 0;
  let atFieldStart = true;
  let open: BadQuote | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open !== null) {
      if (ch === '\n') line++;
      else if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else {
          const next = text[i + 1];
          if (next !== undefined && next !== delimiter && next !== '\n') {
            return { recordLines, bad: open };
          }
          open = null;
          atFieldStart = false;
        }
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      open = { offset: i, line, record, field };
    } else if (ch === delimiter) {
      field++;
      atFieldStart = true;
    } else if (ch === '\n') {
      line++;
      record++;
      field = 0;
      if (i + 1 < text.length) recordLines.push(line);
      atFieldStart = true;
    } else {
      atFieldStart = false;
    }
  }
  return { recordLines, bad: open };
}

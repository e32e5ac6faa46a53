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
  const unified = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
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
  // Whole-string parse, not `step`: PapaParse's per-row callback tripled its time.
  const rows = Papa.parse<string[]>(unified, {
    delimiter,
    newline: '\n',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  }).data;
  // PapaParse reports a final empty record for a trailing newline only sometimes; drop it.
  const last = rows[rows.length - 1];
  const count =
    last !== undefined && last.length === 1 && last[0] === '' && unified.endsWith('\n')
      ? rows.length - 1
      : rows.length;
  const records = new Array<CsvRecord>(count);
  const lines = scan.recordLines;
  for (let i = 0; i < count; i++) {
    // Start lines come from our own scan: PapaParse's cursor is not consistent on blank lines.
    const line = lines[i] ?? lines.length;
    records[i] = { cells: rows[i] ?? [], line: line + lineOffset, excelRow: i + 1 };
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
  if (!text.includes('"')) return { recordLines: lineStarts(text), bad: null };
  const recordLines: number[] = [1];
  const delim = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  const n = text.length;
  let line = 1;
  let record = 1;
  let field = 0;
  let atFieldStart = true;
  // The next line break at or after the cursor, so a quoted field's breaks are counted without
  // reading it character by character (indexOf jumps from quote to quote).
  let nextBreak = -1;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE && atFieldStart) {
      const open: BadQuote = { offset: i, line, record, field };
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) return { recordLines, bad: open };
        if (nextBreak < from) nextBreak = text.indexOf('\n', from);
        while (nextBreak >= 0 && nextBreak < close) {
          line++;
          nextBreak = text.indexOf('\n', nextBreak + 1);
        }
        const next = close + 1 < n ? text.charCodeAt(close + 1) : -1;
        if (next === QUOTE) {
          from = close + 2;
          continue;
        }
        if (next !== -1 && next !== delim && next !== NEWLINE) return { recordLines, bad: open };
        i = close;
        break;
      }
      atFieldStart = false;
    } else if (ch === delim) {
      field++;
      atFieldStart = true;
    } else if (ch === NEWLINE) {
      line++;
      record++;
      field = 0;
      if (i + 1 < n) recordLines.push(line);
      atFieldStart = true;
    } else {
      atFieldStart = false;
    }
  }
  return { recordLines, bad: null };
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** 1-based start line of every record of a text without quotes: one per line. */
function lineStarts(text: string): number[] {
  const starts: number[] = [1];
  for (
    let at = text.indexOf('\n');
    at >= 0 && at + 1 < text.length;
    at = text.indexOf('\n', at + 1)
  )
    starts.push(starts.length + 1);
  return starts;
}

/**
 * Ranks as publishers write them: "Hạng 1", "thứ 5", "1/63" (rank 1 of 63), "=3" (tied), "3*"
 * (footnote), "5 (↑2)" (change since last year). Read only through this file, in linear time
 * (anchored patterns and string operations: cells are untrusted and may be long).
 */
import { foldKey } from '../domain/names.ts';
import { isMissingMarker } from './numbers.ts';

export type RankReading =
  | { readonly kind: 'missing' }
  | { readonly kind: 'junk' }
  | { readonly kind: 'rank'; readonly rank: number; readonly fieldSize: number | null };

// Words before the number, compared folded ("Hạng" → "hang", "Thứ" → "thu").
const PREFIXES = ['xep hang', 'thu hang', 'hang', 'thu', 'rank', 'no', 'top'];
// Footnote marks and tie markers around the number ("=3", "3*", "3=", "T3").
const LEADING_MARKS = new Set(['=', '*', '†', '‡', '#', '№', 'T']);
const TRAILING_MARKS = new Set(['=', '*', '†', '‡', '.', '°']);
const INTEGER = /^[0-9]{1,6}$/;
const PLAIN_NUMBER = /^[0-9]+(?:[.,][0-9]+)?$/;
const OF = /^([0-9]{1,6})\s*(?:\/|trên|tren|of|\/\s*tổng số)\s*([0-9]{1,6})$/iu;

/** Reads one rank cell; `fieldSize` is the "of 63" of "60/63". */
export function readRank(raw: string): RankReading {
  if (isMissingMarker(raw)) return { kind: 'missing' };
  let text = withoutTrailingChange(raw.normalize('NFC').trim());
  const folded = foldKey(text);
  for (const prefix of PREFIXES) {
    if (folded.startsWith(`${prefix} `) && /\d/.test(folded.slice(prefix.length))) {
      text = text.replace(/^[^\d=#]+/u, '');
      break;
    }
  }
  text = withoutMarks(text);
  if (INTEGER.test(text)) return positive(Number(text), null);
  const of = OF.exec(text);
  if (of?.[1] !== undefined && of[2] !== undefined) {
    const rank = Number(of[1]);
    const size = Number(of[2]);
    return rank <= size ? positive(rank, size) : { kind: 'junk' };
  }
  return { kind: 'junk' };
}

/**
 * Without a trailing change in parentheses or brackets ("5 (↑2)", "5 [-1]"), at most 12
 * characters inside. String operations, not a pattern: cells are untrusted and may be long.
 */
function withoutTrailingChange(text: string): string {
  const close = text.at(-1);
  if (close !== ')' && close !== ']') return text;
  const open = text.lastIndexOf(close === ')' ? '(' : '[');
  if (open < 0 || text.length - open - 2 > 12) return text;
  const inside = text.slice(open + 1, -1);
  if (/[()[\]]/.test(inside)) return text;
  return text.slice(0, open).trim();
}

/** Without tie and footnote marks around the number. */
function withoutMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING_MARKS.has(text[start] ?? '')) start++;
  while (end > start && TRAILING_MARKS.has(text[end - 1] ?? '')) end--;
  return text.slice(start, end).trim();
}

function positive(rank: number, fieldSize: number | null): RankReading {
  return rank >= 1 ? { kind: 'rank', rank, fieldSize } : { kind: 'junk' };
}

/** True when most non-empty cells read as ranks written as text (used to spot rank columns). */
export function looksLikeRanks(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => !isMissingMarker(c));
  if (filled.length === 0) return false;
  // Stops once half the cells are not ranks: every column of a file is asked, on all its rows.
  let others = 0;
  for (const c of filled) {
    // A plain number ("5", "5.31") is never a rank written as text: no reading needed.
    const rank = !PLAIN_NUMBER.test(c) && readRank(c).kind === 'rank' && !INTEGER.test(c.trim());
    if (!rank && ++others * 2 >= filled.length) return false;
  }
  return true;
}

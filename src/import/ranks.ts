/**
 * Ranks as publishers write them: "Hạng 1", "thứ 5", "1/63" (rank 1 of 63), "=3" (tied), "3*"
 * (footnote), "5 (↑2)" (change since last year). Read only through this file, with linear-time
 * patterns; the number itself still goes through the strict grammar of numbers.ts.
 */
import { foldKey } from '../domain/names.ts';
import { isMissingMarker } from './numbers.ts';

export type RankReading =
  | { readonly kind: 'missing' }
  | { readonly kind: 'junk' }
  | { readonly kind: 'rank'; readonly rank: number; readonly fieldSize: number | null };

// Words before the number, compared folded ("Hạng" → "hang", "Thứ" → "thu").
const PREFIXES = ['xep hang', 'thu hang', 'hang', 'thu', 'rank', 'no', 'top'];
// A trailing change in parentheses or brackets: "(↑2)", "(+2)", "(-1)", "(=)", "[↓3]".
const CHANGE = /\s*[([][^()[\]]{0,12}[)\]]$/u;
// Footnote marks and tie markers around the number.
const MARKS = /^[=*†‡#№T]+|[=*†‡.°]+$/gu;
const INTEGER = /^[0-9]{1,6}$/;
const OF = /^([0-9]{1,6})\s*(?:\/|trên|tren|of|\/\s*tổng số)\s*([0-9]{1,6})$/iu;

/** Reads one rank cell; `fieldSize` is the "of 63" of "60/63". */
export function readRank(raw: string): RankReading {
  if (isMissingMarker(raw)) return { kind: 'missing' };
  let text = raw.normalize('NFC').trim().replace(CHANGE, '').trim();
  const folded = foldKey(text);
  for (const prefix of PREFIXES) {
    if (folded.startsWith(`${prefix} `) && /\d/.test(folded.slice(prefix.length))) {
      text = text.replace(/^[^\d=#]+/u, '');
      break;
    }
  }
  text = text.replace(MARKS, '').trim();
  if (INTEGER.test(text)) return positive(Number(text), null);
  const of = OF.exec(text);
  if (of?.[1] !== undefined && of[2] !== undefined) {
    const rank = Number(of[1]);
    const size = Number(of[2]);
    return rank <= size ? positive(rank, size) : { kind: 'junk' };
  }
  return { kind: 'junk' };
}

function positive(rank: number, fieldSize: number | null): RankReading {
  return rank >= 1 ? { kind: 'rank', rank, fieldSize } : { kind: 'junk' };
}

/** True when most non-empty cells read as ranks written as text (used to spot rank columns). */
export function looksLikeRanks(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => !isMissingMarker(c));
  if (filled.length === 0) return false;
  const ranks = filled.filter((c) => readRank(c).kind === 'rank' && !INTEGER.test(c.trim()));
  return ranks.length * 2 > filled.length;
}

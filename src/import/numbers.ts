/**
 * The strict cell grammar. Scores are read only through this file: never `parseFloat`/`Number`
 * on raw text (they accept "1e3", "0x1A", "Infinity", " 12abc"). Thousands separators are not
 * part of the grammar: 0–100 scores and 0–10 sub-indices never need them.
 */

export type DecimalMark = '.' | ',';

export type CellToken =
  | { readonly kind: 'missing' }
  | { readonly kind: 'junk' }
  | {
      readonly kind: 'number';
      readonly negative: boolean;
      readonly int: string;
      readonly frac: string | null;
      /** The separator written between integer and fraction, if any. */
      readonly sep: DecimalMark | null;
    };

// Markers that mean "no value" in Vietnamese statistical tables (KXH = không xếp hạng).
const MISSING = new Set([
  '',
  '-',
  '–',
  '—',
  '−',
  'n/a',
  'na',
  '#n/a',
  'x',
  'kxh',
  '..',
  '...',
  '…',
]);
const NUMBER = /^([+\-\u2212])?([0-9]+)(?:([.,])([0-9]+))?$/;
const SPACE = /[\s\u00a0\u2007\u202f\u200b\ufeff]/;

/**
 * Removes spaces (including NBSP, figure and narrow spaces, zero-width space and BOM) from both
 * ends. A loop, not `/\s+$/`: that regex retries at every space of an inner run and takes
 * quadratic time on a cell with a long run of spaces followed by other text.
 */
export function trimSpaces(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && SPACE.test(raw[start] ?? '')) start++;
  while (end > start && SPACE.test(raw[end - 1] ?? '')) end--;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/** True for the markers of a missing value (`-`, `–`, `—`, `n/a`, `x`, `KXH`, empty, spaces). */
export function isMissingMarker(raw: string): boolean {
  // No marker has a digit: a cell that starts and ends with one (most cells asked) is not one.
  if (isDigit(raw.charCodeAt(0)) && isDigit(raw.charCodeAt(raw.length - 1))) return false;
  return MISSING.has(trimSpaces(raw).toLowerCase());
}

/** Classifies one cell as missing, a number token (not yet read) or junk. */
export function tokenizeCell(raw: string): CellToken {
  const plain = plainNumberToken(raw);
  if (plain !== null) return plain;
  const trimmed = trimSpaces(raw);
  if (MISSING.has(trimmed.toLowerCase())) return { kind: 'missing' };
  const m = NUMBER.exec(trimmed);
  if (m === null) return { kind: 'junk' };
  const sign = m[1];
  return {
    kind: 'number',
    negative: sign === '-' || sign === '\u2212',
    int: m[2] ?? '',
    frac: m[4] ?? null,
    sep: m[3] === '.' || m[3] === ',' ? m[3] : null,
  };
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const isDigit = (code: number): boolean => code >= DIGIT_0 && code <= DIGIT_9;

/**
 * The token of a cell written as `digits` or `digits[.,]digits` with nothing around it (almost
 * every numeric cell), read by character codes: the same token `NUMBER` gives, without trimming,
 * lower-casing and a match array per cell. Null for anything else (signs, spaces, markers, junk),
 * which takes the general path.
 */
function plainNumberToken(raw: string): CellToken | null {
  const n = raw.length;
  let i = 0;
  while (i < n && isDigit(raw.charCodeAt(i))) i++;
  if (i === 0) return null;
  if (i === n) return { kind: 'number', negative: false, int: raw, frac: null, sep: null };
  const sep = raw.charCodeAt(i);
  if ((sep !== 0x2e && sep !== 0x2c) || i + 1 === n) return null;
  for (let j = i + 1; j < n; j++) if (!isDigit(raw.charCodeAt(j))) return null;
  return {
    kind: 'number',
    negative: false,
    int: raw.slice(0, i),
    frac: raw.slice(i + 1),
    sep: sep === 0x2e ? '.' : ',',
  };
}

/** True when the separator could be a thousands separator ("7.250", "1,250"). */
export function isThousandsLike(token: CellToken): boolean {
  return token.kind === 'number' && token.frac !== null && token.frac.length === 3;
}

export type NumberReading =
  | { readonly kind: 'missing' }
  | { readonly kind: 'junk' }
  | { readonly kind: 'number'; readonly value: number }
  /** The other separator with a fraction that is not 3 digits: read, but flag it (64.51 in a `,` column). */
  | { readonly kind: 'mixed'; readonly value: number }
  /** The other separator with exactly 3 digits: 7.250 may mean 7250 — never guess. */
  | { readonly kind: 'ambiguous'; readonly value: number };

/**
 * Reads a token under a column's decimal mark. The value is built from the matched digits only,
 * so the final `Number` call sees a string of the form `-?\d+(\.\d+)?`.
 */
export function readToken(token: CellToken, decimal: DecimalMark): NumberReading {
  if (token.kind !== 'number') return token;
  const digits = `${token.negative ? '-' : ''}${token.int}${token.frac === null ? '' : `.${token.frac}`}`;
  const value = Number(digits) + 0; // `+ 0` turns -0 into 0
  if (!Number.isFinite(value)) return { kind: 'junk' }; // 400 digits overflow to Infinity
  if (token.sep === null || token.sep === decimal) return { kind: 'number', value };
  return isThousandsLike(token) ? { kind: 'ambiguous', value } : { kind: 'mixed', value };
}

/**
 * `readToken(tokenizeCell(raw), decimal)` for a cell written as `digits` or `digits[.,]digits`
 * with nothing around it (nearly every score cell), read by character codes without a token and
 * a string of digits per cell; null for any other cell, which takes the general path. Held to
 * the general path by tests/unit/import/fastPaths.test.ts.
 */
export function readPlainNumber(raw: string, decimal: DecimalMark): NumberReading | null {
  const n = raw.length;
  let i = 0;
  while (i < n && isDigit(raw.charCodeAt(i))) i++;
  if (i === 0) return null;
  if (i === n) {
    const value = Number(raw);
    return Number.isFinite(value) ? { kind: 'number', value } : JUNK;
  }
  const sep = raw.charCodeAt(i);
  if ((sep !== 0x2e && sep !== 0x2c) || i + 1 === n) return null;
  for (let j = i + 1; j < n; j++) if (!isDigit(raw.charCodeAt(j))) return null;
  // `Number` reads `digits.digits` as written; a comma is swapped for the dot it stands for.
  const value = Number(sep === 0x2e ? raw : `${raw.slice(0, i)}.${raw.slice(i + 1)}`);
  if (!Number.isFinite(value)) return JUNK;
  if ((sep === 0x2e ? '.' : ',') === decimal) return { kind: 'number', value };
  return n - i - 1 === 3 ? { kind: 'ambiguous', value } : { kind: 'mixed', value };
}

const JUNK: NumberReading = { kind: 'junk' };

/** Reads one cell with a known decimal mark (convenience for tests and single values). */
export function readCell(raw: string, decimal: DecimalMark): NumberReading {
  return readToken(tokenizeCell(raw), decimal);
}

/** Counts of separators that decide a decimal mark; 3-digit fractions do not vote. */
export interface DecimalVotes {
  readonly dot: number;
  readonly comma: number;
}

/** The decimal mark one token votes for; null when it does not vote. */
export function decimalVote(t: CellToken): DecimalMark | null {
  return t.kind !== 'number' || t.sep === null || isThousandsLike(t) ? null : t.sep;
}

/**
 * `decimalVote(tokenizeCell(raw))` without a token for a plain `digits[.,]digits` cell (read by
 * character codes, like readPlainNumber); other cells take the general path.
 */
export function cellVote(raw: string): DecimalMark | null {
  const n = raw.length;
  let i = 0;
  while (i < n && isDigit(raw.charCodeAt(i))) i++;
  if (i > 0 && i < n - 1) {
    const sep = raw.charCodeAt(i);
    let j = i + 1;
    while (j < n && isDigit(raw.charCodeAt(j))) j++;
    if (j === n && (sep === 0x2e || sep === 0x2c)) {
      return n - i - 1 === 3 ? null : sep === 0x2e ? '.' : ',';
    }
  }
  return i === n && n > 0 ? null : decimalVote(tokenizeCell(raw));
}

/** Votes of a list of tokens. */
export function decimalVotes(tokens: readonly CellToken[]): DecimalVotes {
  let dot = 0;
  let comma = 0;
  for (const t of tokens) {
    const vote = decimalVote(t);
    if (vote === '.') dot++;
    else if (vote === ',') comma++;
  }
  return { dot, comma };
}

/** The majority mark, or `fallback` when the votes tie (including no votes). */
export function decideDecimal(votes: DecimalVotes, fallback: DecimalMark): DecimalMark {
  if (votes.dot > votes.comma) return '.';
  if (votes.comma > votes.dot) return ',';
  return fallback;
}

/** Writes a number in the given convention, e.g. 71.97 → "71,97" (for round-trip tests and exports). */
export function formatNumber(value: number, decimal: DecimalMark): string {
  const text = String(value);
  return decimal === ',' ? text.replace('.', ',') : text;
}

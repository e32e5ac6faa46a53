import { canonicalName, hasInvisibleCharacters, isPlainText, unitId } from '../domain/names.ts';
import { columnLetter, makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { GroupId, UnitId } from '../domain/types.ts';

/** Longest unit name accepted (RELIABILITY.md S7). */
export const MAX_NAME_LENGTH = 300;

const FORMULA_TRIGGER = /^'(?='*[=+\-@\t\r\n\0])/;

/**
 * Removes the one `'` the app's own CSV export puts before formula-like text (RELIABILITY.md
 * S2), so exports round-trip. Only when the rest starts with = + - @ tab, CR, LF or NUL (the
 * set src/export/csv.ts neutralises) — or with more apostrophes and then one of those, because
 * the export also prefixes text like `'=x`, which keeps this strip reversible. A name that
 * starts with an apostrophe and a letter is kept.
 */
export function stripFormulaPrefix(raw: string): string {
  // Almost no cell starts with an apostrophe: a character test before the pattern.
  return raw.charCodeAt(0) === 0x27 && FORMULA_TRIGGER.test(raw) ? raw.slice(1) : raw;
}

/**
 * The same text as a string of its own. A cell is a view into the whole file's text (V8 keeps
 * substrings as slices), and a Map does not keep a slice's hash: every lookup by a unit name
 * hashed it again (5–10× slower, measured on 10,000 names). Names are keys at every later stage
 * (ids, duplicates, counts, the Dataset), so each is copied once when read.
 */
export function ownString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * `unitId`, remembered for one import: every check asks for a unit's id again (duplicates, unit
 * counts, the Dataset), and a response file on each respondent's row. One per import, so no
 * cell text outlives it.
 */
export function unitIdMemo(): (groupId: GroupId, name: string) => UnitId {
  const byGroup = new Map<string, Map<string, UnitId>>();
  return (groupId, name) => {
    let byName = byGroup.get(groupId);
    if (byName === undefined) {
      byName = new Map();
      byGroup.set(groupId, byName);
    }
    let id = byName.get(name);
    if (id === undefined) {
      id = unitId(groupId, name);
      byName.set(name, id);
    }
    return id;
  };
}

// Ð (U+00D0, Icelandic eth) and ð look exactly like Đ/đ and come from copy-paste and old fonts.
const LOOKALIKE = /[\u00D0\u00F0]/g;

/** Folds the look-alike letters Ð → Đ and ð → đ. */
export function foldLookalikes(raw: string): string {
  return raw.replace(LOOKALIKE, (ch) => (ch === '\u00D0' ? '\u0110' : '\u0111'));
}

export interface NameReading {
  readonly name: string;
  /** Notices about what canonicalisation changed (located by the caller's fields). */
  readonly codes: readonly (
    'CONTROL_CHARS_REMOVED' | 'LOOKALIKE_LETTER_FOLDED' | 'NAME_CANONICALISED'
  )[];
}

/**
 * The canonical form of a unit name (NFC; zero-width, bidi and control characters removed;
 * whitespace runs including line breaks and NBSP → one space; trimmed; Ð → Đ), with the
 * notices that explain each change. Markup and formula-like text are kept literally.
 */
export function readName(raw: string): NameReading {
  // Plain text has no invisible character; a look-alike letter is its only possible change.
  if (isPlainText(raw) && !raw.includes('\u00D0') && !raw.includes('\u00F0'))
    return { name: raw, codes: [] };
  const codes: NameReading['codes'][number][] = [];
  const folded = foldLookalikes(raw);
  if (folded !== raw) codes.push('LOOKALIKE_LETTER_FOLDED');
  if (hasInvisibleCharacters(folded)) codes.push('CONTROL_CHARS_REMOVED');
  // A second NFC pass: canonicalName normalises before removing invisibles, so a mark that
  // followed a removed bidi control ("a\u202E\u0301") would otherwise stay decomposed.
  const name = canonicalName(folded).normalize('NFC');
  // Only trailing/leading spaces or NFC changes left: worth a quiet notice of its own.
  if (codes.length === 0 && name !== folded) codes.push('NAME_CANONICALISED');
  return { name, codes };
}

/** NAME_TOO_LONG for names over the limit, else null. */
export function nameLengthIssue(
  name: string,
  at: { line: number; excelRow: number; column: string; header: string },
): Issue | null {
  if (name.length <= MAX_NAME_LENGTH) return null;
  return makeIssue('NAME_TOO_LONG', {
    ...at,
    value: `${name.slice(0, 60)}…`,
    params: { found: name.length, limit: MAX_NAME_LENGTH },
  });
}

/**
 * NAME_TOO_LONG for each header cell over the name limit. No column name is that long, so such a
 * header row is refused at once, before any later check reads the cell.
 */
export function headerLengthIssues(
  cells: readonly string[],
  at: { line: number; excelRow: number },
): Issue[] {
  const issues: Issue[] = [];
  cells.forEach((cell, index) => {
    if (cell.length <= MAX_NAME_LENGTH) return;
    issues.push(
      makeIssue('NAME_TOO_LONG', {
        ...at,
        column: columnLetter(index),
        value: `${cell.slice(0, 60)}…`,
        params: { found: cell.length, limit: MAX_NAME_LENGTH, inHeader: true },
      }),
    );
  });
  return issues;
}

/**
 * The one order of unit names: Vietnamese alphabetical order (a < ă < â, d < đ, tones after the
 * base letter), in every language of the interface, because the names are Vietnamese as
 * published. In domain/ so that domain code (standings, unit matching) can use it too.
 *
 * The order is Intl.Collator('vi')'s. Most comparisons are decided by the letters alone (the
 * collator's first level), which is done here from a table; the collator itself is created only
 * for names whose letters are the same, or that hold a character outside the table. Creating it
 * loads ICU's collation data: ≈ 80 ms of main thread at a phone's speed, which every view's first
 * render used to pay while the app started.
 */
let collator: Intl.Collator | undefined;

// Letters with their vi-specific primary order: the tailoring a < ă < â, d < đ, e < ê,
// o < ô < ơ, u < ư over a–z. Case and tone marks are later levels.
const LETTERS = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// Combining marks that make a letter of its own (breve, circumflex, horn) and the five tones
// (grave, acute, tilde, hook above, dot below), which only count after the letters.
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Weight of each character at the collator's first level, by UTF-16 code, for the characters
 * whose weight is certain: space (before everything), digits (before letters), the Latin letters
 * a–z and the Vietnamese letters with any tone, either case. 0: not in the table.
 */
const PRIMARY: Uint8Array = (() => {
  const table = new Uint8Array(0x1f00);
  table[0x20] = 1;
  for (let d = 0; d <= 9; d++) table[0x30 + d] = 2 + d;
  const letterWeight = (letter: string) => 12 + LETTERS.indexOf(letter);
  for (let code = 0x41; code < 0x1f00; code++) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    if (lower.length !== 1) continue;
    const parts = [...lower.normalize('NFD')];
    const tones = parts.slice(1).filter((m) => TONES.has(m));
    const letter = [parts[0], ...parts.slice(1).filter((m) => !TONES.has(m))]
      .join('')
      .normalize('NFC');
    // A letter of the table with at most one tone; nothing else (other marks, other scripts).
    if (tones.length <= 1 && letter.length === 1 && LETTERS.includes(letter))
      table[code] = letterWeight(letter);
  }
  return table;
})();

/**
 * The order of the first level when it decides: negative or positive as the collator would give,
 * 0 when the letters are the same or a character is not in PRIMARY (the collator decides).
 */
function comparePrimary(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = PRIMARY[a.charCodeAt(i)] ?? 0;
    const y = PRIMARY[b.charCodeAt(i)] ?? 0;
    if (x === 0 || y === 0) return 0;
    if (x !== y) {
      // A character out of the table next may be a combining mark that makes another letter of
      // this one ("a" + U+0302 is "â"): then the collator decides.
      if (i + 1 < a.length && (PRIMARY[a.charCodeAt(i + 1)] ?? 0) === 0) return 0;
      if (i + 1 < b.length && (PRIMARY[b.charCodeAt(i + 1)] ?? 0) === 0) return 0;
      return x < y ? -1 : 1;
    }
  }
  // One is the other's first letters: the shorter first, if the rest is in the table.
  const rest = a.length > n ? a : b;
  for (let i = n; i < rest.length; i++) if ((PRIMARY[rest.charCodeAt(i)] ?? 0) === 0) return 0;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/**
 * Compares two names for sorting: negative when `a` comes first, 0 only when they are the same
 * name (case and tone marks count, after the base letters).
 */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  const quick = comparePrimary(a, b);
  if (quick !== 0) return quick;
  collator ??= new Intl.Collator('vi');
  return collator.compare(a, b);
}

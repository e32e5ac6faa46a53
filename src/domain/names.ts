import type { GroupId, UnitId } from './types.ts';

// Zero-width characters, bidi controls, BOM, soft hyphen and C0/C1 controls except tab/newline
// (which are folded to spaces below). These never carry meaning in a unit name.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const WHITESPACE_RUN = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * The canonical form of a name as published: NFC, invisible/bidi/control characters removed,
 * every whitespace run (including NBSP and line breaks) collapsed to one space, trimmed.
 * Idempotent; NFC/NFD-blind. Letter case and diacritics are kept.
 */
export function canonicalName(raw: string): string {
  if (isPlainText(raw)) return raw;
  const nfc = raw.normalize('NFC');
  const visible = nfc.replace(INVISIBLE, '');
  const out = visible.replace(WHITESPACE_RUN, ' ').trim();
  // NFC again only when something was removed: a bidi mark gone can bring a combining mark next
  // to its letter. Spaces compose with nothing, so collapsing and trimming them cannot. (Every
  // import calls this per cell; the second pass over long notes was a visible share of it.)
  return visible.length === nfc.length ? out : out.normalize('NFC');
}

// Text canonicalName leaves as it is: printable ASCII and the precomposed letters Vietnamese and
// other Latin scripts are written with (Latin-1 without NBSP and soft hyphen, Latin Extended-A
// and -B, IPA, spacing modifiers, Latin Extended Additional: ạ…ỹ). Each is NFC alone and next to
// any other (no combining mark among them: tests/unit/import/fastPaths.test.ts checks every
// pair), none is invisible or a space other than U+0020. Nearly every cell of a UTF-8 file is
// such text; a double space or any other character takes the full path.
const NOT_PLAIN = /[^ -~\u00A1-\u00AC\u00AE-\u02FF\u1E00-\u1EFF]| {2}/;

/** True when `canonicalName(raw) === raw`, found by one scan (the import asks this per cell). */
export function isPlainText(raw: string): boolean {
  const last = raw.length - 1;
  return (
    last < 0 ||
    (raw.charCodeAt(0) !== 0x20 && raw.charCodeAt(last) !== 0x20 && !NOT_PLAIN.test(raw))
  );
}

/** True when `canonicalName` would remove invisible, bidi or control characters from `raw`. */
export function hasInvisibleCharacters(raw: string): boolean {
  INVISIBLE.lastIndex = 0;
  return new RegExp(INVISIBLE.source).test(raw);
}

/**
 * A comparison key that ignores case, diacritics and punctuation: "Bạch Thông" → "bach thong",
 * "Đà Nẵng" → "da nang" (đ/Đ and the look-alike Ð U+00D0 fold to d). Used for search and header
 * aliases, never as a stored id.
 */
export function foldKey(raw: string): string {
  if (isPlainText(raw)) return foldPlain(raw);
  return foldSteps(canonicalName(raw))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folds letters: đ/Đ/Ð/ð → d, diacritics removed, lower case. Works character by character. */
const foldSteps = (text: string): string =>
  text
    .replace(/[\u0110\u0111\u00D0\u00F0]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

// Each plain character folded once (`foldSteps` of that character alone), then every character
// that is not a letter or digit marked as a space.
// Preallocated over the plain range (up to U+1EFF), so the table stays a fast array, not a dictionary.
const FOLDED: (string | undefined)[] = new Array<string | undefined>(0x1f00).fill(undefined);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function foldedChar(code: number): string {
  let folded = FOLDED[code];
  if (folded === undefined) {
    folded = [...foldSteps(String.fromCharCode(code))]
      .map((ch) => (LETTER_OR_DIGIT.test(ch) ? ch : ' '))
      .join('');
    FOLDED[code] = folded;
  }
  return folded;
}

/**
 * `foldKey` of plain text (see isPlainText) from the per-character table: the same folding, then
 * runs of non-letters as one space, trimmed, without NFD and three Unicode patterns per name.
 */
function foldPlain(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const folded = foldedChar(text.charCodeAt(i));
    for (let j = 0; j < folded.length; j++) {
      const ch = folded[j] as string;
      if (ch === ' ') {
        space = true;
        continue;
      }
      if (space && out !== '') out += ' ';
      space = false;
      out += ch;
    }
  }
  return out;
}

/** A URL-safe ASCII slug: "Sở Công Thương" → "so-cong-thuong". Empty input gives "". */
export function slug(raw: string): string {
  return foldKey(raw).replace(/ /g, '-');
}

/**
 * The stable id of a unit: the group id and the slug of its canonical name,
 * e.g. `districts.bach-thong` (a dot, which URLs keep unescaped). Same name in another group is another unit.
 */
export function unitId(groupId: GroupId, name: string): UnitId {
  return `${groupId}.${slug(name)}` as UnitId;
}

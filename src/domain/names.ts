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
  const nfc = raw.normalize('NFC');
  const visible = nfc.replace(INVISIBLE, '');
  const out = visible.replace(WHITESPACE_RUN, ' ').trim();
  // NFC again only when something was removed: a bidi mark gone can bring a combining mark next
  // to its letter. Spaces compose with nothing, so collapsing and trimming them cannot. (Every
  // import calls this per cell; the second pass over long notes was a visible share of it.)
  return visible.length === nfc.length ? out : out.normalize('NFC');
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
  return canonicalName(raw)
    .replace(/[\u0110\u0111\u00D0\u00F0]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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

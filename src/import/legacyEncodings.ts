/**
 * Built-in byte tables for the two pre-Unicode Vietnamese encodings still found in provincial
 * spreadsheets: TCVN3 (ABC, fonts .VnTime) — one byte per letter — and VNI-Windows — a base
 * letter followed by a modifier byte. Only the letters Vietnamese needs are mapped; any other
 * byte above 0x7F is read as Latin-1, which the scorer in decode.ts then counts as junk.
 */

// TCVN3 (TCVN 5712:1993, VN3): lowercase letters, plus the seven uppercase letters with a shape
// mark (uppercase with tones needs the separate .VnTimeH font, which reuses the lowercase bytes).
// Checked byte for byte against glibc's TCVN5712-1 converter.
const TCVN3_PAIRS: readonly (readonly [number, string])[] = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
];

// The full standard (VN1) also places capitals with tones in 0x01–0x17, 0x80–0x9F and a few
// gaps of VN3, and combining tone marks at 0xB0–0xB4 (NFC joins them to the letter before). A
// file converted by a tool (iconv, Unikey "TCVN3") may contain them; tab, CR and LF are kept.
const VN1_PAIRS: readonly (readonly [number, string])[] = [
  [0x01, 'Ú'],
  [0x02, 'Ụ'],
  [0x04, 'Ừ'],
  [0x05, 'Ử'],
  [0x06, 'Ữ'],
  [0x11, 'Ứ'],
  [0x12, 'Ự'],
  [0x13, 'Ỳ'],
  [0x14, 'Ỷ'],
  [0x15, 'Ỹ'],
  [0x16, 'Ý'],
  [0x17, 'Ỵ'],
  [0x80, 'À'],
  [0x81, 'Ả'],
  [0x82, 'Ã'],
  [0x83, 'Á'],
  [0x84, 'Ạ'],
  [0x85, 'Ặ'],
  [0x86, 'Ậ'],
  [0x87, 'È'],
  [0x88, 'Ẻ'],
  [0x89, 'Ẽ'],
  [0x8a, 'É'],
  [0x8b, 'Ẹ'],
  [0x8c, 'Ệ'],
  [0x8d, 'Ì'],
  [0x8e, 'Ỉ'],
  [0x8f, 'Ĩ'],
  [0x90, 'Í'],
  [0x91, 'Ị'],
  [0x92, 'Ò'],
  [0x93, 'Ỏ'],
  [0x94, 'Õ'],
  [0x95, 'Ó'],
  [0x96, 'Ọ'],
  [0x97, 'Ộ'],
  [0x98, 'Ờ'],
  [0x99, 'Ở'],
  [0x9a, 'Ỡ'],
  [0x9b, 'Ớ'],
  [0x9c, 'Ợ'],
  [0x9d, 'Ù'],
  [0x9e, 'Ủ'],
  [0x9f, 'Ũ'],
  [0xaf, 'Ằ'],
  [0xba, 'Ẳ'],
  [0xbf, 'Ẵ'],
  [0xc0, 'Ắ'],
  [0xc1, 'Ầ'],
  [0xc2, 'Ẩ'],
  [0xc3, 'Ẫ'],
  [0xc4, 'Ấ'],
  [0xc5, 'Ề'],
  [0xcd, 'Ể'],
  [0xd9, 'Ễ'],
  [0xda, 'Ế'],
  [0xdb, 'Ồ'],
  [0xe0, 'Ổ'],
  [0xf0, 'Ỗ'],
  [0xff, 'Ố'],
  [0xb0, '\u0300'],
  [0xb1, '\u0309'],
  [0xb2, '\u0303'],
  [0xb3, '\u0301'],
  [0xb4, '\u0323'],
];

const TCVN3_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b;
  for (const [b, ch] of [...TCVN3_PAIRS, ...VN1_PAIRS]) table[b] = ch.charCodeAt(0);
  return table;
})();

/** Decodes TCVN3 bytes (VN3, with the VN1 capitals) to a string; the caller normalises to NFC. */
export function decodeTcvn3(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = TCVN3_TABLE[bytes[i] ?? 0] ?? 0;
  return new TextDecoder('utf-16le').decode(units);
}

/** The letters of the VN3 table and the VN1 additions, for tests. */
export const TCVN3_LETTERS: ReadonlyMap<number, string> = new Map(TCVN3_PAIRS);
export const TCVN_VN1_LETTERS: ReadonlyMap<number, string> = new Map(VN1_PAIRS);

// VNI-Windows (checked against an independently published VNI table, capitals included):
// letters that are one byte.
const VNI_STANDALONE: ReadonlyMap<number, string> = new Map([
  [0xf1, 'đ'],
  [0xd1, 'Đ'],
  [0xf4, 'ơ'],
  [0xd4, 'Ơ'],
  [0xf6, 'ư'],
  [0xd6, 'Ư'],
  [0xed, 'í'],
  [0xcd, 'Í'],
  [0xec, 'ì'],
  [0xcc, 'Ì'],
  [0xe6, 'ỉ'],
  [0xc6, 'Ỉ'],
  [0xf3, 'ĩ'],
  [0xd3, 'Ĩ'],
  [0xf2, 'ị'],
  [0xd2, 'Ị'],
  [0xee, 'ỵ'],
  [0xce, 'Ỵ'],
]);

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

// VNI-Windows: modifier bytes that follow a vowel, as combining marks (NFC composes them).
const VNI_MODIFIER_LOWER: readonly (readonly [number, string])[] = [
  [0xf9, ACUTE],
  [0xf8, GRAVE],
  [0xfb, HOOK],
  [0xf5, TILDE],
  [0xef, DOT],
  [0xe2, CIRCUMFLEX],
  [0xea, BREVE],
  [0xe1, CIRCUMFLEX + ACUTE],
  [0xe0, CIRCUMFLEX + GRAVE],
  [0xe5, CIRCUMFLEX + HOOK],
  [0xe3, CIRCUMFLEX + TILDE],
  [0xe4, CIRCUMFLEX + DOT],
  [0xe9, BREVE + ACUTE],
  [0xe8, BREVE + GRAVE],
  [0xfa, BREVE + HOOK],
  [0xfc, BREVE + TILDE],
  [0xeb, BREVE + DOT],
];
// Uppercase modifiers are the same bytes minus 0x20 (Latin-1 case pairs).
const VNI_MODIFIER: ReadonlyMap<number, string> = new Map([
  ...VNI_MODIFIER_LOWER,
  ...VNI_MODIFIER_LOWER.map(([b, m]) => [b - 0x20, m] as const),
]);

const VNI_VOWEL = /[aeiouyAEIOUYơưƠƯ]$/;

/** Decodes VNI-Windows bytes to an NFC string. Modifier bytes after a non-vowel stay Latin-1. */
export function decodeVni(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const standalone = VNI_STANDALONE.get(b);
    if (standalone !== undefined) {
      out.push(standalone);
      continue;
    }
    const modifier = VNI_MODIFIER.get(b);
    const prev = out[out.length - 1];
    if (modifier !== undefined && prev !== undefined && VNI_VOWEL.test(prev)) {
      out[out.length - 1] = (prev + modifier).normalize('NFC');
      continue;
    }
    out.push(String.fromCharCode(b));
  }
  return out.join('');
}

import { makeIssue } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import { decodeTcvn3, decodeVni } from './legacyEncodings.ts';
import { scoreVietnamese } from './vietnameseText.ts';

/** Encodings of CONTRACTS.md, plus `unknown` for files refused before they could be decoded. */
export type Encoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'tcvn3'
  | 'vni'
  | 'xlsx'
  | 'unknown';

export interface Decoded {
  /** The whole file as one NFC string, BOM removed. */
  readonly text: string;
  readonly encoding: Encoding;
  readonly issues: readonly Issue[];
}

export type DecodeResult =
  | { readonly ok: true; readonly value: Decoded }
  | { readonly ok: false; readonly encoding: Encoding; readonly issues: readonly Issue[] };

const decoder = (label: string, fatal: boolean): TextDecoder =>
  new TextDecoder(label, { fatal, ignoreBOM: true });

function tryStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return decoder(label, true).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * `tryStrict('utf-8', bytes)`, faster: the lenient decoder (twice as fast as the fatal one in
 * Node) gives the same string for valid UTF-8, and marks every invalid sequence with U+FFFD; only
 * text with a U+FFFD (broken, or a real one) is decoded again strictly to tell them apart.
 */
export function tryUtf8(bytes: Uint8Array): string | null {
  const text = decoder('utf-8', false).decode(bytes);
  return text.includes('\uFFFD') ? tryStrict('utf-8', bytes) : text;
}

/**
 * Guesses UTF-16 without a BOM: text that is mostly ASCII has a zero high byte in every other
 * byte (odd offsets for little-endian, even for big-endian). Needs ≥ 40 % zeros on one side and
 * almost none on the other.
 */
export function guessUtf16(bytes: Uint8Array, minShare = 0.4): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = n / 2;
  if (odd >= minShare * half && even <= 0.05 * half) return 'utf-16le';
  if (even >= minShare * half && odd <= 0.05 * half) return 'utf-16be';
  return null;
}

/** Share of well-formed Vietnamese words needed to convert a legacy file without asking. */
const CONFIDENT = 0.9;
/** Bytes scored to choose a legacy encoding (the whole file is then decoded once). */
const SAMPLE_BYTES = 256 * 1024;

interface Candidate {
  readonly encoding: 'windows-1258' | 'tcvn3' | 'vni';
  readonly text: string;
  readonly ratio: number;
  readonly good: number;
}

function candidate(encoding: Candidate['encoding'], raw: string): Candidate {
  const text = raw.normalize('NFC');
  const { good, bad } = scoreVietnamese(text);
  return { encoding, text, good, ratio: good + bad === 0 ? 0 : good / (good + bad) };
}

/**
 * Decodes a whole file once (never in chunks, so a letter is never split): BOM → strict UTF-8 →
 * UTF-16 by zero bytes → the best of windows-1258, TCVN3 and VNI scored by Vietnamese syllables
 * (ties go to windows-1258, the most common; a close second reading makes the notice a warning).
 * The result is NFC (windows-1258 stores tone marks as combining characters). Refuses NUL bytes
 * in non-UTF-16 text (NOT_TEXT) and legacy text no reading makes Vietnamese (ENCODING_UNCERTAIN).
 */
export function tryDecode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0)
    return { ok: false, encoding: 'unknown', issues: [makeIssue('EMPTY_FILE')] };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    if (text !== null) return done(text, 'utf-8-bom', []);
    return refuse(
      'utf-8-bom',
      makeIssue('ENCODING_UNCERTAIN', { params: { encoding: 'utf-8-bom' } }),
    );
  }
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', false);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'utf-16be', false);
  const guessed = guessUtf16(bytes);
  if (guessed !== null) return utf16(bytes, guessed, true);
  // UTF-8 decoded leniently once (see tryUtf8). A zero byte becomes U+0000 there and nothing else
  // does, and a string is searched for it ten times faster than the bytes (`bytes.includes(0)`).
  const lenient = decoder('utf-8', false).decode(bytes);
  if (lenient.includes('\u0000')) {
    // Some zeros, all on one side: probably UTF-16 with mostly non-Latin text. Say so.
    const maybe = guessUtf16(bytes, 0.1);
    return maybe === null
      ? refuse('unknown', makeIssue('NOT_TEXT'))
      : refuse(maybe, makeIssue('ENCODING_UNCERTAIN', { params: { encoding: maybe } }));
  }
  const utf8 = lenient.includes('\uFFFD') ? tryStrict('utf-8', bytes) : lenient;
  if (utf8 !== null) return done(utf8, 'utf-8', []);
  const damaged = damagedUtf8(lenient);
  if (damaged !== null) return refuse('utf-8', damaged);

  // Score a sample (the header and first rows are where the letters are), decode all once.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const candidates = [
    candidate('windows-1258', decoder('windows-1258', false).decode(sample)),
    candidate('tcvn3', decodeTcvn3(sample)),
    candidate('vni', decodeVni(sample)),
  ].sort((a, b) => b.ratio - a.ratio || b.good - a.good);
  const best = candidates[0];
  if (best === undefined || best.ratio < CONFIDENT || best.good === 0) {
    // An "ANSI" save that replaced letters with "?" cannot be converted back (no TCVN3/VNI
    // advice): say the letters are lost and how to re-save from the original.
    const ansi = candidates.find((c) => c.encoding === 'windows-1258');
    // Only when the rest reads as Vietnamese in windows-1258 (bytes no reading makes Vietnamese
    // stay ENCODING_UNCERTAIN).
    const lost = ansi === undefined || ansi.good === 0 ? [] : findLostLetters(ansi.text);
    if (lost.length > 0) return { ok: false, encoding: 'windows-1258', issues: lost };
    return refuse(
      'unknown',
      makeIssue('ENCODING_UNCERTAIN', {
        params: { encoding: best !== undefined && best.good > 0 ? best.encoding : 'unknown' },
      }),
    );
  }
  const text =
    sample.length === bytes.length
      ? best.text
      : best.encoding === 'windows-1258'
        ? decoder('windows-1258', false).decode(bytes)
        : best.encoding === 'tcvn3'
          ? decodeTcvn3(bytes)
          : decodeVni(bytes);
  // Another reading almost as convincing but with other letters (a short file, few accents):
  // convert, but as a warning so the user checks the names in the preview.
  const runnerUp = candidates[1];
  const close =
    runnerUp !== undefined && runnerUp.ratio >= CONFIDENT && runnerUp.text !== best.text;
  return done(text, best.encoding, [
    makeIssue('ENCODING_CONVERTED', {
      severity: close ? 'warning' : 'notice',
      params: { encoding: best.encoding },
    }),
  ]);
}

/**
 * A UTF-8 file with a few broken bytes (cut and pasted, or truncated by a tool): many valid
 * multi-byte letters and few invalid sequences (`text`: the file decoded leniently). Refused at
 * the first broken line rather than read as a legacy encoding, which would garble every letter.
 */
function damagedUtf8(text: string): Issue | null {
  let valid = 0;
  let broken = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') broken++;
    else if (ch.charCodeAt(0) > 0x7f) valid++;
  }
  if (broken === 0 || valid < 10 * broken) return null;
  const at = text.indexOf('\uFFFD');
  const before = text.slice(0, at);
  const line = before.split(/\r\n|\n|\r/).length;
  const start = Math.max(before.lastIndexOf('\n') + 1, at - 40);
  return makeIssue('ENCODING_UNCERTAIN', {
    line,
    value: text.slice(start, at + 20).split(/\r?\n/)[0] ?? '',
    params: { encoding: 'utf-8', count: broken },
  });
}

function utf16(
  body: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  guessed: boolean,
): DecodeResult {
  const text = tryStrict(
    encoding,
    body.length % 2 === 0 ? body : body.subarray(0, body.length - 1),
  );
  if (text === null)
    return refuse(encoding, makeIssue('ENCODING_UNCERTAIN', { params: { encoding } }));
  const issues = guessed ? [makeIssue('ENCODING_CONVERTED', { params: { encoding } })] : [];
  // A UTF-16 file with a BOM may still start its text with U+FEFF when written twice.
  return done(text.replace(/^\uFEFF/, ''), encoding, issues);
}

function done(text: string, encoding: Encoding, issues: Issue[]): DecodeResult {
  return { ok: true, value: { text: text.normalize('NFC'), encoding, issues } };
}

function refuse(encoding: Encoding, issue: Issue): DecodeResult {
  return { ok: false, encoding, issues: [issue] };
}

// "Ba B?", "S? C?ng Th??ng": a question mark where a Vietnamese letter was. Inside a word
// ("Th??ng", "?i?m") it is never real text; at the end of a word ("B?") it could be a question,
// so that alone counts only in a file with no non-ASCII letter at all, on several lines.
const LOST_INSIDE_WORD = /\p{L}\?+\p{L}|(?:^|[\s,;"])\?+\p{L}/u;
const LOST_AT_WORD_END = /\p{L}\?/u;
const NON_ASCII_LETTER = /[^\p{ASCII}]/u;

/**
 * Finds letters already lost as `?` (a file saved as ANSI on a non-Vietnamese Windows, where
 * letters missing from that code page became "?" while à, ô, é… survived). Returns one
 * TEXT_LOST_IN_SAVE per affected line (at most 20), or []. Unit names ending in "?" are
 * caught per cell later (see table.ts).
 */
/**
 * The line without URL-like fields: "https://…", "www.…" or a host with a dot before its first
 * slash ("pcivietnam.vn/xep-hang?nam=2019"). Split on separators, no backtracking pattern.
 */
function withoutUrls(line: string): string {
  return line
    .split(/([\s,;"\t]+)/)
    .map((token) => {
      const lower = token.toLowerCase();
      const slash = token.indexOf('/');
      const hostLike = slash > 0 && token.slice(0, slash).includes('.');
      const url =
        lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('www.');
      return url || hostLike ? '' : token;
    })
    .join('');
}

export function findLostLetters(text: string): Issue[] {
  // Both patterns need a "?": most files have none, and the line-by-line scan is the costly part.
  if (!text.includes('?')) return [];
  const ascii = !NON_ASCII_LETTER.test(text);
  const hits: { line: number; value: string }[] = [];
  let inside = false;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length && hits.length < 20; i++) {
    if (!lines[i]?.includes('?')) continue;
    // Web addresses legitimately hold "?" between letters ("…/bang-xep-hang?cpi_cat_id=…").
    const line = withoutUrls(lines[i] ?? '');
    const strong = LOST_INSIDE_WORD.test(line);
    if (strong || (ascii && LOST_AT_WORD_END.test(line))) {
      hits.push({ line: i + 1, value: (lines[i] ?? '').slice(0, 120) });
      inside ||= strong;
    }
  }
  if (!inside && hits.length < 2) return [];
  return hits.map((h) => makeIssue('TEXT_LOST_IN_SAVE', { line: h.line, value: h.value }));
}

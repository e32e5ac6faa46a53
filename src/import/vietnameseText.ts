/**
 * How Vietnamese a decoded text looks: the share of its non-ASCII words that are well-formed
 * Vietnamese syllables. Used to choose between windows-1258, TCVN3 and VNI when a file is not
 * UTF-8, and to refuse when no reading is convincing (never import garbled names).
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
// Vowel nuclei of Vietnamese syllables (tones removed, shape marks kept), longest first.
const NUCLEI = [
  'uyê',
  'uya',
  'uyu',
  'iêu',
  'yêu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'oo',
  'ôi',
  'ơi',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ươ',
  'ưu',
  'yê',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
];
// 'k' for place names such as Đắk Lắk.
const FINAL = '(?:ch|ng|nh|[ckmnpt])?';
const SYLLABLE = new RegExp(`^${INITIAL}(?:${NUCLEI.join('|')})${FINAL}$`);

/** True when `word` (any case, NFC or NFD) is a well-formed Vietnamese syllable with ≤ 1 tone. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONES);
  if (tones !== null && tones.length > 1) return false;
  const shape = nfd.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(shape);
}

export interface TextScore {
  /** Non-ASCII words that are Vietnamese syllables. */
  readonly good: number;
  /** Non-ASCII words that are not, plus stray symbols and lone combining marks. */
  readonly bad: number;
}

/** Scores a decoded text; see the module comment. ASCII-only words are neutral. */
export function scoreVietnamese(text: string): TextScore {
  let good = 0;
  let bad = 0;
  for (const token of text.split(/[^\p{L}\p{M}\u0080-\u00bf]+/u)) {
    if (token === '' || /^\p{ASCII}*$/u.test(token)) continue;
    // Latin-1 symbols (¸ µ ¾ ...) are what a wrong legacy reading produces.
    const pieces = token.split(/[\u0080-\u00bf]+/);
    if (pieces.length > 1) bad += pieces.length - 1;
    for (const piece of pieces) {
      if (piece === '' || /^\p{ASCII}*$/u.test(piece)) continue;
      if (isVietnameseSyllable(piece)) good++;
      else bad++;
    }
  }
  return { good, bad };
}

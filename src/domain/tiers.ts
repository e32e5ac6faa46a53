/**
 * Tier words as Vietnamese publishers write them (PCI/DCCI "nhóm điều hành"), with English
 * labels. Tiers come only from the file: the app never assigns one; it recognises a column of
 * them (even when headed "Nhóm") and shows each in the UI language.
 */
import { foldKey } from './names.ts';

/**
 * Tier ids with the words that name them: the Vietnamese word as published first, then other
 * spellings a file may use (English included, for detection only: the UI's words are i18n keys
 * `tier.<id>`).
 */
const TIERS: readonly { readonly id: TierId; readonly words: readonly string[] }[] = [
  { id: 'outstanding', words: ['Xuất sắc', 'Outstanding'] },
  { id: 'excellent', words: ['Rất tốt', 'Excellent', 'Very good'] },
  { id: 'high', words: ['Tốt', 'High'] },
  { id: 'good', words: ['Khá', 'Good', 'Fairly good'] },
  { id: 'midHigh', words: ['Trung bình khá', 'Mid-high', 'Above average'] },
  { id: 'average', words: ['Trung bình', 'Average'] },
  { id: 'midLow', words: ['Tương đối thấp', 'Mid-low', 'Relatively low'] },
  { id: 'low', words: ['Thấp', 'Low'] },
  { id: 'veryLow', words: ['Rất thấp', 'Very low'] },
  { id: 'upper', words: ['Cao'] },
  { id: 'veryHigh', words: ['Rất cao', 'Very high'] },
  { id: 'fairlyHigh', words: ['Tương đối cao', 'Relatively high'] },
  { id: 'weak', words: ['Yếu', 'Weak'] },
  { id: 'poor', words: ['Kém', 'Poor'] },
];

/** The tiers the app knows by id (their labels are the i18n keys `tier.<id>`). */
export type TierId =
  | 'outstanding'
  | 'excellent'
  | 'high'
  | 'good'
  | 'midHigh'
  | 'average'
  | 'midLow'
  | 'low'
  | 'veryLow'
  | 'upper'
  | 'veryHigh'
  | 'fairlyHigh'
  | 'weak'
  | 'poor';

const BY_KEY = new Map<string, TierId>();
// Vietnamese words first: an alias never takes the place of a published word.
for (const tier of TIERS) BY_KEY.set(foldKey(tier.words[0] ?? ''), tier.id);
for (const tier of TIERS) {
  for (const word of tier.words.slice(1)) {
    const key = foldKey(word);
    if (!BY_KEY.has(key)) BY_KEY.set(key, tier.id);
  }
}
// "Nhóm Tốt", "Nhóm rất tốt": the word "nhóm" (group) before a tier is part of how it is written.
const GROUP_WORD = /^(?:nhom|muc|loai)\s+/;

/** The id of the tier a cell names ("Tốt", "nhóm Rất tốt", "Good"), or undefined. */
export function tierId(text: string): TierId | undefined {
  if (text.length > 60) return undefined; // no tier word is longer; keeps the check cheap
  return BY_KEY.get(foldKey(text).replace(GROUP_WORD, ''));
}

/** True when `text` is a tier word. */
export function isTierWord(text: string): boolean {
  return tierId(text) !== undefined;
}

/** True when at least 80 % of the non-blank cells (and at least one) are tier words. */
export function isTierColumn(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length === 0) return false;
  // Stops at the first miss too many: every column of a file is asked, on all its rows.
  let misses = 0;
  for (const cell of filled) {
    if (!isTierWord(cell) && ++misses * 5 > filled.length) return false;
  }
  return true;
}

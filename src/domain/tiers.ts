/**
 * Tier words as Vietnamese publishers write them (PCI/DCCI "nhóm điều hành"), with English
 * labels. Tiers come only from the file: the app never assigns one; it recognises a column of
 * them (even when headed "Nhóm") and shows each in the UI language.
 */
import { foldKey } from './names.ts';
import type { Lang } from './types.ts';

const TIERS: readonly { readonly vi: string; readonly en: string }[] = [
  { vi: 'Xuất sắc', en: 'Excellent' },
  { vi: 'Rất tốt', en: 'Very good' },
  { vi: 'Tốt', en: 'Good' },
  { vi: 'Khá', en: 'Fairly good' },
  { vi: 'Trung bình khá', en: 'Above average' },
  { vi: 'Trung bình', en: 'Average' },
  { vi: 'Tương đối thấp', en: 'Relatively low' },
  { vi: 'Thấp', en: 'Low' },
  { vi: 'Rất thấp', en: 'Very low' },
  { vi: 'Cao', en: 'High' },
  { vi: 'Rất cao', en: 'Very high' },
  { vi: 'Tương đối cao', en: 'Relatively high' },
  { vi: 'Yếu', en: 'Weak' },
  { vi: 'Kém', en: 'Poor' },
];

const BY_KEY = new Map<string, { readonly vi: string; readonly en: string }>();
for (const tier of TIERS) {
  BY_KEY.set(foldKey(tier.vi), tier);
  BY_KEY.set(foldKey(tier.en), tier);
}
// "Nhóm Tốt", "Nhóm rất tốt": the word "nhóm" (group) before a tier is part of how it is written.
const GROUP_WORD = /^(?:nhom|muc|loai)\s+/;

/** The known tier a cell names ("Tốt", "nhóm Rất tốt", "Good"), or undefined. */
function knownTier(text: string): { readonly vi: string; readonly en: string } | undefined {
  const key = foldKey(text).replace(GROUP_WORD, '');
  return BY_KEY.get(key);
}

/** True when `text` is a tier word. */
export function isTierWord(text: string): boolean {
  return knownTier(text) !== undefined;
}

/** True when at least 80 % of the non-blank cells (and at least one) are tier words. */
export function isTierColumn(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length === 0) return false;
  return filled.filter(isTierWord).length * 5 >= filled.length * 4;
}

/** A published tier in the UI language: known words translated, anything else as published. */
export function tierLabel(tier: string, lang: Lang): string {
  const known = knownTier(tier);
  return known === undefined ? tier : known[lang];
}

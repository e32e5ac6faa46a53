/**
 * What a table's title says beyond the year (header.ts): the unit of a single-unit table
 * ("Điểm PCI của tỉnh Bắc Kạn qua các năm") and the index it reports ("Kết quả DDCI 2023").
 * Linear-time patterns only: titles are untrusted text.
 */
import { canonicalName, foldKey } from '../domain/names.ts';
import type { CsvRecord } from './parseCsv.ts';

// "của tỉnh Bắc Kạn", "của huyện Ba Bể", "của Sở Công Thương": the name runs to a stop word,
// punctuation or a digit. Province and district words are dropped (units are named without them).
const OF_UNIT = /\bcủa\s+(?:(tỉnh|huyện|thành phố|thị xã|tp\.?)\s+)?([^,.;:()\d–—\-/]{2,80})/iu;
const STOP = /\s+(?:qua|giai đoạn|từ|trong|các năm|năm|theo|so với|và|period|from)(?:\s|$).*$/iu;

/** The unit a title names, with its record, or null. */
export function unitFromTitles(
  titles: readonly CsvRecord[],
): { readonly unit: string; readonly record: CsvRecord } | null {
  for (const record of titles) {
    const text = canonicalName(record.cells.filter((c) => c.trim() !== '').join(' '));
    const m = OF_UNIT.exec(text);
    const kind = (m?.[1] ?? '').toLowerCase();
    const name = canonicalName((m?.[2] ?? '').replace(STOP, ''));
    if (name.length < 2) continue;
    // A city keeps its word ("Thành phố Bắc Kạn" is a district-level unit of its own).
    const unit = kind.startsWith('thành phố') || kind.startsWith('tp') ? `Thành phố ${name}` : name;
    return { unit: unit.charAt(0).toUpperCase() + unit.slice(1), record };
  }
  return null;
}

const KNOWN_INDICES = ['DCCI', 'DDCI', 'PCI', 'PAPI', 'PGI', 'SIPAS', 'PAR INDEX'];

/**
 * The words the app's own CSV title line uses to name the index ("Chỉ số: PAPI") and a declared
 * scale ("Thang điểm 0–10"); export/csv.ts writes them, this module reads them back.
 */
export const TITLE_WORDS = {
  index: { vi: 'Chỉ số', en: 'Index' },
  scale: { vi: 'Thang điểm', en: 'Scale' },
} as const;

// "— Chỉ số: PAPI —", "Index: SIPAS": the index the app's own CSV title line names.
const INDEX_PART = new RegExp(
  `(?:^|—\\s?)(?:${TITLE_WORDS.index.vi}|${TITLE_WORDS.index.en}): ([^—\\n]{1,40})`,
  'u',
);

/** The index a title names (DCCI, DDCI, PCI, PAPI, …), or null. */
export function indexFromText(text: string): string | null {
  const named = INDEX_PART.exec(text.normalize('NFC'))?.[1]?.trim();
  if (named !== undefined && named !== '') return named;
  const key = ` ${foldKey(text)} `;
  const found = KNOWN_INDICES.find((name) => key.includes(` ${name.toLowerCase()} `));
  if (found === undefined) return null;
  return found === 'PAR INDEX' ? 'PAR Index' : found;
}

// "thang điểm 0–10", "thang điểm 100", "thang 10", "scale 0-10", "out of 100" (on folded text:
// "thang diem 0 10"); "thang" alone is also "tháng" (month), so it needs "điểm" or 10/100.
const SCALE_WORDS =
  /\b(?:thang diem(?: tu)?|scale(?: of| from)?|out of)(?: 0(?: den| to)?)? (\d{1,4})\b|\bthang (10|100)\b/u;
// "(0–10)", "0-100": a range written from 0, not inside a longer number or a year span.
const ZERO_TO = /(?<![\d.,])0\s?[–—-]\s?(\d{1,4})(?![\d.,])/u;

/**
 * The maximum of the scale a title or header declares ("Chỉ số PAPI 2022 (thang điểm 0–10)" →
 * 10), or null. Only 1–1000 (the dataset rules' SCALE_BOUNDS) is a scale.
 */
export function scaleFromText(text: string): number | null {
  const folded = foldKey(text);
  const m = SCALE_WORDS.exec(folded) ?? ZERO_TO.exec(text.normalize('NFC'));
  const value = Number(m?.[1] ?? m?.[2] ?? NaN);
  return Number.isInteger(value) && value >= 1 && value <= 1000 ? value : null;
}

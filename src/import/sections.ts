import { canonicalName, foldKey } from '../domain/names.ts';
import type { ColumnPlan } from './model.ts';
import type { CsvRecord } from './parseCsv.ts';

// Roman numerals or a capital letter numbering a block: "I.", "II)", "A.", or alone in an STT cell.
const NUMBERING = /^(?:[IVXLC]+|[A-Z])[.)]\s+/;
const NUMBERING_CELL = /^(?:[IVXLC]+|[A-Z])[.)]?$/;
const NUMERIC_ROLES: ReadonlySet<ColumnPlan['role']> = new Set([
  'total',
  'subIndex',
  'yearValue',
  'yearRank',
  'rank',
  'respondents',
  'stderr',
]);

// A module-level helper, not a closure per row (asked of every row of a file).
const cellText = (record: CsvRecord, c: ColumnPlan): string => (record.cells[c.index] ?? '').trim();

/**
 * The name of a block heading inside the table ("I. KHỐI SỞ, BAN, NGÀNH", or "II" in the STT
 * column and "Khối huyện, thành phố" in the name column): a row with no number in any numeric
 * column whose name is numbered or starts with "Khối". The numbering is removed; null for other
 * rows. Published tables often list every group in one sheet this way.
 */
export function sectionName(record: CsvRecord, columns: readonly ColumnPlan[]): string | null {
  if (columns.some((c) => NUMERIC_ROLES.has(c.role) && cellText(record, c) !== '')) return null;
  const unitColumn = columns.find((c) => c.role === 'unit');
  const numberColumn = columns.find((c) => c.role === 'rowNumber');
  const text = unitColumn === undefined ? '' : cellText(record, unitColumn);
  if (text === '') return null;
  const numbered =
    NUMBERING.test(text) ||
    (numberColumn !== undefined && NUMBERING_CELL.test(cellText(record, numberColumn)));
  if (!numbered && !foldKey(text).startsWith('khoi ')) return null;
  return canonicalName(text.replace(NUMBERING, ''));
}

/** The same name without a leading "Khối" ("KHỐI SỞ, BAN, NGÀNH" → "SỞ, BAN, NGÀNH"). */
export function withoutBlockWord(name: string): string {
  return name.replace(/^\s*kh[ốoô]i\s+/iu, '');
}

// Compared with diacritics (lower-cased NFC): "Cộng" is a total, "Công" is a name.
const SUMMARY = new Set([
  'trung bình',
  'bình quân',
  'tổng',
  'tổng cộng',
  'cộng',
  'tổng số',
  'average',
  'mean',
  'median',
  'total',
  'trung vị',
  'cao nhất',
  'thấp nhất',
  'toàn tỉnh',
  'cả tỉnh',
  'cả nước',
  'toàn quốc',
  'national',
  'nationwide',
]);

// Summary words that may start a longer name ("Trung bình khối", "Group average"): optional
// prefix words, then one of the words, then a space or the end.
const STARTS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['điểm', 'giá trị'],
    ['trung bình', 'bình quân', 'trung vị'],
  ],
  [[], ['tổng cộng', 'tổng số', 'cả nước', 'toàn quốc']],
  [
    ['national', 'group'],
    ['average', 'mean', 'median', 'total'],
  ],
];
const STARTS_PATTERNS = STARTS.map(
  ([prefixes, words]) =>
    new RegExp(
      `^${prefixes.length === 0 ? '' : `(?:${prefixes.map((w) => `${w} `).join('|')})?`}(?:${words.join('|')})(?:\\s|$)`,
      'u',
    ),
);
// The first two letters of every summary key: other names (nearly every unit) are told apart
// before the name is lower-cased and matched (asked of every row of a file).
const FIRST_TWO: ReadonlySet<string> = new Set(
  [...SUMMARY, ...STARTS.flatMap(([prefixes, words]) => [...prefixes, ...words])].map((w) =>
    w.slice(0, 2),
  ),
);

/**
 * True for rows that summarise the units ("Trung bình", "Bình quân khối", "Trung vị các tỉnh",
 * "Tổng cộng", "Cả nước", "Median", "Average", "Group average"), wherever they stand in the table. Importing
 * them would rank an average among the units. Real units that merely start with such a word
 * ("Tổng cục Thuế", "Tổng công ty Điện lực") are units.
 */
export function isSummaryName(name: string): boolean {
  const canonical = canonicalName(name);
  if (canonical.length >= 2 && !FIRST_TWO.has(canonical.slice(0, 2).toLowerCase())) return false;
  const key = canonical.toLowerCase().replace(/[:.]$/, '');
  return SUMMARY.has(key) || STARTS_PATTERNS.some((pattern) => pattern.test(key));
}

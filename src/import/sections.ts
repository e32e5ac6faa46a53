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

/**
 * True for rows that summarise the units ("Trung bình", "Bình quân khối", "Trung vị các tỉnh",
 * "Tổng cộng", "Cả nước", "Median", "Average", "Group average"), wherever they stand in the table. Importing
 * them would rank an average among the units. Real units that merely start with such a word
 * ("Tổng cục Thuế", "Tổng công ty Điện lực") are units.
 */
export function isSummaryName(name: string): boolean {
  const key = canonicalName(name).toLowerCase().replace(/[:.]$/, '');
  return (
    SUMMARY.has(key) ||
    /^(?:điểm |giá trị )?(?:trung bình|bình quân|trung vị)(?:\s|$)/u.test(key) ||
    /^(?:tổng cộng|tổng số|cả nước|toàn quốc)(?:\s|$)/u.test(key) ||
    /^(?:national |group )?(?:average|mean|median|total)(?:\s|$)/u.test(key)
  );
}

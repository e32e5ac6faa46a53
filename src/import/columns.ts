import { foldKey } from '../domain/names.ts';

/** What a column holds, from its header alone. `unknown` columns are decided by their cells. */
export type ColumnKind =
  | 'year'
  | 'group'
  | 'unit'
  | 'total'
  | 'rank'
  | 'tier'
  | 'respondents'
  | 'stderr'
  | 'notes'
  | 'code'
  | 'rowNumber'
  | 'unknown'
  | 'empty';

export type HeaderRole =
  | { readonly kind: Exclude<ColumnKind, 'unknown'> }
  | { readonly kind: 'unknown' }
  /** Wide format: a column of total scores for one year ("2019", "Năm 2019", "DCCI 2019"). */
  | { readonly kind: 'yearValue'; readonly year: number }
  /** Wide format: a column of published ranks for one year ("Xếp hạng 2019", "Hạng 2019"). */
  | { readonly kind: 'yearRank'; readonly year: number };

// Header aliases (DATA.md), compared with foldKey: no case, no diacritics, đ = d, punctuation = space.
const ALIASES: ReadonlyMap<string, Exclude<ColumnKind, 'unknown' | 'empty'>> = new Map([
  ...['nam', 'year', 'nam khao sat', 'nam danh gia'].map((a) => [a, 'year'] as const),
  ...['khoi', 'nhom', 'group', 'khoi don vi', 'nhom don vi', 'loai don vi'].map(
    (a) => [a, 'group'] as const,
  ),
  ...[
    'don vi',
    'ten don vi',
    'so nganh',
    'so ban nganh',
    'so ban nganh dia phuong',
    'huyen thanh pho',
    'huyen thi xa thanh pho',
    'tinh thanh pho',
    'tinh',
    'unit',
    'unit name',
    'name',
    'province',
    'district',
    'department',
    'agency',
    'dia phuong',
    'co quan',
    'ten',
    'ten co quan',
    'co quan don vi',
    'huyen tp',
    'tinh tp',
    'ten huyen',
    'ten so nganh',
    'don vi hanh chinh',
    'ten dia phuong',
    'ten tinh',
    'province vi',
    'tinh thanh',
  ].map((a) => [a, 'unit'] as const),
  ...[
    'diem tong hop',
    'dcci',
    'ddci',
    'pci',
    'diem',
    'diem pci',
    'diem dcci',
    'diem ddci',
    'tong diem',
    'tong',
    'diem so',
    'score',
    'total',
    'total score',
    'pci score',
    'dcci score',
    'ddci score',
    'diem tong',
    'chi so tong hop',
    'chi so ddci',
    'chi so dcci',
    'chi so pci',
    'diem so tong hop',
    'composite score',
  ].map((a) => [a, 'total'] as const),
  ...[
    'xep hang',
    'thu hang',
    'rank',
    'ranking',
    'hang',
    'thu tu xep hang',
    'published rank',
    'xep thu',
  ].map((a) => [a, 'rank'] as const),
  ...[
    'nhom xep hang',
    'xep loai',
    'tier',
    'nhom hang',
    'muc xep hang',
    'phan loai',
    'nhom dieu hanh',
    'nhom xep loai',
    'muc xep loai',
  ].map((a) => [a, 'tier'] as const),
  ...[
    'so phieu',
    'so doanh nghiep tra loi',
    'so dn tra loi',
    'respondents',
    'so phieu khao sat',
    'so phieu hop le',
    'n',
    'number of respondents',
    'so doanh nghiep',
  ].map((a) => [a, 'respondents'] as const),
  ...['sai so chuan', 'sai so', 'standard error', 'se', 'std error', 'std err'].map(
    (a) => [a, 'stderr'] as const,
  ),
  ...['ghi chu', 'notes', 'note', 'chu thich', 'remarks'].map((a) => [a, 'notes'] as const),
  // Unit codes (GSO district codes "061", ISO codes): text, never a sub-index.
  ...[
    'ma',
    'ma don vi',
    'ma so',
    'ma huyen',
    'ma tinh',
    'ma gso',
    'code',
    'unit code',
    'ma dvhc',
  ].map((a) => [a, 'code'] as const),
  ...['stt', 'tt', 'no', 'so tt', 'so thu tu', 'number'].map((a) => [a, 'rowNumber'] as const),
]);

const YEAR_ONLY_PREFIXES = new Set(['', 'nam', 'year', 'diem nam', 'score']);
const YEAR_END = /^(?:19|20)\d\d$/;

/**
 * A header that ends in a year ("2019", "Năm 2019", "Điểm PCI 2019", "Xếp hạng 2019"): the text
 * before the year (trimmed) and the year, else null. String operations, linear in the header.
 */
export function splitYearSuffix(text: string): { prefix: string; year: number } | null {
  const trimmed = text.trimEnd();
  const tail = trimmed.slice(-4);
  const before = trimmed.at(-5);
  if (!YEAR_END.test(tail) || (before !== undefined && !/\s/.test(before))) return null;
  return { prefix: trimmed.slice(0, -4).trim(), year: Number(tail) };
}

// "Điểm PAPI", "Chỉ số DDCI", "PAPI score": the total of an index the file names (an acronym).
const INDEX_SCORE =
  /^(?:điểm|chỉ số|diem|chi so)\s+(\p{Lu}[\p{Lu}\d-]{1,7})$|^(\p{Lu}[\p{Lu}\d-]{1,7})\s+score$/iu;

/** The index a score header names ("Điểm PAPI" → "PAPI"), or null. */
export function indexNameFromHeader(raw: string): string | null {
  const text = withoutTrailingParenthesis(raw.normalize('NFC')).trim();
  const m = INDEX_SCORE.exec(text);
  const name = m?.[1] ?? m?.[2];
  if (name === undefined || name !== name.toUpperCase()) {
    const bare = foldKey(text);
    return ['dcci', 'ddci', 'pci', 'papi'].includes(bare) ? bare.toUpperCase() : null;
  }
  return name;
}

/** The role of "<prefix> 2019": a year's score or rank column, or null. */
function yearColumnRole(key: string, raw: string): HeaderRole | null {
  const split = splitYearSuffix(key);
  if (split === null) return null;
  const { prefix, year } = split;
  const rawPrefix = splitYearSuffix(raw.normalize('NFC'))?.prefix ?? '';
  const kind = YEAR_ONLY_PREFIXES.has(prefix) ? 'total' : (ALIASES.get(prefix) ?? null);
  if (kind === 'total' || (kind === null && indexNameFromHeader(rawPrefix) !== null))
    return { kind: 'yearValue', year };
  if (kind === 'rank') return { kind: 'yearRank', year };
  return null;
}

/**
 * `raw` without a final parenthesis and the spaces after it ("Điểm (thang 100) " → "Điểm "), as
 * `raw.replace(/\([^)]*\)\s*$/, '')` would give — but in linear time: that regex rescans the
 * rest of the cell from every `(` and is quadratic on a long cell full of them.
 */
export function withoutTrailingParenthesis(raw: string): string {
  const text = raw.trimEnd();
  if (!text.endsWith(')')) return raw;
  const inner = text.slice(0, -1);
  const open = inner.indexOf('(', inner.lastIndexOf(')') + 1);
  return open < 0 ? raw : raw.slice(0, open);
}

/**
 * The role of a header cell. Matching ignores case, diacritics and punctuation, then retries
 * without a trailing parenthesis ("Điểm tổng hợp (thang 100)") and each half of a bilingual
 * header ("Đơn vị / Unit"). "#" is a row-number column.
 */
export function classifyHeader(raw: string): HeaderRole {
  const key = foldKey(raw);
  if (key === '') return { kind: raw.trim() === '#' ? 'rowNumber' : 'empty' };
  const direct = ALIASES.get(key);
  if (direct !== undefined) return { kind: direct };
  const year = yearColumnRole(key, raw);
  if (year !== null) return year;
  if (indexNameFromHeader(raw) !== null) return { kind: 'total' };
  const bare = foldKey(withoutTrailingParenthesis(raw));
  const viaBare = bare === '' ? undefined : ALIASES.get(bare);
  if (viaBare !== undefined) return { kind: viaBare };
  // Bilingual headers: "Điểm tổng hợp / Total score", "Đơn vị | Unit".
  const parts = raw.split(/\s[/|]\s|\n/);
  if (parts.length > 1) {
    for (const part of parts) {
      const role = classifyHeader(part);
      if (role.kind !== 'unknown' && role.kind !== 'empty') return role;
    }
  }
  return { kind: 'unknown' };
}

/** True for headers that identify a column by name (used to find the header row). */
export function isKnownHeader(raw: string): boolean {
  const role = classifyHeader(raw);
  return role.kind !== 'unknown' && role.kind !== 'empty';
}

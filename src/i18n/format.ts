import type { Lang } from './i18n.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
      useGrouping: false,
    });
    cache.set(key, f);
  }
  return f;
}

export const MISSING = '—';

/** A score as published: 2 decimals in the locale's convention (vi "71,97", en "71.97"); missing → "—". */
export function formatScore(value: number | null | undefined, lang: Lang, decimals = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  return formatter(lang, decimals, false).format(value).replace('-', '−');
}

/** A signed change ("+1,25", "−0,40", "0,00"); missing → "—". Uses the true minus sign. */
export function formatChange(value: number | null | undefined, lang: Lang, decimals = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  return formatter(lang, decimals, true).format(value).replace('-', '−');
}

/**
 * A score-axis tick: the score as formatted (formatScore, passed in by the chart) without a zero
 * fraction, so the axis reads "70" and "72,50" rather than "70,00".
 */
export function scoreTick(formatted: string): string {
  return formatted.replace(/[.,]00$/, '');
}

/** An integer (rank, count); missing → "—". */
export function formatInteger(value: number | null | undefined, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  return formatter(lang, 0, false).format(value);
}

const plain = new Map<Lang, Intl.NumberFormat>();

/**
 * A count or measure in running text (issue messages: "10.000 dòng", "2,5 MB"): grouped, up to
 * three decimals as needed; missing → "?" (the message still reads).
 */
export function formatNumber(value: number | undefined, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '?';
  let f = plain.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3 });
    plain.set(lang, f);
  }
  return f.format(value);
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The user's calendar day of a moment (local time): year, month 1–12, day. */
function localDay(date: Date): [number, number, number] {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}

/** The user's calendar day as `YYYY-MM-DD` (file names): the same day formatDate shows. */
export function isoDay(date: Date): string {
  const [y, mo, d] = localDay(date);
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The one date formatter (footer, citation, captions, conference panel): vi "06/12/2026",
 * en "6 December 2026". A `Date` is read in local time (the export date is the user's day);
 * an ISO `YYYY-MM-DD` string is read as that calendar day. Written by hand, not with
 * Intl.DateTimeFormat: vi-VN gives "6/12/2026" on some ICU builds (no leading zero), which is
 * how the export footer broke CI on days 1–9 of every month.
 */
export function formatDate(date: Date | string, lang: Lang): string {
  let y: number, mo: number, d: number;
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!m) return date;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    if (Number.isNaN(date.getTime())) return MISSING;
    [y, mo, d] = localDay(date);
  }
  if (lang === 'vi') return `${String(d).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y}`;
  return `${d} ${EN_MONTHS[mo - 1] ?? mo} ${y}`;
}

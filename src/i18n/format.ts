import type { Lang } from './i18n.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const DECIMAL_MARK: Record<Lang, string> = { vi: ',', en: '.' };

/**
 * The decimal digits of |value| (no sign, no exponent) and where its point is: `digits` "12345"
 * with `point` 2 is 12.345. From the shortest text that reads back as the same number
 * (`String`), which is what ICU rounds (so 1.005 → "1.01", as Intl.NumberFormat gives, where
 * `toFixed` gives "1.00").
 */
function shortestDecimal(value: number): { digits: string; point: number } {
  const text = String(Math.abs(value));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  return { digits, point: (dot < 0 ? mantissa.length : dot) + exponent };
}

/**
 * |value| with exactly `decimals` fraction digits, rounded as Intl.NumberFormat rounds: the
 * shortest decimal that reads back as the number, its ties away from zero (1.005 → "1.01",
 * where `toFixed` rounds the binary value, 1.00499…, to "1.00"). By hand because the first
 * NumberFormat a page creates loads ICU's number data: ≈ 40 ms of main thread on a laptop and
 * ≈ 150 ms at a phone's speed, before the first chart could be hydrated.
 */
function roundedDigits(value: number, decimals: number): string {
  const { digits, point } = shortestDecimal(value);
  const keep = point + decimals; // digits kept, counted from the first
  let kept: number[];
  if (keep < 0) kept = [];
  else {
    kept = Array.from(digits.slice(0, keep).padEnd(keep, '0'), Number);
    if (keep < digits.length && digits.charCodeAt(keep) >= 0x35) {
      let i = kept.length - 1;
      while (i >= 0 && kept[i] === 9) kept[i--] = 0;
      if (i >= 0) kept[i] = (kept[i] as number) + 1;
      else kept.unshift(1); // 9.995 → 10.00: one more integer digit
    }
  }
  const all = kept.join('').padStart(decimals + 1, '0');
  const whole = all.slice(0, all.length - decimals).replace(/^0+(?=\d)/, '');
  return decimals > 0 ? `${whole}.${all.slice(all.length - decimals)}` : whole;
}

/**
 * Whether `toFixed` may round |value| otherwise than Intl: only when its shortest decimal ends
 * with a 5 just after the kept digits (a tie, rounded away from zero by Intl and by the binary
 * value by `toFixed`). Below 1e11 and with at most 4 decimals, two decimals of at most
 * `decimals + 1` fraction digits are too far apart to read back as the same number, so no other
 * case differs; a false alarm only costs the slow path.
 */
function mayDiffer(abs: number, decimals: number): boolean {
  // With more decimals that distance shrinks below the doubles' spacing (and String() writes
  // |x| < 1e-6 with an exponent): always the slow path.
  if (abs >= 1e11 || decimals > 4) return true;
  const text = String(abs);
  const dot = text.indexOf('.');
  return (
    dot >= 0 && text.length - dot === decimals + 2 && text.charCodeAt(text.length - 1) === 0x35
  );
}

/**
 * `value` with `decimals` fraction digits in the language's convention, no grouping — exactly
 * what Intl.NumberFormat(vi-VN / en-GB, {min/maxFractionDigits: decimals, useGrouping: false,
 * signDisplay: signed ? 'exceptZero' : 'auto'}) writes (ASCII "-" and "+"; tests compare the two
 * on random numbers).
 */
export function formatFixed(value: number, lang: Lang, decimals: number, signed: boolean): string {
  const abs = Math.abs(value);
  const text = mayDiffer(abs, decimals) ? roundedDigits(abs, decimals) : abs.toFixed(decimals);
  const negative = value < 0 || Object.is(value, -0);
  const sign = signed ? (NONZERO.test(text) ? (negative ? '-' : '+') : '') : negative ? '-' : '';
  return sign + (lang === 'en' ? text : text.replace('.', DECIMAL_MARK[lang]));
}

const NONZERO = /[1-9]/;

export const MISSING = '—';

/** A score as published: 2 decimals in the locale's convention (vi "71,97", en "71.97"); missing → "—". */
export function formatScore(value: number | null | undefined, lang: Lang, decimals = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  return formatFixed(value, lang, decimals, false).replace('-', '−');
}

/** A signed change ("+1,25", "−0,40", "0,00"); missing → "—". Uses the true minus sign. */
export function formatChange(value: number | null | undefined, lang: Lang, decimals = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  return formatFixed(value, lang, decimals, true).replace('-', '−');
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
  return formatFixed(value, lang, 0, false);
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

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

/** An integer (rank, count); missing → "—". */
export function formatInteger(value: number | null | undefined, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  return formatter(lang, 0, false).format(value);
}

/** A date given as ISO `YYYY-MM-DD`: vi "06/01/2020", en "6 January 2020". */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'vi') return `${d}/${mo}/${y}`;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

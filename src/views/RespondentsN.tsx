import type { Dataset } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { formatInteger } from '../i18n/format.ts';
import { LowRespondentsMark } from './LowRespondentsMark.tsx';

/** Respondents of a unit in a year, or null; `null` as a whole when the dataset has no counts. */
export type RespondentsOf = ((unitId: string, year: number) => number | null) | null;

/** Looks up respondent counts by unit and year (null when the dataset carries none at all). */
export function respondentsOf(dataset: Dataset): RespondentsOf {
  if (!dataset.observations.some((o) => o.respondents !== null)) return null;
  const byKey = new Map(dataset.observations.map((o) => [`${o.unitId}|${o.year}`, o.respondents]));
  return (unitId, year) => byKey.get(`${unitId}|${year}`) ?? null;
}

/**
 * " n=44†" after a score, as the ranking shows it: the count, and † with its words when the count
 * is below the minimum. Nothing when the count is unknown.
 */
export function RespondentsN({
  n,
  min,
  t,
  lang,
}: {
  n: number | null;
  min: number;
  t: Translate;
  lang: Lang;
}) {
  if (n === null) return null;
  return (
    <span className="respondents-n">
      {' '}
      {t('stats.respondentsShort', { n: formatInteger(n, lang) })}
      <LowRespondentsMark n={n} min={min} t={t} lang={lang} />
    </span>
  );
}

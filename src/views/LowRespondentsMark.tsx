import type { Lang, Translate } from '../i18n/i18n.ts';
import { formatInteger } from '../i18n/format.ts';

/**
 * "†" after a respondent count below the chosen minimum. The words are in the title for a
 * pointer and in visually hidden text for screen readers and keyboard users ("dagger" alone
 * says nothing); nothing is rendered at or above the minimum.
 */
export function LowRespondentsMark({
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
  if (n === null || n >= min) return null;
  const text = t('stats.lowN', { min: formatInteger(min, lang) });
  return (
    <span className="table__mark" title={text}>
      <span className="visually-hidden"> ({text})</span>
      <span aria-hidden="true">{t('stats.lowNMark')}</span>
    </span>
  );
}

import type { ReactNode } from 'react';
import type { ScorecardData } from '../../charts/data/scorecard.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import { intervalText, moveFlagText } from '../statsText.ts';
import { noChangeReason } from './model.ts';
import { rankMoveLabel, tierLabel } from '../labels.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';

export interface KeyFiguresProps {
  readonly data: ScorecardData;
  readonly lang: Lang;
  readonly t: Translate;
  /** Units with fewer respondents are marked (†). */
  readonly minRespondents?: number;
}

function RankChangeText({ data, lang, t }: KeyFiguresProps) {
  const value = data.standing.rankChange;
  if (value === null) return <>—</>;
  if (value === 0) return <>= 0 ({t('change.same')})</>;
  const move = rankMoveLabel(value, lang, t);
  const flag = data.facts.moveFlag ? moveFlagText(data.facts.moveFlag, t) : null;
  // "▼ 47 places" on screen, "down 47 places" for screen readers (issue 13, point 9).
  return (
    <span className={value > 0 ? 'delta delta--up' : 'delta delta--down'}>
      <span aria-hidden="true">{move?.shown}</span>
      <span className="visually-hidden">{move?.spoken}</span>
      {flag ? ` (${flag})` : ''}
    </span>
  );
}

/** One headline number: its term and its value. */
function Figure({ term, children }: { readonly term: ReactNode; readonly children: ReactNode }) {
  return (
    <div className="scorecard-figure">
      <dt className="scorecard-figure__term">{term}</dt>
      <dd className="scorecard-figure__value">{children}</dd>
    </div>
  );
}

/**
 * The scorecard's headline numbers: total, rank of n, tier, and the score and rank change against
 * the previous available year — or why there is none (first year, no comparison across a gap
 * or the 2025 merger, unit absent that year).
 */
export function KeyFigures({ data, lang, t, minRespondents = 0 }: KeyFiguresProps) {
  const s = data.standing;
  const respondents = s.observation.respondents;
  const se = s.observation.standardError;
  const prev = data.previousYear;
  const why = noChangeReason(data, t);
  return (
    <dl className="scorecard-figures" aria-label={t('scorecard.keyFigures')}>
      <Figure term={t('scorecard.total')}>{formatScore(s.total, lang)}</Figure>
      <Figure term={t('scorecard.rank')}>
        {s.rank.rank === null
          ? t('table.notRanked')
          : t('scorecard.rankOf', {
              rank: formatInteger(s.rank.rank, lang),
              count: formatInteger(data.rankedCount, lang),
            })}
        {data.tied ? ` ${t('scorecard.tied')}` : ''}
        {s.rank.source === 'computed' ? (
          <span className="table__mark" title={t('table.computedRank')}>
            *
          </span>
        ) : null}
      </Figure>
      {data.facts.interval ? (
        <Figure term={t('table.interval')}>{intervalText(data.facts.interval, t, lang)}</Figure>
      ) : null}
      {respondents !== null ? (
        <Figure term={t('table.respondents')}>
          {formatInteger(respondents, lang)}
          <LowRespondentsMark n={respondents} min={minRespondents} t={t} lang={lang} />
        </Figure>
      ) : null}
      {se !== null ? <Figure term={t('table.se')}>{formatScore(se, lang)}</Figure> : null}
      {data.tier ? <Figure term={t('scorecard.tier')}>{tierLabel(data.tier, t)}</Figure> : null}
      <Figure
        term={prev === null ? t('scorecard.changeNoYear') : t('scorecard.change', { year: prev })}
      >
        {why ?? formatChange(s.change, lang)}
      </Figure>
      <Figure
        term={
          prev === null
            ? t('scorecard.rankChangeNoYear')
            : t('scorecard.rankChange', { year: prev })
        }
      >
        {why ?? <RankChangeText data={data} lang={lang} t={t} />}
      </Figure>
    </dl>
  );
}

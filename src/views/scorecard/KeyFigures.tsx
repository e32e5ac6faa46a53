import type { ScorecardData } from '../../charts/data/scorecard.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import { intervalText, moveFlagText } from '../statsText.ts';
import { layout } from './layout.ts';
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
  const why =
    prev === null
      ? data.previousBreak
        ? t('scorecard.noComparison', { year: data.previousBreak.previous })
        : t('scorecard.firstYear')
      : !data.presentInPreviousYear
        ? t('scorecard.absentPrevious', { year: prev })
        : null;
  return (
    <dl className="scorecard-figures" aria-label={t('scorecard.keyFigures')} style={layout.figures}>
      <div style={layout.figure}>
        <dt style={layout.figureTerm}>{t('scorecard.total')}</dt>
        <dd style={layout.figureValue}>{formatScore(s.total, lang)}</dd>
      </div>
      <div style={layout.figure}>
        <dt style={layout.figureTerm}>{t('scorecard.rank')}</dt>
        <dd style={layout.figureValue}>
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
        </dd>
      </div>
      {data.facts.interval ? (
        <div style={layout.figure}>
          <dt style={layout.figureTerm}>{t('table.interval')}</dt>
          <dd style={layout.figureValue}>{intervalText(data.facts.interval, t, lang)}</dd>
        </div>
      ) : null}
      {respondents !== null ? (
        <div style={layout.figure}>
          <dt style={layout.figureTerm}>{t('table.respondents')}</dt>
          <dd style={layout.figureValue}>
            {formatInteger(respondents, lang)}
            <LowRespondentsMark n={respondents} min={minRespondents} t={t} lang={lang} />
          </dd>
        </div>
      ) : null}
      {se !== null ? (
        <div style={layout.figure}>
          <dt style={layout.figureTerm}>{t('table.se')}</dt>
          <dd style={layout.figureValue}>{formatScore(se, lang)}</dd>
        </div>
      ) : null}
      {data.tier ? (
        <div style={layout.figure}>
          <dt style={layout.figureTerm}>{t('scorecard.tier')}</dt>
          <dd style={layout.figureValue}>{tierLabel(data.tier, t)}</dd>
        </div>
      ) : null}
      <div style={layout.figure}>
        <dt style={layout.figureTerm}>
          {prev === null ? t('scorecard.changeNoYear') : t('scorecard.change', { year: prev })}
        </dt>
        <dd style={layout.figureValue}>{why ?? formatChange(s.change, lang)}</dd>
      </div>
      <div style={layout.figure}>
        <dt style={layout.figureTerm}>
          {prev === null
            ? t('scorecard.rankChangeNoYear')
            : t('scorecard.rankChange', { year: prev })}
        </dt>
        <dd style={layout.figureValue}>
          {why ?? <RankChangeText data={data} lang={lang} t={t} />}
        </dd>
      </div>
    </dl>
  );
}

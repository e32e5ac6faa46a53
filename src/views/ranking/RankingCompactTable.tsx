import type { RankingChartData } from '../../charts/data/ranking.ts';
import { RANKING_CHART_MAX_BARS, truncateRanking } from '../../domain/truncation.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';
import { intervalText } from '../statsText.ts';

export interface RankingCompactTableProps {
  readonly title: string;
  readonly chartData: RankingChartData;
  readonly withIntervals: boolean;
  readonly withGroups: boolean;
  /** The selected unit, always listed. */
  readonly unit: string | null;
  readonly minRespondents: number;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The chart's table alternative: the bars the chart shows (the full table is below the chart). */
export function RankingCompactTable(props: RankingCompactTableProps) {
  const { title, chartData, withIntervals, withGroups, unit, minRespondents, lang, t } = props;
  const compactRows = truncateRanking(chartData.bars, (b) => b.unitId, {
    max: RANKING_CHART_MAX_BARS,
    keep: unit ? [unit] : [],
  });
  const compactColumns =
    3 + (chartData.hasRespondents ? 1 : 0) + (withIntervals ? 1 : 0) + (withGroups ? 1 : 0);
  return (
    <table className="table table--compact">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.rank')}</th>
          <th scope="col">{t('table.unit')}</th>
          <th scope="col" className="num">
            {t('table.total')}
          </th>
          {chartData.hasRespondents ? (
            <th scope="col" className="num">
              {t('table.respondents')}
            </th>
          ) : null}
          {withIntervals ? <th scope="col">{t('table.interval')}</th> : null}
          {withGroups ? <th scope="col">{t('table.statGroup')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {compactRows.items.map((item, i) => {
          if (item.kind === 'gap')
            return (
              <tr key={`gap-${i}`} className="table__gap">
                <td colSpan={compactColumns}>
                  {t('ranking.gap', { count: formatInteger(item.hidden, lang) })}
                </td>
              </tr>
            );
          const b = item.row;
          return (
            <tr key={b.unitId}>
              <td>{formatInteger(b.rank, lang)}</td>
              <th scope="row">{b.name}</th>
              <td className="num">{formatScore(b.value, lang)}</td>
              {chartData.hasRespondents ? (
                <td className="num">
                  {formatInteger(b.respondents, lang)}
                  <LowRespondentsMark n={b.respondents} min={minRespondents} t={t} lang={lang} />
                </td>
              ) : null}
              {withIntervals ? <td>{intervalText(b.interval, t, lang)}</td> : null}
              {withGroups ? (
                <td>
                  {b.statGroup === null ? '—' : t('stats.groupShort', { index: b.statGroup })}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

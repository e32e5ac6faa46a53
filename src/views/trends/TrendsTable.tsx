import { useMemo } from 'react';
import type { TrendData } from '../../charts/data/trends.ts';
import type { Dataset, Lang } from '../../domain/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';

export interface TrendsTableProps {
  readonly dataset: Dataset;
  readonly trend: TrendData;
  readonly caption: string;
  readonly lang: Lang;
  readonly t: Translate;
  /** Minimum respondents before a score is marked † (`minn=`). */
  readonly minRespondents: number;
}

/** The trend lines as a table: one row per year, one column per series (score, n= and rank of n). */
export function TrendsTable({
  dataset,
  trend,
  caption,
  lang,
  t,
  minRespondents,
}: TrendsTableProps) {
  const nOf = useMemo(() => respondentsOf(dataset), [dataset]);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table trends-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trends.year')}</th>
            {trend.series.map((s) => (
              <th key={s.key} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.years.map((y, i) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              {trend.series.map((s) => {
                const p = s.points[i];
                return (
                  <td key={s.key} className="num">
                    {formatScore(p?.total ?? null, lang)}
                    {nOf && p && p.total !== null ? (
                      <RespondentsN n={nOf(s.unitId, y)} min={minRespondents} t={t} lang={lang} />
                    ) : null}
                    {p && p.rank !== null ? (
                      <span className="trends-table__rank">
                        {' '}
                        ({t('trends.rankOf', { rank: formatInteger(p.rank, lang), n: p.groupSize })}
                        )
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

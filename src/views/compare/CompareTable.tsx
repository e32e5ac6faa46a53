import type { ReactNode } from 'react';
import type { CompareData } from '../../charts/data/compare.ts';
import type { RankInterval } from '../../domain/uncertainty.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';
import { intervalText } from '../statsText.ts';

export interface CompareTableProps {
  readonly title: string;
  readonly data: CompareData;
  /** The group's mean total, in the last column of the total row. */
  readonly groupMean: number | null;
  /** Per compared unit: respondents, standard error and rank interval (null where unknown). */
  readonly respondents: readonly (number | null)[];
  readonly errors: readonly (number | null)[];
  readonly intervals: readonly (RankInterval | null)[];
  /** Respondent counts below it are marked †. */
  readonly minRespondents: number;
  readonly lang: Lang;
  readonly t: Translate;
}

/** One row of per-unit figures with no group value; shown only when some unit has one. */
function FigureRow<T>({
  label,
  values,
  data,
  cell,
}: {
  label: string;
  values: readonly (T | null)[];
  data: CompareData;
  cell: (value: T | null) => ReactNode;
}) {
  if (!values.some((v) => v !== null)) return null;
  return (
    <tr>
      <th scope="row">{label}</th>
      {values.map((v, i) => (
        <td key={data.units[i]?.unitId ?? i} className="num">
          {cell(v)}
        </td>
      ))}
      <td className="num">—</td>
    </tr>
  );
}

/** The compared units' totals, ranks and statistics, then every sub-index, beside the group mean. */
function CompareTableBody(props: CompareTableProps) {
  const { data, groupMean, respondents, errors, intervals, minRespondents, lang, t } = props;
  return (
    <tbody>
      <tr>
        <th scope="row">{t('scorecard.total')}</th>
        {data.units.map((u) => (
          <td key={u.unitId} className="num">
            {formatScore(u.total, lang)}
          </td>
        ))}
        <td className="num">{formatScore(groupMean, lang)}</td>
      </tr>
      <tr>
        <th scope="row">{t('scorecard.rank')}</th>
        {data.units.map((u) => (
          <td key={u.unitId} className="num">
            {u.rank === null
              ? '—'
              : `${formatInteger(u.rank, lang)}/${formatInteger(data.rankedCount, lang)}`}
          </td>
        ))}
        <td className="num">—</td>
      </tr>
      <FigureRow
        label={t('table.respondents')}
        values={respondents}
        data={data}
        cell={(n) => (
          <>
            {formatInteger(n, lang)}
            <LowRespondentsMark n={n} min={minRespondents} t={t} lang={lang} />
          </>
        )}
      />
      <FigureRow
        label={t('table.se')}
        values={errors}
        data={data}
        cell={(e) => formatScore(e, lang)}
      />
      <FigureRow
        label={t('table.interval')}
        values={intervals}
        data={data}
        cell={(iv) => intervalText(iv, t, lang)}
      />
      {data.rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">{r.name[lang]}</th>
          {r.values.map((v, i) => (
            <td key={data.units[i]?.unitId ?? i} className="num">
              {formatScore(v, lang)}
            </td>
          ))}
          <td className="num">{formatScore(r.groupMean, lang)}</td>
        </tr>
      ))}
    </tbody>
  );
}

/** The Compare chart's table alternative: one column per compared unit and one for the group mean. */
export function CompareTable(props: CompareTableProps) {
  const { title, data, t } = props;
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
      <table className="table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.col.subIndex')}</th>
            {data.units.map((u) => (
              <th key={u.unitId} scope="col" className="num">
                {`${u.letter}. ${u.name}`}
              </th>
            ))}
            <th scope="col" className="num">
              {t('compare.groupMean')}
            </th>
          </tr>
        </thead>
        <CompareTableBody {...props} />
      </table>
    </div>
  );
}

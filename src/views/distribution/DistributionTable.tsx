import type { DistributionData } from '../../charts/data/distribution.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';

interface TablePartProps {
  readonly data: DistributionData;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The strip plot as tables: the figures per group, then every unit's total per group. */
export function DistributionTable({
  data,
  lang,
  t,
  title,
  minRespondents = 0,
}: {
  data: DistributionData;
  lang: Lang;
  t: Translate;
  title: string;
  /** Respondent counts below it are marked †. */
  minRespondents?: number;
}) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
      <GroupFigures data={data} lang={lang} t={t} title={title} />
      <UnitTotals data={data} lang={lang} t={t} minRespondents={minRespondents} />
    </div>
  );
}

/** One row per group: count, median, mean, best and worst units, spread. */
function GroupFigures({ data, lang, t, title }: TablePartProps & { readonly title: string }) {
  return (
    <table className="table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('distribution.col.group')}</th>
          <th scope="col" className="num">
            {t('distribution.col.n')}
          </th>
          <th scope="col" className="num">
            {t('scorecard.median')}
          </th>
          <th scope="col" className="num">
            {t('scorecard.mean')}
          </th>
          <th scope="col">{t('distribution.col.best')}</th>
          <th scope="col">{t('distribution.col.worst')}</th>
          <th scope="col" className="num">
            {t('distribution.col.spread')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.groups.map((g) => (
          <tr key={g.groupId}>
            <th scope="row">{g.name[lang]}</th>
            <td className="num">{formatInteger(g.summary.n, lang)}</td>
            <td className="num">{formatScore(g.summary.median, lang)}</td>
            <td className="num">{formatScore(g.summary.mean, lang)}</td>
            <td>
              {g.summary.best === null
                ? '—'
                : `${g.bestNames.join(', ')} (${formatScore(g.summary.best, lang)})`}
            </td>
            <td>
              {g.summary.worst === null
                ? '—'
                : `${g.worstNames.join(', ')} (${formatScore(g.summary.worst, lang)})`}
            </td>
            <td className="num">{formatScore(g.summary.spread, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every unit's total per group, with respondents and standard errors when the data has them. */
function UnitTotals({
  data,
  lang,
  t,
  minRespondents,
}: TablePartProps & { readonly minRespondents: number }) {
  const points = data.groups.flatMap((g) => g.points);
  const hasRespondents = points.some((p) => p.respondents !== null);
  const hasErrors = points.some((p) => p.standardError !== null);
  return (
    <table className="table">
      <caption className="visually-hidden">
        {t('distribution.unitsCaption', { year: data.year })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('distribution.col.group')}</th>
          <th scope="col" className="num">
            {t('table.rank')}
          </th>
          <th scope="col">{t('table.unit')}</th>
          <th scope="col" className="num">
            {t('table.total')}
          </th>
          {hasRespondents ? (
            <th scope="col" className="num">
              {t('table.respondents')}
            </th>
          ) : null}
          {hasErrors ? (
            <th scope="col" className="num">
              {t('table.se')}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {data.groups.flatMap((g) =>
          g.points.map((p) => (
            <tr key={p.unitId} className={p.selected ? 'is-selected' : undefined}>
              <td>{g.name[lang]}</td>
              <td className="num">{formatInteger(p.rank, lang)}</td>
              <th scope="row">{p.name}</th>
              <td className="num">{formatScore(p.total, lang)}</td>
              {hasRespondents ? (
                <td className="num">
                  {formatInteger(p.respondents, lang)}
                  <LowRespondentsMark n={p.respondents} min={minRespondents} t={t} lang={lang} />
                </td>
              ) : null}
              {hasErrors ? <td className="num">{formatScore(p.standardError, lang)}</td> : null}
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

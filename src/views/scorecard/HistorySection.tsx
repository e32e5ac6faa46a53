import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { HistoryChart } from '../../charts/views/HistoryChart.tsx';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { ExportTable } from '../../export/types.ts';
import { scorecardExportInfo, type SectionProps } from './SubIndexSection.tsx';

/** A small chart of the unit's score and rank over every year of its group, with a table. */
export function HistorySection(props: SectionProps & { readonly historyNotes: readonly string[] }) {
  const { data, lang, t, groupName } = props;
  const first = data.history[0]?.year ?? data.year;
  const last = data.history[data.history.length - 1]?.year ?? data.year;
  const title = t('scorecard.historyTitle', { unit: data.unitName });
  const items = data.history.map((p) =>
    p.total === null && p.rank === null
      ? t('scorecard.historyAbsent', { year: p.year })
      : t('scorecard.historyItem', {
          year: p.year,
          score: formatScore(p.total, lang),
          rank: formatInteger(p.rank, lang),
          count: formatInteger(p.rankedCount, lang),
        }),
  );
  const exportTable: ExportTable = {
    header: [
      t('controls.year'),
      t('scorecard.total'),
      t('scorecard.rank'),
      t('scorecard.col.rankedCount'),
    ],
    rows: data.history.map((p) => [p.year, p.total, p.rank, p.rankedCount]),
  };
  const summary = `${items.join('; ')}.`;
  const table = (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
      <table className="table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('controls.year')}</th>
            <th scope="col" className="num">
              {t('scorecard.total')}
            </th>
            <th scope="col" className="num">
              {t('scorecard.rank')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.history.map((p) => (
            <tr key={p.year} className={p.year === data.year ? 'is-selected' : undefined}>
              <th scope="row">{p.year}</th>
              <td className="num">{formatScore(p.total, lang)}</td>
              <td className="num">
                {p.rank === null
                  ? '—'
                  : `${formatInteger(p.rank, lang)}/${formatInteger(p.rankedCount, lang)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <ChartFrame
      title={title}
      subtitle={t('scorecard.historySubtitle', { group: groupName, from: first, to: last })}
      summary={summary}
      source={props.source}
      notes={[
        ...(data.history.some((p) => !p.present) ? [t('scorecard.historyAbsentNote')] : []),
        ...(data.history.some((p) => p.methodChange) ? [t('scorecard.historyMethodNote')] : []),
        ...props.historyNotes,
      ]}
      watermark={props.watermark}
      labels={{
        showTable: t('chart.showTable'),
        showChart: t('chart.showChart'),
        chart: t('scorecard.chartLabel', { title }),
      }}
      table={table}
      tools={(f) => (
        <ExportMenu
          {...f}
          lang={lang}
          table={exportTable}
          info={scorecardExportInfo(props, summary, first === last ? first : `${first}–${last}`)}
        />
      )}
    >
      {(width) => (
        <HistoryChart
          points={data.history}
          selectedYear={data.year}
          width={Math.min(width, 640)}
          formatValue={(v) => formatScore(v, lang)}
          labels={{
            score: t('scorecard.historyScore'),
            rank: t('scorecard.historyRank'),
            absent: '—',
            methodChange: '†',
          }}
        />
      )}
    </ChartFrame>
  );
}

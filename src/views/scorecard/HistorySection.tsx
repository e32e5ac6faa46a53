import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { HistoryChart } from '../../charts/views/HistoryChart.tsx';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { ScorecardFrame } from './frames.ts';
import { sectionLabels, type SectionProps } from './SubIndexSection.tsx';

/** The history as a table: score and rank of n per year, the selected year marked. */
function HistoryTable({ data, lang, t, title }: SectionProps & { readonly title: string }) {
  return (
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
}

/** A small chart of the unit's score and rank over every year of its group, with a table. */
export function HistorySection(props: SectionProps & { readonly frame: ScorecardFrame }) {
  const { data, lang, t, frame } = props;
  const { title } = frame;
  return (
    <ChartFrame
      title={title}
      subtitle={frame.subtitle}
      summary={frame.summary}
      source={props.source}
      notes={frame.notes}
      watermark={props.watermark}
      labels={sectionLabels(t, title)}
      table={<HistoryTable {...props} title={title} />}
      tools={(f) => (
        <ExportMenu {...f} lang={lang} table={frame.exportTable} info={frame.exportInfo} />
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

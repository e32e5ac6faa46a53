import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import type { GapChartData } from '../../charts/data/gap.ts';
import { ScorecardGapChart } from '../../charts/views/ScorecardGapChart.tsx';
import { formatChange, formatScore } from '../../i18n/format.ts';
import type { GapFrame } from './frames.ts';
import { sectionLabels, type SectionProps } from './SubIndexSection.tsx';

/** The gap's parts as a table: both units' values and each sub-index's share of the gap. */
function GapTable({
  chart,
  title,
  lang,
  t,
  unit,
}: Pick<SectionProps, 'lang' | 't'> & {
  readonly chart: GapChartData;
  readonly title: string;
  readonly unit: string;
}) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
      <table className="table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.col.subIndex')}</th>
            <th scope="col" className="num">
              {unit}
            </th>
            <th scope="col" className="num">
              {chart.referenceName}
            </th>
            <th scope="col" className="num">
              {chart.weighted ? t('scorecard.col.contribution') : t('scorecard.col.difference')}
            </th>
          </tr>
        </thead>
        <tbody>
          {chart.bars.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.name[lang]}</th>
              <td className="num">{formatScore(b.unitValue, lang)}</td>
              <td className="num">{formatScore(b.leaderValue, lang)}</td>
              <td className="num">{formatChange(b.value, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The gap to the leader (or the lead over the runner-up) by sub-index, or a sentence when there
 * is no chart to draw (alone in the group, or no sub-index both units have).
 */
export function GapSection(props: SectionProps & { readonly gap: GapFrame }) {
  const { data, lang, t, gap } = props;
  if (gap.kind === 'text') return <p className="scorecard-gap-none">{gap.text}</p>;
  const { title, chart } = gap;
  return (
    <ChartFrame
      title={title}
      subtitle={gap.subtitle}
      summary={gap.summary}
      source={props.source}
      notes={gap.notes}
      watermark={props.watermark}
      labels={sectionLabels(t, title)}
      table={<GapTable chart={chart} title={title} lang={lang} t={t} unit={data.unitName} />}
      tools={(f) => <ExportMenu {...f} lang={lang} table={gap.exportTable} info={gap.exportInfo} />}
    >
      {(width) => (
        <ScorecardGapChart
          data={chart}
          lang={lang}
          width={width}
          formatChange={(v) => formatChange(v, lang)}
        />
      )}
    </ChartFrame>
  );
}

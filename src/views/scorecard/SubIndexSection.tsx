import { frameLabels } from '../labels.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import type { ScorecardData } from '../../charts/data/scorecard.ts';
import { SubIndexBarsChart } from '../../charts/views/SubIndexBarsChart.tsx';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { ScorecardFrame } from './frames.ts';

/** What every chart section of the scorecard receives besides its frame's text. */
export interface SectionProps {
  readonly data: ScorecardData;
  readonly lang: Lang;
  readonly t: Translate;
  readonly source: string;
  readonly watermark: string | null;
}

/** The frame's labels: show table/chart and the chart's accessible name. */
export function sectionLabels(t: Translate, title: string) {
  return frameLabels(t, t('scorecard.chartLabel', { title }));
}

/** The sub-index figures as a table: value, rank of n, average, median and best of the group. */
function SubIndexTable({ data, lang, t, title }: SectionProps & { readonly title: string }) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
      <table className="table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.col.subIndex')}</th>
            <th scope="col" className="num">
              {data.unitName}
            </th>
            <th scope="col" className="num">
              {t('scorecard.col.rank')}
            </th>
            <th scope="col" className="num">
              {t('scorecard.mean')}
            </th>
            <th scope="col" className="num">
              {t('scorecard.median')}
            </th>
            <th scope="col" className="num">
              {t('scorecard.best')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.subIndexBars.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.name[lang]}</th>
              <td className="num">{formatScore(b.value, lang)}</td>
              <td className="num">
                {b.rank === null
                  ? '—'
                  : `${formatInteger(b.rank, lang)}/${formatInteger(b.n, lang)}`}
              </td>
              <td className="num">{formatScore(b.mean, lang)}</td>
              <td className="num">{formatScore(b.median, lang)}</td>
              <td className="num">{formatScore(b.best, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Sub-index bars against the group's average, median and best, with the same figures as a table. */
export function SubIndexSection(props: SectionProps & { readonly frame: ScorecardFrame | null }) {
  const { data, lang, t, frame } = props;
  if (frame === null) return <p>{t('scorecard.subSummaryEmpty')}</p>;
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
      table={<SubIndexTable {...props} title={title} />}
      tools={(f) => (
        <ExportMenu {...f} lang={lang} table={frame.exportTable} info={frame.exportInfo} />
      )}
    >
      {(width, target) => (
        <SubIndexBarsChart
          bars={data.subIndexBars}
          lang={lang}
          width={width}
          fitHeight={target?.height ?? null}
          formatValue={(v) => formatScore(v, lang)}
          labels={{
            mean: t('scorecard.mean'),
            median: t('scorecard.median'),
            best: t('scorecard.best'),
            unit: data.unitName,
          }}
        />
      )}
    </ChartFrame>
  );
}

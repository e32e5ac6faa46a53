import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import type { ScorecardData } from '../../charts/data/scorecard.ts';
import { SubIndexBarsChart } from '../../charts/views/SubIndexBarsChart.tsx';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import type { Dataset } from '../../domain/types.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';

export interface SectionProps {
  readonly data: ScorecardData;
  readonly dataset: Dataset;
  /** The auto-written sentence, offered as the caption of exported images. */
  readonly sentence: string;
  readonly lang: Lang;
  readonly t: Translate;
  readonly groupName: string;
  readonly indexName: string;
  readonly source: string;
  readonly watermark: string | null;
  /** Notes shared by every frame of the scorecard (comparability, dataset note). */
  readonly notes: readonly string[];
}

function summaryText({ data, lang, t, groupName }: SectionProps): string {
  const unit = data.unitName;
  if (data.subIndexBars.length === 0) return t('scorecard.subSummaryEmpty');
  const names = (gaps: typeof data.strengths) =>
    gaps.map((g) => `${g.subIndex.name[lang]} (${formatChange(g.gap, lang)})`).join('; ');
  if (data.strengths.length === 0 && data.weaknesses.length === 0)
    return t('scorecard.subSummaryAlone', { unit, group: groupName, year: data.year });
  if (data.strengths.length === 0)
    return t('scorecard.subSummaryNoStrength', { unit, weaknesses: names(data.weaknesses) });
  if (data.weaknesses.length === 0)
    return t('scorecard.subSummaryNoWeakness', { unit, strengths: names(data.strengths) });
  return t('scorecard.subSummary', {
    unit,
    strengths: names(data.strengths),
    weaknesses: names(data.weaknesses),
  });
}

/** What the export dialog needs for a scorecard frame: file names, citation, caption and alt text. */
export function scorecardExportInfo(
  props: SectionProps,
  alt: string,
  year: number | string = props.data.year,
): ExportInfo {
  return {
    dataset: props.dataset,
    view: 'scorecard',
    groupId: props.data.groupId,
    year,
    // The unit the scorecard is about: its history's CSV names it, so it re-imports to it.
    unitId: props.data.unitId,
    caption: props.sentence,
    alt,
  };
}

/** Sub-index bars against the group's average, median and best, with the same figures as a table. */
export function SubIndexSection(props: SectionProps) {
  const { data, lang, t, groupName, indexName } = props;
  const title = t('scorecard.subTitle', { unit: data.unitName, index: indexName, year: data.year });
  if (data.subIndexBars.length === 0) return <p>{t('scorecard.subSummaryEmpty')}</p>;
  const table = (
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
  const missing = data.subIndexBars.some((b) => b.value === null);
  const exportTable: ExportTable = {
    header: [
      t('scorecard.col.subIndex'),
      data.unitName,
      t('scorecard.col.rank'),
      t('scorecard.mean'),
      t('scorecard.median'),
      t('scorecard.best'),
    ],
    rows: data.subIndexBars.map((b) => [b.name[lang], b.value, b.rank, b.mean, b.median, b.best]),
  };
  const exportInfo = scorecardExportInfo(props, summaryText(props));
  return (
    <ChartFrame
      title={title}
      subtitle={t('scorecard.subSubtitle', { group: groupName, year: data.year })}
      summary={summaryText(props)}
      source={props.source}
      notes={[...(missing ? [t('ranking.missingNote')] : []), ...props.notes]}
      watermark={props.watermark}
      labels={{
        showTable: t('chart.showTable'),
        showChart: t('chart.showChart'),
        chart: t('scorecard.chartLabel', { title }),
      }}
      table={table}
      tools={(f) => <ExportMenu {...f} lang={lang} table={exportTable} info={exportInfo} />}
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

import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { buildGapData } from '../../charts/data/gap.ts';
import { ScorecardGapChart } from '../../charts/views/ScorecardGapChart.tsx';
import { formatChange, formatScore } from '../../i18n/format.ts';
import type { ExportTable } from '../../export/types.ts';
import { scorecardExportInfo, type SectionProps } from './SubIndexSection.tsx';

/**
 * The gap to the leader (or the lead over the runner-up) by sub-index: weighted contributions in
 * points of the total where the dataset's weights are known, otherwise unweighted differences
 * plainly labelled as such. Says when the weighted parts do not add up to the published gap.
 */
export function GapSection(props: SectionProps) {
  const { data, lang, t, groupName } = props;
  const gap = data.gap;
  if (gap === null) {
    return <p className="scorecard-gap-none">{t('scorecard.gapNone', { unit: data.unitName })}</p>;
  }
  const chart = buildGapData(gap);
  const unit = data.unitName;
  const other = chart.referenceName;
  if (chart.bars.every((b) => b.value === null)) {
    // No sub-index both units have: state the gap in the total and claim nothing about its parts.
    return (
      <p className="scorecard-gap-none">
        {t(chart.unitLeads ? 'scorecard.leadNoParts' : 'scorecard.gapNoParts', {
          unit,
          other,
          gap: formatScore(chart.totalGap, lang),
        })}
      </p>
    );
  }
  const title = chart.unitLeads
    ? t('scorecard.leadTitle', { unit, other })
    : t('scorecard.gapTitle', { unit, leader: other });
  const subtitle = chart.weighted
    ? t('scorecard.gapSubtitleWeighted', { group: groupName, year: data.year })
    : t('scorecard.gapSubtitleUnweighted', { group: groupName, year: data.year });
  const top = chart.bars[0];
  const values = {
    unit,
    other,
    leader: other,
    gap: formatScore(chart.totalGap, lang),
    top: top?.name[lang] ?? '—',
    value: formatChange(top?.value ?? null, lang),
  };
  const key = chart.unitLeads
    ? chart.weighted
      ? 'scorecard.leadSummaryWeighted'
      : 'scorecard.leadSummaryUnweighted'
    : chart.weighted
      ? 'scorecard.gapSummaryWeighted'
      : 'scorecard.gapSummaryUnweighted';
  const summary = chart.totalGap === 0 ? t('scorecard.gapTie', { unit, other }) : t(key, values);

  const notes: string[] = [
    t(chart.unitLeads ? 'scorecard.leadDirection' : 'scorecard.gapDirection', { unit, other }),
  ];
  if (!chart.weighted) notes.push(t('scorecard.gapUnweightedNote'));
  else if (chart.addsUp)
    notes.push(
      t('scorecard.gapAddsUp', {
        sum: formatScore(chart.contributionSum, lang),
        gap: formatScore(chart.totalGap, lang),
      }),
    );
  else
    notes.push(
      t('scorecard.gapNotAddsUp', {
        sum: formatScore(chart.contributionSum, lang),
        gap: formatScore(chart.totalGap, lang),
        residual: formatChange(chart.residual, lang),
      }),
    );
  notes.push(...props.notes);

  const exportTable: ExportTable = {
    header: [
      t('scorecard.col.subIndex'),
      unit,
      other,
      chart.weighted ? t('scorecard.col.contribution') : t('scorecard.col.difference'),
    ],
    rows: chart.bars.map((b) => [b.name[lang], b.unitValue, b.leaderValue, b.value]),
  };
  const table = (
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
              {other}
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

  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={summary}
      source={props.source}
      notes={notes}
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
          info={scorecardExportInfo(props, summary)}
        />
      )}
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

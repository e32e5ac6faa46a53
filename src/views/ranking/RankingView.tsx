import { useId } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { RankingTable } from './RankingTable.tsx';
import type { ScreenProps } from '../screenProps.ts';
import { WordReportButton } from '../report/WordReportButton.tsx';
import { useRankingScreen } from './useRankingScreen.ts';
import { RankingCompactTable } from './RankingCompactTable.tsx';
import { RankingChartType, RankingStatsControls } from './RankingControls.tsx';
import { frameLabels } from '../labels.ts';

/** The ranking of one group in one year: bar chart, text summary and the full table. */
export function RankingView(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const screen = useRankingScreen(props);
  const { groupName, groupYear, statsState, stats, source, model, renderChart } = screen;
  const { chartData, notes } = model;
  const minRespondents = view.minn;
  const minId = useId();
  const selected = view.unit ? groupYear.standings.find((s) => s.unit.id === view.unit) : undefined;

  return (
    <div className="view view--ranking">
      {screen.axis.offered || screen.dots ? (
        <RankingChartType name={`${minId}-chart`} chart={view.chart} t={t} onSelect={onSelect} />
      ) : null}
      <RankingFrame
        screen={screen}
        illustrative={dataset.illustrative}
        unit={view.unit}
        minRespondents={minRespondents}
        lang={lang}
        t={t}
      />
      <WordReportButton
        label={t('report.downloadGroup')}
        t={t}
        testId="group-word-report"
        run={(reports) =>
          reports.downloadGroupReport({
            dataset,
            lang,
            t,
            groupName,
            source,
            minRespondents,
            groupYear,
            stats,
            notes,
            renderRanking: (width) => renderChart(width),
          })
        }
      />
      {chartData.hasRespondents ? (
        <RankingStatsControls
          id={minId}
          minRespondents={minRespondents}
          canBootstrap={screen.canBootstrap}
          ci={view.ci}
          pending={statsState.status === 'pending'}
          t={t}
          onSelect={onSelect}
        />
      ) : null}
      {selected ? (
        <p className="selected-note" aria-live="polite">
          {t('ranking.selected', { name: selected.unit.name })}
        </p>
      ) : null}
      <RankingTable
        groupYear={groupYear}
        chartData={chartData}
        minRespondents={minRespondents}
        groupName={groupName}
        lang={lang}
        t={t}
        selected={view.unit}
        noPreviousText={model.breakNote}
        sort={view.sort}
        onSort={(sort) => onSelect({ sort })}
        onSelect={(unit) => onSelect({ unit })}
      />
    </div>
  );
}

/** The chart in its frame, with the bars it shows as its table alternative. */
function RankingFrame({
  screen,
  illustrative,
  unit,
  minRespondents,
  lang,
  t,
}: {
  screen: ReturnType<typeof useRankingScreen>;
  illustrative: boolean;
  unit: string | null;
  minRespondents: number;
  lang: Lang;
  t: Translate;
}) {
  const { model, renderChart } = screen;
  const { title } = model;
  return (
    <ChartFrame
      title={title}
      subtitle={model.subtitle}
      summary={model.summary}
      source={screen.source}
      notes={model.notes}
      watermark={illustrative ? t('chart.watermark') : null}
      labels={frameLabels(
        t,
        t(screen.dots ? 'ranking.chartLabelDots' : 'ranking.chartLabel', { title }),
      )}
      table={
        <RankingCompactTable
          title={title}
          chartData={model.chartData}
          withIntervals={model.withIntervals}
          withGroups={model.withGroups}
          unit={unit}
          minRespondents={minRespondents}
          lang={lang}
          t={t}
        />
      }
      tools={screen.tools(model.exportTable, screen.exportInfo)}
    >
      {(width, target) => renderChart(width, null, target)}
    </ChartFrame>
  );
}

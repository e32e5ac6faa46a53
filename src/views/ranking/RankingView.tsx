import { useId, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { type RankingBar } from '../../charts/data/ranking.ts';
import { RankingChart } from '../../charts/views/RankingChart.tsx';
import { RankingDotsChart } from '../../charts/views/RankingDotsChart.tsx';
import { dotAxis } from '../../charts/data/dots.ts';
import type { ChartTarget, ExportInfo } from '../../export/types.ts';
import { currentLinks } from '../export/exportOptions.ts';
import { catalogueEntry } from '../../state/catalogue.ts';
import { RANKING_CHART_MAX_BARS, truncateRanking } from '../../domain/truncation.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { Z_90 } from '../../domain/confidence.ts';
import { RankingTable } from './RankingTable.tsx';
import { barDetail, intervalText } from '../statsText.ts';
import { useHasRespondents } from '../scorecard/indicatorSource.ts';
import { Select } from '../../ui/Select.tsx';
import { countedGroupLabel } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { buildRankingScreen } from './model.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';
import { WordReportButton } from '../report/WordReportButton.tsx';

/** The ranking of one group in one year: bar chart, text summary and the full table. */
export function RankingView(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { group: groupId, year } = view;
  const { group, groupName, groupYear, statsState, stats, source, tools } = useScreen(props, {
    stats: true,
  });
  const canBootstrap = useHasRespondents(dataset);
  const minRespondents = view.minn;
  const statsFailed = statsState.status === 'failed';
  const model = useMemo(
    () => buildRankingScreen(dataset, view, stats, t, { statsFailed }, groupYear),
    [dataset, view, stats, t, statsFailed, groupYear],
  );
  const { title, chartData, notes, breakNote, withIntervals, withGroups, scaleMax, references } =
    model;
  const minId = useId();
  const selected = view.unit ? groupYear.standings.find((s) => s.unit.id === view.unit) : undefined;

  // A fixed-size export that cannot show every bar legibly says how many it shows and where the
  // full ranking is: the view's link, or for an imported dataset (its link may carry the whole
  // dataset, too long to print) the dataset's name.
  const footnote = (shown: number, total: number): string[] => [
    t('ranking.showingOf', {
      shown: formatInteger(shown, lang),
      total: formatInteger(total, lang),
      group: countedGroupLabel(group, lang, t),
    }),
    catalogueEntry(dataset.id)
      ? t('ranking.fullAt', { link: currentLinks().link })
      : t('ranking.fullIn', { name: dataset.title[lang] }),
  ];
  // Dots on a zoomed axis (`chart=dots`), offered when the scores lie in a narrow band; exports
  // draw whichever chart is shown, from the same rows.
  const axis = dotAxis(
    chartData.bars.map((b) => b.value),
    scaleMax,
  );
  const dots = view.chart === 'dots';
  const renderChart = (
    width: number,
    highlight: readonly string[] | null = null,
    target?: ChartTarget,
  ) => {
    const data = highlight
      ? {
          ...chartData,
          bars: chartData.bars.map((b) => ({ ...b, selected: highlight.includes(b.unitId) })),
        }
      : chartData;
    const common = {
      data,
      width,
      formatValue: (v: number | null) => formatScore(v, lang),
      averageLabel: t('ranking.average', { value: formatScore(chartData.mean, lang) }),
      scaleMax,
      onSelect: (unit: string) => onSelect({ unit: unit === view.unit ? null : unit }),
      detail: (b: RankingBar) => barDetail(b, t, lang),
      whisker: (b: RankingBar) => (b.standardError === null ? null : Z_90 * b.standardError),
      truncation: {
        max: RANKING_CHART_MAX_BARS,
        gapLabel: (hidden: number) => t('ranking.gap', { count: formatInteger(hidden, lang) }),
      },
    };
    return dots ? (
      <RankingDotsChart
        {...common}
        references={references}
        axis={axis}
        zoomNote={t('ranking.zoomNote', {
          from: formatScore(axis.domain[0], lang).replace(/[.,]00$/, ''),
        })}
      />
    ) : (
      <RankingChart
        {...common}
        references={references}
        {...(target?.height ? { fit: { height: target.height, footnote } } : {})}
      />
    );
  };
  const chartType =
    axis.offered || dots ? (
      <fieldset className="chart-type">
        <legend>{t('ranking.chartType')}</legend>
        {(['bars', 'dots'] as const).map((c) => (
          <label key={c}>
            <input
              type="radio"
              name={`${minId}-chart`}
              value={c}
              checked={view.chart === c}
              onChange={() => onSelect({ chart: c })}
            />{' '}
            {t(c === 'bars' ? 'ranking.chartBars' : 'ranking.chartDots')}
          </label>
        ))}
      </fieldset>
    ) : null;
  const exportInfo: ExportInfo = {
    dataset,
    view: 'ranking',
    groupId,
    year,
    unitId: view.unit,
    stats,
    highlight: {
      units: chartData.bars.map((b) => ({ id: b.unitId, name: b.name })),
      render: (width, ids, target) => renderChart(width, ids, target),
    },
  };

  // The chart's table alternative lists the bars the chart shows (the full table is below).
  const compactRows = truncateRanking(chartData.bars, (b) => b.unitId, {
    max: RANKING_CHART_MAX_BARS,
    keep: view.unit ? [view.unit] : [],
  });
  const compactColumns =
    3 + (chartData.hasRespondents ? 1 : 0) + (withIntervals ? 1 : 0) + (withGroups ? 1 : 0);
  const compactTable = (
    <table className="table table--compact">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.rank')}</th>
          <th scope="col">{t('table.unit')}</th>
          <th scope="col" className="num">
            {t('table.total')}
          </th>
          {chartData.hasRespondents ? (
            <th scope="col" className="num">
              {t('table.respondents')}
            </th>
          ) : null}
          {withIntervals ? <th scope="col">{t('table.interval')}</th> : null}
          {withGroups ? <th scope="col">{t('table.statGroup')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {compactRows.items.map((item, i) => {
          if (item.kind === 'gap')
            return (
              <tr key={`gap-${i}`} className="table__gap">
                <td colSpan={compactColumns}>
                  {t('ranking.gap', { count: formatInteger(item.hidden, lang) })}
                </td>
              </tr>
            );
          const b = item.row;
          return (
            <tr key={b.unitId}>
              <td>{formatInteger(b.rank, lang)}</td>
              <th scope="row">{b.name}</th>
              <td className="num">{formatScore(b.value, lang)}</td>
              {chartData.hasRespondents ? (
                <td className="num">
                  {formatInteger(b.respondents, lang)}
                  <LowRespondentsMark n={b.respondents} min={minRespondents} t={t} lang={lang} />
                </td>
              ) : null}
              {withIntervals ? <td>{intervalText(b.interval, t, lang)}</td> : null}
              {withGroups ? (
                <td>
                  {b.statGroup === null ? '—' : t('stats.groupShort', { index: b.statGroup })}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  return (
    <div className="view view--ranking">
      {chartType}
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        summary={model.summary}
        source={source}
        notes={notes}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t(dots ? 'ranking.chartLabelDots' : 'ranking.chartLabel', { title }),
        }}
        table={compactTable}
        tools={tools(model.exportTable, exportInfo)}
      >
        {(width, target) => renderChart(width, null, target)}
      </ChartFrame>
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
        <div className="stats-controls">
          <label htmlFor={minId}>{t('stats.minRespondents')}</label>
          <input
            id={minId}
            type="number"
            min={0}
            max={5000}
            step={1}
            inputMode="numeric"
            value={minRespondents}
            aria-describedby={`${minId}-help`}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (e.target.value !== '' && Number.isInteger(n) && n >= 0 && n <= 5000)
                onSelect({ minn: n });
            }}
          />
          <span id={`${minId}-help`} className="stats-controls__help">
            {t('stats.minRespondentsHelp')}
          </span>
          {canBootstrap ? (
            <Select
              label={t('stats.method')}
              value={view.ci}
              options={[
                { value: 'se', label: t('stats.methodOptionSe') },
                { value: 'boot', label: t('stats.methodOptionBoot') },
              ]}
              onChange={(value) => onSelect({ ci: value === 'boot' ? 'boot' : 'se' })}
            />
          ) : null}
          {/* Always mounted, so "computing" is announced when it appears and its end is quiet. */}
          <span className="stats-controls__help" role="status">
            {statsState.status === 'pending' ? t('stats.computing') : ''}
          </span>
        </div>
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
        noPreviousText={breakNote}
        sort={view.sort}
        onSort={(sort) => onSelect({ sort })}
        onSelect={(unit) => onSelect({ unit })}
      />
    </div>
  );
}

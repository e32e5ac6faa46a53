import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { HeatmapFramed } from '../../charts/views/HeatmapFramed.tsx';
import { HeatmapLegend } from '../../charts/views/HeatmapLegend.tsx';
import { HeatmapSvg } from '../../charts/views/HeatmapSvg.tsx';
import { HeatmapTable, type HeatmapTableProps } from '../../charts/views/HeatmapTable.tsx';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { HeatmapData } from '../../charts/data/heatmap.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { fullRankingFootnote } from '../ranking/footnote.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { buildSubIndicesScreen } from './model.ts';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';
import { SubIndicesControls } from './SubIndicesControls.tsx';
import { frameLabels } from '../labels.ts';

/**
 * Sub-indices: a heatmap of units × sub-indices for the group and year, values and per-sub-index
 * ranks printed in the cells, sortable by any column (`sort=`), with `sub=` highlighting one.
 */
export function SubIndicesView(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { year } = view;
  const { group, groupName, groupYear, source, tools } = useScreen(props, { stats: false });
  const model = useMemo(
    () => buildSubIndicesScreen(dataset, view, t, groupYear),
    [dataset, view, t, groupYear],
  );
  const { title, data, chartData, domain } = model;
  const fmt = (v: number | null) => formatScore(v, lang);
  const fmtRank = (v: number | null) => formatInteger(v, lang);
  // n= and † after each total, as the ranking shows them (nothing when the data has no counts).
  const nOf = respondentsOf(dataset);
  const totalNote = nOf
    ? (unitId: string) => <RespondentsN n={nOf(unitId, year)} min={view.minn} t={t} lang={lang} />
    : undefined;
  const labels: HeatmapTableProps['labels'] = {
    caption: t('subindices.caption', { group: groupName, year }),
    unit: t('subindices.unit'),
    total: t('subindices.total'),
    rank: t('subindices.rank'),
    sortBy: (column) => t('subindices.sortColumn', { column }),
    rankOfCell: (rank) => t('subindices.cellRank', { rank }),
    missing: t('subindices.missing'),
  };

  return (
    <div className="view view--subindices">
      <SubIndicesControls
        data={data}
        standings={groupYear.standings}
        view={view}
        lang={lang}
        t={t}
        onSelect={onSelect}
      />
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        tools={tools(model.exportTable, model.exportInfo)}
        summary={model.summary}
        source={source}
        notes={model.notes}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={frameLabels(t, t('subindices.chartLabel', { title }))}
        table={
          <div className="table-scroll" tabIndex={0} role="region" aria-label={labels.caption}>
            <HeatmapTable
              data={data}
              lang={lang}
              formatValue={fmt}
              formatRank={fmtRank}
              labels={labels}
              mode="plain"
              onSort={(sort) => onSelect({ sort })}
              totalNote={totalNote}
            />
          </div>
        }
      >
        {(width, target) => (
          <SubIndicesFigure
            width={width}
            height={target?.height ?? null}
            data={data}
            chartData={chartData}
            domain={domain}
            labels={labels}
            totalNote={totalNote}
            footnote={fullRankingFootnote(dataset, group, lang, t)}
            lang={lang}
            t={t}
          />
        )}
      </ChartFrame>
    </div>
  );
}

/**
 * The chart: on screen the legend, the coloured grid (scrolling) and the SVG kept for exports; a
 * fixed-size image draws one SVG filling the chart box, with legible text and the rows that fit
 * (the full grid is in the table and the CSV).
 */
function SubIndicesFigure({
  width,
  height,
  data,
  chartData,
  domain,
  labels,
  totalNote,
  footnote,
  lang,
  t,
}: {
  width: number;
  /** The image's chart-box height; null on screen. */
  height: number | null;
  data: HeatmapData;
  chartData: HeatmapData;
  domain: readonly [number, number];
  labels: HeatmapTableProps['labels'];
  totalNote: HeatmapTableProps['totalNote'];
  footnote: (shown: number, total: number) => string[];
  lang: Lang;
  t: Translate;
}) {
  const fmt = (v: number | null) => formatScore(v, lang);
  const fmtRank = (v: number | null) => formatInteger(v, lang);
  if (height)
    return (
      <HeatmapFramed
        data={data}
        lang={lang}
        width={width}
        height={height}
        domain={domain}
        formatValue={fmt}
        formatLegend={(v) => formatScore(v, lang, 1)}
        formatRank={fmtRank}
        legendTitle={t('subindices.legend')}
        {...(data.hasMissing ? { missingLabel: t('subindices.missing') } : {})}
        labels={labels}
        footnote={footnote}
      />
    );
  return (
    <div className="heatmap-wrap">
      <HeatmapLegend
        width={width}
        domain={domain}
        title={t('subindices.legend')}
        formatValue={(v) => formatScore(v, lang, 1)}
        missingLabel={data.hasMissing ? t('subindices.missing') : undefined}
      />
      <div className="heatmap-scroll" tabIndex={0}>
        <HeatmapTable
          data={chartData}
          lang={lang}
          formatValue={fmt}
          formatRank={fmtRank}
          labels={labels}
          domain={domain}
          mode="colour"
          totalNote={totalNote}
        />
      </div>
      <div className="heatmap-export" aria-hidden="true">
        <HeatmapSvg
          data={chartData}
          lang={lang}
          domain={domain}
          formatValue={fmt}
          formatRank={fmtRank}
          labels={labels}
        />
      </div>
    </div>
  );
}

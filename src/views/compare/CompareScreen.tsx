import { useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { CompareChart } from '../../charts/views/CompareChart.tsx';
import { CompareColumnsChart } from '../../charts/views/CompareColumnsChart.tsx';
import { CompareRadarChart, RADAR_DASHES } from '../../charts/views/CompareRadarChart.tsx';
import type { CompareData } from '../../charts/data/compare.ts';
import { formatScore } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { buildCompareScreen } from './model.ts';
import { CompareLegend } from './CompareLegend.tsx';
import { CompareUnitPicker } from './CompareUnitPicker.tsx';
import { CompareTable } from './CompareTable.tsx';
import { catalogueEntry } from '../../state/catalogue.ts';
import { frameLabels } from '../labels.ts';

/**
 * Two to five units of one group side by side per sub-index (`units=`; by default the selected
 * unit and its neighbours in rank): grouped bars with letters and values, a key, a table and
 * checkboxes to add or remove units.
 */
export default function CompareScreen(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { year } = view;
  const { groupYear, statsState, stats, source, tools } = useScreen(props, {
    stats: true,
  });
  const [radar, setRadar] = useState(false);
  const focusUnit = catalogueEntry(dataset.id)?.focusUnit ?? null;
  const statsFailed = statsState.status === 'failed';
  const model = useMemo(
    () => buildCompareScreen(dataset, view, stats, t, { radar, focusUnit, statsFailed }, groupYear),
    [dataset, view, stats, t, radar, focusUnit, statsFailed, groupYear],
  );
  const { title, data, unitIds, showRadar, respondents, errors, intervals } = model;
  const table = (
    <CompareTable
      title={title}
      data={data}
      groupMean={groupYear.totals.mean}
      respondents={respondents}
      errors={errors}
      intervals={intervals}
      minRespondents={view.minn}
      lang={lang}
      t={t}
    />
  );

  return (
    <div className="view view--compare">
      <CompareUnitPicker
        standings={groupYear.standings}
        absent={model.absent}
        selected={unitIds}
        lang={lang}
        t={t}
        onChange={(units) => onSelect({ units })}
      />
      {data.rows.length >= 3 ? (
        <p style={{ margin: '0 0 8px' }}>
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={radar}
            onClick={() => setRadar((v) => !v)}
          >
            {t('compare.radarToggle')}
          </button>
        </p>
      ) : null}
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        summary={model.summary}
        source={source}
        notes={model.notes}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={frameLabels(t, t('compare.chartLabel', { title }))}
        table={table}
        tools={tools(model.exportTable, model.exportInfo)}
      >
        {(width, target) => (
          <CompareFigure
            data={data}
            year={year}
            width={width}
            height={target?.height ?? null}
            radar={showRadar}
            lang={lang}
            t={t}
          />
        )}
      </ChartFrame>
    </div>
  );
}

/**
 * The chart: grouped bars (or the radar) under their key; a fixed-size image draws columns across
 * the width with their own key (text ≥ 14 px).
 */
function CompareFigure({
  data,
  year,
  width,
  height,
  radar,
  lang,
  t,
}: {
  data: CompareData;
  year: number;
  width: number;
  /** The image's chart-box height; null on screen. */
  height: number | null;
  radar: boolean;
  lang: Lang;
  t: Translate;
}) {
  if (height && !radar)
    return (
      <CompareColumnsChart
        data={data}
        lang={lang}
        width={width}
        height={height}
        formatValue={(v) => formatScore(v, lang)}
      />
    );
  return (
    <>
      <CompareLegend
        data={data}
        year={year}
        lang={lang}
        t={t}
        {...(radar ? { dashes: RADAR_DASHES } : {})}
      />
      {radar ? (
        <CompareRadarChart data={data} lang={lang} width={width} />
      ) : (
        <CompareChart
          data={data}
          lang={lang}
          width={width}
          formatValue={(v) => formatScore(v, lang)}
        />
      )}
    </>
  );
}

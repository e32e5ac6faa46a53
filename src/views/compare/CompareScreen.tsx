import { useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { CompareChart } from '../../charts/views/CompareChart.tsx';
import { CompareColumnsChart } from '../../charts/views/CompareColumnsChart.tsx';
import { CompareRadarChart, RADAR_DASHES } from '../../charts/views/CompareRadarChart.tsx';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { buildCompareScreen } from './model.ts';
import { CompareLegend } from './CompareLegend.tsx';
import { CompareUnitPicker } from './CompareUnitPicker.tsx';
import { intervalText } from '../statsText.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';
import { catalogueEntry } from '../../state/catalogue.ts';

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
  const hasRespondents = respondents.some((n) => n !== null);
  const hasErrors = errors.some((e) => e !== null);
  const hasIntervals = intervals.some((i) => i !== null);
  const table = (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
      <table className="table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.col.subIndex')}</th>
            {data.units.map((u) => (
              <th key={u.unitId} scope="col" className="num">
                {`${u.letter}. ${u.name}`}
              </th>
            ))}
            <th scope="col" className="num">
              {t('compare.groupMean')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('scorecard.total')}</th>
            {data.units.map((u) => (
              <td key={u.unitId} className="num">
                {formatScore(u.total, lang)}
              </td>
            ))}
            <td className="num">{formatScore(groupYear.totals.mean, lang)}</td>
          </tr>
          <tr>
            <th scope="row">{t('scorecard.rank')}</th>
            {data.units.map((u) => (
              <td key={u.unitId} className="num">
                {u.rank === null
                  ? '—'
                  : `${formatInteger(u.rank, lang)}/${formatInteger(data.rankedCount, lang)}`}
              </td>
            ))}
            <td className="num">—</td>
          </tr>
          {hasRespondents ? (
            <tr>
              <th scope="row">{t('table.respondents')}</th>
              {respondents.map((n, i) => (
                <td key={data.units[i]?.unitId ?? i} className="num">
                  {formatInteger(n, lang)}
                  <LowRespondentsMark n={n} min={view.minn} t={t} lang={lang} />
                </td>
              ))}
              <td className="num">—</td>
            </tr>
          ) : null}
          {hasErrors ? (
            <tr>
              <th scope="row">{t('table.se')}</th>
              {errors.map((e, i) => (
                <td key={data.units[i]?.unitId ?? i} className="num">
                  {formatScore(e, lang)}
                </td>
              ))}
              <td className="num">—</td>
            </tr>
          ) : null}
          {hasIntervals ? (
            <tr>
              <th scope="row">{t('table.interval')}</th>
              {intervals.map((iv, i) => (
                <td key={data.units[i]?.unitId ?? i} className="num">
                  {intervalText(iv, t, lang)}
                </td>
              ))}
              <td className="num">—</td>
            </tr>
          ) : null}
          {data.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name[lang]}</th>
              {r.values.map((v, i) => (
                <td key={data.units[i]?.unitId ?? i} className="num">
                  {formatScore(v, lang)}
                </td>
              ))}
              <td className="num">{formatScore(r.groupMean, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t('compare.chartLabel', { title }),
        }}
        table={table}
        tools={tools(model.exportTable, model.exportInfo)}
      >
        {(width, target) =>
          target?.height && !showRadar ? (
            // A fixed-size image: columns across the width, with their own key (text ≥ 14 px).
            <CompareColumnsChart
              data={data}
              lang={lang}
              width={width}
              height={target.height}
              formatValue={(v) => formatScore(v, lang)}
            />
          ) : (
            <>
              <CompareLegend
                data={data}
                year={year}
                lang={lang}
                t={t}
                {...(showRadar ? { dashes: RADAR_DASHES } : {})}
              />
              {showRadar ? (
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
          )
        }
      </ChartFrame>
    </div>
  );
}

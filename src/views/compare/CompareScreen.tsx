import { useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { buildCompareData, resolveCompareUnits } from '../../charts/data/compare.ts';
import { CompareChart } from '../../charts/views/CompareChart.tsx';
import { CompareColumnsChart } from '../../charts/views/CompareColumnsChart.tsx';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { CompareRadarChart, RADAR_DASHES } from '../../charts/views/CompareRadarChart.tsx';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { CompareLegend } from './CompareLegend.tsx';
import { CompareUnitPicker } from './CompareUnitPicker.tsx';
import { intervalHeader, intervalText, lowRespondentsNote, methodNotes } from '../statsText.ts';
import { LowRespondentsMark } from '../LowRespondentsMark.tsx';
import { catalogueEntry } from '../../state/catalogue.ts';

/**
 * Two to five units of one group side by side per sub-index (`units=`; by default the selected
 * unit and its neighbours in rank): grouped bars with letters and values, a key, a table and
 * checkboxes to add or remove units.
 */
export default function CompareScreen(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { group: groupId, year } = view;
  const { groupName, groupYear, statsState, stats, source, tools } = useScreen(props, {
    stats: true,
  });
  const unitIds = useMemo(
    () =>
      resolveCompareUnits(
        dataset,
        groupYear,
        view.units,
        view.unit ?? catalogueEntry(dataset.id)?.focusUnit ?? null,
      ),
    [dataset, groupYear, view.units, view.unit],
  );
  const data = useMemo(
    () => buildCompareData(dataset, groupYear, unitIds),
    [dataset, groupYear, unitIds],
  );
  // Respondents, standard error and rank interval of each compared unit: can they be told apart?
  const observationOf = new Map(groupYear.standings.map((s) => [s.unit.id, s.observation]));
  const respondents = data.units.map((u) => observationOf.get(u.unitId)?.respondents ?? null);
  const errors = data.units.map((u) => observationOf.get(u.unitId)?.standardError ?? null);
  const intervals = data.units.map((u) => stats?.intervals.get(u.unitId) ?? null);
  const hasRespondents = respondents.some((n) => n !== null);
  const hasErrors = errors.some((e) => e !== null);
  const hasIntervals = intervals.some((i) => i !== null);
  const [radar, setRadar] = useState(false);
  // A radar needs at least three axes; with fewer sub-indices only the bars are offered.
  const showRadar = radar && data.rows.length >= 3;
  const absent = useMemo(() => {
    const present = new Set(groupYear.standings.map((s) => s.unit.id as string));
    return dataset.units
      .filter((u) => u.groupId === groupId && !present.has(u.id))
      .map((u) => ({ id: u.id as string, name: u.name }));
  }, [dataset, groupId, groupYear]);

  const title = t('compare.title', { count: data.units.length, index: dataset.indexName, year });
  const list = data.units.map((u) => `${u.letter} ${u.name}`).join(', ');
  const widest = data.widest;
  let summary = t('compare.summary', { list });
  if (widest) {
    const present = widest.values
      .map((v, i) => ({ v, u: data.units[i] }))
      .filter((x) => x.v !== null);
    const hi = present.reduce((a, b) => ((b.v as number) > (a.v as number) ? b : a));
    const lo = present.reduce((a, b) => ((b.v as number) < (a.v as number) ? b : a));
    summary += ` ${t('compare.widest', {
      subIndex: widest.name[lang],
      spread: formatScore(widest.spread, lang),
      high: hi.u?.name ?? '',
      highValue: formatScore(hi.v, lang),
      low: lo.u?.name ?? '',
      lowValue: formatScore(lo.v, lang),
    })}`;
  }
  if (data.rows.length === 0) summary = t('compare.noSubIndices');

  // The key in words, in the footer, so exports that keep only the frame still name the units.
  const key = data.units
    .map((u) => t('compare.keyItem', { letter: u.letter, name: u.name }))
    .join(', ');
  const notes: string[] = [t(showRadar ? 'compare.radarNote' : 'compare.letterNote', { key })];
  if (data.hasMissing) notes.push(t('ranking.missingNote'));
  if (hasErrors || hasIntervals)
    notes.push(...methodNotes(stats, statsState.status === 'failed', t, lang));
  notes.push(...lowRespondentsNote(respondents, view.minn, t, lang));
  // One year only: no cross-year comparison is made here, so no comparability note applies.

  const exportTable: ExportTable = {
    header: [
      t('scorecard.col.subIndex'),
      ...data.units.map((u) => `${u.letter}. ${u.name}`),
      t('compare.groupMean'),
    ],
    rows: [
      [t('scorecard.total'), ...data.units.map((u) => u.total), groupYear.totals.mean],
      ...(hasRespondents ? [[t('table.respondents'), ...respondents, null]] : []),
      ...(hasErrors ? [[t('table.se'), ...errors, null]] : []),
      ...(hasIntervals
        ? [[intervalHeader(stats, t), ...intervals.map((i) => intervalText(i, t, lang)), null]]
        : []),
      ...data.rows.map((r) => [r.name[lang], ...r.values, r.groupMean]),
    ],
  };
  const exportInfo: ExportInfo = {
    dataset,
    view: 'compare',
    groupId,
    year,
    caption: summary,
    alt: summary,
  };
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
        absent={absent}
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
        subtitle={t(showRadar ? 'compare.subtitleRadar' : 'compare.subtitle', {
          group: groupName,
          year,
        })}
        summary={summary}
        source={source}
        notes={notes}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t('compare.chartLabel', { title }),
        }}
        table={table}
        tools={tools(exportTable, exportInfo)}
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

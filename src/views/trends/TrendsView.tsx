import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { buildMoversData } from '../../charts/data/movers.ts';
import { buildSlopeData } from '../../charts/data/slope.ts';
import { buildTrendData, defaultTrendUnits } from '../../charts/data/trends.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { seriesColour, seriesDash } from '../../charts/scales.ts';
import { TrendChart } from '../../charts/views/TrendChart.tsx';
import { layoutKey, TrendHeading, TrendKey } from '../../charts/views/TrendKey.tsx';
import { compareNames } from '../../domain/collate.ts';
import { totalScale, unitsOf } from '../../domain/dataset.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { Select } from '../../ui/Select.tsx';
import { groupLabel, scaleLabel, sourceLine } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { SlopeSection } from './SlopeSection.tsx';
import { trendNotes, trendSummary } from './summaries.ts';
import { UnitChooser } from './UnitChooser.tsx';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';

/** The chooser lists units in Vietnamese alphabetical order (easier to find among 63 provinces). */

/** Most units the URL codec keeps in `units=` (CONTRACTS.md). */
export const MAX_TREND_UNITS = 5;

/** The year a slope compares `year` with when the URL has no `y2`: the previous year with data, else the next. */
export function defaultCompareYear(years: readonly number[], year: number): number {
  const earlier = years.filter((y) => y < year);
  if (earlier.length > 0) return earlier[earlier.length - 1] as number;
  return years.find((y) => y > year) ?? year;
}

/**
 * Trends: score and rank over the years for up to 5 chosen units (a gap where a unit has no
 * data), a slope between `year` and `y2`, and the risers and fallers between them. Everything
 * it shows is in the URL (`units`, `year`, `y2`).
 */
export function TrendsView({ dataset, view, lang, t, onSelect }: ScreenProps) {
  const groupId = view.group;
  const year = view.year;
  const group = dataset.groups.find((g) => g.id === groupId);
  const groupName = group ? groupLabel(group, lang) : '';
  const groupUnits = useMemo(
    () =>
      unitsOf(dataset, groupId)
        .map((u) => ({ id: u.id as string, name: u.name }))
        .sort((a, b) => compareNames(a.name, b.name)),
    [dataset, groupId],
  );
  const defaults = useMemo(
    () => defaultTrendUnits(dataset, groupId, year, view.unit),
    [dataset, groupId, year, view.unit],
  );
  const chosen = view.units.length > 0 ? view.units : defaults;
  const trend = useMemo(() => {
    const data = buildTrendData(dataset, groupId, chosen);
    // A series split at the province merger of 2025 says which side it is.
    const label = (s: (typeof data.series)[number]) =>
      s.segment?.lastYear !== undefined
        ? t('trends.segmentUntil', { name: s.name, year: s.segment.lastYear })
        : s.segment?.firstYear !== undefined
          ? t('trends.segmentFrom', { name: s.name, year: s.segment.firstYear })
          : s.name;
    return { ...data, series: data.series.map((s) => ({ ...s, name: label(s) })) };
  }, [dataset, groupId, chosen, t]);
  // Years with data (the trend's years also hold the empty years of a gap).
  const dataYears = useMemo(
    () => trend.years.filter((y) => !trend.missingYears.includes(y)),
    [trend],
  );
  const compareYear = view.y2 ?? defaultCompareYear(dataYears, year);
  const slope = useMemo(
    () => buildSlopeData(dataset, groupId, compareYear, year, chosen),
    [dataset, groupId, compareYear, year, chosen],
  );
  const movers = useMemo(() => buildMoversData(slope), [slope]);

  const first = trend.years[0] ?? year;
  const last = trend.years[trend.years.length - 1] ?? year;
  const title = t('trends.title', {
    index: dataset.indexName,
    group: groupName.toLocaleLowerCase(lang),
  });
  const source = sourceLine(dataset, lang, t);
  const watermark = dataset.illustrative ? t('chart.watermark') : null;
  const fmt = (v: number | null) => formatScore(v, lang);
  const nOf = useMemo(() => respondentsOf(dataset), [dataset]);

  const table = (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('trends.tableCaption', { units: trend.series.map((s) => s.name).join(', ') })}
    >
      <table className="table trends-table">
        <caption className="visually-hidden">
          {t('trends.tableCaption', { units: trend.series.map((s) => s.name).join(', ') })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('trends.year')}</th>
            {trend.series.map((s) => (
              <th key={s.key} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.years.map((y, i) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              {trend.series.map((s) => {
                const p = s.points[i];
                return (
                  <td key={s.key} className="num">
                    {fmt(p?.total ?? null)}
                    {nOf && p && p.total !== null ? (
                      <RespondentsN n={nOf(s.unitId, y)} min={view.minn} t={t} lang={lang} />
                    ) : null}
                    {p && p.rank !== null ? (
                      <span className="trends-table__rank">
                        {' '}
                        ({t('trends.rankOf', { rank: formatInteger(p.rank, lang), n: p.groupSize })}
                        )
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  // Exports: one row per unit and year, as plotted (missing years stay empty, never 0).
  const exportTable: ExportTable = {
    header: [t('table.unit'), t('trends.year'), t('trends.score'), t('trends.rank')],
    rows: trend.series.flatMap((s) => s.points.map((p) => [s.name, p.year, p.total, p.rank])),
  };
  const keyItems = trend.series.map((s, i) => ({
    id: s.key,
    label:
      s.yearsPresent.length === 1
        ? `${s.name} (${t('trends.onlyYear', { year: s.yearsPresent[0] as number })})`
        : s.name,
    colour: seriesColour(i),
    dash: seriesDash(i),
  }));
  const exportInfo: ExportInfo = { dataset, view: 'trends', groupId, year: `${first}–${last}` };

  return (
    <div className="view view--trends">
      <UnitChooser
        units={groupUnits}
        chosen={chosen}
        max={MAX_TREND_UNITS}
        t={t}
        onChange={(units) => onSelect({ units })}
        onReset={view.units.length > 0 ? () => onSelect({ units: [] }) : undefined}
      />
      <ChartFrame
        title={title}
        subtitle={t('trends.subtitle', {
          group: groupName,
          from: first,
          to: last,
          scale: scaleLabel(dataset, lang),
        })}
        summary={trendSummary(trend, lang, t, MAX_TREND_UNITS)}
        source={source}
        notes={trendNotes(dataset, trend, lang, t)}
        watermark={watermark}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t('trends.chartLabel', { title }),
        }}
        table={table}
        tools={(f) => <ExportMenu {...f} lang={lang} table={exportTable} info={exportInfo} />}
      >
        {(width, target) => {
          // A fixed-size image: 14 px text, the two charts sharing the height left by the key
          // and the headings (5 SVGs, 4 gaps of 8 px between them in the image).
          const fit = target?.height ? target.height : null;
          const font = fit ? 14 : undefined;
          const keyH = trend.series.length > 0 ? layoutKey(keyItems, width, font).height : 0;
          const charts = fit ? Math.max(160, fit - keyH - 2 * 24 - 4 * 8) : 0;
          return (
            <div className="trends-charts">
              {trend.series.length > 0 ? (
                <TrendKey width={width} items={keyItems} {...(font ? { fontSize: font } : {})} />
              ) : null}
              <TrendHeading text={t('trends.scoreHeading')} width={width} />
              <TrendChart
                data={trend}
                metric="total"
                scaleMax={totalScale(dataset).max}
                width={width}
                height={fit ? Math.round(charts * 0.55) : 240}
                {...(font ? { fontSize: font } : {})}
                formatTick={(v) => formatScore(v, lang, 0)}
                formatValue={(v) => formatScore(v, lang)}
              />
              <TrendHeading text={t('trends.rankHeading')} width={width} />
              <TrendChart
                data={trend}
                metric="rank"
                width={width}
                height={fit ? Math.floor(charts * 0.45) : 200}
                {...(font ? { fontSize: font } : {})}
                formatTick={(v) => formatInteger(v, lang)}
                formatValue={(v) => formatInteger(v, lang)}
              />
            </div>
          );
        }}
      </ChartFrame>
      {dataYears.length < 2 ? (
        <p className="trends-single-year" role="note">
          {t('trends.singleYear')}
        </p>
      ) : (
        <>
          <div className="trends-controls">
            <Select
              label={t('trends.compareYear')}
              value={String(compareYear)}
              options={dataYears.map((y) => ({ value: String(y), label: String(y) }))}
              onChange={(v) => onSelect({ y2: Number(v) })}
            />
          </div>
          <SlopeSection
            dataset={dataset}
            slope={slope}
            movers={movers}
            groupId={groupId}
            groupName={groupName}
            lang={lang}
            t={t}
            source={source}
            watermark={watermark}
            minRespondents={view.minn}
          />
        </>
      )}
    </div>
  );
}

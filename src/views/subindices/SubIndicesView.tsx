import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { currentLinks } from '../export/exportOptions.ts';
import { HeatmapFramed } from '../../charts/views/HeatmapFramed.tsx';
import { HeatmapLegend } from '../../charts/views/HeatmapLegend.tsx';
import { HeatmapSvg } from '../../charts/views/HeatmapSvg.tsx';
import { HeatmapTable, type HeatmapTableProps } from '../../charts/views/HeatmapTable.tsx';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { catalogueEntry } from '../../state/catalogue.ts';
import { Select } from '../../ui/Select.tsx';
import { countedGroupLabel } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { buildSubIndicesScreen } from './model.ts';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';

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
  const sortOptions = [
    { value: 'rank', label: t('subindices.sortRank') },
    { value: 'unit', label: t('subindices.sortUnit') },
    { value: 'total', label: t('subindices.sortTotal') },
    ...data.columns.map((c) => ({ value: c.id as string, label: c.name[lang] })),
  ];
  const setSort = (key: string, descending: boolean) => {
    const value = descending ? `-${key}` : key;
    onSelect({ sort: value === 'rank' ? null : value });
  };

  return (
    <div className="view view--subindices">
      <div className="view-controls">
        <Select
          label={t('subindices.sortBy')}
          value={data.sort.key}
          options={sortOptions}
          onChange={(key) => setSort(key, key === 'rank' || key === 'unit' ? false : true)}
        />
        <Select
          label={t('subindices.order')}
          value={data.sort.descending ? 'desc' : 'asc'}
          options={[
            { value: 'desc', label: t('subindices.descending') },
            { value: 'asc', label: t('subindices.ascending') },
          ]}
          onChange={(v) => setSort(data.sort.key, v === 'desc')}
        />
        <Select
          label={t('subindices.highlight')}
          value={view.sub && !data.subNotApplicable ? view.sub : ''}
          options={[
            { value: '', label: t('subindices.highlightNone') },
            ...data.columns.map((c) => ({ value: c.id as string, label: c.name[lang] })),
          ]}
          onChange={(v) => onSelect({ sub: v === '' ? null : v })}
        />
        <Select
          label={t('subindices.unitSelect')}
          value={view.unit ?? ''}
          options={[
            { value: '', label: t('subindices.highlightNone') },
            ...groupYear.standings.map((s) => ({ value: s.unit.id as string, label: s.unit.name })),
          ]}
          onChange={(v) => onSelect({ unit: v === '' ? null : v })}
        />
      </div>
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        tools={tools(model.exportTable, model.exportInfo)}
        summary={model.summary}
        source={source}
        notes={model.notes}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t('subindices.chartLabel', { title }),
        }}
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
        {(width, target) =>
          target?.height ? (
            // A fixed-size image: one SVG filling the chart box, with legible text and the rows
            // that fit (the full grid is in the table and the CSV).
            <HeatmapFramed
              data={data}
              lang={lang}
              width={width}
              height={target.height}
              domain={domain}
              formatValue={fmt}
              formatLegend={(v) => formatScore(v, lang, 1)}
              formatRank={fmtRank}
              legendTitle={t('subindices.legend')}
              {...(data.hasMissing ? { missingLabel: t('subindices.missing') } : {})}
              labels={labels}
              footnote={(shown, total) => [
                t('ranking.showingOf', {
                  shown: formatInteger(shown, lang),
                  total: formatInteger(total, lang),
                  group: countedGroupLabel(group, lang, t),
                }),
                catalogueEntry(dataset.id)
                  ? t('ranking.fullAt', { link: currentLinks().link })
                  : t('ranking.fullIn', { name: dataset.title[lang] }),
              ]}
            />
          ) : (
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
          )
        }
      </ChartFrame>
    </div>
  );
}

import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { buildHeatmapData, type HeatmapData } from '../../charts/data/heatmap.ts';
import { niceDomain } from '../../charts/scales.ts';
import { currentLinks } from '../export/exportOptions.ts';
import { HeatmapFramed } from '../../charts/views/HeatmapFramed.tsx';
import { HeatmapLegend } from '../../charts/views/HeatmapLegend.tsx';
import { HeatmapSvg } from '../../charts/views/HeatmapSvg.tsx';
import { HeatmapTable, type HeatmapTableProps } from '../../charts/views/HeatmapTable.tsx';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { strengthsAndWeaknesses, type GroupYear } from '../../domain/groupYear.ts';
import type { Dataset, Lang } from '../../domain/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { truncateRanking } from '../../domain/truncation.ts';
import { catalogueEntry } from '../../state/catalogue.ts';
import { Select } from '../../ui/Select.tsx';
import { countedGroupLabel } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { RespondentsN, respondentsOf } from '../RespondentsN.tsx';

/** Most rows in the coloured grid; PCI's 63 provinces still fit. */
export const HEATMAP_MAX_ROWS = 64;

/** Text summary: the range of cells, the weakest and strongest sub-index on average, the selected unit and `sub=`. */
export function heatmapSummary(
  data: HeatmapData,
  groupYear: GroupYear,
  selected: string | null,
  lang: Lang,
  t: Translate,
  groupName: string,
): string {
  let min: { v: number; unit: string; sub: string } | null = null;
  let max: { v: number; unit: string; sub: string } | null = null;
  for (const r of data.rows) {
    r.cells.forEach((c, i) => {
      if (c.value === null) return;
      const sub = data.columns[i]?.shortName[lang] ?? '';
      if (!min || c.value < min.v) min = { v: c.value, unit: r.name, sub };
      if (!max || c.value > max.v) max = { v: c.value, unit: r.name, sub };
    });
  }
  const lo = min as { v: number; unit: string; sub: string } | null;
  const hi = max as { v: number; unit: string; sub: string } | null;
  if (!lo || !hi) return t('subindices.summaryEmpty', { group: groupName, year: groupYear.year });
  const byMean = data.columns
    .filter((c) => c.mean !== null)
    .sort((a, b) => (a.mean as number) - (b.mean as number));
  const weakest = byMean[0];
  const strongest = byMean[byMean.length - 1];
  const parts = [
    t('subindices.summary', {
      min: formatScore(lo.v, lang),
      minUnit: lo.unit,
      minSub: lo.sub,
      max: formatScore(hi.v, lang),
      maxUnit: hi.unit,
      maxSub: hi.sub,
      weakest: weakest?.name[lang] ?? '',
      weakestMean: formatScore(weakest?.mean, lang),
      strongest: strongest?.name[lang] ?? '',
      strongestMean: formatScore(strongest?.mean, lang),
    }),
  ];
  const standing = selected ? groupYear.standings.find((s) => s.unit.id === selected) : undefined;
  if (standing) {
    const gaps = strengthsAndWeaknesses(groupYear, standing);
    const best = gaps[0];
    const worst = gaps[gaps.length - 1];
    if (best && worst && best !== worst) {
      parts.push(
        t('subindices.summaryUnit', {
          name: standing.unit.name,
          best: best.subIndex.name[lang],
          bestRank: formatInteger(standing.subIndexRanks.get(best.subIndex.id), lang),
          worst: worst.subIndex.name[lang],
          worstRank: formatInteger(standing.subIndexRanks.get(worst.subIndex.id), lang),
        }),
      );
    }
  }
  const hiCol = data.columns.findIndex((c) => c.highlighted);
  if (hiCol >= 0) {
    const withValue = data.rows
      .filter((r) => r.cells[hiCol]?.value !== null)
      .sort((a, b) => (b.cells[hiCol]?.value as number) - (a.cells[hiCol]?.value as number));
    const top = withValue[0];
    const bottom = withValue[withValue.length - 1];
    if (top && bottom) {
      parts.push(
        t('subindices.summarySub', {
          sub: data.columns[hiCol]?.name[lang] ?? '',
          best: top.name,
          bestValue: formatScore(top.cells[hiCol]?.value, lang),
          worst: bottom.name,
          worstValue: formatScore(bottom.cells[hiCol]?.value, lang),
        }),
      );
    }
  }
  return parts.join(' ');
}

function notesFor(
  dataset: Dataset,
  data: HeatmapData,
  groupYear: GroupYear,
  domain: readonly [number, number],
  sub: string | null,
  lang: Lang,
  t: Translate,
): string[] {
  const notes = [
    t('subindices.scaleNote', {
      min: formatScore(domain[0], lang),
      max: formatScore(domain[1], lang),
    }),
    t('subindices.rankNote'),
  ];
  if (data.hasMissing) notes.push(t('subindices.missingNote'));
  if (data.subNotApplicable && sub) {
    const def = dataset.subIndices.find((s) => s.id === sub);
    notes.push(
      t('subindices.notApplicable', { sub: def?.name[lang] ?? sub, year: groupYear.year }),
    );
  }
  if (dataset.subIndices.some((s) => s.groups !== undefined || s.years !== undefined))
    notes.push(t('subindices.groupSet'));
  for (const m of groupYear.methodChanges)
    notes.push(t('trends.methodNote', { year: m.year, note: m.note[lang] }));
  return notes;
}

/**
 * Sub-indices: a heatmap of units × sub-indices for the group and year, values and per-sub-index
 * ranks printed in the cells, sortable by any column (`sort=`), with `sub=` highlighting one.
 */
export function SubIndicesView(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { group: groupId, year } = view;
  const { group, groupName, groupYear, source, tools } = useScreen(props, { stats: false });
  const data = useMemo(
    () => buildHeatmapData(groupYear, { sort: view.sort, sub: view.sub, selected: view.unit }),
    [groupYear, view.sort, view.sub, view.unit],
  );
  const domain =
    niceDomain(data.domain ? [...data.domain] : [], 0.5) ?? ([0, 10] as [number, number]);
  const title = t('subindices.title', {
    index: dataset.indexName,
    year,
    count: data.columns.length,
    units: data.groupSize,
    group: groupName.toLocaleLowerCase(lang),
  });
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

  // Long groups: the coloured grid (and its image) shows the top and bottom rows of the current
  // sort plus the selected unit (the one truncation rule); the table and CSV keep every row.
  const shownRows = truncateRanking(data.rows, (r) => r.unitId, {
    max: HEATMAP_MAX_ROWS,
    keep: view.unit ? [view.unit] : [],
  });
  const chartData: HeatmapData = shownRows.truncated
    ? { ...data, rows: shownRows.items.flatMap((it) => (it.kind === 'row' ? [it.row] : [])) }
    : data;
  const showing = shownRows.truncated
    ? t('subindices.showing', {
        shown: formatInteger(shownRows.shown, lang),
        total: formatInteger(shownRows.total, lang),
      })
    : null;

  // Exports: the plotted cells with the shown columns (rank, unit, total, then value and rank per sub-index).
  const exportTable: ExportTable = {
    header: [
      t('subindices.rank'),
      t('subindices.unit'),
      t('subindices.total'),
      ...data.columns.flatMap((c) => [c.name[lang], `${c.name[lang]} · ${t('subindices.rank')}`]),
    ],
    rows: data.rows.map((r) => [
      r.rank,
      r.name,
      r.total,
      ...r.cells.flatMap((c) => [c.value, c.rank]),
    ]),
  };
  const exportInfo: ExportInfo = { dataset, view: 'subindices', groupId, year };

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
        subtitle={
          t('subindices.subtitle', { group: groupName, year }) + (showing ? ` · ${showing}` : '')
        }
        tools={tools(exportTable, exportInfo)}
        summary={heatmapSummary(data, groupYear, view.unit, lang, t, groupName)}
        source={source}
        notes={notesFor(dataset, data, groupYear, domain, view.sub, lang, t)}
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

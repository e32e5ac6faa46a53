import { buildHeatmapData, type HeatmapData } from '../../charts/data/heatmap.ts';
import { niceDomain } from '../../charts/scales.ts';
import { buildGroupYear, strengthsAndWeaknesses, type GroupYear } from '../../domain/groupYear.ts';
import { truncateRanking } from '../../domain/truncation.ts';
import type { Dataset, Lang } from '../../domain/types.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { groupLabel } from '../labels.ts';
import type { ScreenView } from '../screenProps.ts';

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

/** Everything the Sub-indices screen shows, as text and chart data (no pixels). */
export interface SubIndicesModel {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  /** The full grid (the table and the CSV): every unit. */
  readonly data: HeatmapData;
  /** The coloured grid: the top and bottom rows of the sort and the selected unit. */
  readonly chartData: HeatmapData;
  readonly domain: readonly [number, number];
  readonly exportTable: ExportTable;
  readonly exportInfo: ExportInfo;
}

/**
 * The Sub-indices screen's model: a heatmap of units × sub-indices for the group and year,
 * values and per-sub-index ranks in the cells, sorted by `sort=`, with `sub=` highlighted.
 */
export function buildSubIndicesScreen(
  dataset: Dataset,
  view: ScreenView,
  t: Translate,
  groupYear: GroupYear = buildGroupYear(dataset, view.group, view.year),
): SubIndicesModel {
  const { lang, year } = view;
  const group = dataset.groups.find((g) => g.id === view.group);
  const groupName = group ? groupLabel(group, lang) : '';
  const data = buildHeatmapData(groupYear, { sort: view.sort, sub: view.sub, selected: view.unit });
  const domain =
    niceDomain(data.domain ? [...data.domain] : [], 0.5) ?? ([0, 10] as [number, number]);
  // Long groups: the coloured grid (and its image) shows the top and bottom rows of the current
  // sort plus the selected unit (the one truncation rule); the table and CSV keep every row.
  const shownRows = truncateRanking(data.rows, (r) => r.unitId, {
    max: HEATMAP_MAX_ROWS,
    keep: view.unit ? [view.unit] : [],
  });
  const showing = shownRows.truncated
    ? t('subindices.showing', {
        shown: formatInteger(shownRows.shown, lang),
        total: formatInteger(shownRows.total, lang),
      })
    : null;
  return {
    title: t('subindices.title', {
      index: dataset.indexName,
      year,
      count: data.columns.length,
      units: data.groupSize,
      group: groupName.toLocaleLowerCase(lang),
    }),
    subtitle:
      t('subindices.subtitle', { group: groupName, year }) + (showing ? ` · ${showing}` : ''),
    summary: heatmapSummary(data, groupYear, view.unit, lang, t, groupName),
    notes: notesFor(dataset, data, groupYear, domain, view.sub, lang, t),
    data,
    chartData: shownRows.truncated
      ? { ...data, rows: shownRows.items.flatMap((it) => (it.kind === 'row' ? [it.row] : [])) }
      : data,
    domain,
    // Exports: the plotted cells with the shown columns (rank, unit, total, then value and rank per sub-index).
    exportTable: {
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
    },
    exportInfo: { dataset, view: 'subindices', groupId: view.group, year },
  };
}

import { buildRankingData, type RankingChartData } from '../../charts/data/ranking.ts';
import { summaryRowsFor, totalScale } from '../../domain/dataset.ts';
import { yearComparison } from '../../domain/era.ts';
import { buildGroupYear, type GroupYear } from '../../domain/groupYear.ts';
import { RANKING_CHART_MAX_BARS } from '../../domain/truncation.ts';
import type { Dataset, Lang } from '../../domain/types.ts';
import type { GroupYearStats } from '../../domain/uncertainty.ts';
import type { ExportTable } from '../../export/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { yearBreakNote } from '../../i18n/sentences.ts';
import { countedGroupLabel, groupLabel, scaleLabel, tierLabel } from '../labels.ts';
import type { ScreenView } from '../screenProps.ts';
import { intervalHeader, statsNotes } from '../statsText.ts';

/** Everything the Ranking screen shows, as text and chart data (no pixels). */
export interface RankingModel {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly exportTable: ExportTable;
  /** The bars, with tiers in the UI language ("Rất tốt" → "Excellent"). */
  readonly chartData: RankingChartData;
  /** Why no change is shown against an earlier year (the merger or a gap), or null. */
  readonly breakNote: string | null;
  readonly withIntervals: boolean;
  readonly withGroups: boolean;
  /** The top of the dataset's total scale (100, or what the file declared). */
  readonly scaleMax: number;
  /** Published medians and averages of this group-year: labelled lines on the chart. */
  readonly references: readonly { readonly value: number; readonly label: string }[];
}

function titleOf(dataset: Dataset, view: ScreenView, groupYear: GroupYear, t: Translate): string {
  const group = dataset.groups.find((g) => g.id === view.group);
  // A single unit's history (one province's PCI over the years) is not "a ranking of 1".
  const single = dataset.units.length === 1 ? (dataset.units[0] ?? null) : null;
  return single !== null
    ? t('ranking.titleSingle', { index: dataset.indexName, year: view.year, unit: single.name })
    : t('ranking.title', {
        index: dataset.indexName,
        year: view.year,
        count: groupYear.standings.length,
        group: countedGroupLabel(group, view.lang, t),
      });
}

function summaryOf(groupYear: GroupYear, groupName: string, lang: Lang, t: Translate): string {
  const ranked = groupYear.standings.filter((s) => s.total !== null);
  const first = ranked[0];
  const last = ranked[ranked.length - 1];
  return first && last
    ? t('ranking.summary', {
        first: first.unit.name,
        best: formatScore(first.total, lang),
        last: last.unit.name,
        worst: formatScore(last.total, lang),
        spread: formatScore(groupYear.totals.spread, lang),
        mean: formatScore(groupYear.totals.mean, lang),
      })
    : t('ranking.summaryEmpty', { group: groupName, year: groupYear.year });
}

/** Exports: exactly the plotted bars with the columns the chart shows (rank, unit, total, tier…). */
function exportTableOf(
  chartData: RankingChartData,
  stats: GroupYearStats | null,
  t: Translate,
  { withIntervals, withGroups }: { readonly withIntervals: boolean; readonly withGroups: boolean },
): ExportTable {
  const withTier = chartData.bars.some((b) => b.tier !== null);
  const withSe = chartData.bars.some((b) => b.standardError !== null);
  return {
    header: [
      t('table.rank'),
      t('table.unit'),
      t('table.total'),
      ...(withTier ? [t('table.tier')] : []),
      ...(chartData.hasRespondents ? [t('table.respondents')] : []),
      ...(withSe ? [t('table.se')] : []),
      ...(withIntervals
        ? [`${intervalHeader(stats, t)} min`, `${intervalHeader(stats, t)} max`]
        : []),
      ...(withGroups ? [t('table.statGroup')] : []),
    ],
    rows: chartData.bars.map((b) => [
      b.rank,
      b.name,
      b.value,
      ...(withTier ? [b.tier] : []),
      ...(chartData.hasRespondents ? [b.respondents] : []),
      ...(withSe ? [b.standardError] : []),
      ...(withIntervals ? [b.interval?.low ?? null, b.interval?.high ?? null] : []),
      ...(withGroups ? [b.statGroup] : []),
    ]),
  };
}

/**
 * The Ranking screen's model: the ranking of one group in one year (bars, summary, notes and
 * the export table), with rank intervals and statistical groups once `stats` are known.
 */
export function buildRankingScreen(
  dataset: Dataset,
  view: ScreenView,
  stats: GroupYearStats | null,
  t: Translate,
  options: { readonly statsFailed: boolean },
  groupYear: GroupYear = buildGroupYear(dataset, view.group, view.year),
): RankingModel {
  const { lang, year } = view;
  const group = dataset.groups.find((g) => g.id === view.group);
  const groupName = group ? groupLabel(group, lang) : '';
  const minRespondents = view.minn;
  const data = buildRankingData(groupYear, view.unit, { stats, minRespondents });
  const chartData: RankingChartData = {
    ...data,
    tiers: data.tiers.map((tier) => tierLabel(tier, t)),
    bars: data.bars.map((b) => (b.tier === null ? b : { ...b, tier: tierLabel(b.tier, t) })),
  };
  const comparison = yearComparison(dataset, view.group, year);
  const truncated = chartData.bars.length > RANKING_CHART_MAX_BARS;
  const showing = {
    shown: formatInteger(RANKING_CHART_MAX_BARS, lang),
    total: formatInteger(chartData.bars.length, lang),
  };
  const notes: string[] = [];
  if (chartData.hasComputedRanks) notes.push(t('ranking.computedNote'));
  else if (chartData.hasTies) notes.push(t('ranking.tieNote'));
  if (chartData.contradictions > 0)
    notes.push(t('ranking.contradictNote', { count: chartData.contradictions }));
  if (chartData.hasMissing) notes.push(t('ranking.missingNote'));
  if (truncated) notes.push(t('ranking.truncatedNote', showing));
  for (const m of groupYear.methodChanges)
    notes.push(t('ranking.methodChange', { note: m.note[lang] }));
  // No change is shown across a gap or the 2025 merger: say why, once (issue 13, point 2).
  const breakNote = comparison.yearBreak ? yearBreakNote(comparison.yearBreak, t) : null;
  if (breakNote) notes.push(breakNote);
  if (comparison.reorganised) notes.push(t('trends.dcci2025Note'));
  notes.push(...statsNotes(chartData, minRespondents, t, lang, options.statsFailed));
  for (const n of dataset.notes?.slice(0, 1) ?? []) notes.push(n[lang]);
  // Published medians and averages: a labelled line on the chart and a caption line here.
  const summaryRows = summaryRowsFor(dataset, view.group, year);
  const references = summaryRows.map((r) => ({
    value: r.total,
    label: t('ranking.reference', { name: r.name, value: formatScore(r.total, lang) }),
  }));
  notes.push(...references.map((r) => r.label));
  const columns = {
    withIntervals: chartData.bars.some((b) => b.interval !== null),
    withGroups: chartData.bars.some((b) => b.statGroup !== null),
  };
  const exportTable = exportTableOf(chartData, stats, t, columns);
  // Summary rows as note rows after the units: no rank, named as published, so a re-import
  // recognises them as summary rows again (never a unit, never ranked).
  const noteRows = summaryRows.map((r) => [
    null,
    r.name,
    r.total,
    ...exportTable.header.slice(3).map(() => null),
  ]);
  return {
    title: titleOf(dataset, view, groupYear, t),
    subtitle:
      t('ranking.subtitle', {
        group: group?.name[lang] ?? '',
        year,
        scale: scaleLabel(dataset, lang),
      }) + (truncated ? ` · ${t('ranking.showing', showing)}` : ''),
    summary: summaryOf(groupYear, groupName, lang, t),
    notes,
    exportTable: { ...exportTable, rows: [...exportTable.rows, ...noteRows] },
    chartData,
    breakNote,
    ...columns,
    scaleMax: totalScale(dataset).max,
    references,
  };
}

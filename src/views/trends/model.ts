import { buildMoversData, type MoversData } from '../../charts/data/movers.ts';
import { buildSlopeData, type SlopeData, type SlopeRow } from '../../charts/data/slope.ts';
import { buildTrendData, defaultTrendUnits, type TrendData } from '../../charts/data/trends.ts';
import { seriesColour, seriesDash } from '../../charts/scales.ts';
import type { TrendKeyItem } from '../../charts/views/TrendKey.tsx';
import { compareNames } from '../../domain/collate.ts';
import { totalScale, unitsOf } from '../../domain/dataset.ts';
import type { Dataset, GroupId } from '../../domain/types.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { groupLabel, scaleLabel } from '../labels.ts';
import type { ScreenView } from '../screenProps.ts';
import { slopeNotes, slopeSummary, trendNotes, trendSummary } from './summaries.ts';

/** Most units the URL codec keeps in `units=` (CONTRACTS.md). */
export const MAX_TREND_UNITS = 5;

/** The year a slope compares `year` with when the URL has no `y2`: the previous year with data, else the next. */
export function defaultCompareYear(years: readonly number[], year: number): number {
  const earlier = years.filter((y) => y < year);
  if (earlier.length > 0) return earlier[earlier.length - 1] as number;
  return years.find((y) => y > year) ?? year;
}

/** The slope between two years and its risers/fallers, as text and chart data. */
export interface SlopeModel {
  readonly slope: SlopeData;
  readonly movers: MoversData;
  readonly title: string;
  readonly subtitle: string;
  /** Shared by the slope and the movers frames. */
  readonly summary: string;
  readonly notes: readonly string[];
  /** The table's column headings (the export's header too). */
  readonly header: readonly string[];
  readonly exportTable: ExportTable;
  readonly exportInfo: ExportInfo;
  /** The risers/fallers frame; null when nobody moved or both years are the same. */
  readonly moversFrame: {
    readonly title: string;
    readonly subtitle: string;
    /** The rows of its table: the ordered movers, then those without a comparison. */
    readonly rows: readonly SlopeRow[];
    readonly exportTable: ExportTable;
  } | null;
}

/** Everything the Trends screen shows, as text and chart data (no pixels). */
export interface TrendsModel {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly exportTable: ExportTable;
  readonly exportInfo: ExportInfo;
  /** The lines, each series named (with its side of the 2025 merger when split there). */
  readonly trend: TrendData;
  readonly keyItems: readonly TrendKeyItem[];
  readonly scaleMax: number;
  readonly tableCaption: string;
  /** The chooser's units, in Vietnamese alphabetical order (easier to find among 63 provinces). */
  readonly units: readonly { readonly id: string; readonly name: string }[];
  /** `units=`, or the default units when the URL names none. */
  readonly chosen: readonly string[];
  /** Years with data (the trend's years also hold the empty years of a gap). */
  readonly dataYears: readonly number[];
  /** `y2=`, or the default year to compare with. */
  readonly compareYear: number;
  /** Null with fewer than two years of data (nothing to compare). */
  readonly slope: SlopeModel | null;
}

/** The trend's series named for display: a series split at the province merger of 2025 says which side it is. */
function labelledTrend(trend: TrendData, t: Translate): TrendData {
  const label = (s: TrendData['series'][number]) =>
    s.segment?.lastYear !== undefined
      ? t('trends.segmentUntil', { name: s.name, year: s.segment.lastYear })
      : s.segment?.firstYear !== undefined
        ? t('trends.segmentFrom', { name: s.name, year: s.segment.firstYear })
        : s.name;
  return { ...trend, series: trend.series.map((s) => ({ ...s, name: label(s) })) };
}

function slopeModel(
  dataset: Dataset,
  view: ScreenView,
  t: Translate,
  slope: SlopeData,
  groupName: string,
): SlopeModel {
  const { lang } = view;
  const { fromYear: from, toYear: to } = slope;
  const movers = buildMoversData(slope);
  const header = [
    t('table.unit'),
    t('trends.colFrom', { year: from }),
    t('trends.colTo', { year: to }),
    t('trends.colChange'),
    t('trends.colRankFrom', { year: from }),
    t('trends.colRankTo', { year: to }),
    t('trends.colRankChange'),
  ];
  const exportTable = (rows: readonly SlopeRow[]): ExportTable => ({
    header,
    rows: rows.map((r) => [r.name, r.from, r.to, r.change, r.fromRank, r.toRank, r.rankChange]),
  });
  const moverRows = [...movers.ordered.map((m) => m.row), ...movers.notComparable];
  return {
    slope,
    movers,
    title: t('trends.slopeTitle', {
      index: dataset.indexName,
      from,
      to,
      group: groupName.toLocaleLowerCase(lang),
    }),
    subtitle: t('trends.slopeSubtitle', { from, to }),
    summary: slopeSummary(slope, movers, lang, t),
    notes: slopeNotes(slope, movers, lang, t),
    header,
    exportTable: exportTable(slope.rows),
    exportInfo: { dataset, view: 'trends', groupId: view.group, year: `${from}–${to}` },
    moversFrame:
      movers.ordered.length > 0 && from !== to
        ? {
            title: t('trends.moversTitle', { from, to }),
            subtitle: t('trends.moversSubtitle', { group: groupName }),
            rows: moverRows,
            exportTable: exportTable(moverRows),
          }
        : null,
  };
}

function chooserUnits(dataset: Dataset, groupId: GroupId) {
  return unitsOf(dataset, groupId)
    .map((u) => ({ id: u.id as string, name: u.name }))
    .sort((a, b) => compareNames(a.name, b.name));
}

/**
 * The Trends screen's model: score and rank over the years for up to 5 chosen units (a gap where
 * a unit has no data), a slope between `year` and `y2`, and the risers and fallers between them.
 * Everything it shows is in the URL (`units`, `year`, `y2`).
 */
export function buildTrendsScreen(dataset: Dataset, view: ScreenView, t: Translate): TrendsModel {
  const { group: groupId, year, lang } = view;
  const group = dataset.groups.find((g) => g.id === groupId);
  const groupName = group ? groupLabel(group, lang) : '';
  const chosen =
    view.units.length > 0 ? view.units : defaultTrendUnits(dataset, groupId, year, view.unit);
  const trend = labelledTrend(buildTrendData(dataset, groupId, chosen), t);
  const dataYears = trend.years.filter((y) => !trend.missingYears.includes(y));
  const compareYear = view.y2 ?? defaultCompareYear(dataYears, year);
  const first = trend.years[0] ?? year;
  const last = trend.years[trend.years.length - 1] ?? year;
  const names = trend.series.map((s) => s.name).join(', ');
  return {
    title: t('trends.title', {
      index: dataset.indexName,
      group: groupName.toLocaleLowerCase(lang),
    }),
    subtitle: t('trends.subtitle', {
      group: groupName,
      from: first,
      to: last,
      scale: scaleLabel(dataset, lang),
    }),
    summary: trendSummary(trend, lang, t, MAX_TREND_UNITS),
    notes: trendNotes(dataset, trend, lang, t),
    // Exports: one row per unit and year, as plotted (missing years stay empty, never 0).
    exportTable: {
      header: [t('table.unit'), t('trends.year'), t('trends.score'), t('trends.rank')],
      rows: trend.series.flatMap((s) => s.points.map((p) => [s.name, p.year, p.total, p.rank])),
    },
    exportInfo: { dataset, view: 'trends', groupId, year: `${first}–${last}` },
    trend,
    keyItems: trend.series.map((s, i) => ({
      id: s.key,
      label:
        s.yearsPresent.length === 1
          ? `${s.name} (${t('trends.onlyYear', { year: s.yearsPresent[0] as number })})`
          : s.name,
      colour: seriesColour(i),
      dash: seriesDash(i),
    })),
    scaleMax: totalScale(dataset).max,
    tableCaption: t('trends.tableCaption', { units: names }),
    units: chooserUnits(dataset, groupId),
    chosen,
    dataYears,
    compareYear,
    slope:
      dataYears.length < 2
        ? null
        : slopeModel(
            dataset,
            view,
            t,
            buildSlopeData(dataset, groupId, compareYear, year, chosen),
            groupName,
          ),
  };
}

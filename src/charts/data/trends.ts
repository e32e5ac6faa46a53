import {
  methodChangeBetween,
  observationsOf,
  unitIndex,
  unitsOf,
  yearsOf,
} from '../../domain/dataset.ts';
import { rankObservations } from '../../domain/ranking.ts';
import type { Dataset, GroupId, LocalizedText, UnitId } from '../../domain/types.ts';

/** One unit in one year of a trend. `total`/`rank` are null when the unit has no row (or no value) that year: a gap, never 0. */
export interface TrendPoint {
  readonly year: number;
  readonly total: number | null;
  readonly rank: number | null;
  readonly rankSource: 'published' | 'computed' | 'none';
  /** Units of the group with a total that year ("rank 3 of 8"). */
  readonly groupSize: number;
}

export interface TrendSeries {
  readonly unitId: UnitId;
  readonly name: string;
  /** One point per year of the group, ascending (missing years included as gaps). */
  readonly points: readonly TrendPoint[];
  /** Years with a total. */
  readonly yearsPresent: readonly number[];
}

export interface TrendData {
  /** Every calendar year from the group's first to its last year with data, ascending. */
  readonly years: readonly number[];
  /** Years inside the span without any data (a gap in the series, e.g. PCI 2017–2019). */
  readonly missingYears: readonly number[];
  readonly series: readonly TrendSeries[];
  /** Units ranked each year (with a total); changes of this number make ranks less comparable. */
  readonly groupSizes: readonly { readonly year: number; readonly n: number }[];
  readonly groupSizeChanges: boolean;
  /** Method changes declared by the dataset within the span of `years`. */
  readonly methodChanges: readonly { readonly year: number; readonly note: LocalizedText }[];
  /** True when a chosen unit lacks a total in some year of the span. */
  readonly hasGaps: boolean;
  /** Largest group size over the years (the bottom of the rank axis). */
  readonly maxGroupSize: number;
}

/**
 * Score and rank over the years for the chosen units of one group. Ranks are the published rank
 * when there is one, else computed with the one rank rule (`rankObservations`); a unit with no
 * row in a year gets a null point (a gap in lines, "—" in tables). Unknown ids and ids of other
 * groups are ignored; series keep the order of `unitIds`. An empty choice gives no series.
 */
export function buildTrendData(
  dataset: Dataset,
  groupId: GroupId,
  unitIds: readonly string[],
): TrendData {
  const units = unitIndex(dataset);
  // Calendar years missing inside the span (PCI 2017–2019) are points without data, so no line
  // is drawn across the gap as if the years were consecutive.
  const dataYears = yearsOf(dataset, groupId);
  const years =
    dataYears.length === 0
      ? []
      : Array.from(
          { length: (dataYears[dataYears.length - 1] as number) - (dataYears[0] as number) + 1 },
          (_, i) => (dataYears[0] as number) + i,
        );
  const perYear = years.map((year) => {
    const rows = observationsOf(dataset, groupId, year);
    return {
      year,
      rows: new Map(rows.map((o) => [o.unitId as string, o])),
      ranks: rankObservations(rows),
      n: rows.filter((o) => o.total !== null).length,
    };
  });
  const chosen = unitIds.filter(
    (id, i) => unitIds.indexOf(id) === i && units.get(id as UnitId)?.groupId === groupId,
  );
  const series = chosen.map<TrendSeries>((id) => {
    const unit = units.get(id as UnitId)!;
    const points = perYear.map<TrendPoint>(({ year, rows, ranks, n }) => {
      const o = rows.get(id);
      const rank = ranks.get(id as UnitId);
      return {
        year,
        total: o?.total ?? null,
        rank: rank?.rank ?? null,
        rankSource: rank?.source ?? 'none',
        groupSize: n,
      };
    });
    return {
      unitId: unit.id,
      name: unit.name,
      points,
      yearsPresent: points.filter((p) => p.total !== null).map((p) => p.year),
    };
  });
  const groupSizes = perYear
    .filter(({ year }) => dataYears.includes(year))
    .map(({ year, n }) => ({ year, n }));
  const sizes = new Set(groupSizes.map((g) => g.n));
  const first = years[0];
  const last = years[years.length - 1];
  return {
    years,
    series,
    groupSizes,
    groupSizeChanges: sizes.size > 1,
    methodChanges:
      first === undefined || last === undefined ? [] : methodChangeBetween(dataset, first, last),
    hasGaps: series.some((s) => s.yearsPresent.length < years.length),
    missingYears: years.filter((y) => !dataYears.includes(y)),
    maxGroupSize: Math.max(0, ...groupSizes.map((g) => g.n)),
  };
}

/**
 * The units a trend shows when the URL names none: the selected unit when it belongs to the
 * group, else the top 3 of `year` by rank (fewer when the group is smaller). Pure.
 */
export function defaultTrendUnits(
  dataset: Dataset,
  groupId: GroupId,
  year: number,
  selected: string | null,
): string[] {
  const inGroup = unitsOf(dataset, groupId);
  if (selected !== null && inGroup.some((u) => u.id === selected)) return [selected];
  const rows = observationsOf(dataset, groupId, year);
  const ranks = rankObservations(rows);
  return rows
    .filter((o) => ranks.get(o.unitId)?.rank != null)
    .sort((a, b) => (ranks.get(a.unitId)?.rank ?? 0) - (ranks.get(b.unitId)?.rank ?? 0))
    .slice(0, 3)
    .map((o) => o.unitId as string);
}

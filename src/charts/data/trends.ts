import {
  methodChangeBetween,
  observationsOf,
  unitIndex,
  unitsOf,
  yearsOf,
} from '../../domain/dataset.ts';
import {
  CROSSWALK_2025,
  dcciSpansMerger,
  eraOf,
  provinceNameKey,
  type ProvinceEra,
} from '../../domain/era.ts';
import { rankObservations } from '../../domain/ranking.ts';
import type { Dataset, GroupId, LocalizedText, Observation, UnitId } from '../../domain/types.ts';

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
  /** Unique per series: the unit id, plus the era when a unit's series is split at the merger. */
  readonly key: string;
  readonly unitId: UnitId;
  readonly name: string;
  /**
   * Set when the group's years straddle the province merger of 1 July 2025: the series holds
   * only that side (a merged province is a different unit from its namesake before). `lastYear`
   * is the last year before the merger, `firstYear` the first after.
   */
  readonly segment: {
    readonly era: ProvinceEra;
    readonly lastYear?: number;
    readonly firstYear?: number;
  } | null;
  /** One point per year of the group, ascending (missing years included as gaps). */
  readonly points: readonly TrendPoint[];
  /** Years with a total. */
  readonly yearsPresent: readonly number[];
}

export interface TrendData {
  /** Every calendar year from the group's first to its last year with data, ascending. */
  readonly years: readonly number[];
  /** Departments or districts with data both up to 2024 and from 2025 (`dcciSpansMerger`). */
  readonly unitsReorganised: boolean;
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

/** One year of the group: its rows by unit, their ranks and how many have a total. */
interface YearRows {
  readonly year: number;
  readonly rows: ReadonlyMap<string, Observation>;
  readonly ranks: ReturnType<typeof rankObservations>;
  readonly n: number;
}

/** What the series of one trend share: the group's years, eras and units. */
interface SeriesContext {
  readonly units: ReturnType<typeof unitIndex>;
  readonly perYear: readonly YearRows[];
  readonly eraByYear: ReadonlyMap<number, ProvinceEra | null>;
  readonly lastBefore: number | undefined;
  readonly firstAfter: number | undefined;
}

/** Every calendar year from the first to the last year with data (gaps included). */
function spanOf(dataYears: readonly number[]): number[] {
  const first = dataYears[0];
  const last = dataYears[dataYears.length - 1];
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** One unit's series, restricted to `era` when the group's years straddle the 2025 merger. */
function seriesOf(id: string, era: ProvinceEra | null, c: SeriesContext): TrendSeries {
  const unit = c.units.get(id as UnitId)!;
  const points = c.perYear.map<TrendPoint>(({ year, rows, ranks, n }) => {
    const inEra = era === null || c.eraByYear.get(year) === era;
    const o = inEra ? rows.get(id) : undefined;
    const rank = inEra ? ranks.get(id as UnitId) : undefined;
    return {
      year,
      total: o?.total ?? null,
      rank: rank?.rank ?? null,
      rankSource: rank?.source ?? 'none',
      groupSize: n,
    };
  });
  return {
    key: era === null ? id : `${id}@${era}`,
    unitId: unit.id,
    name: unit.name,
    segment:
      era === null
        ? null
        : era === 'before-2025'
          ? { era, ...(c.lastBefore === undefined ? {} : { lastYear: c.lastBefore }) }
          : { era, ...(c.firstAfter === undefined ? {} : { firstYear: c.firstAfter }) },
    points,
    yearsPresent: points.filter((p) => p.total !== null).map((p) => p.year),
  };
}

/**
 * Across the merger, a province's line stops before it; the merged province of the same name
 * starts after, and its predecessors' lines are shown up to the merger (Thái Nguyên and Bắc Kạn
 * up to 2024; Thái Nguyên from 2025).
 */
function seriesAcrossMerger(
  dataset: Dataset,
  groupId: GroupId,
  chosen: readonly string[],
  c: SeriesContext,
): TrendSeries[] {
  const hasData = (s: TrendSeries) => s.yearsPresent.length > 0;
  return chosen.flatMap((id) => {
    const name = c.units.get(id as UnitId)?.name ?? '';
    const after = seriesOf(id, 'from-2025', c);
    const predecessors = hasData(after)
      ? CROSSWALK_2025.filter(
          (w) =>
            provinceNameKey(w.after) === provinceNameKey(name) &&
            provinceNameKey(w.before) !== provinceNameKey(name),
        ).flatMap((w) => {
          const unit = unitsOf(dataset, groupId).find(
            (u) => provinceNameKey(u.name) === provinceNameKey(w.before),
          );
          return unit && !chosen.includes(unit.id) ? [seriesOf(unit.id, 'before-2025', c)] : [];
        })
      : [];
    return [seriesOf(id, 'before-2025', c), ...predecessors, after].filter(hasData);
  });
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
  const years = spanOf(dataYears);
  const perYear = years.map<YearRows>((year) => {
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
  const eraByYear = new Map(dataYears.map((y) => [y, eraOf(dataset, groupId, y)]));
  const beforeYears = dataYears.filter((y) => eraByYear.get(y) === 'before-2025');
  const afterYears = dataYears.filter((y) => eraByYear.get(y) === 'from-2025');
  const context: SeriesContext = {
    units,
    perYear,
    eraByYear,
    lastBefore: beforeYears[beforeYears.length - 1],
    firstAfter: afterYears[0],
  };
  const series: TrendSeries[] =
    beforeYears.length > 0 && afterYears.length > 0
      ? seriesAcrossMerger(dataset, groupId, chosen, context)
      : chosen.map((id) => seriesOf(id, null, context));
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
    unitsReorganised: dcciSpansMerger(dataset, groupId, dataYears),
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

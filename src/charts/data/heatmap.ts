import type { GroupYear, UnitStanding } from '../../domain/groupYear.ts';
import { sharedRanks } from '../../domain/ranking.ts';
import type { LocalizedText, SubIndexId, UnitId } from '../../domain/types.ts';
import { extent } from '../scales.ts';

export interface HeatmapColumn {
  readonly id: SubIndexId;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
  /** The sub-index named by `sub=` (drawn with a strong outline and named in the summary). */
  readonly highlighted: boolean;
  /** Group mean of the sub-index; null when no unit has a value. */
  readonly mean: number | null;
}

export interface HeatmapCell {
  readonly subIndexId: SubIndexId;
  /** Score on the 10-point scale; null when missing (printed "—", drawn without colour). */
  readonly value: number | null;
  /** Competition rank of the unit on this sub-index within the group-year (ties share the best rank). */
  readonly rank: number | null;
  /** True when another unit has the same rank on this sub-index. */
  readonly tied: boolean;
}

export interface HeatmapRow {
  readonly unitId: UnitId;
  readonly name: string;
  readonly total: number | null;
  readonly rank: number | null;
  readonly cells: readonly HeatmapCell[];
  readonly selected: boolean;
}

export interface HeatmapSort {
  /** 'rank' (default), 'unit', 'total' or a sub-index id. */
  readonly key: string;
  readonly descending: boolean;
}

export interface HeatmapData {
  readonly columns: readonly HeatmapColumn[];
  readonly rows: readonly HeatmapRow[];
  /** Min and max over every sub-index cell (one colour scale for the whole table); null when all are missing. */
  readonly domain: readonly [number, number] | null;
  readonly sort: HeatmapSort;
  /** Units in the group-year. */
  readonly groupSize: number;
  readonly hasMissing: boolean;
  readonly hasTies: boolean;
  /** `sub=` names a sub-index that does not apply to this group-year (it is then ignored). */
  readonly subNotApplicable: boolean;
}

/**
 * The `sort=` URL value as a column and direction ('-' prefix = descending). Unknown columns and
 * null fall back to the total's rank, ascending (best first).
 */
export function parseHeatmapSort(sort: string | null, columns: readonly string[]): HeatmapSort {
  if (!sort) return { key: 'rank', descending: false };
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  if (key === 'rank' || key === 'unit' || key === 'total' || columns.includes(key))
    return { key, descending };
  return { key: 'rank', descending: false };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

function sortValue(s: UnitStanding, key: string): number | string | null {
  if (key === 'rank') return s.rank.rank;
  if (key === 'unit') return s.unit.name;
  if (key === 'total') return s.total;
  return s.observation.subIndices.get(key as SubIndexId) ?? null;
}

/**
 * The units × sub-indices table of one group-year: values, each unit's rank per sub-index (the
 * one rank rule, computed in `buildGroupYear`), group means and one colour domain. Rows are
 * sorted by `sort` (see `parseHeatmapSort`); missing values always go last whatever the
 * direction, ties keep the rank order. Only the sub-indices that apply to the group and year are
 * columns, so groups with different sub-index sets get different columns.
 */
export function buildHeatmapData(
  groupYear: GroupYear,
  options: {
    readonly sort?: string | null;
    readonly sub?: string | null;
    readonly selected?: string | null;
  } = {},
): HeatmapData {
  const subs = groupYear.subIndices;
  const sort = parseHeatmapSort(
    options.sort ?? null,
    subs.map((s) => s.id),
  );
  const columns = subs.map<HeatmapColumn>((s) => ({
    id: s.id,
    name: s.name,
    shortName: s.shortName ?? s.name,
    highlighted: s.id === options.sub,
    mean: groupYear.subIndexSummaries.get(s.id)?.mean ?? null,
  }));
  const tiedBySub = new Map<SubIndexId, Set<number>>(
    subs.map((s) => [
      s.id,
      sharedRanks(groupYear.standings.map((st) => st.subIndexRanks.get(s.id))),
    ]),
  );
  const dir = sort.descending ? -1 : 1;
  const ordered = groupYear.standings
    .map((s, i) => ({ s, i, v: sortValue(s, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const cmp =
        typeof a.v === 'string' && typeof b.v === 'string'
          ? collator.compare(a.v, b.v)
          : (a.v as number) - (b.v as number);
      return cmp !== 0 ? dir * cmp : a.i - b.i;
    })
    .map((x) => x.s);
  const rows = ordered.map<HeatmapRow>((s) => ({
    unitId: s.unit.id,
    name: s.unit.name,
    total: s.total,
    rank: s.rank.rank,
    selected: s.unit.id === options.selected,
    cells: subs.map<HeatmapCell>((si) => {
      const rank = s.subIndexRanks.get(si.id) ?? null;
      return {
        subIndexId: si.id,
        value: s.observation.subIndices.get(si.id) ?? null,
        rank,
        tied: rank !== null && (tiedBySub.get(si.id)?.has(rank) ?? false),
      };
    }),
  }));
  const values = rows
    .flatMap((r) => r.cells.map((c) => c.value))
    .filter((v): v is number => v !== null && Number.isFinite(v));
  return {
    columns,
    rows,
    domain: extent(values),
    sort,
    groupSize: rows.length,
    hasMissing: rows.some((r) => r.cells.some((c) => c.value === null)),
    hasTies: rows.some((r) => r.cells.some((c) => c.tied)),
    subNotApplicable: options.sub != null && !subs.some((s) => s.id === options.sub),
  };
}

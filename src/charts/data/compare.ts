import type { GroupYear } from '../../domain/groupYear.ts';
import type { Dataset, LocalizedText, SubIndexId, UnitId } from '../../domain/types.ts';

/** At most this many units side by side (CONTRACTS.md: `units=` holds 2–5 ids). */
export const MAX_COMPARED = 5;
export const MIN_COMPARED = 2;
const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

/** One compared unit: a letter and a palette slot so it is named by more than its colour. */
export interface ComparedUnit {
  readonly unitId: UnitId;
  readonly name: string;
  /** "A"…"E", printed next to every bar of the unit. */
  readonly letter: string;
  /** Index into theme.categorical. */
  readonly colorIndex: number;
  readonly total: number | null;
  readonly rank: number | null;
  /** False when the unit has no row in the year (its values are all null, never 0). */
  readonly present: boolean;
}

/** One sub-index with each compared unit's value (parallel to `units`; null = missing). */
export interface CompareRow {
  readonly id: SubIndexId;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
  readonly values: readonly (number | null)[];
  readonly groupMean: number | null;
  /** max − min over the present values; null with fewer than two values. */
  readonly spread: number | null;
}

export interface CompareData {
  readonly units: readonly ComparedUnit[];
  readonly rows: readonly CompareRow[];
  /** Units ranked in the group-year (the n of "rank r/n"). */
  readonly rankedCount: number;
  /** The sub-index on which the compared units differ most (largest spread); null when none. */
  readonly widest: CompareRow | null;
  readonly hasMissing: boolean;
}

/**
 * The default comparison: the selected unit (or the first ranked one) and its neighbours in rank
 * — the unit above and the unit below; at the top or the bottom of the ranking, the two nearest.
 * Units without a total are not neighbours. Fewer than two ranked units give what there is.
 */
export function defaultCompareUnits(groupYear: GroupYear, selected: string | null): UnitId[] {
  const ranked = groupYear.standings.filter((s) => s.total !== null);
  if (ranked.length === 0) return [];
  const i = Math.max(
    0,
    ranked.findIndex((s) => s.unit.id === selected),
  );
  const start = Math.max(0, Math.min(i - 1, ranked.length - 3));
  const window = ranked.slice(start, start + 3).map((s) => s.unit.id);
  const chosen =
    selected &&
    !window.includes(selected as UnitId) &&
    groupYear.standings.some((s) => s.unit.id === selected);
  return chosen ? [selected as UnitId, ...window.slice(0, 2)] : window;
}

/**
 * The units to compare: the requested ids that belong to the group (dataset order of the request,
 * duplicates dropped, at most five), or the default when fewer than two remain. A requested unit
 * without a row in the year stays in the comparison, marked absent.
 */
export function resolveCompareUnits(
  dataset: Dataset,
  groupYear: GroupYear,
  requested: readonly string[],
  selected: string | null,
): UnitId[] {
  const inGroup = new Set(
    dataset.units.filter((u) => u.groupId === groupYear.groupId).map((u) => u.id as string),
  );
  const kept = [...new Set(requested)]
    .filter((id) => inGroup.has(id))
    .slice(0, MAX_COMPARED) as UnitId[];
  return kept.length >= MIN_COMPARED ? kept : defaultCompareUnits(groupYear, selected);
}

/**
 * Rows for the grouped bars: one per sub-index of the group-year, each with every compared
 * unit's value, the group mean and the spread between the compared units. Units keep the given
 * order; each gets a letter and a colour slot.
 */
export function buildCompareData(
  dataset: Dataset,
  groupYear: GroupYear,
  unitIds: readonly string[],
): CompareData {
  const names = new Map(dataset.units.map((u) => [u.id as string, u.name]));
  const units = unitIds.slice(0, MAX_COMPARED).map<ComparedUnit>((id, i) => {
    const s = groupYear.standings.find((x) => x.unit.id === id);
    return {
      unitId: id as UnitId,
      name: names.get(id) ?? id,
      letter: LETTERS[i] as string,
      colorIndex: i,
      total: s?.total ?? null,
      rank: s?.rank.rank ?? null,
      present: s !== undefined,
    };
  });
  const rows = groupYear.subIndices.map<CompareRow>((si) => {
    const values = units.map((u) => {
      const v = groupYear.standings
        .find((x) => x.unit.id === u.unitId)
        ?.observation.subIndices.get(si.id);
      return typeof v === 'number' ? v : null;
    });
    const present = values.filter((v): v is number => v !== null);
    return {
      id: si.id,
      name: si.name,
      shortName: si.shortName ?? si.name,
      values,
      groupMean: groupYear.subIndexSummaries.get(si.id)?.mean ?? null,
      spread: present.length >= 2 ? Math.max(...present) - Math.min(...present) : null,
    };
  });
  let widest: CompareRow | null = null;
  for (const r of rows)
    if (r.spread !== null && (widest === null || r.spread > (widest.spread ?? -1))) widest = r;
  return {
    units,
    rows,
    rankedCount: groupYear.standings.filter((s) => s.rank.rank !== null).length,
    widest,
    hasMissing:
      rows.some((r) => r.values.some((v) => v === null)) || units.some((u) => u.total === null),
  };
}

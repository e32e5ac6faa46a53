import {
  methodChangeBetween,
  observationsOf,
  subIndicesFor,
  unitIndex,
  unitsOf,
} from '../../domain/dataset.ts';
import { crossesEra, dcciSpansMerger } from '../../domain/era.ts';
import { rankChange, rankObservations } from '../../domain/ranking.ts';
import { scoreChange } from '../../domain/stats.ts';
import type { Dataset, GroupId, LocalizedText, UnitId } from '../../domain/types.ts';
import { extent } from '../scales.ts';

/** Whether a unit has a total in both years of a slope, or in one only. */
export type Presence = 'both' | 'from-only' | 'to-only';

export interface SlopeRow {
  readonly unitId: UnitId;
  readonly name: string;
  readonly from: number | null;
  readonly to: number | null;
  readonly fromRank: number | null;
  readonly toRank: number | null;
  /** to − from, 2 decimals; null unless present in both years. */
  readonly change: number | null;
  /** Places gained (positive = improved); null unless ranked in both years. */
  readonly rankChange: number | null;
  readonly presence: Presence;
  /** A unit the user chose (drawn in a strong colour, always labelled). */
  readonly highlighted: boolean;
}

export interface SlopeData {
  /** The earlier of the two years. */
  readonly fromYear: number;
  readonly toYear: number;
  /** Units with a total in at least one of the two years, by the later year's rank, then the earlier one's, then name. */
  readonly rows: readonly SlopeRow[];
  readonly fromSize: number;
  readonly toSize: number;
  /** The number of ranked units differs between the two years: ranks are not on the same footing. */
  readonly sizeChanged: boolean;
  /** The sub-index set differs between the two years (a different method). */
  readonly subIndexSetChanged: boolean;
  readonly methodChanges: readonly { readonly year: number; readonly note: LocalizedText }[];
  /**
   * The two years lie on different sides of the province merger of 1 July 2025: a province of
   * the later year is a different unit from its namesake before, so no change is computed.
   */
  readonly eraChanged: boolean;
  /** Departments or districts compared across 1 July 2025 (`dcciSpansMerger`). */
  readonly unitsReorganised: boolean;
  /** Min and max total over both years; null when no unit has a total. */
  readonly domain: readonly [number, number] | null;
}

const collator = new Intl.Collator('vi');

/**
 * A slope between two years of one group (given in either order; equal years give a flat slope).
 * Every unit with a total in at least one of the years is a row; a unit present in only one year
 * keeps a null on the other side (drawn as a lone point, never as 0). Ranks: published when the
 * source has them, else computed with the one rank rule.
 */
export function buildSlopeData(
  dataset: Dataset,
  groupId: GroupId,
  yearA: number,
  yearB: number,
  highlighted: readonly string[] = [],
): SlopeData {
  const fromYear = Math.min(yearA, yearB);
  const toYear = Math.max(yearA, yearB);
  const fromRows = observationsOf(dataset, groupId, fromYear);
  const toRows = observationsOf(dataset, groupId, toYear);
  const fromBy = new Map(fromRows.map((o) => [o.unitId, o]));
  const toBy = new Map(toRows.map((o) => [o.unitId, o]));
  const fromRanks = rankObservations(fromRows);
  const toRanks = rankObservations(toRows);
  const units = unitIndex(dataset);
  const chosen = new Set(highlighted);
  const eraChanged = crossesEra(dataset, groupId, fromYear, toYear);

  const rows: SlopeRow[] = [];
  for (const unit of unitsOf(dataset, groupId)) {
    const from = fromBy.get(unit.id)?.total ?? null;
    const to = toBy.get(unit.id)?.total ?? null;
    if (from === null && to === null) continue;
    const fromRank = from === null ? null : (fromRanks.get(unit.id)?.rank ?? null);
    const toRank = to === null ? null : (toRanks.get(unit.id)?.rank ?? null);
    rows.push({
      unitId: unit.id,
      name: units.get(unit.id)?.name ?? unit.name,
      from,
      to,
      fromRank,
      toRank,
      change: eraChanged ? null : scoreChange(from, to),
      rankChange: eraChanged ? null : rankChange(fromRank, toRank),
      presence: from !== null && to !== null ? 'both' : from !== null ? 'from-only' : 'to-only',
      highlighted: chosen.has(unit.id),
    });
  }
  rows.sort(
    (a, b) =>
      (a.toRank ?? Infinity) - (b.toRank ?? Infinity) ||
      (a.fromRank ?? Infinity) - (b.fromRank ?? Infinity) ||
      collator.compare(a.name, b.name),
  );
  const fromSize = fromRows.filter((o) => o.total !== null).length;
  const toSize = toRows.filter((o) => o.total !== null).length;
  const subsFrom = subIndicesFor(dataset, groupId, fromYear)
    .map((s) => s.id)
    .sort()
    .join('|');
  const subsTo = subIndicesFor(dataset, groupId, toYear)
    .map((s) => s.id)
    .sort()
    .join('|');
  const values = rows.flatMap((r) => [r.from, r.to]).filter((v): v is number => v !== null);
  return {
    fromYear,
    toYear,
    rows,
    fromSize,
    toSize,
    sizeChanged: fromSize !== toSize,
    subIndexSetChanged: subsFrom !== subsTo,
    methodChanges: methodChangeBetween(dataset, fromYear, toYear),
    eraChanged,
    unitsReorganised: dcciSpansMerger(dataset, groupId, [fromYear, toYear]),
    domain: extent(values),
  };
}

/**
 * The statistics of group-years already computed, per dataset object (an edited dataset is a new
 * object) — by the stats worker during this visit, or at build time for the bundled datasets
 * (their data chunk carries them: the default view's rank intervals, ties and move flags are in
 * its first render instead of a second one when the worker answers). Pure apart from the cache.
 */
import type { Dataset, GroupId, UnitId } from '../domain/types.ts';
import type {
  GroupYearStats,
  MoveFlag,
  RankInterval,
  TiedGroup,
  UncertaintyMethod,
} from '../domain/uncertainty.ts';

const cache = new WeakMap<Dataset, Map<string, GroupYearStats>>();

/** `districts|2019|se`: a group-year and whether its intervals come from the respondents. */
export const statsKey = (groupId: GroupId | string, year: number, boot: boolean): string =>
  `${groupId}|${year}|${boot ? 'boot' : 'se'}`;

export function cachedStats(dataset: Dataset, key: string): GroupYearStats | undefined {
  return cache.get(dataset)?.get(key);
}

export function cacheStats(dataset: Dataset, key: string, stats: GroupYearStats): void {
  let perDataset = cache.get(dataset);
  if (!perDataset) cache.set(dataset, (perDataset = new Map()));
  perDataset.set(key, stats);
}

/** GroupYearStats as JSON (its maps as entry lists), as the build ships them. */
export interface StatsJson {
  readonly method: UncertaintyMethod | null;
  readonly resamples: number;
  readonly intervals: readonly (readonly [string, RankInterval])[];
  readonly groups: readonly TiedGroup[];
  readonly moves: readonly (readonly [string, MoveFlag])[];
}

export const statsToJson = (s: GroupYearStats): StatsJson => ({
  method: s.method,
  resamples: s.resamples,
  intervals: [...s.intervals],
  groups: s.groups,
  moves: [...s.moves],
});

export const statsFromJson = (j: StatsJson): GroupYearStats => ({
  method: j.method,
  resamples: j.resamples,
  intervals: new Map(j.intervals.map(([id, v]) => [id as UnitId, v])),
  groups: j.groups,
  moves: new Map(j.moves.map(([id, v]) => [id as UnitId, v])),
  fellBack: false,
});

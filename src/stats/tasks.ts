import {
  flagMoves,
  rankIntervalsBootstrap,
  rankIntervalsParametric,
  tiedGroups,
  type RespondentSample,
  type ScoredUnit,
  type GroupYearStats,
} from '../domain/uncertainty.ts';

export type { GroupYearStats } from '../domain/uncertainty.ts';

/**
 * The statistics the views ask for, as plain structured-cloneable messages, and the one pure
 * function that answers them (run in the stats worker, or inline where no worker exists).
 */
export type StatsTask =
  | {
      readonly kind: 'group-year';
      /** This year's units (score + standard error). */
      readonly current: readonly ScoredUnit[];
      /** The previous year's units, for move flags; null when there is no previous year. */
      readonly previous: readonly ScoredUnit[] | null;
      /** Respondent samples of this year's units: the intervals then come from the bootstrap. */
      readonly samples?: readonly RespondentSample[];
      readonly resamples?: number;
      readonly seed?: number;
    }
  | {
      readonly kind: 'bootstrap';
      readonly samples: readonly RespondentSample[];
      readonly resamples?: number;
      readonly seed?: number;
    };

const options = (t: { resamples?: number; seed?: number }) => ({
  ...(t.resamples === undefined ? {} : { resamples: t.resamples }),
  ...(t.seed === undefined ? {} : { seed: t.seed }),
});

/** Answers one task. Pure and synchronous; callers decide where it runs. */
export function runStatsTask(task: StatsTask): GroupYearStats {
  if (task.kind === 'bootstrap') {
    const r = rankIntervalsBootstrap(task.samples, options(task));
    return {
      method: 'bootstrap',
      resamples: r.resamples,
      intervals: r.intervals,
      groups: [],
      moves: new Map(),
    };
  }
  const withSe = task.current.some((u) => u.score !== null && u.se !== null);
  const samples = task.samples ?? [];
  if (!withSe && samples.length === 0)
    return { method: null, resamples: 0, intervals: new Map(), groups: [], moves: new Map() };
  const intervals =
    samples.length > 0
      ? rankIntervalsBootstrap(samples, options(task))
      : rankIntervalsParametric(task.current, options(task));
  return {
    method: intervals.method,
    resamples: intervals.resamples,
    intervals: intervals.intervals,
    groups: tiedGroups(task.current),
    moves: task.previous ? flagMoves(task.previous, task.current, options(task)) : new Map(),
  };
}

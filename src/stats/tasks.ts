import { rankScores } from '../domain/ranking.ts';
import { weightStability, type StabilityResult } from '../domain/weights.ts';
import {
  respondentSamples,
  type AnswerScale,
  type IndicatorMapping,
  type Normalisation,
  type ResponseTable,
} from '../domain/responses.ts';
import type { GroupId, Observation, SubIndexDef, SubIndexId, UnitId } from '../domain/types.ts';
import {
  flagMoves,
  rankIntervalsBootstrap,
  rankIntervalsParametric,
  tiedGroups,
  type GroupYearStats,
  type RespondentSample,
  type ScoredUnit,
  estimateTotal,
  usableSe,
} from '../domain/uncertainty.ts';

export type { GroupYearStats } from '../domain/uncertainty.ts';

/**
 * The respondents to bootstrap from, as the page's one loader gave them
 * (state/respondentSource.ts: the bundled response file or an imported file's respondents).
 */
export interface ResponsesSource {
  readonly table: ResponseTable;
  readonly mapping: IndicatorMapping;
  readonly scale: AnswerScale;
  /** How the dataset's scores were normalised: the resamples are scored the same way. */
  readonly normalisation: Normalisation;
  readonly groupId: string;
  readonly year: number;
  /** The dataset's sub-index weights, as [id, weight] pairs. */
  readonly weights: readonly (readonly [string, number])[];
}

/**
 * The statistics the views ask for, as plain structured-cloneable messages, and the one function
 * that answers them (run in the stats worker, or inline where no worker exists).
 */
export type StatsTask =
  | {
      readonly kind: 'group-year';
      /** This year's units (score + standard error). */
      readonly current: readonly ScoredUnit[];
      /** The previous year's units, for move flags; null when there is no previous year. */
      readonly previous: readonly ScoredUnit[] | null;
      /** Respondent-level data: the intervals then come from the bootstrap over respondents. */
      readonly responses?: ResponsesSource;
      readonly resamples?: number;
      readonly seed?: number;
    }
  | {
      readonly kind: 'bootstrap';
      readonly samples: readonly RespondentSample[];
      readonly resamples?: number;
      readonly seed?: number;
    }
  | StabilityTask;

/** Rank stability of a group-year under random weightings around `weights` (weights view). */
export interface StabilityTask {
  readonly kind: 'stability';
  readonly observations: readonly Observation[];
  readonly subIndices: readonly SubIndexDef[];
  readonly weights: readonly (readonly [string, number])[];
}

/** What each task answers. */
export type StatsResult<T extends StatsTask> = T extends StabilityTask
  ? StabilityResult
  : GroupYearStats;

const options = (t: { resamples?: number; seed?: number }) => ({
  ...(t.resamples === undefined ? {} : { resamples: t.resamples }),
  ...(t.seed === undefined ? {} : { seed: t.seed }),
});

/** The respondent samples of a group-year; null when there are none. */
function samplesFrom(source: ResponsesSource): RespondentSample[] | null {
  try {
    const { table, mapping, scale, normalisation } = source;
    const weights = new Map(source.weights.map(([id, w]) => [id as SubIndexId, w]));
    const samples = respondentSamples(table, mapping, source.year, source.groupId as GroupId, {
      weights,
      scale,
      normalisation,
    });
    return samples.length > 0 ? samples : null;
  } catch {
    return null;
  }
}

function sameUnits(samples: readonly RespondentSample[], current: readonly ScoredUnit[]): boolean {
  const shown = new Set(current.filter((u) => u.score !== null).map((u) => u.unitId as string));
  const sampled = new Set(samples.map((s) => s.unitId as string));
  return shown.size === sampled.size && [...shown].every((id) => sampled.has(id));
}

/** Answers one task. Callers decide where it runs; never rejects for bad data. */
export async function runStatsTask<T extends StatsTask>(task: T): Promise<StatsResult<T>> {
  return (await answer(task)) as StatsResult<T>;
}

async function answer(task: StatsTask): Promise<GroupYearStats | StabilityResult> {
  if (task.kind === 'stability') {
    const weights = new Map(task.weights.map(([id, w]) => [id as SubIndexId, w]));
    return weightStability(task.observations, task.subIndices, weights);
  }
  if (task.kind === 'bootstrap') {
    const r = rankIntervalsBootstrap(task.samples, options(task));
    return {
      method: 'bootstrap',
      resamples: r.resamples,
      intervals: r.intervals,
      groups: [],
      moves: new Map(),
      fellBack: false,
    };
  }
  // Units the bootstrap can estimate (it leaves out the others, so they must not be counted).
  const loaded = task.responses
    ? (samplesFrom(task.responses)?.filter((s) => s.n > 0 && estimateTotal(s) !== null) ?? null)
    : null;
  // The bootstrap must rank exactly the units shown; otherwise its ranks are on another scale.
  const samples = loaded && sameUnits(loaded, task.current) ? loaded : null;
  const fellBack = task.responses !== undefined && samples === null;
  const withSe = task.current.some((u) => u.score !== null && usableSe(u.se));
  if (!withSe && samples === null)
    return {
      method: null,
      resamples: 0,
      intervals: new Map(),
      groups: [],
      moves: new Map(),
      fellBack,
    };
  let intervals;
  if (samples !== null) {
    // Point ranks are the ranks shown (published, rounded totals), so ties stay ties.
    const computed = rankScores(task.current.map((u) => u.score));
    const pointRanks = new Map<UnitId, number>();
    task.current.forEach((u, i) => {
      const r = u.rank ?? computed[i];
      if (r !== null && r !== undefined) pointRanks.set(u.unitId, r);
    });
    intervals = rankIntervalsBootstrap(samples, { ...options(task), pointRanks });
  } else intervals = rankIntervalsParametric(task.current, options(task));
  return {
    method: intervals.method,
    resamples: intervals.resamples,
    intervals: intervals.intervals,
    groups: tiedGroups(task.current),
    moves: task.previous ? flagMoves(task.previous, task.current, options(task)) : new Map(),
    fellBack,
  };
}

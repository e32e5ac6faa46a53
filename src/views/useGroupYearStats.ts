import { useEffect, useState } from 'react';
import { scoredGroupYear } from '../domain/groupStats.ts';
import type { Dataset, GroupId } from '../domain/types.ts';
import { loadRespondentSource, type RespondentSource } from '../state/respondentSource.ts';
import { cachedStats, cacheStats, statsKey } from '../stats/statsCache.ts';
import type { GroupYearStats, ResponsesSource } from '../stats/tasks.ts';
import { useHasRespondents } from './scorecard/indicatorSource.ts';

export type StatsState =
  | { readonly status: 'pending' }
  | { readonly status: 'ready'; readonly stats: GroupYearStats }
  /** Neither the worker nor the inline run could compute them (says so; retried next time). */
  | { readonly status: 'failed' };

/**
 * Rank intervals, statistically tied groups and move flags of a group-year, computed in the
 * stats worker (loaded on first use, so the first paint does not wait for it).
 */
export function useGroupYearStats(
  dataset: Dataset,
  groupId: GroupId,
  year: number,
  /** `boot`: bootstrap over the respondents when the dataset has them (bundled or imported). */
  method: 'se' | 'boot' = 'se',
  /** False: nothing is computed and the state stays `pending` (a screen that shows no statistics). */
  enabled = true,
): StatsState {
  const boot = useHasRespondents(dataset) && method === 'boot';
  const key = statsKey(groupId, year, boot);
  // Switching back and forth never resamples twice; the bundled datasets come with theirs.
  const cached = cachedStats(dataset, key);
  const [result, setResult] = useState<{
    dataset: Dataset;
    key: string;
    state: StatsState;
  } | null>(null);
  useEffect(() => {
    if (!enabled || cachedStats(dataset, key)) return;
    let live = true;
    const { current, previous } = scoredGroupYear(dataset, groupId, year);
    const toTask = (source: RespondentSource): ResponsesSource => ({
      table: source.table,
      mapping: source.mapping,
      scale: source.scale,
      normalisation: source.normalisation,
      groupId,
      year,
      weights: dataset.subIndices.flatMap((s) =>
        s.weight === undefined ? [] : [[s.id, s.weight] as const],
      ),
    });
    // Respondents that cannot be loaded: standard errors, said as a fallback (not cached).
    const responses: Promise<ResponsesSource | 'unavailable' | undefined> = boot
      ? loadRespondentSource(dataset).then(
          (s) => (s === null ? 'unavailable' : toTask(s)),
          () => 'unavailable' as const,
        )
      : Promise.resolve(undefined);
    const settle = (state: StatsState) => {
      if (live) setResult({ dataset, key, state });
    };
    void Promise.all([import('../stats/client.ts'), responses])
      .then(async ([{ runStats }, r]) => {
        const stats = await runStats({
          kind: 'group-year',
          current,
          previous,
          ...(r !== undefined && r !== 'unavailable' ? { responses: r } : {}),
        });
        return stats && r === 'unavailable' ? { ...stats, fellBack: true } : stats;
      })
      .then((stats) => {
        if (stats === null) return settle({ status: 'failed' });
        // Failures and fallbacks are not cached, so a later visit tries again.
        if (!stats.fellBack) cacheStats(dataset, key, stats);
        settle({ status: 'ready', stats });
      })
      .catch(() => settle({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [dataset, groupId, year, key, boot, enabled]);
  if (!enabled) return { status: 'pending' };
  if (cached) return { status: 'ready', stats: cached };
  if (result && result.dataset === dataset && result.key === key) return result.state;
  return { status: 'pending' };
}

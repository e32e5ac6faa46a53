import { useEffect, useState } from 'react';
import { scoredGroupYear } from '../domain/groupStats.ts';
import type { Dataset, GroupId } from '../domain/types.ts';
import { catalogueEntry } from '../state/catalogue.ts';
import type { GroupYearStats, ResponsesSource } from '../stats/tasks.ts';

export type StatsState =
  | { readonly status: 'pending' }
  | { readonly status: 'ready'; readonly stats: GroupYearStats }
  /** Neither the worker nor the inline run could compute them (says so; retried next time). */
  | { readonly status: 'failed' };

// Results per dataset object (an edited dataset is a new object) and group-year: switching
// back and forth never resamples twice. Failures and fallbacks are not cached, so a later
// visit tries again.
const cache = new WeakMap<Dataset, Map<string, GroupYearStats>>();

/**
 * Rank intervals, statistically tied groups and move flags of a group-year, computed in the
 * stats worker (loaded on first use, so the first paint does not wait for it).
 */
export function useGroupYearStats(
  dataset: Dataset,
  groupId: GroupId,
  year: number,
  /** `boot`: bootstrap over the respondents when the dataset ships its response file. */
  method: 'se' | 'boot' = 'se',
): StatsState {
  const responsesUrl = method === 'boot' ? responsesUrlOf(dataset) : null;
  const key = `${groupId}|${year}|${responsesUrl ? 'boot' : 'se'}`;
  const cached = cache.get(dataset)?.get(key);
  const [result, setResult] = useState<{
    dataset: Dataset;
    key: string;
    state: StatsState;
  } | null>(null);
  useEffect(() => {
    if (cache.get(dataset)?.has(key)) return;
    let live = true;
    const { current, previous } = scoredGroupYear(dataset, groupId, year);
    const responses: ResponsesSource | undefined = responsesUrl
      ? {
          url: responsesUrl,
          groupId,
          year,
          groups: dataset.groups.map((g) => ({ id: g.id, names: [g.name.vi, g.name.en] })),
          weights: dataset.subIndices.flatMap((s) =>
            s.weight === undefined ? [] : [[s.id, s.weight] as const],
          ),
        }
      : undefined;
    const settle = (state: StatsState) => {
      if (live) setResult({ dataset, key, state });
    };
    void import('../stats/client.ts')
      .then(({ runStats }) =>
        runStats({ kind: 'group-year', current, previous, ...(responses ? { responses } : {}) }),
      )
      .then((stats) => {
        if (stats === null) return settle({ status: 'failed' });
        if (!stats.fellBack) {
          let perDataset = cache.get(dataset);
          if (!perDataset) cache.set(dataset, (perDataset = new Map()));
          perDataset.set(key, stats);
        }
        settle({ status: 'ready', stats });
      })
      .catch(() => settle({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [dataset, groupId, year, key, responsesUrl]);
  if (cached) return { status: 'ready', stats: cached };
  if (result && result.dataset === dataset && result.key === key) return result.state;
  return { status: 'pending' };
}

/**
 * The response-level file of a bundled dataset, when it ships one. Only the bundled dataset
 * itself qualifies: an imported or extended copy has another id and its own numbers.
 */
export function responsesUrlOf(dataset: Dataset): string | null {
  return catalogueEntry(dataset.id)?.responsesUrl ?? null;
}

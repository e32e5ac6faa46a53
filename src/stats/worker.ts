/// <reference lib="webworker" />
/**
 * The stats worker: resampling (rank intervals, move flags) runs here so a thousand resamples
 * never block the page. One message in, one message out, tagged with the request id.
 */
import type { StabilityResult } from '../domain/weights.ts';
import { runStatsTask, type GroupYearStats, type StatsTask } from './tasks.ts';

export interface StatsRequest {
  readonly id: number;
  readonly task: StatsTask;
}

export type StatsResponse =
  | { readonly id: number; readonly ok: true; readonly result: GroupYearStats | StabilityResult }
  | { readonly id: number; readonly ok: false; readonly error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<StatsRequest>) => {
  const { id, task } = event.data;
  runStatsTask(task).then(
    (result) => scope.postMessage({ id, ok: true, result } satisfies StatsResponse),
    (err: unknown) =>
      scope.postMessage({
        id,
        ok: false,
        error: err instanceof Error ? err.message : String(err),
      } satisfies StatsResponse),
  );
};

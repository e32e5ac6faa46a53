/**
 * Page side of the stats worker: one long-lived module worker, requests matched by id. Where
 * no worker can run (tests in jsdom, a worker that failed to start or crashed) the same pure
 * function runs inline, so a view always gets its statistics.
 */
import { runStatsTask, type GroupYearStats, type StatsTask } from './tasks.ts';
import type { StatsRequest, StatsResponse } from './worker.ts';

/** What a view gets when even the inline computation failed: no statistics, said as such. */
const EMPTY: GroupYearStats = {
  method: null,
  resamples: 0,
  intervals: new Map(),
  groups: [],
  moves: new Map(),
};

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const pending = new Map<number, { resolve: (r: GroupYearStats) => void; task: StatsTask }>();

function failAll(): void {
  broken = true;
  worker?.terminate();
  worker = null;
  for (const [id, p] of pending) {
    pending.delete(id);
    void runStatsTask(p.task).then(p.resolve, () => p.resolve(EMPTY));
  }
}

function getWorker(): Worker | null {
  if (broken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<StatsResponse>) => {
    const p = pending.get(event.data.id);
    if (!p) return;
    pending.delete(event.data.id);
    if (event.data.ok) p.resolve(event.data.result);
    else void runStatsTask(p.task).then(p.resolve, () => p.resolve(EMPTY));
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    failAll();
  };
  return worker;
}

/** Runs a statistics task off the main thread when possible. Never rejects. */
export function runStats(task: StatsTask): Promise<GroupYearStats> {
  const w = getWorker();
  if (!w) return runStatsTask(task).catch(() => EMPTY);
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve, task });
    try {
      w.postMessage({ id, task } satisfies StatsRequest);
    } catch {
      pending.delete(id);
      void runStatsTask(task).then(resolve, () => resolve(EMPTY));
    }
  });
}

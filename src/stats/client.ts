/**
 * Page side of the stats worker: one long-lived module worker, requests matched by id. Where
 * no worker can run (tests in jsdom, a worker that failed to start or crashed) the same
 * function runs inline, so a view always gets its statistics.
 */
import { runStatsTask, type StatsResult, type StatsTask } from './tasks.ts';
import type { StatsRequest, StatsResponse } from './worker.ts';

interface Pending {
  readonly task: StatsTask;
  readonly resolve: (r: unknown) => void;
}

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Inline answer; null when even that failed (the view then says there are no statistics). */
function inline<T extends StatsTask>(task: T): Promise<StatsResult<T> | null> {
  return runStatsTask(task).catch(() => null);
}

function failAll(): void {
  broken = true;
  worker?.terminate();
  worker = null;
  for (const [id, p] of pending) {
    pending.delete(id);
    void inline(p.task).then(p.resolve);
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
    else void inline(p.task).then(p.resolve);
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    failAll();
  };
  // A reply that cannot be read would leave its request waiting forever.
  worker.onmessageerror = () => failAll();
  return worker;
}

/** Runs a statistics task off the main thread when possible. Never rejects. */
export function runStats<T extends StatsTask>(task: T): Promise<StatsResult<T> | null> {
  const w = getWorker();
  if (!w) return inline(task);
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { task, resolve: resolve as (r: unknown) => void });
    try {
      w.postMessage({ id, task } satisfies StatsRequest);
    } catch {
      pending.delete(id);
      void inline(task).then(resolve);
    }
  });
}

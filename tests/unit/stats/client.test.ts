import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnitId } from '../../../src/domain/types.ts';
import type { StatsTask } from '../../../src/stats/tasks.ts';

const task: StatsTask = {
  kind: 'group-year',
  current: [
    { unitId: 'a' as UnitId, score: 80, se: 1 },
    { unitId: 'b' as UnitId, score: 60, se: 1 },
  ],
  previous: null,
};

type Mode = 'answers' | 'refuses' | 'crashes' | 'cannot start';

/** A stand-in for the module worker: answers, refuses (ok: false), crashes or cannot start. */
function fakeWorker(mode: Mode) {
  const created: unknown[] = [];
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { preventDefault: () => void }) => void) | null = null;
    constructor() {
      if (mode === 'cannot start') throw new Error('no workers here');
      created.push(this);
    }
    postMessage(message: { id: number }) {
      setTimeout(() => {
        if (mode === 'crashes') this.onerror?.({ preventDefault: () => undefined });
        else if (mode === 'refuses')
          this.onmessage?.({ data: { id: message.id, ok: false, error: 'boom' } });
        else
          this.onmessage?.({
            data: {
              id: message.id,
              ok: true,
              result: {
                method: 'parametric',
                resamples: 7,
                intervals: new Map(),
                groups: [],
                moves: new Map(),
                fellBack: false,
              },
            },
          });
      }, 0);
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return created;
}

async function freshClient() {
  vi.resetModules();
  return import('../../../src/stats/client.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the stats client', () => {
  it('returns what the worker answers', async () => {
    const created = fakeWorker('answers');
    const { runStats } = await freshClient();
    const r = await runStats(task);
    expect(r?.resamples).toBe(7);
    expect(created).toHaveLength(1);
    await runStats(task);
    expect(created).toHaveLength(1); // one long-lived worker
  });

  it.each<Mode>(['refuses', 'crashes', 'cannot start'])(
    'computes inline when the worker %s',
    async (mode) => {
      fakeWorker(mode);
      const { runStats } = await freshClient();
      const r = await runStats(task);
      expect(r?.method).toBe('parametric');
      expect(r?.resamples).toBe(1000);
      expect(r?.intervals.get('a' as UnitId)).toEqual({ rank: 1, low: 1, high: 1 });
    },
  );

  it('computes inline where there is no Worker at all (jsdom, old browsers)', async () => {
    vi.stubGlobal('Worker', undefined);
    const { runStats } = await freshClient();
    expect((await runStats(task))?.intervals.size).toBe(2);
  });
});

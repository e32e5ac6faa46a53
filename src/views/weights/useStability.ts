import { useEffect, useState } from 'react';
import type { Observation, SubIndexDef } from '../../domain/types.ts';
import type { StabilityResult, WeightVector } from '../../domain/weights.ts';

interface Run {
  readonly observations: readonly Observation[];
  readonly weights: WeightVector;
  readonly result: StabilityResult | null;
  readonly failed: boolean;
}

/**
 * The rank stability under random weightings, computed in the stats worker. While the weights
 * change the last result stays on screen (a drag never blanks the chart); for another group or
 * year there is none until the new one arrives. A failed run keeps that last result, says so
 * (`failed`) and is retried on the next change.
 */
export function useStability(
  observations: readonly Observation[],
  subIndices: readonly SubIndexDef[],
  weights: WeightVector,
): {
  readonly result: StabilityResult | null;
  readonly updating: boolean;
  readonly failed: boolean;
} {
  const [run, setRun] = useState<Run | null>(null);
  useEffect(() => {
    let live = true;
    const settle = (result: StabilityResult | null) => {
      if (!live) return;
      setRun((old) => ({
        observations,
        weights,
        failed: result === null,
        result: result ?? (old?.observations === observations ? old.result : null),
      }));
    };
    void import('../../stats/client.ts')
      .then(({ runStats }) =>
        runStats({ kind: 'stability', observations, subIndices, weights: [...weights] }),
      )
      .then(settle, () => settle(null));
    return () => {
      live = false;
    };
  }, [observations, subIndices, weights]);
  const current = run?.observations === observations ? run : null;
  const done = current !== null && current.weights === weights;
  return { result: current?.result ?? null, updating: !done, failed: done && current.failed };
}

import { useEffect, useState } from 'react';
import type { Observation, SubIndexDef } from '../../domain/types.ts';
import type { StabilityResult, WeightVector } from '../../domain/weights.ts';

/**
 * The rank stability under random weightings, computed in the stats worker. While the weights
 * change the last result stays on screen (a drag never blanks the chart); for another group or
 * year there is none until the new one arrives.
 */
export function useStability(
  observations: readonly Observation[],
  subIndices: readonly SubIndexDef[],
  weights: WeightVector,
): {
  readonly result: StabilityResult | null;
  readonly updating: boolean;
  /** True when the latest run could not be computed (said on screen; retried on the next change). */
  readonly failed: boolean;
} {
  const [state, setState] = useState<{
    observations: readonly Observation[];
    weights: WeightVector;
    result: StabilityResult | null;
  } | null>(null);
  const [failed, setFailed] = useState<{
    observations: readonly Observation[];
    weights: WeightVector;
  } | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../stats/client.ts')
      .then(({ runStats }) =>
        runStats({ kind: 'stability', observations, subIndices, weights: [...weights] }),
      )
      .then(
        (result) => {
          // A failure keeps the last good result of this group-year, if any, and says so.
          if (live)
            setState((old) =>
              result
                ? { observations, weights, result }
                : {
                    observations,
                    weights,
                    result: old?.observations === observations ? old.result : null,
                  },
            );
          if (live && !result) setFailed({ observations, weights });
        },
        () => {
          if (live) setFailed({ observations, weights });
        },
      );
    return () => {
      live = false;
    };
  }, [observations, subIndices, weights]);
  const hasFailed =
    failed !== null && failed.observations === observations && failed.weights === weights;
  if (!state || state.observations !== observations)
    return { result: null, updating: !hasFailed, failed: hasFailed };
  return {
    result: state.result,
    updating: !hasFailed && state.weights !== weights,
    failed: hasFailed,
  };
}

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
): { readonly result: StabilityResult | null; readonly updating: boolean } {
  const [state, setState] = useState<{
    observations: readonly Observation[];
    weights: WeightVector;
    result: StabilityResult;
  } | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../stats/client.ts')
      .then(({ runStats }) =>
        runStats({ kind: 'stability', observations, subIndices, weights: [...weights] }),
      )
      .then((result) => {
        if (live && result) setState({ observations, weights, result });
      })
      .catch(() => {
        // A failed chunk load leaves the stability view pending; the what-if still works.
      });
    return () => {
      live = false;
    };
  }, [observations, subIndices, weights]);
  if (!state || state.observations !== observations) return { result: null, updating: true };
  return { result: state.result, updating: state.weights !== weights };
}

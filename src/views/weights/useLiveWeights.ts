import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SubIndexDef, SubIndexId } from '../../domain/types.ts';
import {
  encodeWeights,
  parseWeights,
  presetWeights,
  type WeightPreset,
  type WeightVector,
} from '../../domain/weights.ts';
import type { ScreenProps } from '../screenProps.ts';

/** Slider moves are written to the URL this long after the last one, so history is not flooded. */
const COMMIT_DELAY_MS = 400;

/** The weights shown and the ways to change them. */
export interface LiveWeights {
  readonly weights: WeightVector;
  /** A slider moved: shown at once, written to the URL after a pause. */
  readonly onChange: (id: SubIndexId, value: number) => void;
  /** A preset chosen: shown and written to the URL at once. */
  readonly onPreset: (preset: WeightPreset) => void;
  /** Writes a pending slider move to the URL now (the slider was released). */
  readonly commit: () => void;
}

/**
 * The weights of the what-if: those of `w=` in the URL, or the local ones while the user drags.
 * Local weights belong to the URL state they started from, so a back/forward or another
 * group-year drops them in favour of the URL's weights.
 */
export function useLiveWeights(
  { dataset, view, onSelect }: Pick<ScreenProps, 'dataset' | 'view' | 'onSelect'>,
  subIndices: readonly SubIndexDef[],
): LiveWeights {
  // Memoised: the stability run follows the identity of the weights.
  const parsed = useMemo(() => parseWeights(view.w, subIndices), [view.w, subIndices]);
  const sourceKey = `${dataset.id}|${view.group}|${view.year}|${view.w ?? ''}`;
  const [local, setLocal] = useState<{ key: string; weights: WeightVector } | null>(null);
  const weights = local !== null && local.key === sourceKey ? local.weights : parsed.weights;

  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; w: string | null } | null>(null);
  const latestW = useRef(view.w);
  useEffect(() => {
    latestW.current = view.w;
  }, [view.w]);
  const commit = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    if (p.w !== latestW.current) onSelect({ w: p.w });
  }, [onSelect]);
  // When the URL's weights change (our commit, back/forward, another group-year) the local
  // weights and any pending write belong to the old state: drop them, so a later return to that
  // state shows the URL's weights, not stale ones.
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      setLocal(null);
    },
    [sourceKey],
  );
  const apply = (next: WeightVector, immediately: boolean) => {
    setLocal({ key: sourceKey, weights: next });
    if (pending.current) clearTimeout(pending.current.timer);
    const w = encodeWeights(next, subIndices);
    pending.current = { timer: setTimeout(commit, COMMIT_DELAY_MS), w };
    if (immediately) commit();
  };
  return {
    weights,
    onChange: (id, value) => apply(new Map(weights).set(id, value), false),
    onPreset: (p) => apply(presetWeights(p, subIndices), true),
    commit,
  };
}

import { useEffect, useState } from 'react';
import type { StatsState } from '../useGroupYearStats.ts';

/** How long the scorecard waits for its statistics before showing without them. */
const HOLD_MS = 1500;

/**
 * True while the screen, on opening, waits (at most HOLD_MS) for its statistics: the move flags,
 * rank interval and their notes lengthen the sentence and the figures, which would push
 * everything below down once they arrive (layout shift). Later changes show at once.
 */
export function useStatsHold(statsState: StatsState): boolean {
  const settled = statsState.status !== 'pending';
  const [holding, setHolding] = useState(!settled);
  if (holding && settled) setHolding(false); // once: the hold ends for good
  useEffect(() => {
    if (!holding || settled) return;
    const timer = setTimeout(() => setHolding(false), HOLD_MS);
    return () => clearTimeout(timer);
  }, [holding, settled]);
  return holding && !settled;
}

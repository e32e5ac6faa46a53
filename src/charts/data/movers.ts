import { compareNames } from '../../domain/collate.ts';
import type { SlopeData, SlopeRow } from './slope.ts';

export type MoverDirection = 'rise' | 'fall' | 'same';

export interface MoverRow {
  readonly row: SlopeRow;
  /** Score change (2 decimals). */
  readonly change: number;
  readonly rankChange: number | null;
  readonly direction: MoverDirection;
}

export interface MoversData {
  readonly fromYear: number;
  readonly toYear: number;
  /** Units present in both years, by score change from the largest rise to the largest fall (ties by later rank, then name). */
  readonly ordered: readonly MoverRow[];
  readonly risers: number;
  readonly fallers: number;
  readonly unchanged: number;
  /** Units with a total in one year only: no change can be computed. */
  readonly notComparable: readonly SlopeRow[];
  /** Largest absolute change (the half-width of the bar axis); 0 when nothing moved. */
  readonly maxAbsChange: number;
}

/**
 * Risers and fallers between the two years of a slope, sorted by score change (largest rise
 * first). A change of exactly 0.00 is "same". Units present in only one year are listed apart,
 * never given a change of 0.
 */
export function buildMoversData(slope: SlopeData): MoversData {
  const ordered = slope.rows
    .filter((r): r is SlopeRow & { change: number } => r.change !== null)
    .map<MoverRow>((r) => ({
      row: r,
      change: r.change,
      rankChange: r.rankChange,
      direction: r.change > 0 ? 'rise' : r.change < 0 ? 'fall' : 'same',
    }))
    .sort(
      (a, b) =>
        b.change - a.change ||
        (a.row.toRank ?? Infinity) - (b.row.toRank ?? Infinity) ||
        compareNames(a.row.name, b.row.name),
    );
  return {
    fromYear: slope.fromYear,
    toYear: slope.toYear,
    ordered,
    risers: ordered.filter((m) => m.direction === 'rise').length,
    fallers: ordered.filter((m) => m.direction === 'fall').length,
    unchanged: ordered.filter((m) => m.direction === 'same').length,
    notComparable: slope.rows.filter((r) => r.presence !== 'both'),
    maxAbsChange: Math.max(0, ...ordered.map((m) => Math.abs(m.change))),
  };
}

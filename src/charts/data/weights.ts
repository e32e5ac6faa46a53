import { compareNames } from '../../domain/collate.ts';
import type { UnitId } from '../../domain/types.ts';
import type { ReweightResult, StabilityResult } from '../../domain/weights.ts';

export type MoveDirection = 'up' | 'down' | 'same';

export interface WeightBar {
  readonly unitId: UnitId;
  readonly name: string;
  /** What-if rank and total. */
  readonly rank: number;
  readonly total: number;
  /** Rank with the dataset's weights (recomputed); null when the unit had no total then. */
  readonly baselineRank: number | null;
  readonly baselineTotal: number | null;
  /** Places gained against the dataset weights (positive = up). */
  readonly moved: number | null;
  readonly direction: MoveDirection | null;
  readonly selected: boolean;
}

export interface WeightMovesData {
  /** Ranked units by what-if rank (ties by name). */
  readonly bars: readonly WeightBar[];
  /** Units without a what-if total (no weighted sub-index present). */
  readonly unranked: readonly { readonly unitId: UnitId; readonly name: string }[];
  readonly up: number;
  readonly down: number;
  readonly same: number;
  /** Largest |moved| (0 when nothing moved). */
  readonly maxMove: number;
}

export function moveDirection(moved: number | null): MoveDirection | null {
  return moved === null ? null : moved > 0 ? 'up' : moved < 0 ? 'down' : 'same';
}

/** The what-if ranking as bars: recomputed totals, with places moved against the dataset weights. */
export function buildWeightMovesData(
  result: ReweightResult,
  names: ReadonlyMap<UnitId, string>,
  selected: string | null,
): WeightMovesData {
  const bars: WeightBar[] = [];
  const unranked: { unitId: UnitId; name: string }[] = [];
  for (const r of result.rows) {
    const name = names.get(r.unitId) ?? r.unitId;
    if (r.rank === null || r.total === null) {
      unranked.push({ unitId: r.unitId, name });
      continue;
    }
    bars.push({
      unitId: r.unitId,
      name,
      rank: r.rank,
      total: r.total,
      baselineRank: r.baselineRank,
      baselineTotal: r.baselineTotal,
      moved: r.moved,
      direction: moveDirection(r.moved),
      selected: r.unitId === selected,
    });
  }
  bars.sort((a, b) => a.rank - b.rank || compareNames(a.name, b.name));
  return {
    bars,
    unranked,
    up: bars.filter((b) => b.direction === 'up').length,
    down: bars.filter((b) => b.direction === 'down').length,
    same: bars.filter((b) => b.direction === 'same').length,
    maxMove: Math.max(0, ...bars.map((b) => Math.abs(b.moved ?? 0))),
  };
}

export type Band = 0 | 1 | 2;

export interface StabilityBar {
  readonly unitId: UnitId;
  readonly name: string;
  readonly rank: number;
  readonly band: Band;
  /** Share (0–1) of random weightings that keep the unit in its band. */
  readonly stayShare: number;
  readonly rankLow: number;
  readonly rankHigh: number;
  readonly selected: boolean;
}

export interface StabilityData {
  readonly rows: readonly StabilityBar[];
  readonly ranked: number;
  readonly draws: number;
  readonly spread: number;
  /** Units that stay in their band in at least 90 % of the draws. */
  readonly stable: number;
}

/** Stability rows by rank under the chosen weights (unranked units left out). */
export function buildStabilityData(
  result: StabilityResult,
  names: ReadonlyMap<UnitId, string>,
  selected: string | null,
): StabilityData {
  const rows: StabilityBar[] = [];
  for (const r of result.rows) {
    if (
      r.rank === null ||
      r.band === null ||
      r.stayShare === null ||
      r.rankLow === null ||
      r.rankHigh === null
    )
      continue;
    rows.push({
      unitId: r.unitId,
      name: names.get(r.unitId) ?? r.unitId,
      rank: r.rank,
      band: r.band,
      stayShare: r.stayShare,
      rankLow: r.rankLow,
      rankHigh: r.rankHigh,
      selected: r.unitId === selected,
    });
  }
  rows.sort((a, b) => a.rank - b.rank || compareNames(a.name, b.name));
  return {
    rows,
    ranked: result.ranked,
    draws: result.draws,
    spread: result.spread,
    stable: rows.filter((r) => r.stayShare >= 0.9).length,
  };
}

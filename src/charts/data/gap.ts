import type { GapBreakdown } from '../../domain/gap.ts';
import type { LocalizedText, SubIndexId } from '../../domain/types.ts';

/** One bar of the gap chart: how much of the gap to the leader a sub-index accounts for. */
export interface GapBar {
  readonly id: SubIndexId;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
  /**
   * Weighted: points of the total (contribution). Unweighted: leader − unit on the 10-point scale.
   * Positive = the leader does better on this sub-index. Null when a value is missing.
   */
  readonly value: number | null;
  readonly unitValue: number | null;
  readonly leaderValue: number | null;
}

export interface GapChartData {
  readonly weighted: boolean;
  /** Bars sorted by value, largest first (where the unit loses most), missing last. */
  readonly bars: readonly GapBar[];
  readonly totalGap: number | null;
  readonly contributionSum: number | null;
  readonly residual: number | null;
  readonly addsUp: boolean | null;
  readonly unitLeads: boolean;
  readonly referenceName: string;
  /** Largest absolute bar value (for a symmetric axis); 0 when no bar has a value. */
  readonly maxAbs: number;
}

/**
 * Chart rows for the gap to the leader, from `gapToLeader`. Weighted breakdowns show each
 * sub-index's contribution in points of the total; unweighted ones the raw differences (and the
 * view must label them "không trọng số / unweighted"). Missing values stay null and sort last.
 */
export function buildGapData(gap: GapBreakdown): GapChartData {
  const bars = gap.parts.map<GapBar>((p) => ({
    id: p.subIndex.id,
    name: p.subIndex.name,
    shortName: p.subIndex.shortName ?? p.subIndex.name,
    value: gap.weighted ? p.contribution : p.difference,
    unitValue: gap.unitLeads ? p.leaderValue : p.value,
    leaderValue: gap.unitLeads ? p.value : p.leaderValue,
  }));
  bars.sort(
    (a, b) =>
      (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0),
  );
  const values = bars.map((b) => b.value).filter((v): v is number => v !== null);
  return {
    weighted: gap.weighted,
    bars,
    totalGap: gap.totalGap,
    contributionSum: gap.contributionSum,
    residual: gap.residual,
    addsUp: gap.addsUp,
    unitLeads: gap.unitLeads,
    referenceName: gap.reference.unit.name,
    maxAbs: values.length === 0 ? 0 : Math.max(...values.map(Math.abs)),
  };
}

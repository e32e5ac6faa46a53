import type { GroupYear, UnitStanding } from './groupYear.ts';
import type { SubIndexDef } from './types.ts';

/** One sub-index's share of the gap between the leading unit and the other unit. */
export interface GapPart {
  readonly subIndex: SubIndexDef;
  /** The other unit's value (10-point scale); null when missing. */
  readonly value: number | null;
  /** The leading unit's value; null when missing. */
  readonly leaderValue: number | null;
  /**
   * leaderValue − value on the 10-point scale (sign reversed for lower-is-better sub-indices,
   * so positive always means "the leader does better here"); null when either is missing.
   */
  readonly difference: number | null;
  /** weight / Σ weights of the group-year's sub-indices; null when the breakdown is unweighted. */
  readonly weightShare: number | null;
  /**
   * Points of the total (out of 100) this sub-index accounts for: 10 × weightShare × difference.
   * Null when unweighted or when either value is missing.
   */
  readonly contribution: number | null;
}

export interface GapBreakdown {
  /** The unit the view is about. */
  readonly unit: UnitStanding;
  /**
   * The unit it is compared with: the group leader, or — when the unit itself ranks first — the
   * best other unit (then the "gap" is the unit's lead, and `unitLeads` is true).
   */
  readonly reference: UnitStanding;
  readonly unitLeads: boolean;
  /** Points between the two totals, leading − other (≥ 0); null when a total is missing. */
  readonly totalGap: number | null;
  /** True when every sub-index of the group-year has a known weight (then contributions are given). */
  readonly weighted: boolean;
  /** In the group-year's sub-index order. */
  readonly parts: readonly GapPart[];
  /** Σ contributions over the parts that have one; null when unweighted or none has one. */
  readonly contributionSum: number | null;
  /** totalGap − contributionSum; null when either is null. */
  readonly residual: number | null;
  /**
   * True when the contributions add up to the total gap within rounding (|residual| ≤ tolerance):
   * the published totals follow the weighted mean × 10 of these weights. False means they do not
   * (other weights that year, missing values, adjustments) and the view must say so. Null when unweighted.
   */
  readonly addsUp: boolean | null;
}

/**
 * Default tolerance for `addsUp`: published totals and sub-indices carry 2 decimals, so the two
 * units' rounding can leave up to about 0.05 + 0.05 points.
 */
export const GAP_TOLERANCE = 0.1;

/**
 * The gap between a unit and the leader of its group-year, broken down by sub-index.
 *
 * Weighted when every sub-index of the group-year declares a weight (the total is then taken to
 * be 10 × the weighted mean, data/README.md): each part's contribution is
 * 10 × wᵢ / Σw × (leaderᵢ − unitᵢ), and the contributions should sum to the total gap — whether
 * they do is reported (`addsUp`, `residual`), never assumed. Otherwise the parts carry only the
 * unweighted differences on the 10-point scale and no sum is claimed.
 *
 * The leader is the first ranked unit (ties: the first in standing order). A unit that ranks first
 * is compared with the best other unit. Returns null when the unit is not in the group-year, has
 * no total, or is the only unit with a total.
 */
export function gapToLeader(
  groupYear: GroupYear,
  unitId: string,
  tolerance = GAP_TOLERANCE,
): GapBreakdown | null {
  const ranked = groupYear.standings.filter((s) => s.total !== null);
  const unit = ranked.find((s) => s.unit.id === unitId);
  if (!unit || ranked.length < 2) return null;
  const leader = ranked[0] as UnitStanding;
  const unitLeads = leader.unit.id === unit.unit.id || unit.total === leader.total;
  const reference = unitLeads
    ? (ranked.find((s) => s.unit.id !== unit.unit.id) as UnitStanding)
    : leader;
  const top = unitLeads ? unit : reference;
  const other = unitLeads ? reference : unit;

  const weighted =
    groupYear.subIndices.length > 0 &&
    groupYear.subIndices.every((s) => typeof s.weight === 'number' && s.weight > 0);
  const weightSum = weighted
    ? groupYear.subIndices.reduce((sum, s) => sum + (s.weight as number), 0)
    : 0;

  const parts = groupYear.subIndices.map<GapPart>((s) => {
    const a = top.observation.subIndices.get(s.id);
    const b = other.observation.subIndices.get(s.id);
    const leaderValue = typeof a === 'number' ? a : null;
    const value = typeof b === 'number' ? b : null;
    const sign = s.direction === 'lower-is-better' ? -1 : 1;
    const difference = leaderValue !== null && value !== null ? sign * (leaderValue - value) : null;
    const weightShare = weighted ? (s.weight as number) / weightSum : null;
    // Contribution to the total uses the raw difference: the total is a weighted mean of the raw values.
    const contribution =
      weightShare !== null && leaderValue !== null && value !== null
        ? 10 * weightShare * (leaderValue - value)
        : null;
    return { subIndex: s, value, leaderValue, difference, weightShare, contribution };
  });

  const totalGap = (top.total as number) - (other.total as number);
  const withContribution = parts.filter((p) => p.contribution !== null);
  const contributionSum =
    weighted && withContribution.length > 0
      ? withContribution.reduce((sum, p) => sum + (p.contribution as number), 0)
      : null;
  const residual = contributionSum === null ? null : totalGap - contributionSum;
  const complete = withContribution.length === parts.length;
  return {
    unit,
    reference,
    unitLeads,
    totalGap,
    weighted,
    parts,
    contributionSum,
    residual,
    addsUp: residual === null ? null : complete && Math.abs(residual) <= tolerance,
  };
}

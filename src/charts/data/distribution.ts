import { observationsOf, previousYear, totalScale } from '../../domain/dataset.ts';
import { buildGroupYear } from '../../domain/groupYear.ts';
import type { Summary } from '../../domain/stats.ts';
import type { Dataset, GroupId, LocalizedText, UnitId } from '../../domain/types.ts';
import { extent } from '../scales.ts';
import { comparabilityNotes, type ComparabilityNote } from './caption.ts';

/** One unit's dot on its group's strip. */
export interface DistributionPoint {
  readonly unitId: UnitId;
  readonly name: string;
  readonly total: number;
  readonly rank: number | null;
  /** Respondents behind the total (null when the data has no counts). */
  readonly respondents: number | null;
  readonly standardError: number | null;
  readonly selected: boolean;
  /** Row of the dot above the axis (0 = on the axis) so near-equal and tied totals stay visible. */
  readonly stack: number;
}

export interface DistributionGroup {
  readonly groupId: GroupId;
  readonly name: LocalizedText;
  /** Units with a total, best first. */
  readonly points: readonly DistributionPoint[];
  /** Units with a row this year but no total (not drawn, counted in the notes). */
  readonly missing: number;
  /** n, mean, median, best, worst, spread (best − worst) over the totals. */
  readonly summary: Summary;
  readonly bestNames: readonly string[];
  readonly worstNames: readonly string[];
  /** Comparability with the group's previous year (group size, method). */
  readonly notes: readonly ComparabilityNote[];
  readonly previousYear: number | null;
  readonly hasSelected: boolean;
}

export interface DistributionData {
  readonly year: number;
  /** Every group of the dataset in its order; a group without data this year has n = 0. */
  readonly groups: readonly DistributionGroup[];
  /** Shared x domain of all strips (multiples of 5 around the totals); [0, 100] without data. */
  readonly domain: readonly [number, number];
  readonly maxStack: number;
}

/** Most stack rows a strip draws: thousands of near-equal totals overlap instead of growing the chart. */
export const MAX_STACK_ROWS = 12;

/**
 * Stack rows for dots closer than `minGap` points: sorted by total, each dot takes the lowest row
 * whose previous dot is at least `minGap` away; when all `maxRows` rows are taken it goes to the
 * row whose last dot is furthest left (the dots overlap there). Deterministic; ties keep the
 * given order. Time and height are bounded by `maxRows`, whatever the totals.
 */
export function stackRows(
  totals: readonly number[],
  minGap: number,
  maxRows = MAX_STACK_ROWS,
): number[] {
  const cap = Math.max(1, Math.floor(maxRows));
  const order = totals.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const lastInRow: number[] = [];
  const rows = totals.map(() => 0);
  for (const { v, i } of order) {
    let row = lastInRow.findIndex((last) => v - last >= minGap);
    if (row === -1 && lastInRow.length < cap) row = lastInRow.length;
    if (row === -1) {
      row = 0;
      for (let r = 1; r < lastInRow.length; r++)
        if ((lastInRow[r] as number) < (lastInRow[row] as number)) row = r;
    }
    lastInRow[row] = v;
    rows[i] = row;
  }
  return rows;
}

/**
 * Per group, the strip of totals in `year` with the median and the spread (best − worst) — the
 * figures results conferences quote ("8 huyện cách nhau 7,71 điểm") — the selected unit marked,
 * and comparability notes against the group's previous year. Missing totals are counted, never
 * drawn as 0. Dots closer than 1/60 of the shared domain are stacked.
 */
export function buildDistributionData(
  dataset: Dataset,
  year: number,
  selected: string | null,
): DistributionData {
  const range = extent(dataset.observations.map((o) => (o.year === year ? o.total : null)));
  // Steps of a twentieth of the scale: 5 points out of 100, 0.5 out of 10.
  const scaleMax = totalScale(dataset).max;
  const unit = scaleMax / 20;
  const lo = range ? Math.floor(range[0] / unit) * unit : 0;
  const hi = range ? Math.min(scaleMax, Math.ceil(range[1] / unit) * unit) : scaleMax;
  const domain: [number, number] = [lo, hi <= lo ? lo + unit : hi];
  const minGap = (domain[1] - domain[0]) / 60;

  const groups = dataset.groups.map<DistributionGroup>((g) => {
    const gy = buildGroupYear(dataset, g.id, year);
    const ranked = gy.standings.filter((s) => s.total !== null);
    const stacks = stackRows(
      ranked.map((s) => s.total as number),
      minGap,
    );
    const points = ranked.map<DistributionPoint>((s, i) => ({
      unitId: s.unit.id,
      name: s.unit.name,
      total: s.total as number,
      rank: s.rank.rank,
      respondents: s.observation.respondents,
      standardError: s.observation.standardError,
      selected: s.unit.id === selected,
      stack: stacks[i] ?? 0,
    }));
    const { best, worst } = gy.totals;
    const prev =
      observationsOf(dataset, g.id, year).length > 0 ? previousYear(dataset, g.id, year) : null;
    return {
      groupId: g.id,
      name: g.name,
      points,
      missing: gy.standings.length - ranked.length,
      summary: gy.totals,
      bestNames: points.filter((p) => p.total === best).map((p) => p.name),
      worstNames: points.filter((p) => p.total === worst).map((p) => p.name),
      notes: comparabilityNotes(dataset, g.id, prev, year),
      previousYear: prev,
      hasSelected: points.some((p) => p.selected),
    };
  });
  return {
    year,
    groups,
    domain,
    maxStack: groups.reduce((m, g) => g.points.reduce((n, p) => Math.max(n, p.stack), m), 0),
  };
}

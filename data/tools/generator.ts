/**
 * The seeded generator of the ILLUSTRATIVE Bắc Kạn DCCI 2018–2020 dataset (method: data/README.md).
 *
 * 1. Plan a target total for every unit-year from latent unit effects, drawn again until the
 *    public 2020 facts (DATA.md) hold; the 2020 spreads are then set exactly by an affine rescale.
 * 2. Simulate respondents and their 1–5 answers around a per-unit-year level, and calibrate
 *    that level by bisection so the aggregated total lands close to the target.
 * 3. Hill-climb: nudge single answers of randomly chosen respondents by ±1 until the aggregated
 *    total equals the target exactly.
 *
 * Scores are always recomputed from the answers by aggregate.ts, so the published totals follow
 * the documented formula by construction. Pure and deterministic: same seed → same output.
 */
import {
  ABSENT_UNIT_YEARS,
  FIRST_YEAR_NOTES,
  GROUPS,
  INDICATOR_IDS,
  MISSING_SUB_INDICES,
  SUB_INDICES,
  UNITS,
  YEARS,
  subIndicesOf,
  tierOf,
} from './bacKanDefinition.ts';
import type { BacKanGroupId, GroupDef, SubIndexDefinition, UnitDef } from './bacKanDefinition.ts';
import { hashSeed, mulberry32, normal } from './prng.ts';
import type { Random } from './prng.ts';
import { planTargets } from './planTargets.ts';
import { competitionRanks } from './ranks.ts';
import { respondentPart, standardError100, subIndexScore100, total100 } from './aggregate.ts';

export const DEFAULT_SEED = 20200106;

export interface Respondent {
  /** Questionnaire id (`Mã phiếu`), unique within the file. */
  readonly id: string;
  /** Answers aligned with INDICATOR_IDS: 1–5, null when skipped or not applicable. */
  readonly answers: readonly (number | null)[];
}

export interface Cell {
  readonly year: number;
  readonly group: BacKanGroupId;
  readonly unit: string;
  readonly respondents: readonly Respondent[];
}

export interface DcciRow {
  readonly year: number;
  readonly group: BacKanGroupId;
  readonly unit: string;
  /** Hundredths (7123 = 71.23). */
  readonly total100: number | null;
  /** Competition rank within year and group (1, 2, 2, 4). */
  readonly rank: number | null;
  readonly tier: string;
  /** Sub-index scores in hundredths by sub-index id; only the group's sub-indices; null = missing. */
  readonly scores: ReadonlyMap<string, number | null>;
  readonly respondents: number;
  readonly se100: number | null;
  readonly note: string;
}

/** Column range of each sub-index in INDICATOR_IDS. */
const RANGES = new Map<string, { start: number; count: number }>();
{
  let start = 0;
  for (const s of SUB_INDICES) {
    RANGES.set(s.id, { start, count: s.indicators });
    start += s.indicators;
  }
}

function rangeOf(id: string): { start: number; count: number } {
  const r = RANGES.get(id);
  if (r === undefined) throw new Error(`unknown sub-index ${id}`);
  return r;
}

/** Province-wide tendencies on the answer scale (digital transformation low but improving). */
const SUB_TREND = new Map<string, (year: number) => number>([
  ['digital-transformation', (y) => -0.45 + 0.2 * (y - 2018)],
  ['land-access', () => -0.2],
  ['time-costs', () => -0.1],
  ['informal-costs', () => 0.1],
  ['leadership', () => 0.15],
]);

/**
 * Aggregates one unit-year's answers into its scores (see aggregate.ts): sub-index scores,
 * total from the rounded scores with weights renormalised over present sub-indices, standard error.
 */
export function aggregateCell(cell: Cell): {
  scores: Map<string, number | null>;
  total100: number | null;
  se100: number | null;
} {
  const subs = subIndicesOf(cell.group);
  const scores = new Map<string, number | null>();
  const present: SubIndexDefinition[] = [];
  for (const s of subs) {
    const { start, count } = rangeOf(s.id);
    const acc = { t: 0, n: 0 };
    for (const r of cell.respondents) {
      const part = respondentPart(r.answers.slice(start, start + count));
      if (part !== null) {
        acc.t += part;
        acc.n += 1;
      }
    }
    const score = subIndexScore100(acc);
    scores.set(s.id, score);
    if (score !== null) present.push(s);
  }
  const total = total100(
    subs.map((s) => ({ score100: scores.get(s.id) ?? null, weight: s.weight })),
  );
  const parts = cell.respondents.map((r) =>
    present.map((s) => {
      const { start, count } = rangeOf(s.id);
      return respondentPart(r.answers.slice(start, start + count)) ?? 0;
    }),
  );
  const se = standardError100(
    parts,
    present.map((s) => s.weight),
  );
  return { scores, total100: total, se100: se };
}

/** Aggregates all cells into dataset rows (ranks within year and group). */
export function aggregateCells(cells: readonly Cell[]): DcciRow[] {
  const rows = cells.map((cell) => ({ cell, ...aggregateCell(cell) }));
  return rows.map(({ cell, scores, total100: total, se100 }) => {
    const peers = rows.filter((r) => r.cell.year === cell.year && r.cell.group === cell.group);
    const ranks = competitionRanks(peers.map((p) => p.total100));
    const rank = ranks[peers.findIndex((p) => p.cell === cell)] ?? null;
    const notes = [
      ...MISSING_SUB_INDICES.filter(
        (m) => m.year === cell.year && m.group === cell.group && m.unit === cell.unit,
      ).map((m) => m.note),
      ...FIRST_YEAR_NOTES.filter(
        (m) => m.year === cell.year && m.group === cell.group && m.unit === cell.unit,
      ).map((m) => m.note),
    ];
    return {
      year: cell.year,
      group: cell.group,
      unit: cell.unit,
      total100: total,
      rank,
      tier: total === null ? '' : tierOf(total),
      scores,
      respondents: cell.respondents.length,
      se100,
      note: notes.join('; '),
    };
  });
}

/** Unit-years that are surveyed, in output order: year, group, unit (definition order). */
export function surveyedCells(): { year: number; group: GroupDef; unit: UnitDef; index: number }[] {
  const out: { year: number; group: GroupDef; unit: UnitDef; index: number }[] = [];
  for (const year of YEARS) {
    for (const group of GROUPS) {
      UNITS.filter((u) => u.group === group.id).forEach((unit, index) => {
        const absent = ABSENT_UNIT_YEARS.some(
          (a) => a.year === year && a.group === group.id && a.unit === unit.name,
        );
        if (!absent) out.push({ year, group, unit, index });
      });
    }
  }
  return out;
}

interface Draws {
  readonly leniency: number[];
  readonly noise: number[][];
  readonly skipped: boolean[][];
  readonly offsets: Map<string, number>;
}

function drawCell(
  random: Random,
  unitRandom: Random,
  n: number,
  subs: readonly SubIndexDefinition[],
  year: number,
): Draws {
  // Unit strengths/weaknesses persist over years (unitRandom is seeded by the unit only).
  const offsets = new Map<string, number>();
  for (const s of subs) {
    const trend = SUB_TREND.get(s.id)?.(year) ?? 0;
    offsets.set(s.id, 0.3 * normal(unitRandom) + 0.12 * normal(random) + trend);
  }
  const leniency: number[] = [];
  const noise: number[][] = [];
  const skipped: boolean[][] = [];
  for (let r = 0; r < n; r += 1) {
    leniency.push(0.4 * normal(random));
    noise.push(INDICATOR_IDS.map(() => 0.85 * normal(random)));
    skipped.push(INDICATOR_IDS.map(() => random() < 0.03));
  }
  return { leniency, noise, skipped, offsets };
}

function simulate(
  draws: Draws,
  level: number,
  subs: readonly SubIndexDefinition[],
  missing: ReadonlySet<string>,
): (number | null)[][] {
  return draws.leniency.map((len, r) => {
    const answers: (number | null)[] = INDICATOR_IDS.map(() => null);
    for (const s of subs) {
      if (missing.has(s.id)) continue;
      const { start, count } = rangeOf(s.id);
      // A respondent answers at least the first indicator of every surveyed sub-index.
      for (let j = 0; j < count; j += 1) {
        if (j > 0 && draws.skipped[r]?.[start + j] === true) continue;
        const latent =
          level + (draws.offsets.get(s.id) ?? 0) + len + (draws.noise[r]?.[start + j] ?? 0);
        answers[start + j] = Math.min(5, Math.max(1, Math.round(latent)));
      }
    }
    return answers;
  });
}

/**
 * Moves answers by ±1 until the cell's total equals the target (hundredths). Half of the moves
 * nudge one answer towards the target; the other half raise one answer and lower another, which
 * reaches totals that single moves would overshoot (small cells move a score by several
 * hundredths per answer). A move is kept when it does not take the total further from the target.
 */
function hillClimb(cell: Cell, answers: (number | null)[][], target: number, random: Random): void {
  const totalOf = (): number =>
    aggregateCell({ ...cell, respondents: wrap(cell, answers) }).total100 ?? 0;
  const pick = (): { row: (number | null)[]; j: number; a: number } | null => {
    const row = answers[Math.floor(random() * answers.length)];
    if (row === undefined) return null;
    const j = Math.floor(random() * row.length);
    const a = row[j];
    return a === null || a === undefined ? null : { row, j, a };
  };
  let current = totalOf();
  for (let step = 0; step < 200000 && current !== target; step += 1) {
    const pair = random() < 0.5;
    const first = pick();
    const second = pair ? pick() : null;
    if (first === null || (pair && (second === null || second.row === first.row))) continue;
    const up = pair ? 1 : current < target ? 1 : -1;
    if (first.a + up < 1 || first.a + up > 5) continue;
    if (second !== null && second.a - 1 < 1) continue;
    first.row[first.j] = first.a + up;
    if (second !== null) second.row[second.j] = second.a - 1;
    const next = totalOf();
    if (Math.abs(next - target) <= Math.abs(current - target)) {
      current = next;
    } else {
      first.row[first.j] = first.a;
      if (second !== null) second.row[second.j] = second.a;
    }
  }
  if (current !== target) {
    throw new Error(`hill-climb did not reach ${target} for ${cell.year} ${cell.unit}`);
  }
}

function wrap(cell: Cell, answers: readonly (readonly (number | null)[])[]): Respondent[] {
  return answers.map((a, i) => ({ id: cell.respondents[i]?.id ?? '', answers: a }));
}

/** Generates every surveyed unit-year's respondents; `aggregateCells` turns them into rows. */
export function generateCells(seed: number = DEFAULT_SEED): Cell[] {
  const targets = planTargets(seed);
  return surveyedCells().map(({ year, group, unit, index }) => {
    const key = `${year}|${group.id}|${unit.name}`;
    const random = mulberry32(hashSeed(seed, key));
    const unitRandom = mulberry32(hashSeed(seed, `unit|${group.id}|${unit.name}`));
    const size = unitRandom();
    const [min, max] = group.respondents;
    const n = Math.min(
      max,
      Math.max(min, Math.round(min + (max - min) * (size + 0.08 * normal(random)))),
    );
    const subs = subIndicesOf(group.id);
    const missing = new Set(
      MISSING_SUB_INDICES.filter(
        (m) => m.year === year && m.group === group.id && m.unit === unit.name,
      ).map((m) => m.subIndex),
    );
    const draws = drawCell(random, unitRandom, n, subs, year);
    const ids = Array.from(
      { length: n },
      (_, i) =>
        `${year}-${group.code}${String(index + 1).padStart(2, '0')}-${String(i + 1).padStart(3, '0')}`,
    );
    const target = targets.get(key);
    if (target === undefined) throw new Error(`no target for ${key}`);
    const shell: Cell = {
      year,
      group: group.id,
      unit: unit.name,
      respondents: ids.map((id) => ({ id, answers: [] })),
    };
    const totalAt = (level: number): number =>
      aggregateCell({ ...shell, respondents: wrap(shell, simulate(draws, level, subs, missing)) })
        .total100 ?? 0;
    // Bisection on the unit-year level (answer scale): the total is non-decreasing in it.
    let lo = -2;
    let hi = 8;
    for (let i = 0; i < 40; i += 1) {
      const mid = (lo + hi) / 2;
      if (totalAt(mid) < target) lo = mid;
      else hi = mid;
    }
    const level = Math.abs(totalAt(lo) - target) <= Math.abs(totalAt(hi) - target) ? lo : hi;
    const answers = simulate(draws, level, subs, missing);
    hillClimb(shell, answers, target, random);
    return { ...shell, respondents: wrap(shell, answers) };
  });
}

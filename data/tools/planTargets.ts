/**
 * Step 1 of the illustrative generator: target totals (hundredths) for every surveyed unit-year,
 * drawn from latent unit effects and redrawn until the public facts of DATA.md hold:
 * 2020 districts span exactly 7.71, none kept its 2019 rank (5 rose, 3 fell; Bạch Thông and
 * Na Rì moved at least 3 places, "large moves"); 2020 departments span exactly 18.90, exactly 3
 * kept their 2019 rank, Sở Công Thương is 4th. One deliberate tie: two districts share a 2018
 * total. Every other group-year has distinct totals.
 */
import { ABSENT_UNIT_YEARS, GROUPS, UNITS, YEARS } from './bacKanDefinition.ts';
import type { BacKanGroupId } from './bacKanDefinition.ts';
import { hashSeed, mulberry32, normal } from './prng.ts';
import type { Random } from './prng.ts';
import { competitionRanks } from './ranks.ts';

interface GroupModel {
  readonly mean: number;
  readonly unitSd: number;
  readonly yearSd: number;
  /** Exact 2020 span (max − min) in hundredths, when a public fact fixes it. */
  readonly span2020?: number;
}

const MODELS: Readonly<Record<BacKanGroupId, GroupModel>> = {
  departments: { mean: 66, unitSd: 4.5, yearSd: 2.2, span2020: 1890 },
  'central-agencies': { mean: 70, unitSd: 3.5, yearSd: 1.5 },
  districts: { mean: 62, unitSd: 2.5, yearSd: 1.8, span2020: 771 },
};

const YEAR_TREND = new Map<number, number>([
  [2018, -0.8],
  [2019, 0],
  [2020, 0.8],
]);

/** `year|group|unit` → target total in hundredths. */
export type Targets = Map<string, number>;

const distinct = (values: readonly number[]): boolean => new Set(values).size === values.length;

function draw(
  random: Random,
  group: BacKanGroupId,
  units: readonly string[],
): Map<number, Map<string, number>> {
  const model = MODELS[group];
  const latent = units.map(() => model.mean + model.unitSd * normal(random));
  const byYear = new Map<number, Map<string, number>>();
  for (const year of YEARS) {
    const values = new Map<string, number>();
    units.forEach((unit, i) => {
      const absent = ABSENT_UNIT_YEARS.some(
        (a) => a.year === year && a.group === group && a.unit === unit,
      );
      if (absent) return;
      const v = (latent[i] ?? 0) + (YEAR_TREND.get(year) ?? 0) + model.yearSd * normal(random);
      values.set(unit, Math.round(v * 100));
    });
    byYear.set(year, values);
  }
  const y2020 = byYear.get(2020);
  if (model.span2020 !== undefined && y2020 !== undefined) rescale(y2020, model.span2020);
  if (group === 'districts') {
    const y2018 = byYear.get(2018);
    if (y2018 !== undefined) tieThirdAndFourth(y2018);
  }
  return byYear;
}

/** Affine rescale around the mean so that max − min is exactly `span` hundredths. */
function rescale(values: Map<string, number>, span: number): void {
  const entries = [...values.entries()];
  const vs = entries.map(([, v]) => v);
  const min = Math.min(...vs);
  const max = Math.max(...vs);
  const mean = vs.reduce((a, b) => a + b, 0) / vs.length;
  const factor = max === min ? 1 : span / (max - min);
  const lowUnit = entries.find(([, v]) => v === min)?.[0];
  const highUnit = entries.find(([, v]) => v === max)?.[0];
  for (const [unit, v] of entries) values.set(unit, Math.round(mean + (v - mean) * factor));
  if (lowUnit !== undefined && highUnit !== undefined) {
    values.set(highUnit, (values.get(lowUnit) ?? 0) + span);
  }
}

/** The deliberate tie: the 3rd and 4th districts of 2018 get the same total. */
function tieThirdAndFourth(values: Map<string, number>): void {
  const sorted = [...values.entries()].sort((a, b) => b[1] - a[1]);
  const third = sorted[2];
  const fourth = sorted[3];
  if (third === undefined || fourth === undefined) return;
  const shared = Math.floor((third[1] + fourth[1]) / 2);
  values.set(third[0], shared);
  values.set(fourth[0], shared);
}

function ranksOf(
  values: ReadonlyMap<string, number>,
  units: readonly string[],
): Map<string, number> {
  const present = units.filter((u) => values.has(u));
  const ranks = competitionRanks(present.map((u) => values.get(u) ?? null));
  return new Map(present.map((u, i) => [u, ranks[i] ?? 0]));
}

function plausible(byYear: Map<number, Map<string, number>>): boolean {
  return [...byYear.values()].every((m) => [...m.values()].every((v) => v >= 4500 && v <= 9000));
}

function satisfiesFacts(
  group: BacKanGroupId,
  units: readonly string[],
  byYear: Map<number, Map<string, number>>,
): boolean {
  const y2018 = byYear.get(2018) ?? new Map<string, number>();
  const y2019 = byYear.get(2019) ?? new Map<string, number>();
  const y2020 = byYear.get(2020) ?? new Map<string, number>();
  if (!plausible(byYear)) return false;
  if (!distinct([...y2019.values()]) || !distinct([...y2020.values()])) return false;
  const r2019 = ranksOf(y2019, units);
  const r2020 = ranksOf(y2020, units);
  const kept = units.filter((u) => r2019.has(u) && r2019.get(u) === r2020.get(u)).length;
  if (group === 'districts') {
    const rose = units.filter((u) => (r2020.get(u) ?? 0) < (r2019.get(u) ?? 0)).length;
    const bigMove = (u: string): boolean =>
      Math.abs((r2020.get(u) ?? 0) - (r2019.get(u) ?? 0)) >= 3;
    // Exactly one tied pair in 2018: 8 units, 7 distinct totals.
    const tie2018 = new Set(y2018.values()).size === y2018.size - 1;
    return kept === 0 && rose === 5 && bigMove('Bạch Thông') && bigMove('Na Rì') && tie2018;
  }
  if (!distinct([...y2018.values()])) return false;
  if (group === 'departments') return kept === 3 && r2020.get('Sở Công Thương') === 4;
  return true;
}

/** Target totals of every surveyed unit-year; deterministic in `seed`. */
export function planTargets(seed: number): Targets {
  const targets: Targets = new Map();
  for (const group of GROUPS) {
    const random = mulberry32(hashSeed(seed, `plan|${group.id}`));
    const units = UNITS.filter((u) => u.group === group.id).map((u) => u.name);
    let found: Map<number, Map<string, number>> | null = null;
    for (let attempt = 0; attempt < 1_000_000 && found === null; attempt += 1) {
      const byYear = draw(random, group.id, units);
      if (satisfiesFacts(group.id, units, byYear)) found = byYear;
    }
    if (found === null) throw new Error(`no target plan satisfies the facts for ${group.id}`);
    for (const [year, values] of found) {
      for (const [unit, v] of values) targets.set(`${year}|${group.id}|${unit}`, v);
    }
  }
  return targets;
}

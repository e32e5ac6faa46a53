import { groupsInOrder } from '../domain/groupsInOrder.ts';
import { columnLetter, makeIssue } from '../domain/issues.ts';
import { rankScores } from '../domain/ranking.ts';
import type { Issue } from '../domain/issues.ts';
import type { ParsedRow } from './model.ts';

/** Allowed values per numeric column kind (DATA.md: totals out of 100, sub-indices out of 10). */
export interface Range {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

export const RANGES = {
  total: { min: 0, max: 100, integer: false },
  subIndex: { min: 0, max: 10, integer: false },
  rank: { min: 1, max: 100_000, integer: true },
  respondents: { min: 0, max: 10_000_000, integer: true },
  stderr: { min: 0, max: 100, integer: false },
  year: { min: 1990, max: 2100, integer: true },
} as const satisfies Record<string, Range>;

/** True when `value` is allowed by `range`. */
export function inRange(value: number, range: Range): boolean {
  return value >= range.min && value <= range.max && (!range.integer || Number.isInteger(value));
}

/** Rows whose bucket (year + group) and unit id collide. */
export interface DuplicateInput {
  readonly row: ParsedRow;
  /** Year and group: a unit may appear once in each. */
  readonly bucket: string;
  readonly unitId: string;
  readonly unitCol: number;
  readonly unitHeader: string;
  /** The resolved year (from the row, the options or the title), for the message. */
  readonly year: number | null;
}

/**
 * DUPLICATE_UNIT_YEAR once per unit that appears more than once in a year and group — the unit
 * id comes from the canonical name, so "Ba Bể" in NFD or with a trailing NBSP is the same unit.
 * The issue sits at the second occurrence; `related` lists every other one, `count` all of them.
 */
export function checkDuplicates(inputs: readonly DuplicateInput[]): Issue[] {
  const issues: Issue[] = [];
  for (const list of groupsInOrder(inputs, [(d) => d.bucket, (d) => d.unitId])) {
    const second = list[1];
    if (second === undefined) continue;
    const column = columnLetter(second.unitCol);
    issues.push(
      makeIssue('DUPLICATE_UNIT_YEAR', {
        line: second.row.line,
        excelRow: second.row.excelRow,
        column,
        header: second.unitHeader,
        value: second.row.unit,
        related: list.filter((d) => d !== second).map((d) => ({ line: d.row.line, column })),
        params:
          second.year === null ? { count: list.length } : { year: second.year, count: list.length },
      }),
    );
  }
  return issues;
}

export interface RankInput {
  readonly row: ParsedRow;
  /** Year + group: ranks are compared only within one. */
  readonly key: string;
}

/**
 * RANK_CONTRADICTS_SCORE (a warning) for a row whose published rank is as good as or better
 * than that of a row with a strictly higher score in the same year and group; `related` names
 * that row. Equal scores with different ranks are not flagged (sources rank on unrounded
 * scores), nor are ranks that skip units missing from a top-N list.
 */
export function checkRanks(
  inputs: readonly RankInput[],
  rankCol: number,
  rankHeader: string,
): Issue[] {
  const byKey = new Map<string, ParsedRow[]>();
  for (const { row, key } of inputs) {
    if (row.total === null || row.rank === null) continue;
    const list = byKey.get(key) ?? [];
    list.push(row);
    byKey.set(key, list);
  }
  const issues: Issue[] = [];
  for (const rows of byKey.values()) {
    const sorted = [...rows].sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
    let worstAbove: ParsedRow | null = null; // worst rank among strictly higher scores
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      const score = sorted[i]?.total;
      while (j < sorted.length && sorted[j]?.total === score) j++;
      for (let k = i; k < j; k++) {
        const row = sorted[k];
        if (row === undefined || row.rank === null || worstAbove === null) continue;
        if (worstAbove.rank !== null && row.rank <= worstAbove.rank) {
          issues.push(
            makeIssue('RANK_CONTRADICTS_SCORE', {
              line: row.line,
              excelRow: row.excelRow,
              column: columnLetter(rankCol),
              header: rankHeader,
              value: String(row.rank),
              related: [{ line: worstAbove.line, column: columnLetter(rankCol) }],
              params: { found: row.rank, expected: worstAbove.rank },
            }),
          );
        }
      }
      for (let k = i; k < j; k++) {
        const row = sorted[k];
        if (row?.rank == null) continue;
        if (worstAbove === null || (worstAbove.rank ?? 0) < row.rank) worstAbove = row;
      }
      i = j;
    }
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Competition ranks (1, 2, 2, 4) by total, higher is better, within each key; rows without a
 * total get null. Returns ranks aligned with `inputs`.
 */
export function competitionRanks(inputs: readonly RankInput[]): (number | null)[] {
  const byKey = new Map<string, number[]>();
  inputs.forEach(({ key }, i) => {
    const list = byKey.get(key) ?? [];
    list.push(i);
    byKey.set(key, list);
  });
  const ranks: (number | null)[] = inputs.map(() => null);
  // Each group-year is ranked by the app's one ranking rule (domain/ranking.ts).
  for (const indices of byKey.values()) {
    const groupRanks = rankScores(indices.map((i) => inputs[i]?.row.total ?? null));
    indices.forEach((index, position) => {
      ranks[index] = groupRanks[position] ?? null;
    });
  }
  return ranks;
}

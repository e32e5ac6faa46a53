import { compareNames } from '../domain/collate.ts';
import type { UnitStanding } from '../domain/groupYear.ts';
import type { SubIndexId } from '../domain/types.ts';

export interface ParsedSort {
  readonly key: string;
  readonly descending: boolean;
}

/** `sort` URL value → column and direction; `-` prefix means descending. Null → rank ascending. */
export function parseSort(sort: string | null): ParsedSort {
  if (!sort) return { key: 'rank', descending: false };
  return sort.startsWith('-')
    ? { key: sort.slice(1), descending: true }
    : { key: sort, descending: false };
}

/** The URL value after clicking a column: toggles the current column, else a natural first direction. */
export function nextSort(current: ParsedSort, key: string): string | null {
  if (current.key === key) {
    const descending = !current.descending;
    const value = descending ? `-${key}` : key;
    return value === 'rank' ? null : value;
  }
  const ascendingFirst = key === 'rank' || key === 'unit';
  return ascendingFirst ? (key === 'rank' ? null : key) : `-${key}`;
}

function value(s: UnitStanding, key: string): number | string | null {
  switch (key) {
    case 'rank':
      return s.rank.rank;
    case 'unit':
      return s.unit.name;
    case 'total':
      return s.total;
    case 'change':
      return s.change;
    case 'rankChange':
      return s.rankChange;
    case 'respondents':
      return s.observation.respondents;
    case 'se':
      return s.observation.standardError;
    case 'tier':
      return s.observation.tier;
    default:
      return s.observation.subIndices.get(key as SubIndexId) ?? null;
  }
}

/**
 * Sorted copy of the standings by a column. Missing values always go last, whatever the
 * direction; ties keep rank order, so the sort is stable and predictable.
 */
export function sortStandings(
  standings: readonly UnitStanding[],
  sort: ParsedSort,
  /** Values of columns that are not in the standing (e.g. rank intervals); undefined = not mine. */
  extra?: (s: UnitStanding, key: string) => number | string | null | undefined,
): UnitStanding[] {
  const dir = sort.descending ? -1 : 1;
  return standings
    .map((s, i) => {
      const own = extra?.(s, sort.key);
      return { s, i, v: own !== undefined ? own : value(s, sort.key) };
    })
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const cmp =
        typeof a.v === 'string' && typeof b.v === 'string'
          ? compareNames(a.v, b.v)
          : (a.v as number) - (b.v as number);
      return cmp !== 0 ? dir * cmp : a.i - b.i;
    })
    .map((x) => x.s);
}

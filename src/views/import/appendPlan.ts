import type { MergeMapping } from '../../domain/merge.ts';
import type { Dataset, GroupId, Lang, SubIndexId, UnitId } from '../../domain/types.ts';
import {
  matchGroups,
  matchSubIndices,
  matchUnits,
  type MatchStatus,
} from '../../domain/unitMatch.ts';

/**
 * The rows of the append step (AppendStep.tsx) and the decisions on them, as plain data: which
 * incoming group, sub-index column or unit becomes which existing one. Pure, so the rules
 * ("a suggestion is never taken without a confirmation") are tested without a DOM.
 */

/** The select value meaning "add as new". */
export const NEW = 'new';

/** One choice in a row's select. */
export interface PlanOption {
  /** An existing id. */
  readonly value: string;
  readonly name: string;
  /** Similarity in [0, 1] when the option is a suggestion. */
  readonly score?: number;
}

/** One incoming group, sub-index or unit, with its match. */
export interface PlanRow {
  /** The incoming id. */
  readonly key: string;
  readonly incomingName: string;
  /** For units: the name of the incoming group. */
  readonly context?: string;
  readonly status: MatchStatus;
  /** Existing things it may become: suggestions first (best first), then the others; `NEW` is implicit. */
  readonly options: readonly PlanOption[];
  /** The matched existing id for `exact`/`normalised`. */
  readonly matched?: string;
}

/** What the user (or the default) decided for a row. */
export interface Decision {
  /** An existing id or `NEW`. */
  readonly value: string;
  /** Set by the user's checkbox; only `suggested` rows need it. */
  readonly confirmed: boolean;
}

/** exact/normalised → the match; suggested → the best suggestion, unconfirmed; none → new. */
export function initialDecision(row: PlanRow): Decision {
  if (row.matched !== undefined) return { value: row.matched, confirmed: true };
  if (row.status === 'suggested' && row.options[0] !== undefined)
    return { value: row.options[0].value, confirmed: false };
  return { value: NEW, confirmed: true };
}

/** A suggested row is decided once its choice is confirmed, or when "new" was chosen; others always are. */
export const isDecided = (row: PlanRow, decision: Decision): boolean =>
  row.status !== 'suggested' || decision.confirmed || decision.value === NEW;

/** The decision for a row: the user's, else the initial one. */
export const decisionOf = (row: PlanRow, chosen: ReadonlyMap<string, Decision>): Decision =>
  chosen.get(row.key) ?? initialDecision(row);

function withOthers(
  suggestions: readonly PlanOption[],
  all: readonly { readonly value: string; readonly name: string }[],
): PlanOption[] {
  const seen = new Set(suggestions.map((s) => s.value));
  return [...suggestions, ...all.filter((o) => !seen.has(o.value))];
}

/** One row per incoming group, matched to the target's groups by id and folded name. */
export function groupRows(incoming: Dataset, target: Dataset, lang: Lang): PlanRow[] {
  const all = target.groups.map((g) => ({ value: g.id as string, name: g.name[lang] }));
  return matchGroups(incoming.groups, target.groups).map((m, i) => ({
    key: m.incomingId,
    incomingName: incoming.groups[i]?.name[lang] ?? m.incomingName,
    status: m.status,
    options: withOthers(
      m.suggestions.map((s) => ({ value: s.groupId, name: s.name, score: s.score })),
      all,
    ),
    ...(m.groupId === undefined ? {} : { matched: m.groupId }),
  }));
}

/** One row per incoming sub-index column, matched by id and folded vi/en names. */
export function subIndexRows(incoming: Dataset, target: Dataset, lang: Lang): PlanRow[] {
  const all = target.subIndices.map((s) => ({ value: s.id as string, name: s.name[lang] }));
  return matchSubIndices(incoming.subIndices, target.subIndices).map((m, i) => ({
    key: m.incomingId,
    incomingName: incoming.subIndices[i]?.name[lang] ?? m.incomingName,
    status: m.status,
    options: withOthers(
      m.suggestions.map((s) => ({ value: s.subIndexId, name: s.name, score: s.score })),
      all,
    ),
    ...(m.subIndexId === undefined ? {} : { matched: m.subIndexId }),
  }));
}

/** Unit rows, matched within each incoming group's decided target group (none for a new group). */
export function unitRows(
  incoming: Dataset,
  target: Dataset,
  groups: ReadonlyMap<GroupId, GroupId | 'new'>,
  lang: Lang,
): PlanRow[] {
  const groupName = new Map(incoming.groups.map((g) => [g.id, g.name[lang]] as const));
  return matchUnits(incoming.units, target.units, { groups }).map((m, i) => {
    const unit = incoming.units[i];
    const targetGroup = unit === undefined ? undefined : (groups.get(unit.groupId) ?? unit.groupId);
    const all = target.units
      .filter((u) => u.groupId === targetGroup)
      .map((u) => ({ value: u.id as string, name: u.name }));
    return {
      key: unit?.id ?? m.incomingName,
      incomingName: m.incomingName,
      ...(unit === undefined ? {} : { context: groupName.get(unit.groupId) ?? unit.groupId }),
      status: m.status,
      options: withOthers(
        m.suggestions.map((s) => ({ value: s.unitId, name: s.name, score: s.score })),
        all,
      ),
      ...(m.unitId === undefined ? {} : { matched: m.unitId }),
    };
  });
}

/** The decided values of rows as a map from incoming id to existing id or `'new'`. */
export function decidedMap<Id extends string>(
  rows: readonly PlanRow[],
  chosen: ReadonlyMap<string, Decision>,
): Map<Id, Id | 'new'> {
  return new Map(
    rows.map((r) => {
      const value = decisionOf(r, chosen).value;
      return [r.key as Id, value === NEW ? 'new' : (value as Id)] as const;
    }),
  );
}

export interface PlanRows {
  readonly groups: readonly PlanRow[];
  readonly subIndices: readonly PlanRow[];
  readonly units: readonly PlanRow[];
}

/** The user's decisions, one map per kind (ids of different kinds may coincide). */
export interface PlanChoices {
  readonly groups: ReadonlyMap<string, Decision>;
  readonly subIndices: ReadonlyMap<string, Decision>;
  readonly units: ReadonlyMap<string, Decision>;
}

/** The mapping `tryMergeDatasets` needs, from the rows and the user's decisions. */
export function mappingOf(rows: PlanRows, chosen: PlanChoices): MergeMapping {
  return {
    groups: decidedMap<GroupId>(rows.groups, chosen.groups),
    subIndices: decidedMap<SubIndexId>(rows.subIndices, chosen.subIndices),
    units: decidedMap<UnitId>(rows.units, chosen.units),
  };
}

/** How many suggested rows still wait for a confirmation (or a "new" choice). */
export function undecidedCount(rows: PlanRows, chosen: PlanChoices): number {
  const count = (list: readonly PlanRow[], map: ReadonlyMap<string, Decision>) =>
    list.filter((r) => !isDecided(r, decisionOf(r, map))).length;
  return (
    count(rows.groups, chosen.groups) +
    count(rows.subIndices, chosen.subIndices) +
    count(rows.units, chosen.units)
  );
}

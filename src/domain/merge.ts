import { totalScale } from './dataset.ts';
import { mergedNotes, mergedSubIndices, sourceNote } from './mergeMetadata.ts';
import { unitId as makeUnitId } from './names.ts';
import type {
  Dataset,
  DatasetId,
  Group,
  GroupId,
  Observation,
  Result,
  SubIndexDef,
  SubIndexId,
  Unit,
  UnitId,
  SummaryRow,
} from './types.ts';

/**
 * Building a multi-year dataset from yearly files (issue 3 point 5): appending a year or a group
 * read from another file to an existing dataset, once the user has decided how its units, groups
 * and sub-index columns correspond (see unitMatch.ts for the suggestions). Pure; never mutates.
 */

/** What each incoming id becomes in the base: an existing id, or `'new'` (added). */
export interface MergeMapping {
  /** Incoming unit id → base unit id or `'new'`. Every incoming unit must be listed, except one whose id already exists in the base (it then maps to itself). */
  readonly units: ReadonlyMap<UnitId, UnitId | 'new'>;
  /** Incoming sub-index id → base sub-index id or `'new'`; unlisted ids map to the same base id when it exists. */
  readonly subIndices: ReadonlyMap<SubIndexId, SubIndexId | 'new'>;
  /** Incoming group id → base group id or `'new'`; unlisted ids map to the same base id when it exists, else `'new'`. */
  readonly groups?: ReadonlyMap<GroupId, GroupId | 'new'>;
}

/** Optional wording of the merge. */
export interface MergeOptions {
  /** The added file's name for the source note; defaults to the incoming dataset's title. */
  readonly label?: string;
}

/** The observation field a conflicting cell is in. */
export type ConflictField =
  'total' | 'publishedRank' | 'tier' | 'respondents' | 'standardError' | 'notes' | 'subIndex';

/** One cell that differs between the base and the incoming file for the same unit and year. */
export interface ConflictCell {
  readonly field: ConflictField;
  /** The base sub-index id, for `field === 'subIndex'`. */
  readonly subIndexId?: SubIndexId;
  readonly base: number | string | null;
  readonly incoming: number | string | null;
}

/** What a mapping issue is about. */
export type MergeKind = 'unit' | 'subIndex' | 'group';

/** Why a merge is refused; `tryMergeDatasets` returns all of them at once. */
export type MergeIssue =
  /** The base already has this unit in this year with different values: every differing cell is listed. */
  | {
      readonly code: 'conflict';
      readonly unitId: UnitId;
      readonly unitName: string;
      readonly year: number;
      readonly cells: readonly ConflictCell[];
    }
  /** Several incoming units (or sub-indices) were mapped to one base unit (or sub-index). */
  | {
      readonly code: 'same-target';
      readonly kind: 'unit' | 'subIndex';
      readonly target: string;
      readonly targetName: string;
      readonly incomingNames: readonly string[];
    }
  /** No decision for this incoming unit or sub-index. */
  | {
      readonly code: 'unmapped';
      readonly kind: 'unit' | 'subIndex';
      readonly incomingId: string;
      readonly incomingName: string;
    }
  /** Mapped to an id the base does not have. */
  | {
      readonly code: 'unknown-target';
      readonly kind: MergeKind;
      readonly incomingId: string;
      readonly incomingName: string;
      readonly target: string;
    }
  /** A unit mapped to a base unit of another group than its own group's target. */
  | {
      readonly code: 'group-mismatch';
      readonly incomingName: string;
      readonly target: UnitId;
      readonly targetName: string;
    }
  /** The file's totals are on another scale (0–10 into a 0–100 dataset): never mixed. */
  | {
      readonly code: 'scale-mismatch';
      readonly base: number;
      readonly incoming: number;
    };

const uniqueId = (preferred: string, taken: Set<string>): string => {
  let id = preferred;
  for (let n = 2; taken.has(id); n++) id = `${preferred}-${n}`;
  taken.add(id);
  return id;
};

const cellKey = (unit: UnitId, year: number) => `${unit}\u0000${year}`;

/** Every differing cell of two observations of the same unit-year; a missing sub-index equals `null`. */
function differingCells(
  base: Observation,
  incoming: Observation,
  subIds: readonly SubIndexId[],
): ConflictCell[] {
  const cells: ConflictCell[] = [];
  const scalar = [
    'total',
    'publishedRank',
    'tier',
    'respondents',
    'standardError',
    'notes',
  ] as const satisfies readonly ConflictField[];
  for (const field of scalar) {
    if (base[field] !== incoming[field])
      cells.push({ field, base: base[field], incoming: incoming[field] });
  }
  for (const id of subIds) {
    const b = base.subIndices.get(id) ?? null;
    const i = incoming.subIndices.get(id) ?? null;
    if (b !== i) cells.push({ field: 'subIndex', subIndexId: id, base: b, incoming: i });
  }
  return cells;
}

const sortedNumbers = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/** Incoming groups → base groups (or new ones); problems go to `issues`. */
function mapGroups(base: Dataset, incoming: Dataset, mapping: MergeMapping, issues: MergeIssue[]) {
  const baseGroupIds = new Set<string>(base.groups.map((g) => g.id));
  const takenGroups = new Set(baseGroupIds);
  const groupTarget = new Map<GroupId, GroupId>();
  const addedGroups: Group[] = [];
  for (const g of incoming.groups) {
    const decided = mapping.groups?.get(g.id) ?? (baseGroupIds.has(g.id) ? g.id : 'new');
    if (decided === 'new') {
      const id = uniqueId(g.id, takenGroups) as GroupId;
      addedGroups.push({ ...g, id });
      groupTarget.set(g.id, id);
    } else if (!baseGroupIds.has(decided)) {
      issues.push({
        code: 'unknown-target',
        kind: 'group',
        incomingId: g.id,
        incomingName: g.name.vi,
        target: decided,
      });
    } else {
      groupTarget.set(g.id, decided);
    }
  }
  // A unit's group missing from `incoming.groups` keeps its id.
  const targetGroupOf = (id: GroupId): GroupId | undefined =>
    groupTarget.get(id) ?? (incoming.groups.some((g) => g.id === id) ? undefined : id);
  return { groupTarget, addedGroups, targetGroupOf };
}

/** Two or more incoming names mapped onto one base id: a `same-target` problem each. */
function reportSameTargets(
  kind: 'unit' | 'subIndex',
  claims: ReadonlyMap<string, readonly string[]>,
  targetName: (id: string) => string,
  issues: MergeIssue[],
): void {
  for (const [target, names] of claims) {
    if (names.length > 1)
      issues.push({
        code: 'same-target',
        kind,
        target,
        targetName: targetName(target),
        incomingNames: [...names],
      });
  }
}

/** Incoming sub-indices → base sub-indices (or new ones); problems go to `issues`. */
function mapSubIndices(
  base: Dataset,
  incoming: Dataset,
  mapping: MergeMapping,
  issues: MergeIssue[],
) {
  const baseSubs = new Map(base.subIndices.map((s) => [s.id, s] as const));
  const takenSubs = new Set<string>(baseSubs.keys());
  const subTarget = new Map<SubIndexId, SubIndexId>();
  const addedSubs = new Map<SubIndexId, SubIndexDef>();
  const subClaims = new Map<SubIndexId, string[]>();
  for (const s of incoming.subIndices) {
    const decided = mapping.subIndices.get(s.id) ?? (baseSubs.has(s.id) ? s.id : undefined);
    if (decided === undefined) {
      issues.push({
        code: 'unmapped',
        kind: 'subIndex',
        incomingId: s.id,
        incomingName: s.name.vi,
      });
    } else if (decided === 'new') {
      const id = uniqueId(s.id, takenSubs) as SubIndexId;
      addedSubs.set(id, { ...s, id });
      subTarget.set(s.id, id);
    } else if (!baseSubs.has(decided)) {
      issues.push({
        code: 'unknown-target',
        kind: 'subIndex',
        incomingId: s.id,
        incomingName: s.name.vi,
        target: decided,
      });
    } else {
      subTarget.set(s.id, decided);
      subClaims.set(decided, [...(subClaims.get(decided) ?? []), s.name.vi]);
    }
  }
  reportSameTargets(
    'subIndex',
    subClaims,
    (id) => baseSubs.get(id as SubIndexId)?.name.vi ?? id,
    issues,
  );
  return { subTarget, addedSubs };
}

/** Incoming units → base units (or new ones, in their target group); problems go to `issues`. */
function mapUnits(
  base: Dataset,
  incoming: Dataset,
  mapping: MergeMapping,
  targetGroupOf: (id: GroupId) => GroupId | undefined,
  issues: MergeIssue[],
) {
  const baseUnits = new Map(base.units.map((u) => [u.id, u] as const));
  const takenUnits = new Set<string>(baseUnits.keys());
  const unitTarget = new Map<UnitId, UnitId>();
  const addedUnits: Unit[] = [];
  const unitClaims = new Map<UnitId, string[]>();
  for (const u of incoming.units) {
    const group = targetGroupOf(u.groupId);
    if (group === undefined) continue; // its group's problem is already reported
    const decided = mapping.units.get(u.id) ?? (baseUnits.has(u.id) ? u.id : undefined);
    if (decided === undefined) {
      issues.push({ code: 'unmapped', kind: 'unit', incomingId: u.id, incomingName: u.name });
      continue;
    }
    if (decided === 'new') {
      const preferred = group === u.groupId ? u.id : makeUnitId(group, u.name);
      const id = uniqueId(preferred, takenUnits) as UnitId;
      addedUnits.push({ ...u, id, groupId: group });
      unitTarget.set(u.id, id);
      continue;
    }
    const target = baseUnits.get(decided);
    if (target === undefined) {
      issues.push({
        code: 'unknown-target',
        kind: 'unit',
        incomingId: u.id,
        incomingName: u.name,
        target: decided,
      });
    } else if (target.groupId !== group) {
      issues.push({
        code: 'group-mismatch',
        incomingName: u.name,
        target: decided,
        targetName: target.name,
      });
    } else {
      unitTarget.set(u.id, decided);
      unitClaims.set(decided, [...(unitClaims.get(decided) ?? []), u.name]);
    }
  }
  reportSameTargets('unit', unitClaims, (id) => baseUnits.get(id as UnitId)?.name ?? id, issues);
  return { unitTarget, addedUnits };
}

/**
 * The incoming observations re-keyed to the base's ids, less those equal to the base's; a
 * different one for the same unit-year is a `conflict`. Observations naming a unit or sub-index
 * the incoming dataset does not define are reported (once each), never dropped silently.
 */
function rekeyedObservations(
  base: Dataset,
  incoming: Dataset,
  targets: {
    readonly unitTarget: ReadonlyMap<UnitId, UnitId>;
    readonly subTarget: ReadonlyMap<SubIndexId, SubIndexId>;
    readonly addedUnits: readonly Unit[];
  },
  issues: MergeIssue[],
): Observation[] {
  const baseCells = new Map(base.observations.map((o) => [cellKey(o.unitId, o.year), o] as const));
  const unitNames = new Map<UnitId, string>(
    [...base.units, ...targets.addedUnits].map((u) => [u.id, u.name] as const),
  );
  const appended: Observation[] = [];
  const knownUnits = new Set<string>(incoming.units.map((u) => u.id));
  const knownSubs = new Set<string>(incoming.subIndices.map((s) => s.id));
  const orphan = (kind: 'unit' | 'subIndex', id: string, known: Set<string>) => {
    if (known.has(id)) return;
    known.add(id);
    issues.push({ code: 'unmapped', kind, incomingId: id, incomingName: id });
  };
  for (const o of incoming.observations) {
    const unit = targets.unitTarget.get(o.unitId);
    if (unit === undefined) {
      orphan('unit', o.unitId, knownUnits);
      continue;
    }
    const subIndices = new Map<SubIndexId, number | null>();
    for (const [id, value] of o.subIndices) {
      const target = targets.subTarget.get(id);
      if (target !== undefined) subIndices.set(target, value);
      else orphan('subIndex', id, knownSubs);
    }
    const rekeyed: Observation = { ...o, unitId: unit, subIndices };
    const existing = baseCells.get(cellKey(unit, o.year));
    if (existing === undefined) {
      appended.push(rekeyed);
      continue;
    }
    const subIds = [...new Set([...existing.subIndices.keys(), ...subIndices.keys()])];
    const cells = differingCells(existing, rekeyed, subIds);
    if (cells.length > 0)
      issues.push({
        code: 'conflict',
        unitId: unit,
        unitName: unitNames.get(unit) ?? unit,
        year: o.year,
        cells,
      });
  }
  return appended;
}

/**
 * Appends `incoming` (a year, a group, or both, from another file) to `base` under `mapping`.
 *
 * - Incoming observations are re-keyed to the base's unit and sub-index ids; a `'new'` unit,
 *   sub-index or group is added with its incoming id, made unique with `-2`, `-3`… when taken
 *   (a new unit in a remapped group gets the id of its name in the target group).
 * - Years and groups are unioned (years sorted, new groups after the base's); a sub-index's
 *   `years`/`groups` coverage is widened to what both files contain, and dropped when it covers all.
 * - An incoming observation identical to the base's for the same unit-year is dropped (not a
 *   conflict); a different one is a `conflict` listing every differing cell. All problems are
 *   returned at once, as values; nothing is merged then.
 * - The result keeps the base's id, title, province and index name; `illustrative` is true when
 *   either is; the source note says which file and years were added.
 */
export function tryMergeDatasets(
  base: Dataset,
  incoming: Dataset,
  mapping: MergeMapping,
  options: MergeOptions = {},
): Result<Dataset, MergeIssue> {
  const issues: MergeIssue[] = [];
  const scales = { base: totalScale(base).max, incoming: totalScale(incoming).max };
  if (scales.base !== scales.incoming) issues.push({ code: 'scale-mismatch', ...scales });
  const { groupTarget, addedGroups, targetGroupOf } = mapGroups(base, incoming, mapping, issues);
  const { subTarget, addedSubs } = mapSubIndices(base, incoming, mapping, issues);
  const { unitTarget, addedUnits } = mapUnits(base, incoming, mapping, targetGroupOf, issues);
  const appended = rekeyedObservations(
    base,
    incoming,
    { unitTarget, subTarget, addedUnits },
    issues,
  );
  if (issues.length > 0) return { ok: false, issues };

  const years = sortedNumbers([...base.years, ...incoming.years]);
  const groups = [...base.groups, ...addedGroups];
  const subIndices = mergedSubIndices(base, incoming, {
    years,
    groupIds: groups.map((g) => g.id),
    subTarget,
    addedSubs,
    groupTarget,
  });
  const addedYears = incoming.years.filter((y) => !base.years.includes(y));
  return {
    ok: true,
    value: {
      ...base,
      province: base.province ?? incoming.province,
      years,
      groups,
      subIndices,
      units: [...base.units, ...addedUnits],
      observations: [...base.observations, ...appended],
      ...mergedSummaryRows(base, incoming, groupTarget),
      source: {
        ...base.source,
        note: sourceNote(base, incoming, options.label, addedYears, addedGroups),
      },
      illustrative: base.illustrative || incoming.illustrative,
      ...mergedNotes(base, incoming),
    },
  };
}

/** The base's summary rows, then the file's (group ids mapped as its units'), without repeats. */
function mergedSummaryRows(
  base: Dataset,
  incoming: Dataset,
  groupTarget: ReadonlyMap<GroupId, GroupId>,
): Pick<Dataset, 'summaryRows'> {
  const rows = [...(base.summaryRows ?? [])];
  const key = (r: SummaryRow) => `${r.name}\u0000${r.year}\u0000${r.groupId ?? ''}`;
  const seen = new Set(rows.map(key));
  for (const r of incoming.summaryRows ?? []) {
    const mapped = {
      ...r,
      groupId: r.groupId === null ? null : (groupTarget.get(r.groupId) ?? null),
    };
    if (seen.has(key(mapped))) continue;
    seen.add(key(mapped));
    rows.push(mapped);
  }
  return rows.length === 0 ? {} : { summaryRows: rows };
}

/**
 * A copy of `merged` under a new id and a title saying it is an extended copy, so a bundled
 * dataset is never altered by an append: "DCCI Bắc Kạn 2018–2020 (bản mở rộng)".
 */
export function asExtendedCopy(merged: Dataset, id: DatasetId): Dataset {
  return {
    ...merged,
    id,
    title: {
      vi: `${merged.title.vi} (bản mở rộng)`,
      en: `${merged.title.en} (extended copy)`,
    },
  };
}

import type { Dataset, Group, GroupId, LocalizedText, SubIndexDef, SubIndexId } from './types.ts';

/**
 * The metadata side of `tryMergeDatasets` (merge.ts): sub-index coverage, the source note and
 * method notes of a merged dataset. Pure.
 */

const sortedNumbers = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/** What `mergedSubIndices` needs from the merge: the merged years and groups, and the id maps. */
export interface SubIndexContext {
  readonly years: readonly number[];
  readonly groupIds: readonly GroupId[];
  readonly subTarget: ReadonlyMap<SubIndexId, SubIndexId>;
  readonly addedSubs: ReadonlyMap<SubIndexId, SubIndexDef>;
  readonly groupTarget: ReadonlyMap<GroupId, GroupId>;
}

/** Base definitions then added ones, each with `years`/`groups` covering both files (absent = all). */
export function mergedSubIndices(
  base: Dataset,
  incoming: Dataset,
  ctx: SubIndexContext,
): SubIndexDef[] {
  const coverage = new Map<SubIndexId, { years: Set<number>; groups: Set<GroupId> }>();
  const cover = (id: SubIndexId, years: readonly number[], groups: readonly GroupId[]) => {
    const entry = coverage.get(id) ?? { years: new Set<number>(), groups: new Set<GroupId>() };
    for (const y of years) entry.years.add(y);
    for (const g of groups) entry.groups.add(g);
    coverage.set(id, entry);
  };
  for (const s of base.subIndices)
    cover(s.id, s.years ?? base.years, s.groups ?? base.groups.map((g) => g.id));
  for (const s of incoming.subIndices) {
    const target = ctx.subTarget.get(s.id);
    if (target === undefined) continue;
    const groups = (s.groups ?? incoming.groups.map((g) => g.id)).map(
      (g) => ctx.groupTarget.get(g) ?? g,
    );
    cover(target, s.years ?? incoming.years, groups);
  }
  const withCoverage = (def: SubIndexDef): SubIndexDef => {
    const { years: _years, groups: _groups, ...rest } = def;
    const c = coverage.get(def.id);
    if (c === undefined) return def;
    const years = ctx.years.every((y) => c.years.has(y)) ? null : sortedNumbers(c.years);
    const groups = ctx.groupIds.every((g) => c.groups.has(g))
      ? null
      : ctx.groupIds.filter((g) => c.groups.has(g));
    return {
      ...rest,
      ...(years === null ? {} : { years }),
      ...(groups === null ? {} : { groups }),
    };
  };
  return [...base.subIndices, ...ctx.addedSubs.values()].map(withCoverage);
}

/** The base's source note followed by a sentence naming the added file, its years and new groups. */
export function sourceNote(
  base: Dataset,
  incoming: Dataset,
  label: string | undefined,
  addedYears: readonly number[],
  addedGroups: readonly Group[],
): LocalizedText {
  const name = { vi: label ?? incoming.title.vi, en: label ?? incoming.title.en };
  const years = incoming.years.join(', ');
  const groupsVi =
    addedGroups.length > 0 ? `; khối mới: ${addedGroups.map((g) => g.name.vi).join(', ')}` : '';
  const groupsEn =
    addedGroups.length > 0 ? `; new groups: ${addedGroups.map((g) => g.name.en).join(', ')}` : '';
  const newVi = addedYears.length > 0 ? ` (năm mới: ${addedYears.join(', ')})` : '';
  const newEn = addedYears.length > 0 ? ` (new years: ${addedYears.join(', ')})` : '';
  const added: LocalizedText = {
    vi: `Bổ sung từ «${name.vi}»: năm ${years}${newVi}${groupsVi}.`,
    en: `Added from “${name.en}”: years ${years}${newEn}${groupsEn}.`,
  };
  const before = base.source.note;
  return before === undefined
    ? added
    : { vi: `${before.vi} ${added.vi}`, en: `${before.en} ${added.en}` };
}

/** Method notes and method changes of both, base first, without repeats (by text, by year). */
export function mergedNotes(base: Dataset, incoming: Dataset): Partial<Dataset> {
  const notes = [...(base.notes ?? [])];
  for (const n of incoming.notes ?? []) if (!notes.some((m) => m.vi === n.vi)) notes.push(n);
  const changes = [...(base.methodChanges ?? [])];
  for (const c of incoming.methodChanges ?? [])
    if (!changes.some((m) => m.year === c.year)) changes.push(c);
  changes.sort((a, b) => a.year - b.year);
  return {
    ...(notes.length > 0 ? { notes } : {}),
    ...(changes.length > 0 ? { methodChanges: changes } : {}),
  };
}

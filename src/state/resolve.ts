import { unitsOf, yearsOf } from '../domain/dataset.ts';
import type { Dataset, GroupId } from '../domain/types.ts';
import type { UrlNotice, ViewState } from './urlState.ts';

export interface SelectionDefaults {
  readonly year?: number;
  readonly group?: string;
}

/**
 * Fills and checks a URL selection against a loaded dataset: an unknown group, a year without
 * data for the group, or a unit that is not in the group falls back (group → the dataset's
 * default or first group, year → its default or latest year, unit → none), each with a notice.
 * A unit given without a group selects the unit's group. Pure; never throws.
 */
export function resolveSelection(
  state: ViewState,
  dataset: Dataset,
  defaults: SelectionDefaults = {},
): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const groupIds = dataset.groups.map((g) => g.id as string);
  const unitById = new Map(dataset.units.map((u) => [u.id as string, u]));

  let group = state.group;
  if (group === null && state.unit !== null) group = unitById.get(state.unit)?.groupId ?? null;
  if (group === null || !groupIds.includes(group)) {
    if (group !== null) notices.push({ kind: 'invalid', param: 'group', value: group });
    group =
      defaults.group !== undefined && groupIds.includes(defaults.group)
        ? defaults.group
        : (groupIds[0] ?? null);
  }

  const years = group === null ? [...dataset.years] : yearsOf(dataset, group as GroupId);
  let year = state.year;
  if (year === null || !years.includes(year)) {
    if (year !== null) notices.push({ kind: 'invalid', param: 'year', value: String(year) });
    year =
      defaults.year !== undefined && years.includes(defaults.year)
        ? defaults.year
        : (years[years.length - 1] ?? null);
  }

  const inGroup = new Set(
    group === null ? [] : unitsOf(dataset, group as GroupId).map((u) => u.id as string),
  );
  let unit = state.unit;
  if (unit !== null && !inGroup.has(unit)) {
    notices.push({ kind: 'invalid', param: 'unit', value: unit });
    unit = null;
  }
  const units = state.units.filter((u) => inGroup.has(u));
  if (units.length !== state.units.length)
    notices.push({ kind: 'invalid', param: 'units', value: state.units.join(',') });
  let y2 = state.y2;
  if (y2 !== null && !years.includes(y2)) {
    notices.push({ kind: 'invalid', param: 'y2', value: String(y2) });
    y2 = null;
  }
  let sub = state.sub;
  if (sub !== null && !dataset.subIndices.some((s) => s.id === sub)) {
    notices.push({ kind: 'invalid', param: 'sub', value: sub });
    sub = null;
  }
  // Weights naming a sub-index the dataset lacks get the notice of any invalid value; the
  // Weights view applies the pairs the dataset knows and names the others.
  const w = state.w;
  if (w !== null && w !== 'equal' && w !== 'pci2016') {
    const known = new Set<string>(dataset.subIndices.map((s) => s.id));
    if (!w.split(',').every((pair) => known.has(pair.slice(0, pair.lastIndexOf(':')))))
      notices.push({ kind: 'invalid', param: 'w', value: w.slice(0, 80) });
  }
  return { state: { ...state, ds: dataset.id, group, year, unit, units, y2, sub, w }, notices };
}

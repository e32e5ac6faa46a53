import type { Dataset } from '../domain/types.ts';
import type { ViewState } from '../state/urlState.ts';

/**
 * What to open after an import: the file's latest year, in the group of its units. Merged
 * datasets may have re-keyed the units to the target's ids; then the group with the most rows in
 * that year.
 */
export function importedSelection(
  dataset: Dataset,
  shown: { year: number | null; unitIds: readonly string[] },
): Partial<ViewState> {
  const year = shown.year !== null && dataset.years.includes(shown.year) ? shown.year : undefined;
  const incoming = new Set(shown.unitIds);
  const groupOf = new Map(dataset.units.map((u) => [u.id as string, u.groupId as string]));
  let group: string | undefined = dataset.units.find((u) => incoming.has(u.id))?.groupId;
  if (group === undefined && year !== undefined) {
    const counts = new Map<string, number>();
    for (const o of dataset.observations) {
      const g = o.year === year ? groupOf.get(o.unitId) : undefined;
      if (g !== undefined) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    group = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
  }
  const unit = group === undefined ? null : { groupId: group };
  return {
    ds: dataset.id,
    ...(year !== undefined ? { year } : {}),
    ...(unit ? { group: unit.groupId } : {}),
  };
}

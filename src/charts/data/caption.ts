import { methodChangeBetween, observationsOf, subIndicesFor } from '../../domain/dataset.ts';
import type { Dataset, GroupId, LocalizedText } from '../../domain/types.ts';

/**
 * Why a comparison between two years of one group needs care. Structured, not text: the view
 * words each kind through i18n.
 * - `method`: a method change the dataset declares between the years (its own note);
 * - `groupSize`: a different number of units with a total (ranks out of different n);
 * - `subIndexSet`: sub-indices added or dropped for the group (totals built from different parts).
 */
export type ComparabilityNote =
  | { readonly kind: 'method'; readonly year: number; readonly note: LocalizedText }
  | {
      readonly kind: 'groupSize';
      readonly fromYear: number;
      readonly toYear: number;
      readonly fromCount: number;
      readonly toCount: number;
    }
  | {
      readonly kind: 'subIndexSet';
      readonly fromYear: number;
      readonly toYear: number;
      readonly added: readonly LocalizedText[];
      readonly removed: readonly LocalizedText[];
    };

function countWithTotal(dataset: Dataset, groupId: GroupId, year: number): number {
  return observationsOf(dataset, groupId, year).filter((o) => o.total !== null).length;
}

/**
 * Comparability notes between `fromYear` and `toYear` (either order) for a group: the declared
 * method changes between them; when none is declared, a change in the number of units with a
 * total and sub-indices added or dropped (detected from the data).
 * Empty when the years are equal, when either is null, or when nothing changed.
 */
export function comparabilityNotes(
  dataset: Dataset,
  groupId: GroupId,
  fromYear: number | null,
  toYear: number | null,
): ComparabilityNote[] {
  if (fromYear === null || toYear === null || fromYear === toYear) return [];
  const [a, b] = fromYear < toYear ? [fromYear, toYear] : [toYear, fromYear];
  const notes: ComparabilityNote[] = methodChangeBetween(dataset, a, b).map((m) => ({
    kind: 'method',
    year: m.year,
    note: m.note,
  }));
  // A declared method change is the dataset's own explanation; the detected changes are added
  // only when nothing is declared, so one break is not reported twice.
  if (notes.length > 0) return notes;
  const fromCount = countWithTotal(dataset, groupId, a);
  const toCount = countWithTotal(dataset, groupId, b);
  if (fromCount !== toCount && fromCount > 0 && toCount > 0)
    notes.push({ kind: 'groupSize', fromYear: a, toYear: b, fromCount, toCount });
  const before = subIndicesFor(dataset, groupId, a);
  const after = subIndicesFor(dataset, groupId, b);
  const added = after.filter((s) => !before.some((x) => x.id === s.id)).map((s) => s.name);
  const removed = before.filter((s) => !after.some((x) => x.id === s.id)).map((s) => s.name);
  if (before.length > 0 && after.length > 0 && (added.length > 0 || removed.length > 0)) {
    notes.push({ kind: 'subIndexSet', fromYear: a, toYear: b, added, removed });
  }
  return notes;
}

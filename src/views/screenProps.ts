import type { Dataset, GroupId } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import type { ViewState } from '../state/urlState.ts';

/** The selection a screen sees: the URL's view with its group and year resolved for the dataset. */
export interface ScreenView extends Omit<ViewState, 'group' | 'year'> {
  readonly group: GroupId;
  readonly year: number;
}

/** What every screen (one per view tab) receives: finished data and the selection, nothing else. */
export interface ScreenProps {
  readonly dataset: Dataset;
  /** The resolved selection: `group` is one of `dataset`'s groups and `year` is set. */
  readonly view: ScreenView;
  readonly lang: Lang;
  readonly t: Translate;
  /** A user's change of the selection (a new history entry). */
  readonly onSelect: (patch: Partial<ViewState>) => void;
}

/**
 * The screen's view of a selection, or null while it does not name one of the dataset's groups
 * and a year (before `resolveSelection` has filled them in). Resolved once, where the screen is
 * chosen, so screens need no casts.
 */
export function screenView(view: ViewState, dataset: Dataset): ScreenView | null {
  const group = dataset.groups.find((g) => g.id === view.group)?.id;
  return group === undefined || view.year === null ? null : { ...view, group, year: view.year };
}

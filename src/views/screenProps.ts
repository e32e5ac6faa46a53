import type { Dataset } from '../domain/types.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import type { ViewState } from '../state/urlState.ts';

/** What every screen (one per view tab) receives: finished data and the selection, nothing else. */
export interface ScreenProps {
  readonly dataset: Dataset;
  /** The resolved selection: `group` and `year` are set and valid for `dataset`. */
  readonly view: ViewState;
  readonly lang: Lang;
  readonly t: Translate;
  /** A user's change of the selection (a new history entry). */
  readonly onSelect: (patch: Partial<ViewState>) => void;
}

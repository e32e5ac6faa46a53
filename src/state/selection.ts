import type { ViewState } from './urlState.ts';

/**
 * Applies a user's change to the selection, clearing what no longer applies: a new dataset
 * clears everything but language and view (defaults are filled in when it loads); a new group
 * clears the selected and compared units.
 */
export function applyPatch(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next: ViewState = { ...state, ...patch };
  if (patch.ds !== undefined && patch.ds !== state.ds) {
    return {
      ...next,
      year: patch.year ?? null,
      group: patch.group ?? null,
      unit: patch.unit ?? null,
      units: patch.units ?? [],
      y2: patch.y2 ?? null,
      sub: patch.sub ?? null,
      sort: patch.sort ?? null,
    };
  }
  if (patch.group !== undefined && patch.group !== state.group) {
    return { ...next, unit: patch.unit ?? null, units: patch.units ?? [] };
  }
  return next;
}

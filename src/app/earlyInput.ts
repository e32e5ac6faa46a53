/**
 * Input given to the prerendered page before the app has taken it over (a tab tapped, a select
 * changed in the first second on a phone): the boot script records it (src/build/
 * earlyInputScript.ts) and the app replays it once the page is its own, so it is acted on instead
 * of lost. Links need none of this (they work without script).
 *
 * What is kept: the last button clicked (a second tap on a page that did not answer asks the same
 * again), the file chosen last, and the last state of each form field changed (a radio group
 * counts as one field). From the moment React answers input itself (`takeEarlyInput`, before
 * `hydrateRoot`) until the replay, a button tapped or a file chosen is React's to act on and drops
 * the recorded one (nothing is done twice); a field's state is still recorded, as setting a field
 * to the state it has is a no-op, and React misses a change made in a part it has not hydrated.
 */

/** The window property through which the boot script hands its record over (once). */
export const EARLY_INPUT_GLOBAL = '__dcciEarlyInput';
/** On `<html>` while recorded input waits for the app (a progress cursor: prerender.ts's sheet). */
export const EARLY_INPUT_CLASS = 'early-input';

export interface EarlyAction {
  readonly kind: 'click' | 'change';
  /** The element the user touched. */
  readonly el: HTMLElement;
  /** Child indices from #root to it: finds the element again when the app has replaced it. */
  readonly path: readonly number[];
  /** A button's text (a replaced button is clicked only when it still says the same). */
  readonly text?: string;
  /** A field's type, label (aria-label or its <label>'s text) and state when last changed. */
  readonly type?: string;
  readonly label?: string;
  readonly value?: string;
  readonly checked?: boolean;
}

/** The boot script's record: its actions (still pruned by the app's answers) until `stop()`. */
export interface EarlyRecord {
  readonly actions: readonly EarlyAction[];
  readonly stop: () => void;
}

let viewIsLive: () => void = () => undefined;
const viewLive = new Promise<void>((resolve) => (viewIsLive = resolve));

/**
 * Called by the view panel once its screen is committed (an effect inside its Suspense boundary):
 * React hydrates that part after the page, and a control there is not live before — an event on it
 * would make React hydrate it with the user's change already in place, and see none.
 */
export function markViewLive(): void {
  viewIsLive();
}

/** Hands the record over (null without the boot script, or the second time). */
export function takeEarlyInput(win: Window = window): EarlyRecord | null {
  const slot = win as unknown as Record<string, unknown>;
  const take = slot[EARLY_INPUT_GLOBAL];
  delete slot[EARLY_INPUT_GLOBAL];
  return typeof take === 'function' ? (take as () => EarlyRecord)() : null;
}

/**
 * Acts on the recorded input once the view is live (`markViewLive`; after `timeoutMs` anyway: a
 * view that failed or whose data never came), on the controls it still finds (earlyReplay.ts).
 * Resolves when done.
 */
export async function replayEarlyInput(
  record: EarlyRecord | null,
  { doc = document, live = viewLive, timeoutMs = 10_000 } = {},
): Promise<void> {
  if (record === null) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([live, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
  // After the commit that made it live, out of React's work. The code that acts is loaded only
  // when there is something to do (most visits: nothing), before the record stops following
  // what the app answers.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const replay =
    record.actions.length > 0 ? await import('./earlyReplay.ts').catch(() => null) : null;
  record.stop();
  doc.documentElement.classList.remove(EARLY_INPUT_CLASS);
  const root = doc.getElementById('root');
  if (replay !== null && root !== null) replay.act(record.actions, root);
}

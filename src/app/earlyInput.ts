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

// As the boot script reads it.
const labelOf = (el: HTMLElement): string =>
  el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || '';

/** The recorded element, or the one now at its place when the app replaced it (the same control). */
function locate(action: EarlyAction, root: Element): HTMLElement | null {
  if (action.el.isConnected) return action.el;
  let node: Element | undefined = root;
  for (const i of action.path) node = node?.children[i];
  if (!(node instanceof HTMLElement) || node.tagName !== action.el.tagName) return null;
  if (action.kind === 'click') return node.textContent === action.text ? node : null;
  const field = node as HTMLInputElement;
  return field.type === action.type && labelOf(field) === (action.label ?? '') ? node : null;
}

/**
 * Sets a field as the user left it (the recorded state: any render since hydration has set it
 * back to React's) in a way React's change tracking sees: React keeps the value it last saw on
 * the element and fires onChange only when the element's differs, so the element's own setter
 * (React's) first records another one.
 */
function replayChange(el: HTMLElement, action: EarlyAction): void {
  if (el instanceof HTMLSelectElement) {
    // Not one drawn without the recorded option (its data not there yet).
    if (![...el.options].some((o) => o.value === action.value)) return;
    el.value = action.value ?? '';
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    const checked = action.checked ?? false;
    // React listens to clicks on these: the click sets `checked` back and reports the change.
    el.checked = !checked;
    el.click();
    return;
  }
  if (el instanceof HTMLInputElement && el.type === 'file') {
    // The file chosen is still on the recorded input; a new input gets it.
    const files = (action.el as HTMLInputElement).files;
    if (files === null || files.length === 0) return;
    if (el !== action.el) el.files = files;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const value = action.value ?? '';
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  el.value = value === '' ? ' ' : '';
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Acts on the recorded input once the view is live (`markViewLive`; after `timeoutMs` anyway: a
 * view that failed or whose data never came), on the controls it still finds — a select only when
 * it has the recorded option: the fields first, in order, then the click (everything was done on
 * the page as it was shown, before the click could change it). Resolves when done.
 */
export async function replayEarlyInput(
  record: EarlyRecord | null,
  { doc = document, live = viewLive, timeoutMs = 10_000 } = {},
): Promise<void> {
  if (record === null) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([live, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
  // After the commit that made it live, out of React's work.
  await new Promise((resolve) => setTimeout(resolve, 0));
  record.stop();
  doc.documentElement.classList.remove(EARLY_INPUT_CLASS);
  const root = doc.getElementById('root');
  if (root === null) return;
  // Located when used: a field's change may have re-rendered what the click is on.
  const run = (kind: EarlyAction['kind'], act: (el: HTMLElement, a: EarlyAction) => void) => {
    for (const action of [...record.actions]) {
      const el = action.kind === kind ? locate(action, root) : null;
      if (el !== null) act(el, action);
    }
  };
  run('change', replayChange);
  run('click', (el) => el.click());
}

/**
 * Input given to the prerendered page before the app has taken it over (a tab tapped, a select
 * changed in the first second on a phone): the boot script remembers it (`earlyInputScript`,
 * src/build/prerender.ts) and the app replays it once its first render is committed, so it is
 * acted on instead of lost. Links need none of this (they work without script).
 *
 * What is kept: the last button clicked (a second tap on a page that did not answer asks the same
 * again), and the last state of each form field changed (a radio group counts as one field), in
 * the order they happened.
 */

/** The window property through which the boot script hands its record over (once). */
export const EARLY_INPUT_GLOBAL = '__dcciEarlyInput';
/** On `<html>` while input waits for the app (styles.css: a progress cursor). */
export const EARLY_INPUT_CLASS = 'early-input';

export interface EarlyAction {
  readonly kind: 'click' | 'change';
  /** The element the user touched. */
  readonly el: HTMLElement;
  /** Child indices from #root to it: finds the element again when the app has replaced it. */
  readonly path: readonly number[];
  /** A button's text (a replaced button is clicked only when it still says the same). */
  readonly text?: string;
  /** A field's type and state when last changed. */
  readonly type?: string;
  readonly value?: string;
  readonly checked?: boolean;
}

/**
 * Stops recording and returns what was recorded (nothing without the boot script, or the second
 * time). Called when React starts handling events itself: before `hydrateRoot`, or once a fresh
 * render is committed.
 */
export function takeEarlyInput(win: Window = window): readonly EarlyAction[] {
  const slot = win as unknown as Record<string, unknown>;
  const take = slot[EARLY_INPUT_GLOBAL];
  delete slot[EARLY_INPUT_GLOBAL];
  return typeof take === 'function' ? (take as () => EarlyAction[])() : [];
}

/** The recorded element, or the one now at its place when the app replaced it (same kind). */
function locate(action: EarlyAction, root: Element): HTMLElement | null {
  if (action.el.isConnected) return action.el;
  let node: Element | undefined = root;
  for (const i of action.path) node = node?.children[i];
  if (!(node instanceof HTMLElement) || node.tagName !== action.el.tagName) return null;
  if (action.kind === 'click') return node.textContent === action.text ? node : null;
  return (node as HTMLInputElement).type === action.type ? node : null;
}

/**
 * Sets a field as the user left it (the recorded state: any render since hydration has set it
 * back to React's) in a way React's change tracking sees: React keeps the value it last saw on
 * the element and fires onChange only when the element's differs, so the element's own setter
 * (React's) first records another one.
 */
function replayChange(el: HTMLElement, action: EarlyAction): void {
  if (el instanceof HTMLSelectElement) {
    el.value = action.value ?? '';
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    const checked = action.checked ?? false;
    if (el.type === 'radio' && !checked) return;
    // React listens to clicks on these: the click sets `checked` back and reports the change.
    el.checked = !checked;
    el.click();
    return;
  }
  // A file cannot be chosen again for a replaced input.
  if (el instanceof HTMLInputElement && el.type === 'file') {
    if (el === action.el) el.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const value = action.value ?? '';
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  el.value = value === '' ? ' ' : '';
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Acts on the recorded input on the page the app now runs: the fields first, in order, then the
 * click — everything was done on the page as it was shown, before the click could change it.
 */
export function replayEarlyInput(actions: readonly EarlyAction[], doc: Document = document): void {
  doc.documentElement.classList.remove(EARLY_INPUT_CLASS);
  const root = doc.getElementById('root');
  if (root === null) return;
  // Located when used: a field's change may have re-rendered what the click is on.
  const act = (kind: EarlyAction['kind'], run: (el: HTMLElement, action: EarlyAction) => void) => {
    for (const action of actions) {
      const el = action.kind === kind ? locate(action, root) : null;
      if (el !== null) run(el, action);
    }
  };
  act('change', replayChange);
  act('click', (el) => el.click());
}

/**
 * The replay of input recorded before the app ran (earlyInput.ts, which loads this only when
 * something was recorded): each control found again and set or clicked in a way React sees.
 */
import type { EarlyAction } from './earlyInput.ts';

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
 * Acts on `actions` on the page under `root`: the fields first, in order, then the click
 * (everything was done on the page as it was shown, before the click could change it).
 */
export function act(actions: readonly EarlyAction[], root: Element): void {
  // Located when used: a field's change may have re-rendered what the click is on.
  const run = (kind: EarlyAction['kind'], apply: (el: HTMLElement, a: EarlyAction) => void) => {
    for (const action of [...actions]) {
      const el = action.kind === kind ? locate(action, root) : null;
      if (el !== null) apply(el, action);
    }
  };
  run('change', replayChange);
  run('click', (el) => el.click());
}

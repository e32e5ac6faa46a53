import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';

export interface DialogProps {
  /** Shown while true (default): the caller may keep the dialog mounted and toggle it. */
  readonly open?: boolean;
  /** Escape, the head's close button: the caller closes (or unmounts) the dialog. */
  readonly onClose: () => void;
  /** The heading (h2) that names the dialog. */
  readonly title: string;
  /** The shell's class (its width and look); every dialog also gets `dialog`. */
  readonly className: string;
  /** The class of the head row (heading and close button). */
  readonly headClassName?: string;
  /** The head's close button; none when the dialog closes from its own actions (import). */
  readonly closeLabel?: string;
  readonly children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The elements Tab reaches inside the dialog, in order (hidden file inputs etc. excluded). */
function tabbable(root: HTMLElement): HTMLElement[] {
  // Every element, then matches(): a selector list's matches are not in document order everywhere.
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.matches(FOCUSABLE) && el.tabIndex >= 0 && el.getAttribute('aria-hidden') !== 'true',
  );
}

/**
 * The one modal dialog of the app (about, my data, export, import). A native <dialog> opened with
 * showModal (top layer, inert page behind), named by its heading; Escape closes through the
 * caller; Tab wraps inside the dialog (so focus never reaches the browser's chrome or, without
 * showModal, the page); closing — or unmounting — gives focus back to the element that opened it;
 * the page does not scroll behind it (`:root:has(.dialog:modal)` in styles.css).
 */
export function Dialog({
  open = true,
  onClose,
  title,
  className,
  headClassName = 'about__head',
  closeLabel,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // Kept in a ref so a new closure from the caller does not re-run the open/close effect.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  // A passive effect: React restores the focus it saw before a commit after the commit's layout
  // phase, which would undo a focus given back there (the close button would keep it).
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    // The opener is whatever had focus when the dialog opened (the button that was clicked).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // showModal focuses the first focusable element; without it (jsdom, old engines) we do.
    if (!dialog.contains(document.activeElement)) (tabbable(dialog)[0] ?? dialog).focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      // Also when the caller unmounts the dialog (the native close alone would not run then).
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = tabbable(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  // The browser's own close request (Escape without a key event reaching us, Android back):
  // the caller decides, so the dialog's state and React's never disagree.
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    onCloseRef.current();
  };

  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      tabIndex={-1}
    >
      <div className={headClassName}>
        <h2 id={headingId}>{title}</h2>
        {closeLabel ? (
          <button type="button" className="button button--secondary" onClick={onClose}>
            {closeLabel}
          </button>
        ) : null}
      </div>
      {children}
    </dialog>
  );
}

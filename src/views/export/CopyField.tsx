import { useId } from 'react';

/** Copies text to the clipboard; false when the browser refuses (the field stays selectable). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface CopyFieldProps {
  readonly label: string;
  readonly value: string;
  readonly copyLabel: string;
  readonly multiline?: boolean;
  readonly onCopied: (ok: boolean) => void;
}

/** A read-only field (caption, alt text, citation, link, embed code) with its copy button. */
export function CopyField({ label, value, copyLabel, multiline, onCopied }: CopyFieldProps) {
  const id = useId();
  return (
    <div className="export-dialog__copy">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} readOnly rows={4} value={value} onFocus={(e) => e.target.select()} />
      ) : (
        <input id={id} readOnly value={value} onFocus={(e) => e.target.select()} />
      )}
      <button
        type="button"
        className="button button--secondary"
        aria-label={`${copyLabel}: ${label}`}
        onClick={() => void copyText(value).then(onCopied)}
      >
        {copyLabel}
      </button>
    </div>
  );
}

import { useId } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  /** When true the select is shown disabled (e.g. a dataset with a single group). */
  readonly disabled?: boolean;
  readonly name?: string;
}

/**
 * Options above which the select gets a set width (`.field__select--long`): a select as wide as
 * its longest option measures every option's text on each layout — 0.4–0.6 s for the 5,000 units
 * of a large imported file, at every tab that lists them.
 */
export const LONG_SELECT = 200;

/** A native <select> with a visible <label>: accessible and usable on phones without extra code. */
export function Select({ label, value, options, onChange, disabled, name }: SelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={options.length > LONG_SELECT ? 'field__select--long' : undefined}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

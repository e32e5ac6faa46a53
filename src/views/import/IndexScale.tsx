import { useId } from 'react';
import type { Translate } from '../../i18n/i18n.ts';

/** The scales offered by name; any other maximum is "other" with a number. */
const NAMED_SCALES = ['10', '100'] as const;

/** What the select shows: '10', '100' or 'other'. */
export type ScaleChoice = (typeof NAMED_SCALES)[number] | 'other';

export interface IndexScaleProps {
  /** The index name shown (the user's, else the one read from the file). */
  readonly indexName: string;
  /** The scale's maximum the import used (the user's, else read from the file, else 100). */
  readonly scaleMax: number;
  /** The user's choice while "other" is being typed (null: follow `scaleMax`). */
  readonly choice: ScaleChoice | null;
  readonly otherText: string;
  readonly t: Translate;
  readonly disabled: boolean;
  readonly onIndexName: (name: string) => void;
  readonly onChoice: (choice: ScaleChoice) => void;
  readonly onOtherText: (text: string) => void;
  /** Re-run the import with the "other" maximum typed. */
  readonly onOtherDone: () => void;
}

/** The select's value for a scale maximum. */
export function choiceOf(max: number): ScaleChoice {
  return NAMED_SCALES.find((s) => Number(s) === max) ?? 'other';
}

/**
 * The index name and the scale of totals, as read from the title and headers, both the user's
 * to correct: the name goes to titles, captions and exports; the scale is what totals are
 * checked against (a change re-runs the import) and what chart axes run to.
 */
export function IndexScale(props: IndexScaleProps) {
  const { t, disabled } = props;
  const ids = { index: useId(), scale: useId(), other: useId() };
  const choice = props.choice ?? choiceOf(props.scaleMax);
  return (
    <fieldset className="index-scale">
      <legend>{t('import.indexScale')}</legend>
      <div className="field">
        <label htmlFor={ids.index}>{t('import.indexName')}</label>
        <input
          id={ids.index}
          value={props.indexName}
          maxLength={40}
          disabled={disabled}
          onChange={(e) => props.onIndexName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.scale}>{t('import.scale')}</label>
        <select
          id={ids.scale}
          value={choice}
          disabled={disabled}
          onChange={(e) => {
            const value = e.target.value;
            props.onChoice(value === '10' || value === '100' ? value : 'other');
          }}
        >
          <option value="10">{t('import.scale10')}</option>
          <option value="100">{t('import.scale100')}</option>
          <option value="other">{t('import.scaleOther')}</option>
        </select>
      </div>
      {choice === 'other' ? (
        <div className="field">
          <label htmlFor={ids.other}>{t('import.scaleMax')}</label>
          <input
            id={ids.other}
            inputMode="decimal"
            value={props.otherText}
            disabled={disabled}
            onChange={(e) => props.onOtherText(e.target.value)}
            onBlur={props.onOtherDone}
            onKeyDown={(e) => {
              if (e.key === 'Enter') props.onOtherDone();
            }}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

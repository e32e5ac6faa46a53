import { useId } from 'react';
import type { Translate } from '../../i18n/i18n.ts';
import { NORMALISATION_OPTIONS } from './importDialogModel.ts';
import type { ImportDialogState } from './useImportDialog.ts';

interface FormProps {
  readonly state: ImportDialogState;
  readonly t: Translate;
}

/** "New dataset" or "add to an existing dataset". */
export function ImportModeChoice({ state, t }: FormProps) {
  const { mode, setMode } = state;
  return (
    <fieldset className="import-mode">
      <legend>{t('import.mode')}</legend>
      <label>
        <input
          type="radio"
          name="import-mode"
          checked={mode === 'new'}
          onChange={() => setMode('new')}
        />{' '}
        {t('import.modeNew')}
      </label>
      <label>
        <input
          type="radio"
          name="import-mode"
          checked={mode === 'append'}
          onChange={() => setMode('append')}
        />{' '}
        {t('import.modeAppend')}
      </label>
    </fieldset>
  );
}

/** The sheet and the aggregation of a survey-response file: both re-run the import when changed. */
function ReadingChoices({ state, t }: FormProps) {
  const { answers: a, needs, apply } = state;
  const ids = { sheet: useId(), normalisation: useId() };
  return (
    <>
      {needs.sheets.length > 1 ? (
        <div className="field">
          <label htmlFor={ids.sheet}>{t('import.sheet')}</label>
          <select
            id={ids.sheet}
            value={needs.shownSheet}
            onChange={(e) => a.setSheet(e.target.value)}
          >
            {needs.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {needs.responses ? (
        <div className="field">
          <label htmlFor={ids.normalisation}>{t('import.normalisation')}</label>
          <select
            id={ids.normalisation}
            value={a.normalisation}
            onChange={(e) => {
              const chosen = NORMALISATION_OPTIONS.find((o) => o.value === e.target.value);
              if (chosen === undefined) return;
              a.setNormalisation(chosen.value);
              apply({ normalisation: chosen.value });
            }}
          >
            {NORMALISATION_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.label)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}

/** What the file lacks (group, year, unit), typed by the user, and the button that applies it. */
function MissingAnswers({ state, t }: FormProps) {
  const { answers: a, needs, apply } = state;
  const ids = { group: useId(), year: useId(), unit: useId() };
  return (
    <>
      {needs.needsGroup ? (
        <div className="field">
          <label htmlFor={ids.group}>{t('import.groupNeeded')}</label>
          <input id={ids.group} value={a.group} onChange={(e) => a.setGroup(e.target.value)} />
        </div>
      ) : null}
      {needs.needsYear ? (
        <div className="field">
          <label htmlFor={ids.year}>{t('import.yearNeeded')}</label>
          <input
            id={ids.year}
            inputMode="numeric"
            value={a.year}
            onChange={(e) => a.setYear(e.target.value)}
          />
        </div>
      ) : null}
      {needs.needsUnit ? (
        <div className="field">
          <label htmlFor={ids.unit}>{t('import.unitNeeded')}</label>
          <input id={ids.unit} value={a.unit} onChange={(e) => a.setUnit(e.target.value)} />
        </div>
      ) : null}
      {needs.needsGroup || needs.needsYear || needs.needsUnit || needs.sheets.length > 1 ? (
        <button type="button" className="button button--secondary" onClick={() => apply()}>
          {t('import.apply')}
        </button>
      ) : null}
    </>
  );
}

/** The dataset's name and source, once the file gave a dataset. */
function Naming({ state, t }: FormProps) {
  const { answers: a } = state;
  const ids = { name: useId(), source: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.name}>{t('import.name')}</label>
        <input id={ids.name} value={a.name} onChange={(e) => a.setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.source}>{t('import.source')}</label>
        <input
          id={ids.source}
          value={a.sourceText}
          placeholder={t('import.sourcePlaceholder')}
          onChange={(e) => a.setSourceText(e.target.value)}
        />
      </div>
    </>
  );
}

/** The form under the preview: how to read the file, what it lacks, and its name and source. */
export function ImportForm({ state, t }: FormProps) {
  return (
    <div className="import-form">
      <ReadingChoices state={state} t={t} />
      <MissingAnswers state={state} t={t} />
      {state.outcome?.dataset ? <Naming state={state} t={t} /> : null}
    </div>
  );
}

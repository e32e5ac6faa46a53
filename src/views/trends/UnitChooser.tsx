import { useId, useState } from 'react';
import { foldKey } from '../../domain/names.ts';
import type { Translate } from '../../i18n/i18n.ts';

/** Most checkboxes listed at once. */
export const LIST_LIMIT = 200;

export interface UnitChooserProps {
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly chosen: readonly string[];
  readonly max: number;
  readonly t: Translate;
  readonly onChange: (units: string[]) => void;
  /** Called by "back to the default" (clears `units` in the URL); absent when already default. */
  readonly onReset?: () => void;
}

/**
 * A labelled group of checkboxes (fieldset + legend) to choose 1 to `max` units, with a filter
 * that ignores case and diacritics. At the limit the unchecked boxes are disabled and the count
 * says why; the last chosen unit cannot be unchecked (an empty `units=` means "the default"). Chosen units keep the order in which they were chosen (it sets their colour).
 */
export function UnitChooser({ units, chosen, max, t, onChange, onReset }: UnitChooserProps) {
  const [query, setQuery] = useState('');
  const filterId = useId();
  const countId = useId();
  const q = foldKey(query);
  const shown =
    q === '' ? units : units.filter((u) => foldKey(u.name).includes(q) || chosen.includes(u.id));
  // Thousands of checkboxes froze the page: the chosen ones and the first LIST_LIMIT matches are
  // listed, the filter finds the others.
  const listed =
    shown.length <= LIST_LIMIT
      ? shown
      : [
          ...shown.filter((u) => chosen.includes(u.id)),
          ...shown.filter((u) => !chosen.includes(u.id)).slice(0, LIST_LIMIT - chosen.length),
        ];
  const full = chosen.length >= max;
  const toggle = (id: string) =>
    onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);

  return (
    <fieldset className="unit-chooser">
      <legend>{t('trends.chooser', { max })}</legend>
      <div className="unit-chooser__tools">
        {units.length > 10 ? (
          <>
            <label htmlFor={filterId} className="visually-hidden">
              {t('trends.filter')}
            </label>
            <input
              id={filterId}
              type="search"
              value={query}
              placeholder={t('trends.filterPlaceholder')}
              onChange={(e) => setQuery(e.target.value)}
            />
          </>
        ) : null}
        <span id={countId} className="unit-chooser__count" aria-live="polite">
          {t('trends.chosenCount', { count: chosen.length, max })}
        </span>
        {onReset ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onReset}
          >
            {t('trends.reset')}
          </button>
        ) : null}
      </div>
      <ul className="unit-chooser__list">
        {listed.map((u) => {
          const checked = chosen.includes(u.id);
          return (
            <li key={u.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={checked ? chosen.length === 1 : full}
                  aria-describedby={countId}
                  onChange={() => toggle(u.id)}
                />{' '}
                {u.name}
              </label>
            </li>
          );
        })}
      </ul>
      {listed.length < shown.length ? (
        <p className="unit-chooser__more">
          {t('trends.moreUnits', { count: shown.length - listed.length })}
        </p>
      ) : null}
    </fieldset>
  );
}

import { useId, useState } from 'react';
import { foldKey } from '../../domain/names.ts';
import type { UnitStanding } from '../../domain/groupYear.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger } from '../../i18n/format.ts';
import { MAX_COMPARED, MIN_COMPARED } from '../../charts/data/compare.ts';
import { layout } from './layout.ts';
import { LIST_LIMIT } from '../trends/UnitChooser.tsx';

export interface CompareUnitPickerProps {
  /** Units of the group in rank order (unranked last). */
  readonly standings: readonly UnitStanding[];
  /** Units of the group without a row this year (listed after the others). */
  readonly absent: readonly { readonly id: string; readonly name: string }[];
  readonly selected: readonly string[];
  readonly lang: Lang;
  readonly t: Translate;
  readonly onChange: (units: string[]) => void;
}

/** Groups with more units than this show the checkboxes behind a <details> summary. */
export const COLLAPSE_AFTER = 10;

interface PickerOption {
  readonly id: string;
  readonly name: string;
  readonly rank: number | null;
}

/**
 * The units to list: every unit of the group, or for long lists the chosen units plus the first
 * LIST_LIMIT that match the filter (thousands of checkboxes froze the page).
 */
function pickerList(
  standings: readonly UnitStanding[],
  absent: CompareUnitPickerProps['absent'],
  selected: readonly string[],
  query: string,
) {
  const options: PickerOption[] = [
    ...standings.map((s) => ({ id: s.unit.id as string, name: s.unit.name, rank: s.rank.rank })),
    ...absent.map((a) => ({ id: a.id, name: a.name, rank: null as number | null })),
  ];
  const names = options.filter((o) => selected.includes(o.id)).map((o) => o.name);
  const long = options.length > LIST_LIMIT;
  const q = foldKey(query);
  const rest = options.filter(
    (o) => !selected.includes(o.id) && (q === '' || foldKey(o.name).includes(q)),
  );
  const listed = !long
    ? options
    : [...options.filter((o) => selected.includes(o.id)), ...rest.slice(0, LIST_LIMIT)];
  const more = long ? rest.length - Math.min(rest.length, LIST_LIMIT) : 0;
  return { count: options.length, names, long, listed, more };
}

/**
 * Checkboxes to add and remove compared units (2–5): a checkbox that would take the comparison
 * below two or above five units is disabled, and the hint says why.
 */
export function CompareUnitPicker({
  standings,
  absent,
  selected,
  lang,
  t,
  onChange,
}: CompareUnitPickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const { count, names, long, listed, more } = pickerList(standings, absent, selected, query);
  const fieldset = (
    <PickerFieldset
      listed={listed}
      selected={selected}
      long={long}
      more={more}
      query={query}
      lang={lang}
      t={t}
      onQuery={setQuery}
      onChange={onChange}
    />
  );
  // Long lists (the 19 departments, the 63 provinces) fold away behind a summary naming the choice.
  if (count <= COLLAPSE_AFTER) return fieldset;
  return (
    <details
      className="compare-picker"
      style={{ margin: '8px 0' }}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary style={{ cursor: 'pointer', minHeight: 32, fontSize: 14 }}>
        {t('compare.pickerSummary', { names: names.join(', ') })}
      </summary>
      {/* Rendered when opened: a closed list of thousands still cost its layout. */}
      {open ? fieldset : null}
    </details>
  );
}

/** The hint, the filter of long lists, the checkboxes and how many more units match. */
function PickerFieldset({
  listed,
  selected,
  long,
  more,
  query,
  lang,
  t,
  onQuery,
  onChange,
}: {
  listed: readonly PickerOption[];
  selected: readonly string[];
  long: boolean;
  more: number;
  query: string;
  lang: Lang;
  t: Translate;
  onQuery: (query: string) => void;
  onChange: (units: string[]) => void;
}) {
  const hintId = useId();
  const filterId = useId();
  const full = selected.length >= MAX_COMPARED;
  const minimal = selected.length <= MIN_COMPARED;
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((u) => u !== id));
  return (
    <fieldset style={layout.fieldset} aria-describedby={hintId}>
      <legend>{t('compare.pickerLegend')}</legend>
      <p id={hintId} style={{ margin: '0 0 4px', fontSize: 13 }}>
        {t('compare.pickerHint', { min: MIN_COMPARED, max: MAX_COMPARED, count: selected.length })}
      </p>
      {long ? (
        <p style={{ margin: '0 0 4px' }}>
          <label htmlFor={filterId} className="visually-hidden">
            {t('trends.filter')}
          </label>
          <input
            id={filterId}
            type="search"
            value={query}
            placeholder={t('trends.filterPlaceholder')}
            onChange={(e) => onQuery(e.target.value)}
          />
        </p>
      ) : null}
      <ul style={layout.checkboxes}>
        {listed.map((o) => {
          const checked = selected.includes(o.id);
          const disabled = checked ? minimal : full;
          return (
            <li key={o.id}>
              <label style={layout.checkboxLabel}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={disabled}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                {o.rank === null ? o.name : `${formatInteger(o.rank, lang)}. ${o.name}`}
              </label>
            </li>
          );
        })}
      </ul>
      {more > 0 ? (
        <p style={{ margin: '4px 0 0', fontSize: 13 }}>{t('trends.moreUnits', { count: more })}</p>
      ) : null}
    </fieldset>
  );
}

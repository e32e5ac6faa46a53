import { useId } from 'react';
import { eraOf, type ProvinceEra } from '../../domain/era.ts';
import type { Dataset } from '../../domain/types.ts';
import type { Translate } from '../../i18n/i18n.ts';

export interface EraControlProps {
  readonly dataset: Dataset;
  /** The user's corrections (year → era); a year absent here keeps the era read from its units. */
  readonly corrections: ReadonlyMap<number, ProvinceEra>;
  readonly onChange: (year: number, era: ProvinceEra | null) => void;
  readonly t: Translate;
}

/**
 * For a file of provinces: which side of the merger of 1 July 2025 each year is on (63 or 34
 * provinces), as read from its units, with a select to correct it. Nothing for other units.
 */
export function EraControl({ dataset, corrections, onChange, t }: EraControlProps) {
  const id = useId();
  const plain = { ...dataset, provinceEras: [] };
  const rows = dataset.years.flatMap((year) => {
    const derived = dataset.groups
      .map((g) => eraOf(plain, g.id, year))
      .find((e): e is ProvinceEra => e !== null);
    return derived ? [{ year, derived }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <fieldset className="import-era">
      <legend>{t('import.eraLegend')}</legend>
      {rows.map(({ year, derived }) => (
        <div className="field" key={year}>
          <label htmlFor={`${id}-${year}`}>{t('import.eraYear', { year })}</label>
          <select
            id={`${id}-${year}`}
            value={corrections.get(year) ?? derived}
            onChange={(e) => {
              const era = e.target.value === 'from-2025' ? 'from-2025' : 'before-2025';
              onChange(year, era === derived ? null : era);
            }}
          >
            <option value="before-2025">{t('import.eraBefore')}</option>
            <option value="from-2025">{t('import.eraFrom')}</option>
          </select>
        </div>
      ))}
    </fieldset>
  );
}

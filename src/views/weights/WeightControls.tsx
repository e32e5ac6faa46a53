import { useId } from 'react';
import type { SubIndexDef, SubIndexId } from '../../domain/types.ts';
import { MAX_WEIGHT, type WeightPreset, type WeightVector } from '../../domain/weights.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';

const PRESETS: readonly WeightPreset[] = ['dataset', 'equal', 'pci2016'];

/** A weight as typed: integers without decimals, halves with one ("12,5"). */
export function formatWeight(value: number, lang: Lang): string {
  return Number.isInteger(value) ? formatInteger(value, lang) : formatScore(value, lang, 1);
}

export interface WeightControlsProps {
  readonly subIndices: readonly SubIndexDef[];
  readonly weights: WeightVector;
  readonly preset: WeightPreset | 'custom';
  readonly lang: Lang;
  readonly t: Translate;
  readonly onChange: (id: SubIndexId, value: number) => void;
  readonly onPreset: (preset: WeightPreset) => void;
  /** Leaving a slider: write the pending weights to the URL now. */
  readonly onCommit: () => void;
  /** Notes about the weights (missing published weights, PCI counterparts, link problems). */
  readonly notes: readonly string[];
}

/**
 * The weights: three preset buttons (aria-pressed on the one in use) and one native range input
 * per sub-index, labelled with its name, showing its value and share of the total weight (also
 * as the input's aria-valuetext, so screen readers hear the share too).
 */
export function WeightControls({
  subIndices,
  weights,
  preset,
  lang,
  t,
  onChange,
  onPreset,
  onCommit,
  notes,
}: WeightControlsProps) {
  const helpId = useId();
  const baseId = useId();
  const sum = subIndices.reduce((s, x) => s + (weights.get(x.id) ?? 0), 0);
  const share = (v: number) => formatInteger(sum > 0 ? Math.round((100 * v) / sum) : 0, lang);
  return (
    <section className="weights-controls" aria-labelledby={`${baseId}-h`}>
      <h2 id={`${baseId}-h`} className="weights-controls__title">
        {t('weights.controls')}
      </h2>
      <div className="weights-presets" role="group" aria-label={t('weights.presets')}>
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className="button button--secondary"
            aria-pressed={preset === p}
            onClick={() => onPreset(p)}
          >
            {t(`weights.preset.${p}`)}
          </button>
        ))}
      </div>
      <p className="weights-controls__current" aria-live="polite">
        {t(`weights.current.${preset}`)}
      </p>
      <p id={helpId} className="weights-controls__help">
        {t('weights.controlsHelp')}
      </p>
      <ul className="weights-sliders">
        {subIndices.map((s) => {
          const value = weights.get(s.id) ?? 0;
          const id = `${baseId}-${s.id}`;
          const valueText = formatWeight(value, lang);
          return (
            <li key={s.id} className="weights-slider">
              <label htmlFor={id} className="weights-slider__label">
                {s.name[lang]}
              </label>
              <input
                id={id}
                type="range"
                min={0}
                max={MAX_WEIGHT}
                step={0.5}
                value={Math.min(MAX_WEIGHT, value)}
                aria-describedby={helpId}
                aria-valuetext={t('weights.ariaValue', { value: valueText, share: share(value) })}
                data-subindex={s.id}
                onChange={(e) => onChange(s.id, Number(e.currentTarget.value))}
                onBlur={onCommit}
              />
              <output htmlFor={id} className="weights-slider__value">
                {t('weights.valueShare', { value: valueText, share: share(value) })}
              </output>
            </li>
          );
        })}
      </ul>
      {notes.map((n) => (
        <p key={n} className="weights-controls__note">
          {n}
        </p>
      ))}
    </section>
  );
}

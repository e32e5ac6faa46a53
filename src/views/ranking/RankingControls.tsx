import type { Translate } from '../../i18n/i18n.ts';
import type { ViewState } from '../../state/urlState.ts';
import { Select } from '../../ui/Select.tsx';

/** Bars or dots on a zoomed axis (`chart=`); `name` keeps the radio group apart from others. */
export function RankingChartType({
  name,
  chart,
  t,
  onSelect,
}: {
  name: string;
  chart: ViewState['chart'];
  t: Translate;
  onSelect: (patch: Partial<ViewState>) => void;
}) {
  return (
    <fieldset className="chart-type">
      <legend>{t('ranking.chartType')}</legend>
      {(['bars', 'dots'] as const).map((c) => (
        <label key={c}>
          <input
            type="radio"
            name={name}
            value={c}
            checked={chart === c}
            onChange={() => onSelect({ chart: c })}
          />{' '}
          {t(c === 'bars' ? 'ranking.chartBars' : 'ranking.chartDots')}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The statistics' settings: the fewest respondents before a count is marked (`minn=`), the
 * interval method (`ci=`, when bootstrapping is possible) and whether they are being computed.
 */
export function RankingStatsControls({
  id,
  minRespondents,
  canBootstrap,
  ci,
  pending,
  t,
  onSelect,
}: {
  /** The respondents input's id (its help text is `${id}-help`). */
  id: string;
  minRespondents: number;
  canBootstrap: boolean;
  ci: ViewState['ci'];
  pending: boolean;
  t: Translate;
  onSelect: (patch: Partial<ViewState>) => void;
}) {
  return (
    <div className="stats-controls">
      <label htmlFor={id}>{t('stats.minRespondents')}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={5000}
        step={1}
        inputMode="numeric"
        value={minRespondents}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isInteger(n) && n >= 0 && n <= 5000)
            onSelect({ minn: n });
        }}
      />
      <span id={`${id}-help`} className="stats-controls__help">
        {t('stats.minRespondentsHelp')}
      </span>
      {canBootstrap ? (
        <Select
          label={t('stats.method')}
          value={ci}
          options={[
            { value: 'se', label: t('stats.methodOptionSe') },
            { value: 'boot', label: t('stats.methodOptionBoot') },
          ]}
          onChange={(value) => onSelect({ ci: value === 'boot' ? 'boot' : 'se' })}
        />
      ) : null}
      {/* Always mounted, so "computing" is announced when it appears and its end is quiet. */}
      <span className="stats-controls__help" role="status">
        {pending ? t('stats.computing') : ''}
      </span>
    </div>
  );
}

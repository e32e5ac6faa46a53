import { useMemo } from 'react';
import type { ScorecardData } from '../../charts/data/scorecard.ts';
import { indicatorStats, type IndicatorStat } from '../../domain/indicators.ts';
import { DEFAULT_ANSWER_SCALE } from '../../domain/responses.ts';
import type { Dataset } from '../../domain/types.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import { Select } from '../../ui/Select.tsx';
import { indicatorLabel, useIndicatorSource, type IndicatorSource } from './indicatorSource.ts';

/** "3,12–3,58", or "—" without an interval. */
export function meanInterval(s: IndicatorStat, lang: Lang): string {
  const u = s.unit;
  if (!u || u.low === null || u.high === null) return '—';
  return `${formatScore(u.low, lang)}–${formatScore(u.high, lang)}`;
}

/** The rows of the questions table as display strings: the same text on screen and in Word. */
export function indicatorRows(
  stats: readonly IndicatorStat[],
  source: IndicatorSource,
  lang: Lang,
): string[][] {
  return stats.map((s) => [
    indicatorLabel(s.code, source.labels, lang),
    formatScore(s.unit?.mean ?? null, lang),
    meanInterval(s, lang),
    formatInteger(s.unit?.n ?? null, lang),
    formatScore(s.groupMean, lang),
    formatChange(s.gap, lang),
    s.best ? `${formatScore(s.best.mean, lang)} (${s.best.unitName})` : '—',
  ]);
}

export function indicatorHeader(unitName: string, t: Translate): string[] {
  return [
    t('indicators.col.question'),
    unitName,
    t('indicators.col.interval'),
    t('indicators.col.n'),
    t('indicators.col.group'),
    t('indicators.col.gap'),
    t('indicators.col.best'),
  ];
}

/** The questions table with its method note (and the labels' note, when the data has one). */
function IndicatorTable({
  stats,
  source,
  unitName,
  title,
  lang,
  t,
}: {
  readonly stats: readonly IndicatorStat[];
  readonly source: IndicatorSource;
  readonly unitName: string;
  readonly title: string;
  readonly lang: Lang;
  readonly t: Translate;
}) {
  return (
    <>
      <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
        <table className="table" data-testid="indicator-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {indicatorHeader(unitName, t).map((h, i) => (
                <th key={h} scope="col" className={i === 0 ? undefined : 'num'}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicatorRows(stats, source, lang).map((row, r) => (
              <tr key={stats[r]?.code ?? r}>
                {row.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={i} className="num">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="scorecard-notes">
        <li>{t('indicators.method')}</li>
        {source.labels?.note ? <li>{source.labels.note[lang]}</li> : null}
      </ul>
    </>
  );
}

export interface IndicatorSectionProps {
  readonly data: ScorecardData;
  readonly dataset: Dataset;
  readonly lang: Lang;
  readonly t: Translate;
  readonly groupName: string;
  /** The open sub-index (`sub=` with `ind=1`), or null. */
  readonly subId: string | null;
  readonly onOpen: (subId: string | null) => void;
}

/**
 * The questions behind a sub-index (`sub=<id>&ind=1`): each indicator's mean answer for the unit
 * with respondents and a 90 % interval, the group average and the best unit, most below first.
 * The response file is fetched only when a sub-index is opened; the space is reserved meanwhile.
 */
export function IndicatorSection({
  data,
  dataset,
  lang,
  t,
  groupName,
  subId,
  onOpen,
}: IndicatorSectionProps) {
  const open = subId !== null && data.subIndexBars.some((b) => b.id === subId);
  const state = useIndicatorSource(dataset, open);
  const bar = data.subIndexBars.find((b) => b.id === subId);
  const stats = useMemo(
    () =>
      state.status === 'ready' && open
        ? indicatorStats(
            state.source.table,
            state.source.mapping,
            data.year,
            data.groupId,
            subId,
            data.unitId,
          )
        : [],
    [state, open, data, subId],
  );
  if (state.status === 'none') return null;
  const scale = state.status === 'ready' ? state.source.scale : DEFAULT_ANSWER_SCALE;
  const title = bar
    ? t('indicators.title', { unit: data.unitName, name: bar.name[lang], year: data.year })
    : '';
  return (
    <div className="scorecard-indicators">
      <div className="scorecard-picker">
        <Select
          label={t('scorecard.questionsPicker')}
          value={open ? (subId ?? '') : ''}
          options={[
            { value: '', label: t('scorecard.questionsNone') },
            ...data.subIndexBars.map((b) => ({ value: b.id, label: b.name[lang] })),
          ]}
          onChange={(value) => onOpen(value === '' ? null : value)}
        />
      </div>
      {open ? (
        <div className="indicator-panel" data-testid="indicator-panel">
          <h3 className="scorecard-h3">{title}</h3>
          <p className="chart-frame__subtitle">
            {t('indicators.subtitle', { group: groupName, min: scale.min, max: scale.max })}
          </p>
          {state.status === 'loading' ? (
            <p role="status" className="scorecard-reserve">
              {t('indicators.loading')}
            </p>
          ) : state.status === 'failed' ? (
            <p role="alert">{t('indicators.failed')}</p>
          ) : stats.length === 0 ? (
            <p>{t('indicators.empty', { unit: data.unitName, year: data.year })}</p>
          ) : (
            <IndicatorTable
              stats={stats}
              source={state.source}
              unitName={data.unitName}
              title={title}
              lang={lang}
              t={t}
            />
          )}
          <div className="scorecard-panel-end">
            <button type="button" className="button" onClick={() => onOpen(null)}>
              {t('indicators.close')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { buildStabilityData, type StabilityBar } from '../../charts/data/weights.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { StabilityChart } from '../../charts/views/StabilityChart.tsx';
import type { UnitId } from '../../domain/types.ts';
import type { StabilityResult } from '../../domain/weights.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { RANKING_CHART_MAX_BARS } from '../../domain/truncation.ts';
import { StabilityTable } from './StabilityTable.tsx';

export interface StabilityFrameProps {
  readonly result: StabilityResult;
  readonly names: ReadonlyMap<UnitId, string>;
  readonly selected: string | null;
  readonly groupName: string;
  readonly year: number;
  readonly lang: Lang;
  readonly t: Translate;
  readonly source: string;
  readonly watermark: string | null;
  readonly exportInfo: ExportInfo;
  /** True while a result for newer weights is being computed (the shown one is for older weights). */
  readonly updating?: boolean;
}

/** The stability view: how often each unit stays in its rank band under random weightings. */
export function StabilityFrame({
  result: stabilityResult,
  names,
  selected,
  groupName,
  year,
  lang,
  t,
  source,
  watermark,
  exportInfo,
  updating = false,
}: StabilityFrameProps) {
  const stability = useMemo(
    () => buildStabilityData(stabilityResult, names, selected),
    [stabilityResult, names, selected],
  );
  const sTitle = t('weights.stability.title', { group: groupName.toLocaleLowerCase(lang), year });
  const percent = (share: number) =>
    t('weights.stability.percent', { value: formatInteger(Math.round(share * 100), lang) });
  const rangeText = (r: StabilityBar) =>
    r.rankLow === r.rankHigh
      ? formatInteger(r.rankLow, lang)
      : `${formatInteger(r.rankLow, lang)}–${formatInteger(r.rankHigh, lang)}`;
  const leastStable = [...stability.rows].sort(
    (a, b) => a.stayShare - b.stayShare || a.rank - b.rank,
  )[0];
  const sSummary = leastStable
    ? t('weights.stability.summary', {
        stable: formatInteger(stability.stable, lang),
        count: formatInteger(stability.rows.length, lang),
        name: leastStable.name,
        share: percent(leastStable.stayShare),
        low: formatInteger(leastStable.rankLow, lang),
        high: formatInteger(leastStable.rankHigh, lang),
      })
    : t('weights.stability.summaryEmpty');
  const method = t('weights.stability.method', {
    low: formatScore(1 - stabilityResult.spread, lang, 1),
    high: formatScore(1 + stabilityResult.spread, lang, 1),
    draws: formatInteger(stabilityResult.draws, lang),
    seed: stabilityResult.seed,
  });
  const sCaption = t('weights.stability.tableCaption', {
    group: groupName.toLocaleLowerCase(lang),
    year,
  });
  const sExportTable: ExportTable = {
    header: [
      t('table.rank'),
      t('table.unit'),
      t('weights.stability.col.band'),
      t('weights.stability.share'),
      `${t('weights.stability.range')} (5%)`,
      `${t('weights.stability.range')} (95%)`,
    ],
    rows: stability.rows.map((r) => [
      r.rank,
      r.name,
      t(`weights.stability.band${r.band}`),
      Math.round(r.stayShare * 1000) / 10,
      r.rankLow,
      r.rankHigh,
    ]),
  };

  return (
    <div className="weights-stability" aria-busy={updating}>
      {/* Visual only: a live region would repeat it on every slider step (aria-busy says it). */}
      <p className="weights-stability__status" aria-hidden="true">
        {updating ? t('weights.stability.updating') : ''}
      </p>
      <ChartFrame
        title={sTitle}
        subtitle={t('weights.stability.subtitle', {
          draws: formatInteger(stabilityResult.draws, lang),
        })}
        summary={`${sSummary} ${method}`}
        source={source}
        notes={[t('weights.noteRecomputed'), t('weights.stability.note')]}
        watermark={watermark}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t('weights.stability.chartLabel', { title: sTitle }),
        }}
        table={<StabilityTable data={stability} lang={lang} t={t} caption={sCaption} />}
        tools={(f) => (
          <ExportMenu
            {...f}
            lang={lang}
            table={sExportTable}
            info={{ ...exportInfo, caption: sSummary, alt: sSummary }}
          />
        )}
      >
        {(width) => (
          <StabilityChart
            data={stability}
            width={width}
            labels={{
              share: t('weights.stability.share'),
              rangeHeading: t('weights.stability.range'),
              band: (band, from, to) =>
                t('weights.stability.bandHeading', {
                  band: t(`weights.stability.band${band}`),
                  from: formatInteger(from, lang),
                  to: formatInteger(to, lang),
                }),
              percent,
              rangeText,
            }}
            truncation={{
              max: RANKING_CHART_MAX_BARS,
              gapLabel: (hidden) => t('ranking.gap', { count: formatInteger(hidden, lang) }),
            }}
          />
        )}
      </ChartFrame>
    </div>
  );
}

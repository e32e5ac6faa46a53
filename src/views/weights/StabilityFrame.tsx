import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import type { ExportInfo } from '../../export/types.ts';
import { StabilityChart } from '../../charts/views/StabilityChart.tsx';
import type { UnitId } from '../../domain/types.ts';
import type { StabilityResult } from '../../domain/weights.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger } from '../../i18n/format.ts';
import { RANKING_CHART_MAX_BARS } from '../../domain/truncation.ts';
import { buildStabilityModel } from './model.ts';
import { StabilityTable } from './StabilityTable.tsx';
import { frameLabels } from '../labels.ts';

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
  const model = useMemo(
    () => buildStabilityModel(stabilityResult, names, selected, { groupName, year, lang }, t),
    [stabilityResult, names, selected, groupName, year, lang, t],
  );
  const { title: sTitle, summary: sSummary, data: stability, percent, rangeText } = model;

  return (
    <div className="weights-stability" aria-busy={updating}>
      {/* Visual only: a live region would repeat it on every slider step (aria-busy says it). */}
      <p className="weights-stability__status" aria-hidden="true">
        {updating ? t('weights.stability.updating') : ''}
      </p>
      <ChartFrame
        title={sTitle}
        subtitle={model.subtitle}
        summary={`${sSummary} ${model.method}`}
        source={source}
        notes={model.notes}
        watermark={watermark}
        labels={frameLabels(t, t('weights.stability.chartLabel', { title: sTitle }))}
        table={<StabilityTable data={stability} lang={lang} t={t} caption={model.caption} />}
        tools={(f) => (
          <ExportMenu
            {...f}
            lang={lang}
            table={model.exportTable}
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

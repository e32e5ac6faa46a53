import type { ReactNode } from 'react';
import type { DotAxis } from '../../charts/data/dots.ts';
import type { RankingBar } from '../../charts/data/ranking.ts';
import { RankingChart } from '../../charts/views/RankingChart.tsx';
import { RankingDotsChart } from '../../charts/views/RankingDotsChart.tsx';
import { Z_90 } from '../../domain/confidence.ts';
import { RANKING_CHART_MAX_BARS } from '../../domain/truncation.ts';
import type { ChartTarget } from '../../export/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { barDetail } from '../statsText.ts';
import type { RankingModel } from './model.ts';

export interface RankingRenderInput {
  readonly model: Pick<RankingModel, 'chartData' | 'scaleMax' | 'references'>;
  /** The zoomed axis of the dots chart. */
  readonly axis: DotAxis;
  /** Dots on a zoomed axis (`chart=dots`) instead of bars. */
  readonly dots: boolean;
  /** The selected unit (`unit=`); selecting it again clears the selection. */
  readonly unit: string | null;
  readonly onUnit: (unit: string | null) => void;
  /** The footnote of a fixed-size image that cannot show every bar. */
  readonly footnote: (shown: number, total: number) => string[];
  readonly lang: Lang;
  readonly t: Translate;
}

/**
 * The ranking chart as the screen, the exports and the Word report draw it: bars or dots, from the
 * same rows, with `highlight` marking units (the export's choice) and a fixed size for images.
 */
export function rankingRenderer(input: RankingRenderInput) {
  const { model, axis, dots, unit, onUnit, footnote, lang, t } = input;
  const { chartData, scaleMax, references } = model;
  return (
    width: number,
    highlight: readonly string[] | null = null,
    target?: ChartTarget,
  ): ReactNode => {
    const data = highlight
      ? {
          ...chartData,
          bars: chartData.bars.map((b) => ({ ...b, selected: highlight.includes(b.unitId) })),
        }
      : chartData;
    const common = {
      data,
      width,
      formatValue: (v: number | null) => formatScore(v, lang),
      averageLabel: t('ranking.average', { value: formatScore(chartData.mean, lang) }),
      scaleMax,
      onSelect: (u: string) => onUnit(u === unit ? null : u),
      detail: (b: RankingBar) => barDetail(b, t, lang),
      whisker: (b: RankingBar) => (b.standardError === null ? null : Z_90 * b.standardError),
      truncation: {
        max: RANKING_CHART_MAX_BARS,
        gapLabel: (hidden: number) => t('ranking.gap', { count: formatInteger(hidden, lang) }),
      },
    };
    return dots ? (
      <RankingDotsChart
        {...common}
        references={references}
        axis={axis}
        zoomNote={t('ranking.zoomNote', {
          from: formatScore(axis.domain[0], lang).replace(/[.,]00$/, ''),
        })}
      />
    ) : (
      <RankingChart
        {...common}
        references={references}
        {...(target?.height ? { fit: { height: target.height, footnote } } : {})}
      />
    );
  };
}

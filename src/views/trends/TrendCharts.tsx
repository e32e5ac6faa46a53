import type { TrendData } from '../../charts/data/trends.ts';
import { TrendChart } from '../../charts/views/TrendChart.tsx';
import {
  layoutKey,
  TrendHeading,
  TrendKey,
  type TrendKeyItem,
} from '../../charts/views/TrendKey.tsx';
import type { Lang } from '../../domain/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';

export interface TrendChartsProps {
  readonly trend: TrendData;
  readonly keyItems: readonly TrendKeyItem[];
  readonly scaleMax: number;
  readonly width: number;
  /** The height of a fixed-size image; null on screen. */
  readonly fitHeight: number | null;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The key, then the score lines and the rank lines, stacked (as SVG, so image exports keep all). */
export function TrendCharts({
  trend,
  keyItems,
  scaleMax,
  width,
  fitHeight,
  lang,
  t,
}: TrendChartsProps) {
  // A fixed-size image: 14 px text, the two charts sharing the height left by the key
  // and the headings (5 SVGs, 4 gaps of 8 px between them in the image).
  const fit = fitHeight ? fitHeight : null;
  const font = fit ? 14 : undefined;
  const keyH = trend.series.length > 0 ? layoutKey(keyItems, width, font).height : 0;
  const charts = fit ? Math.max(160, fit - keyH - 2 * 24 - 4 * 8) : 0;
  return (
    <div className="trends-charts">
      {trend.series.length > 0 ? (
        <TrendKey width={width} items={keyItems} {...(font ? { fontSize: font } : {})} />
      ) : null}
      <TrendHeading text={t('trends.scoreHeading')} width={width} />
      <TrendChart
        data={trend}
        metric="total"
        scaleMax={scaleMax}
        width={width}
        height={fit ? Math.round(charts * 0.55) : 240}
        {...(font ? { fontSize: font } : {})}
        formatTick={(v) => formatScore(v, lang, 0)}
        formatValue={(v) => formatScore(v, lang)}
      />
      <TrendHeading text={t('trends.rankHeading')} width={width} />
      <TrendChart
        data={trend}
        metric="rank"
        width={width}
        height={fit ? Math.floor(charts * 0.45) : 200}
        {...(font ? { fontSize: font } : {})}
        formatTick={(v) => formatInteger(v, lang)}
        formatValue={(v) => formatInteger(v, lang)}
      />
    </div>
  );
}

import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { Select } from '../../ui/Select.tsx';
import { sourceLine, frameLabels } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { buildTrendsScreen, MAX_TREND_UNITS, type TrendsModel } from './model.ts';
import { SlopeSection, type SlopeSectionProps } from './SlopeSection.tsx';
import { TrendCharts } from './TrendCharts.tsx';
import { TrendsTable } from './TrendsTable.tsx';
import { UnitChooser } from './UnitChooser.tsx';

/**
 * Trends: score and rank over the years for up to 5 chosen units (a gap where a unit has no
 * data), a slope between `year` and `y2`, and the risers and fallers between them. Everything
 * it shows is in the URL (`units`, `year`, `y2`); the screen renders `buildTrendsScreen`.
 */
export function TrendsView({ dataset, view, lang, t, onSelect }: ScreenProps) {
  const model = useMemo(() => buildTrendsScreen(dataset, view, t), [dataset, view, t]);
  const { title, trend } = model;
  const source = sourceLine(dataset, lang, t);
  const watermark = dataset.illustrative ? t('chart.watermark') : null;

  return (
    <div className="view view--trends">
      <UnitChooser
        units={model.units}
        chosen={model.chosen}
        max={MAX_TREND_UNITS}
        t={t}
        onChange={(units) => onSelect({ units })}
        onReset={view.units.length > 0 ? () => onSelect({ units: [] }) : undefined}
      />
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        summary={model.summary}
        source={source}
        notes={model.notes}
        watermark={watermark}
        labels={frameLabels(t, t('trends.chartLabel', { title }))}
        table={
          <TrendsTable
            dataset={dataset}
            trend={trend}
            caption={model.tableCaption}
            lang={lang}
            t={t}
            minRespondents={view.minn}
          />
        }
        tools={(f) => (
          <ExportMenu {...f} lang={lang} table={model.exportTable} info={model.exportInfo} />
        )}
      >
        {(width, target) => (
          <TrendCharts
            trend={trend}
            keyItems={model.keyItems}
            scaleMax={model.scaleMax}
            width={width}
            fitHeight={target?.height ?? null}
            lang={lang}
            t={t}
          />
        )}
      </ChartFrame>
      <SlopePart
        dataset={dataset}
        model={model}
        lang={lang}
        t={t}
        source={source}
        watermark={watermark}
        minRespondents={view.minn}
        onSelect={onSelect}
      />
    </div>
  );
}

/** Below the lines: the year to compare with and the slope section, or why there is none. */
function SlopePart({
  dataset,
  model,
  lang,
  t,
  source,
  watermark,
  minRespondents,
  onSelect,
}: Omit<SlopeSectionProps, 'model'> & {
  readonly model: TrendsModel;
  readonly onSelect: ScreenProps['onSelect'];
}) {
  const { slope } = model;
  return slope === null ? (
    <p className="trends-single-year" role="note">
      {t('trends.singleYear')}
    </p>
  ) : (
    <>
      <div className="trends-controls">
        <Select
          label={t('trends.compareYear')}
          value={String(model.compareYear)}
          options={model.dataYears.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => onSelect({ y2: Number(v) })}
        />
      </div>
      <SlopeSection
        dataset={dataset}
        model={slope}
        lang={lang}
        t={t}
        source={source}
        watermark={watermark}
        minRespondents={minRespondents}
      />
    </>
  );
}

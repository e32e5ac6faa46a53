import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { DistributionChart } from '../../charts/views/DistributionChart.tsx';
import { formatScore } from '../../i18n/format.ts';
import { sourceLine, frameLabels } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { DistributionTable } from './DistributionTable.tsx';
import { buildDistributionScreen } from './model.ts';

/**
 * Every group's totals in the selected year as a strip of dots, with the median and the spread
 * (best − worst) marked and written out — the figures quoted after results conferences — and the
 * selected unit highlighted.
 */
export default function DistributionScreen({ dataset, view, lang, t }: ScreenProps) {
  const { year } = view;
  const model = useMemo(() => buildDistributionScreen(dataset, view, t), [dataset, view, t]);
  const { title, summary, data, heading, selectedLine, spreadText } = model;

  return (
    <div className="view view--distribution">
      <ChartFrame
        title={title}
        subtitle={model.subtitle}
        summary={summary}
        source={sourceLine(dataset, lang, t)}
        notes={model.notes}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={frameLabels(t, t('distribution.chartLabel', { title }))}
        table={
          <DistributionTable
            data={data}
            lang={lang}
            t={t}
            title={title}
            minRespondents={view.minn}
          />
        }
        tools={(f) => (
          <ExportMenu {...f} lang={lang} table={model.exportTable} info={model.exportInfo} />
        )}
      >
        {(width, target) => (
          <DistributionChart
            data={data}
            width={width}
            fit={Boolean(target?.height)}
            formatValue={(v) => formatScore(v, lang)}
            labels={{
              heading,
              selected: selectedLine,
              median: (g) =>
                t('distribution.median', { value: formatScore(g.summary.median, lang) }),
              spread: spreadText,
              empty: t('distribution.groupEmpty', { year }),
            }}
          />
        )}
      </ChartFrame>
    </div>
  );
}

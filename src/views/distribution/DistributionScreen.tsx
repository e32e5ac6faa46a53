import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { buildDistributionData, type DistributionGroup } from '../../charts/data/distribution.ts';
import { DistributionChart } from '../../charts/views/DistributionChart.tsx';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { sourceLine } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { DistributionTable } from './DistributionTable.tsx';
import { comparabilityText } from '../scorecard/comparabilityText.ts';

const lower = (s: string, lang: string) =>
  s ? s.charAt(0).toLocaleLowerCase(lang) + s.slice(1) : s;

/**
 * Every group's totals in the selected year as a strip of dots, with the median and the spread
 * (best − worst) marked and written out — the figures quoted after results conferences — and the
 * selected unit highlighted.
 */
export default function DistributionScreen({ dataset, view, lang, t }: ScreenProps) {
  const year = view.year;
  const data = useMemo(
    () => buildDistributionData(dataset, year, view.unit),
    [dataset, year, view.unit],
  );
  const title = t('distribution.title', { index: dataset.indexName, year });
  const spreadText = (g: DistributionGroup) =>
    g.summary.n < 2
      ? t('distribution.spreadOne', { n: g.summary.n })
      : t('distribution.spread', {
          n: formatInteger(g.summary.n, lang),
          group: lower(g.name[lang], lang),
          spread: formatScore(g.summary.spread, lang),
        });
  const heading = (g: DistributionGroup) =>
    t('distribution.heading', { group: g.name[lang], n: formatInteger(g.summary.n, lang) });
  const selectedLine = (g: DistributionGroup) => {
    const p = g.points.find((x) => x.selected);
    return p
      ? t('distribution.selected', {
          name: p.name,
          value: formatScore(p.total, lang),
          rank: formatInteger(p.rank, lang),
          count: formatInteger(g.summary.n, lang),
        })
      : null;
  };
  const withData = data.groups.filter((g) => g.summary.n > 0);
  const summary =
    withData.length === 0
      ? t('distribution.empty', { year })
      : withData
          .map((g) =>
            t('distribution.groupSummary', {
              group: g.name[lang],
              spreadText: spreadText(g),
              median: formatScore(g.summary.median, lang),
              best: g.bestNames.join(', '),
              bestValue: formatScore(g.summary.best, lang),
              worst: g.worstNames.join(', '),
              worstValue: formatScore(g.summary.worst, lang),
            }),
          )
          .join(' ');
  const notes: string[] = [t('distribution.legendNote')];
  for (const g of data.groups) {
    if (g.missing > 0)
      notes.push(t('distribution.missing', { group: g.name[lang], count: g.missing }));
    for (const n of comparabilityText(g.notes, lang, t)) notes.push(`${g.name[lang]}: ${n}`);
  }
  const unique = [...new Set(notes)];
  const exportTable: ExportTable = {
    header: [t('distribution.col.group'), t('table.rank'), t('table.unit'), t('table.total')],
    rows: data.groups.flatMap((g) => g.points.map((p) => [g.name[lang], p.rank, p.name, p.total])),
  };
  // Every group is drawn: the file name says so (file names are Vietnamese whatever the UI language).
  const exportInfo: ExportInfo = {
    dataset,
    view: 'distribution',
    groupId: translate('vi', 'distribution.allGroups'),
    year,
    caption: summary,
    alt: summary,
  };

  return (
    <div className="view view--distribution">
      <ChartFrame
        title={title}
        subtitle={t('distribution.subtitle', { year, count: data.groups.length })}
        summary={summary}
        source={sourceLine(dataset, lang, t)}
        notes={unique}
        watermark={dataset.illustrative ? t('chart.watermark') : null}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t('distribution.chartLabel', { title }),
        }}
        table={
          <DistributionTable
            data={data}
            lang={lang}
            t={t}
            title={title}
            minRespondents={view.minn}
          />
        }
        tools={(f) => <ExportMenu {...f} lang={lang} table={exportTable} info={exportInfo} />}
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

import {
  buildDistributionData,
  type DistributionData,
  type DistributionGroup,
} from '../../charts/data/distribution.ts';
import type { Dataset } from '../../domain/types.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { translate, type Translate } from '../../i18n/i18n.ts';
import { comparabilityText } from '../scorecard/comparabilityText.ts';
import type { ScreenView } from '../screenProps.ts';

const lower = (s: string, lang: string) =>
  s ? s.charAt(0).toLocaleLowerCase(lang) + s.slice(1) : s;

/** Everything the Distribution screen shows, as text and chart data (no pixels). */
export interface DistributionModel {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly exportTable: ExportTable;
  readonly exportInfo: ExportInfo;
  readonly data: DistributionData;
  /** A group's heading, its spread sentence and the selected unit's line (null without one). */
  readonly heading: (g: DistributionGroup) => string;
  readonly spreadText: (g: DistributionGroup) => string;
  readonly selectedLine: (g: DistributionGroup) => string | null;
}

/**
 * The Distribution screen's model: every group's totals in the selected year with the median
 * and the spread (best − worst) written out, and the selected unit's place.
 */
export function buildDistributionScreen(
  dataset: Dataset,
  view: ScreenView,
  t: Translate,
): DistributionModel {
  const { lang, year } = view;
  const data = buildDistributionData(dataset, year, view.unit);
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

  return {
    title,
    subtitle: t('distribution.subtitle', { year, count: data.groups.length }),
    summary,
    notes: unique,
    exportTable,
    exportInfo,
    data,
    heading,
    spreadText,
    selectedLine,
  };
}

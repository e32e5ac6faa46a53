import type { ScorecardData } from '../../charts/data/scorecard.ts';
import type { GroupYear } from '../../domain/groupYear.ts';
import type { GroupYearStats } from '../../domain/uncertainty.ts';
import type { ReportBlock, ReportImage } from '../../export/docx/blocks.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import type { IndicatorSource } from '../scorecard/indicatorSource.ts';
import { intervalText, moveFlagText } from '../statsText.ts';
import { unitReportBlocks } from './unitReport.ts';

export interface GroupReportInput {
  readonly groupYear: GroupYear;
  readonly indexName: string;
  readonly lang: Lang;
  readonly t: Translate;
  readonly groupName: string;
  readonly title: string;
  readonly ranking: ReportImage | null;
  readonly stats: GroupYearStats | null;
  /** Every unit of the group-year in ranking order, with its scorecard and sentence. */
  readonly units: readonly { readonly data: ScorecardData; readonly sentence: string }[];
  /** The ranking's notes as shown under its chart. */
  readonly notes: readonly string[];
  readonly source: string;
  readonly minRespondents: number;
  readonly indicators: IndicatorSource | null;
  readonly made: string;
}

/** The ranking as a table: rank, unit, total, respondents (when known) and rank interval (with stats). */
function rankingTable({
  groupYear,
  lang,
  t,
  stats,
  minRespondents,
}: GroupReportInput): ReportBlock {
  const withN = groupYear.standings.some((s) => s.observation.respondents !== null);
  const withInterval = stats !== null && stats.intervals.size > 0;
  return {
    kind: 'table',
    header: [
      t('table.rank'),
      t('table.unit'),
      t('table.total'),
      ...(withN ? [t('table.respondents')] : []),
      ...(withInterval ? [t('table.interval')] : []),
    ],
    rows: groupYear.standings.map((s) => [
      formatInteger(s.rank.rank, lang),
      s.unit.name,
      formatScore(s.total, lang),
      ...(withN
        ? [
            `${formatInteger(s.observation.respondents, lang)}${
              s.observation.respondents !== null && s.observation.respondents < minRespondents
                ? t('stats.lowNMark')
                : ''
            }`,
          ]
        : []),
      ...(withInterval ? [intervalText(stats.intervals.get(s.unit.id) ?? null, t, lang)] : []),
    ]),
    numeric: [0, 2, ...(withN ? [3] : [])],
    widths: [8, 40, 14, ...(withN ? [14] : []), ...(withInterval ? [18] : [])],
  };
}

/** The rank changes against the previous year, most gained first (or that there are none). */
function moversBlock({ groupYear, lang, t, stats }: GroupReportInput): ReportBlock {
  const prev = groupYear.previousYear;
  const movers = groupYear.standings
    .filter((s) => s.rankChange !== null)
    .slice()
    .sort((a, b) => (b.rankChange ?? 0) - (a.rankChange ?? 0) || (b.change ?? 0) - (a.change ?? 0));
  if (prev === null || movers.length === 0)
    return { kind: 'paragraph', text: t('report.noMovers') };
  return {
    kind: 'table',
    header: [
      t('table.unit'),
      t('scorecard.rankChange', { year: prev }),
      t('scorecard.change', { year: prev }),
    ],
    rows: movers.map((s) => {
      const v = s.rankChange ?? 0;
      const flag = moveFlagText(stats?.moves.get(s.unit.id) ?? null, t);
      return [
        s.unit.name,
        `${formatInteger(s.previousRank, lang)} → ${formatInteger(s.rank.rank, lang)} (${
          v === 0 ? '=' : v > 0 ? `▲ +${formatInteger(v, lang)}` : `▼ −${formatInteger(-v, lang)}`
        }${flag ? `, ${flag}` : ''})`,
        formatChange(s.change, lang),
      ];
    }),
    numeric: [2],
    widths: [34, 46, 20],
  };
}

/** The report's notes: the ranking's, then how to read the questions when the data has them. */
function notesList({ notes, indicators, lang, t }: GroupReportInput): ReportBlock {
  return {
    kind: 'list',
    items: [
      ...notes,
      ...(indicators
        ? [
            t('report.questionsNote', { min: 1, max: 5 }),
            t('indicators.method'),
            ...(indicators.labels?.note ? [indicators.labels.note[lang]] : []),
          ]
        : []),
    ],
  };
}

/**
 * The group report (issue 15, point 2): the ranking chart and table, the rank changes against
 * the previous year, then one page per unit (its scorecard without the charts). Pure.
 */
export function groupReportBlocks(input: GroupReportInput): ReportBlock[] {
  const { groupYear, lang, t } = input;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: input.title },
    {
      kind: 'paragraph',
      text: t('report.subtitle', { group: input.groupName, year: groupYear.year }),
    },
    { kind: 'heading', level: 2, text: t('report.ranking') },
    input.ranking
      ? { kind: 'image', image: input.ranking, maxHeightMm: 150 }
      : { kind: 'paragraph', text: t('report.chartUnavailable'), emphasis: 'small' },
    rankingTable(input),
    { kind: 'heading', level: 2, text: t('report.movers') },
    moversBlock(input),
    { kind: 'heading', level: 2, text: t('report.notes') },
    notesList(input),
    { kind: 'paragraph', text: input.source, emphasis: 'small' },
  ];
  for (const u of input.units) {
    blocks.push({ kind: 'pageBreak' });
    blocks.push(
      ...unitReportBlocks({
        data: u.data,
        indexName: input.indexName,
        lang,
        t,
        groupName: input.groupName,
        sentence: u.sentence,
        notes: [],
        source: input.source,
        minRespondents: input.minRespondents,
        indicators: input.indicators,
        images: { sub: null, gap: null },
        made: '',
        titleLevel: 2,
        compact: true,
      }),
    );
  }
  blocks.push({ kind: 'paragraph', text: input.made, emphasis: 'small' });
  return blocks;
}

import { buildGapData, type GapChartData } from '../../charts/data/gap.ts';
import type { ScorecardData } from '../../charts/data/scorecard.ts';
import type { Dataset, Lang } from '../../domain/types.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';

/** The text of one chart frame of the scorecard (no pixels). */
export interface ScorecardFrame {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly exportTable: ExportTable;
  readonly exportInfo: ExportInfo;
}

/** The gap to the leader: a frame with its chart data, or a sentence instead of a chart. */
export type GapFrame =
  | (ScorecardFrame & { readonly kind: 'frame'; readonly chart: GapChartData })
  | { readonly kind: 'text'; readonly text: string };

/** What every frame of one unit's scorecard shares. */
export interface FrameContext {
  readonly dataset: Dataset;
  readonly data: ScorecardData;
  /** The auto-written sentence, offered as the caption of exported images. */
  readonly sentence: string;
  readonly lang: Lang;
  readonly t: Translate;
  readonly groupName: string;
  /** Notes shared by the sub-index and gap frames (comparability, rescaling, the 2025 merger). */
  readonly notes: readonly string[];
}

/** What the export dialog needs for a scorecard frame: file names, citation, caption and alt text. */
export function scorecardExportInfo(
  { dataset, data, sentence }: FrameContext,
  alt: string,
  year: number | string = data.year,
): ExportInfo {
  return {
    dataset,
    view: 'scorecard',
    groupId: data.groupId,
    year,
    // The unit the scorecard is about: its history's CSV names it, so it re-imports to it.
    unitId: data.unitId,
    caption: sentence,
    alt,
  };
}

function subIndexSummary({ data, lang, t, groupName }: FrameContext): string {
  const unit = data.unitName;
  if (data.subIndexBars.length === 0) return t('scorecard.subSummaryEmpty');
  const names = (gaps: typeof data.strengths) =>
    gaps.map((g) => `${g.subIndex.name[lang]} (${formatChange(g.gap, lang)})`).join('; ');
  if (data.strengths.length === 0 && data.weaknesses.length === 0)
    return t('scorecard.subSummaryAlone', { unit, group: groupName, year: data.year });
  if (data.strengths.length === 0)
    return t('scorecard.subSummaryNoStrength', { unit, weaknesses: names(data.weaknesses) });
  if (data.weaknesses.length === 0)
    return t('scorecard.subSummaryNoWeakness', { unit, strengths: names(data.strengths) });
  return t('scorecard.subSummary', {
    unit,
    strengths: names(data.strengths),
    weaknesses: names(data.weaknesses),
  });
}

/** Sub-index bars against the group's average, median and best; null without sub-indices. */
export function subIndexFrame(c: FrameContext): ScorecardFrame | null {
  const { data, lang, t } = c;
  if (data.subIndexBars.length === 0) return null;
  const summary = subIndexSummary(c);
  const missing = data.subIndexBars.some((b) => b.value === null);
  return {
    title: t('scorecard.subTitle', {
      unit: data.unitName,
      index: c.dataset.indexName,
      year: data.year,
    }),
    subtitle: t('scorecard.subSubtitle', { group: c.groupName, year: data.year }),
    summary,
    notes: [...(missing ? [t('ranking.missingNote')] : []), ...c.notes],
    exportTable: {
      header: [
        t('scorecard.col.subIndex'),
        data.unitName,
        t('scorecard.col.rank'),
        t('scorecard.mean'),
        t('scorecard.median'),
        t('scorecard.best'),
      ],
      rows: data.subIndexBars.map((b) => [b.name[lang], b.value, b.rank, b.mean, b.median, b.best]),
    },
    exportInfo: scorecardExportInfo(c, summary),
  };
}

/** Whether the weighted parts add up to the published gap, or that they are unweighted. */
function gapNotes(chart: GapChartData, c: FrameContext, unit: string, other: string): string[] {
  const { lang, t } = c;
  const notes: string[] = [
    t(chart.unitLeads ? 'scorecard.leadDirection' : 'scorecard.gapDirection', { unit, other }),
  ];
  const sums = {
    sum: formatScore(chart.contributionSum, lang),
    gap: formatScore(chart.totalGap, lang),
  };
  if (!chart.weighted) notes.push(t('scorecard.gapUnweightedNote'));
  else if (chart.addsUp) notes.push(t('scorecard.gapAddsUp', sums));
  else
    notes.push(
      t('scorecard.gapNotAddsUp', { ...sums, residual: formatChange(chart.residual, lang) }),
    );
  return [...notes, ...c.notes];
}

function gapSummary(chart: GapChartData, c: FrameContext, unit: string, other: string): string {
  const { lang, t } = c;
  if (chart.totalGap === 0) return t('scorecard.gapTie', { unit, other });
  const top = chart.bars[0];
  const key = chart.unitLeads
    ? chart.weighted
      ? 'scorecard.leadSummaryWeighted'
      : 'scorecard.leadSummaryUnweighted'
    : chart.weighted
      ? 'scorecard.gapSummaryWeighted'
      : 'scorecard.gapSummaryUnweighted';
  return t(key, {
    unit,
    other,
    leader: other,
    gap: formatScore(chart.totalGap, lang),
    top: top?.name[lang] ?? '—',
    value: formatChange(top?.value ?? null, lang),
  });
}

/**
 * The gap to the leader (or the lead over the runner-up) by sub-index: weighted contributions in
 * points of the total where the dataset's weights are known, otherwise unweighted differences
 * plainly labelled as such. Says when the weighted parts do not add up to the published gap.
 */
export function gapFrame(c: FrameContext): GapFrame {
  const { data, lang, t } = c;
  const unit = data.unitName;
  if (data.gap === null) return { kind: 'text', text: t('scorecard.gapNone', { unit }) };
  const chart = buildGapData(data.gap);
  const other = chart.referenceName;
  // No sub-index both units have: state the gap in the total and claim nothing about its parts.
  if (chart.bars.every((b) => b.value === null))
    return {
      kind: 'text',
      text: t(chart.unitLeads ? 'scorecard.leadNoParts' : 'scorecard.gapNoParts', {
        unit,
        other,
        gap: formatScore(chart.totalGap, lang),
      }),
    };
  const summary = gapSummary(chart, c, unit, other);
  return {
    kind: 'frame',
    chart,
    title: chart.unitLeads
      ? t('scorecard.leadTitle', { unit, other })
      : t('scorecard.gapTitle', { unit, leader: other }),
    subtitle: t(
      chart.weighted ? 'scorecard.gapSubtitleWeighted' : 'scorecard.gapSubtitleUnweighted',
      { group: c.groupName, year: data.year },
    ),
    summary,
    notes: gapNotes(chart, c, unit, other),
    exportTable: {
      header: [
        t('scorecard.col.subIndex'),
        unit,
        other,
        chart.weighted ? t('scorecard.col.contribution') : t('scorecard.col.difference'),
      ],
      rows: chart.bars.map((b) => [b.name[lang], b.unitValue, b.leaderValue, b.value]),
    },
    exportInfo: scorecardExportInfo(c, summary),
  };
}

/** The unit's score and rank over every year of its group. */
export function historyFrame(c: FrameContext, historyNotes: readonly string[]): ScorecardFrame {
  const { data, lang, t } = c;
  const first = data.history[0]?.year ?? data.year;
  const last = data.history[data.history.length - 1]?.year ?? data.year;
  const items = data.history.map((p) =>
    p.total === null && p.rank === null
      ? t('scorecard.historyAbsent', { year: p.year })
      : t('scorecard.historyItem', {
          year: p.year,
          score: formatScore(p.total, lang),
          rank: formatInteger(p.rank, lang),
          count: formatInteger(p.rankedCount, lang),
        }),
  );
  const summary = `${items.join('; ')}.`;
  return {
    title: t('scorecard.historyTitle', { unit: data.unitName }),
    subtitle: t('scorecard.historySubtitle', { group: c.groupName, from: first, to: last }),
    summary,
    notes: [
      ...(data.history.some((p) => !p.present) ? [t('scorecard.historyAbsentNote')] : []),
      ...(data.history.some((p) => p.methodChange) ? [t('scorecard.historyMethodNote')] : []),
      ...historyNotes,
    ],
    exportTable: {
      header: [
        t('controls.year'),
        t('scorecard.total'),
        t('scorecard.rank'),
        t('scorecard.col.rankedCount'),
      ],
      rows: data.history.map((p) => [p.year, p.total, p.rank, p.rankedCount]),
    },
    exportInfo: scorecardExportInfo(c, summary, first === last ? first : `${first}–${last}`),
  };
}

import { buildGapData } from '../../charts/data/gap.ts';
import type { ScorecardData } from '../../charts/data/scorecard.ts';
import type { GapBreakdown } from '../../domain/gap.ts';
import { indicatorStats, type IndicatorStat } from '../../domain/indicators.ts';
import { DEFAULT_ANSWER_SCALE } from '../../domain/responses.ts';
import type { ReportBlock, ReportImage } from '../../export/docx/blocks.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatChange, formatInteger, formatScore } from '../../i18n/format.ts';
import { rankMoveLabel } from '../labels.ts';
import { indicatorHeader, indicatorRows } from '../scorecard/IndicatorSection.tsx';
import type { IndicatorSource } from '../scorecard/indicatorSource.ts';
import { noChangeReason } from '../scorecard/model.ts';
import { intervalText, moveFlagText } from '../statsText.ts';

/**
 * The content of a unit's Word report (issue 15, point 1) as plain blocks: the scorecard's own
 * facts, formatted with the same functions and messages as on screen, so the figures in Word
 * equal the figures on the page. Pure; the images are rendered beforehand by the export pipeline.
 */

export interface UnitReportInput {
  readonly data: ScorecardData;
  readonly indexName: string;
  readonly lang: Lang;
  readonly t: Translate;
  readonly groupName: string;
  /** The scorecard's sentence to quote (domain/sentence.ts). */
  readonly sentence: string;
  /** The notes shown under the key figures (comparability, rank-interval method, †). */
  readonly notes: readonly string[];
  readonly source: string;
  /** Minimum respondents below which the count is marked †. */
  readonly minRespondents: number;
  /** Respondent-level answers (the bundled response file), or null when the data has none. */
  readonly indicators: IndicatorSource | null;
  readonly images: { readonly sub: ReportImage | null; readonly gap: ReportImage | null };
  /** "Tạo bằng … ngày 06/12/2026": the date is formatted by the caller. */
  readonly made: string;
  /** Heading level of the unit's title: 1 alone, 2 inside a group report. */
  readonly titleLevel?: 1 | 2;
  /**
   * One page of a group report: no charts, no gap section, fewer questions, and the notes,
   * source and date once for the whole report instead of per unit.
   */
  readonly compact?: boolean;
}

/** The key figures as on the scorecard (KeyFigures.tsx): term and value, in display order. */
export function keyFigureItems(
  data: ScorecardData,
  lang: Lang,
  t: Translate,
  minRespondents: number,
): [string, string][] {
  const s = data.standing;
  const prev = data.previousYear;
  const why = noChangeReason(data, t);
  const items: [string, string][] = [[t('scorecard.total'), formatScore(s.total, lang)]];
  const rank =
    s.rank.rank === null
      ? t('table.notRanked')
      : t('scorecard.rankOf', {
          rank: formatInteger(s.rank.rank, lang),
          count: formatInteger(data.rankedCount, lang),
        });
  items.push([
    t('scorecard.rank'),
    `${rank}${data.tied ? ` ${t('scorecard.tied')}` : ''}${s.rank.source === 'computed' ? '*' : ''}`,
  ]);
  if (data.facts.interval)
    items.push([t('table.interval'), intervalText(data.facts.interval, t, lang)]);
  const n = s.observation.respondents;
  if (n !== null)
    items.push([
      t('table.respondents'),
      `${formatInteger(n, lang)}${n < minRespondents ? t('stats.lowNMark') : ''}`,
    ]);
  if (s.observation.standardError !== null)
    items.push([t('table.se'), formatScore(s.observation.standardError, lang)]);
  if (data.tier) items.push([t('scorecard.tier'), data.tier]);
  items.push([
    prev === null ? t('scorecard.changeNoYear') : t('scorecard.change', { year: prev }),
    why ?? formatChange(s.change, lang),
  ]);
  let rankChange = '—';
  const v = s.rankChange;
  if (v === 0) rankChange = `= 0 (${t('change.same')})`;
  else if (v !== null) {
    const flag = moveFlagText(data.facts.moveFlag ?? null, t);
    rankChange = `${rankMoveLabel(v, lang, t)?.shown ?? ''}${flag ? ` (${flag})` : ''}`;
  }
  items.push([
    prev === null ? t('scorecard.rankChangeNoYear') : t('scorecard.rankChange', { year: prev }),
    why ?? rankChange,
  ]);
  return items;
}

/** The sub-index table as on the scorecard (SubIndexSection.tsx): value, rank, mean, best. */
export function subIndexTable(
  data: ScorecardData,
  lang: Lang,
  t: Translate,
  small = false,
): ReportBlock {
  return {
    kind: 'table',
    header: [
      t('scorecard.col.subIndex'),
      data.unitName,
      t('scorecard.col.rank'),
      t('scorecard.mean'),
      t('scorecard.best'),
    ],
    rows: data.subIndexBars.map((b) => [
      b.name[lang],
      formatScore(b.value, lang),
      b.rank === null ? '—' : `${formatInteger(b.rank, lang)}/${formatInteger(b.n, lang)}`,
      formatScore(b.mean, lang),
      formatScore(b.best, lang),
    ]),
    numeric: [1, 2, 3, 4],
    widths: [40, 15, 15, 15, 15],
    small,
  };
}

/** Questions of the weakest sub-indices on which the unit is below the group, most below first. */
export function questionsPullingDown(
  data: ScorecardData,
  source: IndicatorSource,
  perSubIndex = 2,
  max = 6,
): IndicatorStat[] {
  return data.weaknesses
    .flatMap((w) =>
      indicatorStats(
        source.table,
        source.mapping,
        data.year,
        data.groupId,
        w.subIndex.id,
        data.unitId,
      )
        .filter((s) => s.gap !== null && s.gap < 0)
        .slice(0, perSubIndex),
    )
    .sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0))
    .slice(0, max);
}

type Heading = (text: string) => ReportBlock;

/** Strengths and weaknesses as two numbered lists (or "none above/below the average"). */
function strengthBlocks(data: ScorecardData, lang: Lang, t: Translate, h2: Heading): ReportBlock[] {
  const item = (g: (typeof data.strengths)[number]) =>
    t('scorecard.gapItem', {
      name: g.subIndex.name[lang],
      value: formatScore(g.value, lang),
      gap: formatChange(g.gap, lang),
    });
  const list = (gaps: typeof data.strengths, none: string): ReportBlock =>
    gaps.length > 0
      ? { kind: 'list', ordered: true, items: gaps.map(item) }
      : { kind: 'paragraph', text: none };
  return [
    h2(t('report.strengthsWeaknesses')),
    { kind: 'paragraph', text: t('scorecard.strengths') },
    list(data.strengths, t('scorecard.noneAbove')),
    { kind: 'paragraph', text: t('scorecard.weaknesses') },
    list(data.weaknesses, t('scorecard.noneBelow')),
  ];
}

/** The gap to the leader: its heading and chart (or a note that the chart could not be drawn). */
function gapBlocks(input: UnitReportInput, gap: GapBreakdown, h2: Heading): ReportBlock[] {
  const { t } = input;
  const unit = input.data.unitName;
  const chart = buildGapData(gap);
  const other = chart.referenceName;
  return [
    h2(
      chart.unitLeads
        ? t('scorecard.leadTitle', { unit, other })
        : t('scorecard.gapTitle', { unit, leader: other }),
    ),
    input.images.gap
      ? { kind: 'image', image: input.images.gap, maxHeightMm: 70 }
      : { kind: 'paragraph', text: t('report.chartUnavailable'), emphasis: 'small' },
  ];
}

/** The questions pulling the unit down, or why there are none. */
function questionBlocks(input: UnitReportInput, compact: boolean, h2: Heading): ReportBlock[] {
  const { data, lang, t } = input;
  const unit = data.unitName;
  const scale = DEFAULT_ANSWER_SCALE;
  const blocks: ReportBlock[] = [h2(t('report.questions'))];
  if (input.indicators === null)
    return [...blocks, { kind: 'paragraph', text: t('report.questionsUnavailable') }];
  const pulling = questionsPullingDown(data, input.indicators, compact ? 1 : 2, compact ? 2 : 6);
  if (pulling.length === 0)
    return [...blocks, { kind: 'paragraph', text: t('report.questionsNone', { unit }) }];
  // A group report explains the table once, in its notes.
  if (!compact)
    blocks.push({
      kind: 'paragraph',
      text: t('report.questionsIntro', { unit, min: scale.min, max: scale.max }),
    });
  blocks.push({
    kind: 'table',
    header: indicatorHeader(unit, t),
    rows: indicatorRows(pulling, input.indicators, lang),
    numeric: [1, 2, 3, 4, 5, 6],
    widths: [27, 10, 14, 12, 11, 11, 15],
    small: compact,
  });
  return blocks;
}

/** The report's notes, source line and date (a stand-alone report only). */
function closingBlocks(input: UnitReportInput, h2: Heading): ReportBlock[] {
  const { lang, t } = input;
  const notes = [
    ...input.notes,
    ...(input.indicators ? [t('indicators.method')] : []),
    ...(input.indicators?.labels?.note ? [input.indicators.labels.note[lang]] : []),
  ];
  return [
    h2(t('report.notes')),
    { kind: 'list', items: notes },
    { kind: 'paragraph', text: input.source, emphasis: 'small' },
    { kind: 'paragraph', text: input.made, emphasis: 'small' },
  ];
}

export function unitReportBlocks(input: UnitReportInput): ReportBlock[] {
  const { data, lang, t, groupName } = input;
  const unit = data.unitName;
  const compact = input.compact === true;
  const h2: Heading = (text) => ({ kind: 'heading', level: input.titleLevel === 2 ? 3 : 2, text });
  const blocks: ReportBlock[] = [
    {
      kind: 'heading',
      level: input.titleLevel ?? 1,
      text: t('report.title', { index: input.indexName, year: data.year, unit }),
    },
    { kind: 'paragraph', text: t('report.subtitle', { group: groupName, year: data.year }) },
    ...(compact ? [] : [h2(t('report.quote'))]),
    { kind: 'paragraph', text: input.sentence, emphasis: 'quote' },
    h2(t('scorecard.keyFigures')),
    {
      kind: 'figures',
      items: keyFigureItems(data, lang, t, input.minRespondents),
      twoColumns: compact,
    },
  ];
  if (data.subIndexBars.length > 0) {
    blocks.push(h2(t('report.subIndices')));
    if (input.images.sub) blocks.push({ kind: 'image', image: input.images.sub, maxHeightMm: 78 });
    blocks.push(subIndexTable(data, lang, t, compact));
  }
  // A group report's page per unit: the table already shows where the unit stands.
  if (data.subIndexBars.length > 0 && !compact) blocks.push(...strengthBlocks(data, lang, t, h2));
  if (data.gap !== null && !compact) blocks.push(...gapBlocks(input, data.gap, h2));
  blocks.push(...questionBlocks(input, compact, h2));
  if (compact) return blocks;
  return [...blocks, ...closingBlocks(input, h2)];
}

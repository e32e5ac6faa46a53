import type { ExportInfo } from './types.ts';
import { buildScorecardData } from '../charts/data/scorecard.ts';
import { buildGroupYear } from '../domain/groupYear.ts';
import type { GroupId, Lang } from '../domain/types.ts';
import type { RankingCaptionFacts } from '../domain/sentence.ts';
import { rankingAlt, rankingCaption } from './caption.ts';

/** A caption to quote and the alt text of one chart. */
export interface ChartWords {
  readonly caption: string;
  readonly alt: string;
}

type WordsBuilder = (info: ExportInfo, lang: Lang) => ChartWords | null;

/** The facts of a ranking chart for `rankingCaption`/`rankingAlt` (exported for tests). */
export function rankingFacts(info: ExportInfo): RankingCaptionFacts | null {
  const { dataset } = info;
  if (typeof info.year !== 'number') return null;
  const groupYear = buildGroupYear(dataset, info.groupId as GroupId, info.year);
  const ranked = groupYear.standings.filter((s) => s.total !== null);
  const focusId = info.unitId ?? ranked[0]?.unit.id ?? null;
  const focus = focusId
    ? (buildScorecardData(dataset, groupYear, focusId, info.stats ?? null)?.facts ?? null)
    : null;
  const end = (s: (typeof ranked)[number] | undefined) =>
    s && s.total !== null ? { name: s.unit.name, total: s.total } : null;
  return {
    focus,
    groupId: info.groupId as GroupId,
    groupName: dataset.groups.find((g) => g.id === info.groupId)?.name ?? {
      vi: info.groupId,
      en: info.groupId,
    },
    indexName: dataset.indexName,
    year: info.year,
    rankedCount: ranked.length,
    missingCount: groupYear.standings.length - ranked.length,
    first: end(ranked[0]),
    last: end(ranked[ranked.length - 1]),
    mean: groupYear.totals.mean,
    illustrative: dataset.illustrative,
  };
}

/** Caption builders per view (a registry, not a switch); views without one get none. */
const BUILDERS: ReadonlyMap<string, WordsBuilder> = new Map<string, WordsBuilder>([
  [
    'ranking',
    (info, lang) => {
      const facts = rankingFacts(info);
      return facts ? { caption: rankingCaption(facts, lang), alt: rankingAlt(facts, lang) } : null;
    },
  ],
]);

/**
 * The caption and alt text for a chart: the view's own when it passed them in `info`, else the
 * view's registered builder, else null (the dialog then shows none).
 */
export function chartWords(info: ExportInfo, lang: Lang): ChartWords | null {
  if (info.caption) return { caption: info.caption, alt: info.alt ?? '' };
  return BUILDERS.get(info.view)?.(info, lang) ?? null;
}

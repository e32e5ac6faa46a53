import {
  buildCompareData,
  resolveCompareUnits,
  type CompareData,
} from '../../charts/data/compare.ts';
import { buildGroupYear, type GroupYear } from '../../domain/groupYear.ts';
import type { Dataset, Lang } from '../../domain/types.ts';
import type { GroupYearStats, RankInterval } from '../../domain/uncertainty.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { groupLabel } from '../labels.ts';
import type { ScreenView } from '../screenProps.ts';
import { intervalHeader, intervalText, lowRespondentsNote, methodNotes } from '../statsText.ts';

/** The state the screen keeps outside the URL, and what the catalogue says of the dataset. */
export interface CompareOptions {
  /** The user asked for the radar (shown only with at least three sub-indices). */
  readonly radar: boolean;
  /** The unit compared by default when the URL names none (a bundled dataset's focus unit). */
  readonly focusUnit: string | null;
  /** The statistics could not be computed (said in the notes). */
  readonly statsFailed: boolean;
}

/** Everything the Compare screen shows, as text and chart data (no pixels). */
export interface CompareModel {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly exportTable: ExportTable;
  readonly exportInfo: ExportInfo;
  /** The compared units (`units=`, or the selected unit and its neighbours in rank). */
  readonly unitIds: readonly string[];
  readonly data: CompareData;
  readonly showRadar: boolean;
  /** Per compared unit: respondents, standard error and rank interval (null where unknown). */
  readonly respondents: readonly (number | null)[];
  readonly errors: readonly (number | null)[];
  readonly intervals: readonly (RankInterval | null)[];
  /** Units of the group without data in the year (offered, but not comparable). */
  readonly absent: readonly { readonly id: string; readonly name: string }[];
}

/** One sentence naming the units, then the sub-index where they differ most, high and low. */
function summaryOf(data: CompareData, lang: Lang, t: Translate): string {
  if (data.rows.length === 0) return t('compare.noSubIndices');
  const list = data.units.map((u) => `${u.letter} ${u.name}`).join(', ');
  const summary = t('compare.summary', { list });
  const widest = data.widest;
  if (!widest) return summary;
  const present = widest.values
    .map((v, i) => ({ v, u: data.units[i] }))
    .filter((x) => x.v !== null);
  const hi = present.reduce((a, b) => ((b.v as number) > (a.v as number) ? b : a));
  const lo = present.reduce((a, b) => ((b.v as number) < (a.v as number) ? b : a));
  return `${summary} ${t('compare.widest', {
    subIndex: widest.name[lang],
    spread: formatScore(widest.spread, lang),
    high: hi.u?.name ?? '',
    highValue: formatScore(hi.v, lang),
    low: lo.u?.name ?? '',
    lowValue: formatScore(lo.v, lang),
  })}`;
}

/** The table as exported: total, then respondents, errors and intervals where known, then each sub-index. */
function exportTableOf(
  m: Pick<CompareModel, 'data' | 'respondents' | 'errors' | 'intervals'>,
  groupYear: GroupYear,
  stats: GroupYearStats | null,
  lang: Lang,
  t: Translate,
): ExportTable {
  const { data, respondents, errors, intervals } = m;
  return {
    header: [
      t('scorecard.col.subIndex'),
      ...data.units.map((u) => `${u.letter}. ${u.name}`),
      t('compare.groupMean'),
    ],
    rows: [
      [t('scorecard.total'), ...data.units.map((u) => u.total), groupYear.totals.mean],
      ...(respondents.some((n) => n !== null)
        ? [[t('table.respondents'), ...respondents, null]]
        : []),
      ...(errors.some((e) => e !== null) ? [[t('table.se'), ...errors, null]] : []),
      ...(intervals.some((i) => i !== null)
        ? [[intervalHeader(stats, t), ...intervals.map((i) => intervalText(i, t, lang)), null]]
        : []),
      ...data.rows.map((r) => [r.name[lang], ...r.values, r.groupMean]),
    ],
  };
}

/**
 * The Compare screen's model: two to five units of one group side by side per sub-index, with
 * their respondents, standard errors and rank intervals (can they be told apart?).
 */
export function buildCompareScreen(
  dataset: Dataset,
  view: ScreenView,
  stats: GroupYearStats | null,
  t: Translate,
  options: CompareOptions,
  groupYear: GroupYear = buildGroupYear(dataset, view.group, view.year),
): CompareModel {
  const { lang, year } = view;
  const unitIds = resolveCompareUnits(
    dataset,
    groupYear,
    view.units,
    view.unit ?? options.focusUnit,
  );
  const data = buildCompareData(dataset, groupYear, unitIds);
  const observationOf = new Map(groupYear.standings.map((s) => [s.unit.id, s.observation]));
  const respondents = data.units.map((u) => observationOf.get(u.unitId)?.respondents ?? null);
  const errors = data.units.map((u) => observationOf.get(u.unitId)?.standardError ?? null);
  const intervals = data.units.map((u) => stats?.intervals.get(u.unitId) ?? null);
  // A radar needs at least three axes; with fewer sub-indices only the bars are offered.
  const showRadar = options.radar && data.rows.length >= 3;
  const present = new Set(groupYear.standings.map((s) => s.unit.id as string));
  const group = dataset.groups.find((g) => g.id === view.group);
  const summary = summaryOf(data, lang, t);
  // The key in words, in the footer, so exports that keep only the frame still name the units.
  const key = data.units
    .map((u) => t('compare.keyItem', { letter: u.letter, name: u.name }))
    .join(', ');
  const notes: string[] = [t(showRadar ? 'compare.radarNote' : 'compare.letterNote', { key })];
  if (data.hasMissing) notes.push(t('ranking.missingNote'));
  if (errors.some((e) => e !== null) || intervals.some((i) => i !== null))
    notes.push(...methodNotes(stats, options.statsFailed, t, lang));
  notes.push(...lowRespondentsNote(respondents, view.minn, t, lang));
  // One year only: no cross-year comparison is made here, so no comparability note applies.
  const parts = { data, respondents, errors, intervals };
  return {
    ...parts,
    title: t('compare.title', { count: data.units.length, index: dataset.indexName, year }),
    subtitle: t(showRadar ? 'compare.subtitleRadar' : 'compare.subtitle', {
      group: group ? groupLabel(group, lang) : '',
      year,
    }),
    summary,
    notes,
    exportTable: exportTableOf(parts, groupYear, stats, lang, t),
    exportInfo: {
      dataset,
      view: 'compare',
      groupId: view.group,
      year,
      caption: summary,
      alt: summary,
    },
    unitIds,
    showRadar,
    absent: dataset.units
      .filter((u) => u.groupId === view.group && !present.has(u.id))
      .map((u) => ({ id: u.id as string, name: u.name })),
  };
}

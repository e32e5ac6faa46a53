import { comparabilityNotes } from '../../charts/data/caption.ts';
import {
  buildScorecardData,
  defaultScorecardUnit,
  type ScorecardData,
} from '../../charts/data/scorecard.ts';
import { compareNames } from '../../domain/collate.ts';
import { buildGroupYear, type GroupYear } from '../../domain/groupYear.ts';
import type { Dataset, Lang, Unit } from '../../domain/types.ts';
import type { GroupYearStats } from '../../domain/uncertainty.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { scorecardSentence } from '../../i18n/sentences.ts';
import { groupLabel } from '../labels.ts';
import type { ScreenView } from '../screenProps.ts';
import { lowRespondentsNote, methodNotes } from '../statsText.ts';
import { comparabilityText } from './comparabilityText.ts';
import {
  gapFrame,
  historyFrame,
  subIndexFrame,
  type FrameContext,
  type GapFrame,
  type ScorecardFrame,
} from './frames.ts';

/**
 * Why the key figures show no change against a previous year, or null when they show one: the
 * first year, no comparison across a gap or the 2025 merger, or the unit absent that year. One
 * rule for the screen and the Word report.
 */
export function noChangeReason(data: ScorecardData, t: Translate): string | null {
  const prev = data.previousYear;
  if (prev === null)
    return data.previousBreak
      ? t('scorecard.noComparison', { year: data.previousBreak.previous })
      : t('scorecard.firstYear');
  return data.presentInPreviousYear ? null : t('scorecard.absentPrevious', { year: prev });
}

/** A scorecard without a unit to show: no units in the group-year, or the unit absent that year. */
export interface NoScorecardModel {
  readonly kind: 'none';
  /** The unit shown in the picker (the URL's, or null when the group-year has none). */
  readonly unitId: string | null;
  /** The group's units for the picker, in Vietnamese alphabetical order. */
  readonly units: readonly Unit[];
  readonly message: string;
}

/** Everything the Scorecard screen shows for one unit, as text and chart data (no pixels). */
export interface ScorecardModel {
  readonly kind: 'card';
  readonly unitId: string;
  readonly units: readonly Unit[];
  /** "Bạch Thông — DCCI 2019" */
  readonly title: string;
  /** The auto-written sentence to quote (the screen's summary). */
  readonly summary: string;
  /** Comparability notes shared by the sub-index and gap frames. */
  readonly notes: readonly string[];
  /** The notes under the key figures: the comparability notes, then what the statistics mean. */
  readonly figureNotes: readonly string[];
  readonly data: ScorecardData;
  /** Null when the group-year has no sub-index scores. */
  readonly subIndices: ScorecardFrame | null;
  readonly gap: GapFrame;
  readonly history: ScorecardFrame;
}

/** Comparability notes of the history: each year against the one before, and the rescaling. */
function historyNotesOf(dataset: Dataset, data: ScorecardData, lang: Lang, t: Translate) {
  const years = data.history.map((p) => p.year);
  const notes = years
    .slice(1)
    .flatMap((y, i) => comparabilityNotes(dataset, data.groupId, years[i] ?? null, y));
  const text = comparabilityText(notes, lang, t);
  if (dataset.indexName !== 'PCI') text.unshift(t('ranking.rescaleNote'));
  return text;
}

/** The notes shared by the frames: comparability with the previous year. */
function sharedNotes(dataset: Dataset, data: ScorecardData, lang: Lang, t: Translate): string[] {
  const notes = comparabilityText(data.notes, lang, t);
  // DCCI scores are rescaled each year (data/README.md), so a score change is indicative only.
  if (data.previousYear !== null && dataset.indexName !== 'PCI')
    notes.push(t('ranking.rescaleNote'));
  // Departments and districts changed on 1 July 2025: a change across it is indicative only.
  if (data.unitsReorganised) notes.push(t('trends.dcci2025Note'));
  return notes;
}

/**
 * What the rank interval, the move flag and † of the key figures mean: listed under them only
 * (the charts below do not show them, so their frames do not repeat it).
 */
function statsNotesOf(
  data: ScorecardData,
  stats: GroupYearStats | null,
  view: ScreenView,
  t: Translate,
  statsFailed: boolean,
): string[] {
  const notes: string[] = [];
  const hasSe = data.standing.observation.standardError !== null;
  if (hasSe || data.facts.interval)
    notes.push(...methodNotes(stats, hasSe && statsFailed, t, view.lang));
  if (data.facts.moveFlag) notes.push(t('stats.movesNote'));
  notes.push(
    ...lowRespondentsNote([data.standing.observation.respondents], view.minn, t, view.lang),
  );
  return notes;
}

/**
 * The Scorecard screen's model: one unit (`unit=`, else the first ranked unit) in the selected
 * group-year — headline figures and one auto-written sentence, sub-indices against the group,
 * the gap to the leader and the history of score and rank — with rank intervals and move flags
 * once `stats` are known.
 */
export function buildScorecardScreen(
  dataset: Dataset,
  view: ScreenView,
  stats: GroupYearStats | null,
  t: Translate,
  options: { readonly statsFailed: boolean },
  groupYear: GroupYear = buildGroupYear(dataset, view.group, view.year),
): ScorecardModel | NoScorecardModel {
  const { lang, year } = view;
  const unitId = view.unit ?? defaultScorecardUnit(groupYear);
  const units = dataset.units
    .filter((u) => u.groupId === view.group)
    .sort((a, b) => compareNames(a.name, b.name));
  const data = unitId === null ? null : buildScorecardData(dataset, groupYear, unitId, stats);
  const group = dataset.groups.find((g) => g.id === view.group);
  const groupName = group ? groupLabel(group, lang) : '';
  if (unitId === null || data === null) {
    const message =
      unitId === null
        ? t('scorecard.noUnits', { group: groupName, year })
        : t('scorecard.notInYear', {
            unit: units.find((u) => u.id === unitId)?.name ?? unitId,
            year,
          });
    return { kind: 'none', unitId, units, message };
  }
  const notes = sharedNotes(dataset, data, lang, t);
  const sentence = scorecardSentence(data.facts, lang);
  const context: FrameContext = { dataset, data, sentence, lang, t, groupName, notes };
  return {
    kind: 'card',
    unitId,
    units,
    title: t('scorecard.heading', { unit: data.unitName, index: dataset.indexName, year }),
    summary: sentence,
    notes,
    figureNotes: [...notes, ...statsNotesOf(data, stats, view, t, options.statsFailed)],
    data,
    subIndices: subIndexFrame(context),
    gap: gapFrame(context),
    history: historyFrame(context, historyNotesOf(dataset, data, lang, t)),
  };
}

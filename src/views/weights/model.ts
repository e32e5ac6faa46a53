import {
  buildStabilityData,
  buildWeightMovesData,
  type StabilityBar,
  type StabilityData,
  type WeightMovesData,
} from '../../charts/data/weights.ts';
import type { Dataset, Lang, SubIndexDef, SubIndexId, UnitId } from '../../domain/types.ts';
import {
  datasetWeightsOf,
  groupYearInputs,
  parseWeights,
  pci2016Weights,
  presetOf,
  reweight,
  type DatasetWeights,
  type ParsedWeights,
  type ReweightResult,
  type StabilityResult,
  type WeightPreset,
  type WeightVector,
} from '../../domain/weights.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { groupLabel } from '../labels.ts';
import type { ScreenView } from '../screenProps.ts';
import { moveWords } from './moveText.ts';

/** The sub-indices and observations of the selected group-year (`groupYearInputs`). */
export type WeightsInputs = ReturnType<typeof groupYearInputs>;

/** A group-year without sub-index scores: nothing to re-weight, and why. */
export interface NoWeightsModel {
  readonly kind: 'none';
  readonly message: string;
}

/** Everything the Weights screen shows, as text and chart data (no pixels). */
export interface WeightsModel {
  readonly kind: 'weights';
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly exportTable: ExportTable;
  readonly exportInfo: ExportInfo;
  /** The table's caption (the what-if ranking). */
  readonly caption: string;
  readonly groupName: string;
  readonly subIndices: readonly SubIndexDef[];
  /** The weights shown (the URL's, or those being dragged) and the preset they match ('custom' if none). */
  readonly weights: WeightVector;
  readonly preset: WeightPreset | 'custom';
  /** Notes under the sliders: no published weights, unweighted or unmatched sub-indices, bad `w=`. */
  readonly controlNotes: readonly string[];
  readonly result: ReweightResult;
  readonly moves: WeightMovesData;
  /** Respondents per unit; null when the data has no counts. */
  readonly respondents: ReadonlyMap<UnitId, number | null> | null;
}

/** The notes under the sliders. */
function controlNotesOf(
  subIndices: readonly SubIndexDef[],
  base: DatasetWeights,
  parsed: ParsedWeights,
  lang: Lang,
  t: Translate,
): string[] {
  const subName = (id: SubIndexId) =>
    subIndices.find((s) => s.id === id)?.name[lang] ?? (id as string);
  const notes: string[] = [];
  if (!base.published) notes.push(t('weights.noPublished'));
  if (base.unweighted.length > 0)
    notes.push(t('weights.unweighted', { names: base.unweighted.map(subName).join(', ') }));
  const unmatched = pci2016Weights(subIndices).unmatched;
  if (unmatched.length > 0)
    notes.push(t('weights.pciUnmatched', { names: unmatched.map(subName).join(', ') }));
  if (parsed.unknownIds.length > 0)
    notes.push(t('weights.unknownIds', { ids: parsed.unknownIds.join(', ') }));
  if (parsed.clamped) notes.push(t('weights.clamped'));
  return notes;
}

/** The what-if ranking in one paragraph: best and worst, how many moved, the largest move. */
function summaryOf(moves: WeightMovesData, lang: Lang, t: Translate): string {
  const first = moves.bars[0];
  const last = moves.bars[moves.bars.length - 1];
  if (!first || !last) return t('weights.allZero');
  const largest = moves.bars
    .filter((b) => b.moved !== null && b.moved !== 0)
    .sort((a, b) => Math.abs(b.moved as number) - Math.abs(a.moved as number))[0];
  return [
    t('weights.summary', {
      first: first.name,
      best: formatScore(first.total, lang),
      last: last.name,
      worst: formatScore(last.total, lang),
      up: formatInteger(moves.up, lang),
      down: formatInteger(moves.down, lang),
      same: formatInteger(moves.same, lang),
    }),
    ...(largest
      ? [
          t('weights.summaryLargest', {
            name: largest.name,
            move: moveWords(largest.moved, lang, t),
          }),
        ]
      : []),
  ].join(' ');
}

/**
 * The Weights screen's model: the sub-indices of the selected group-year re-weighted with
 * `weights` (by default those of `w=` in the URL), the ranking recomputed with the places each
 * unit moves against the dataset's weights, and its text. `inputs` may be passed in to keep their
 * identity across slider moves (the stability run is keyed on them).
 */
export function buildWeightsScreen(
  dataset: Dataset,
  view: ScreenView,
  t: Translate,
  live: { readonly inputs?: WeightsInputs; readonly weights?: WeightVector } = {},
): WeightsModel | NoWeightsModel {
  const { group: groupId, year, lang } = view;
  const { observations, subIndices } = live.inputs ?? groupYearInputs(dataset, groupId, year);
  const group = dataset.groups.find((g) => g.id === groupId);
  const groupName = group ? groupLabel(group, lang) : '';
  const lower = groupName.toLocaleLowerCase(lang);
  if (subIndices.length === 0)
    return { kind: 'none', message: t('weights.noSubIndices', { group: lower, year }) };
  const base = datasetWeightsOf(subIndices);
  const parsed = parseWeights(view.w, subIndices);
  const weights = live.weights ?? parsed.weights;
  const names = new Map<UnitId, string>(dataset.units.map((u) => [u.id, u.name]));
  const result = reweight(observations, subIndices, weights, base.weights);
  const moves = buildWeightMovesData(result, names, view.unit);
  const summary = summaryOf(moves, lang, t);
  const notes = [
    t('weights.noteRecomputed'),
    t(
      result.baselineDiffersFromOfficial
        ? 'weights.noteBaselineDiffers'
        : 'weights.noteBaselineSame',
    ),
  ];
  if (moves.unranked.length > 0 && moves.bars.length > 0)
    notes.push(t('weights.unranked', { count: formatInteger(moves.unranked.length, lang) }));
  return {
    kind: 'weights',
    title: t('weights.title', { index: dataset.indexName, year, group: lower }),
    subtitle: t('weights.subtitle', { group: groupName, year }),
    summary,
    notes,
    exportTable: {
      header: [
        t('table.unit'),
        t('weights.col.baselineRank'),
        t('weights.col.rank'),
        t('weights.col.moved'),
        t('weights.col.total'),
      ],
      rows: moves.bars.map((b) => [b.name, b.baselineRank, b.rank, b.moved, b.total]),
    },
    // File names are Vietnamese whatever the UI language (and whichever catalogue is loaded):
    // an unknown view id is slugged as it is, giving "…-trong-so.png".
    exportInfo: {
      dataset,
      view: 'weights',
      groupId,
      year,
      unitId: view.unit,
      caption: summary,
      alt: summary,
    },
    caption: t('weights.tableCaption', { group: lower, year }),
    groupName,
    subIndices,
    weights,
    preset: presetOf(weights, subIndices),
    controlNotes: controlNotesOf(subIndices, base, parsed, lang, t),
    result,
    moves,
    respondents: observations.some((o) => o.respondents !== null)
      ? new Map<UnitId, number | null>(observations.map((o) => [o.unitId, o.respondents]))
      : null,
  };
}

/** The stability view as text and chart data: how often each unit stays in its rank band. */
export interface StabilityModel {
  readonly title: string;
  readonly subtitle: string;
  /** The summary alone (the export's caption and alt text). */
  readonly summary: string;
  /** The method in one sentence (after the summary in the frame). */
  readonly method: string;
  readonly notes: readonly string[];
  readonly caption: string;
  readonly exportTable: ExportTable;
  readonly data: StabilityData;
  /** "73 %" of a share, and "3" or "2–5" for a row's range of ranks. */
  readonly percent: (share: number) => string;
  readonly rangeText: (r: StabilityBar) => string;
}

/** The stability view's model for one stability run of the selected group-year. */
export function buildStabilityModel(
  result: StabilityResult,
  names: ReadonlyMap<UnitId, string>,
  selected: string | null,
  context: { readonly groupName: string; readonly year: number; readonly lang: Lang },
  t: Translate,
): StabilityModel {
  const { year, lang } = context;
  const group = context.groupName.toLocaleLowerCase(lang);
  const data = buildStabilityData(result, names, selected);
  const percent = (share: number) =>
    t('weights.stability.percent', { value: formatInteger(Math.round(share * 100), lang) });
  const leastStable = [...data.rows].sort(
    (a, b) => a.stayShare - b.stayShare || a.rank - b.rank,
  )[0];
  return {
    title: t('weights.stability.title', { group, year }),
    subtitle: t('weights.stability.subtitle', { draws: formatInteger(result.draws, lang) }),
    summary: leastStable
      ? t('weights.stability.summary', {
          stable: formatInteger(data.stable, lang),
          count: formatInteger(data.rows.length, lang),
          name: leastStable.name,
          share: percent(leastStable.stayShare),
          low: formatInteger(leastStable.rankLow, lang),
          high: formatInteger(leastStable.rankHigh, lang),
        })
      : t('weights.stability.summaryEmpty'),
    method: t('weights.stability.method', {
      low: formatScore(1 - result.spread, lang, 1),
      high: formatScore(1 + result.spread, lang, 1),
      draws: formatInteger(result.draws, lang),
      seed: result.seed,
    }),
    notes: [t('weights.noteRecomputed'), t('weights.stability.note')],
    caption: t('weights.stability.tableCaption', { group, year }),
    exportTable: {
      header: [
        t('table.rank'),
        t('table.unit'),
        t('weights.stability.col.band'),
        t('weights.stability.share'),
        `${t('weights.stability.range')} (5%)`,
        `${t('weights.stability.range')} (95%)`,
      ],
      rows: data.rows.map((r) => [
        r.rank,
        r.name,
        t(`weights.stability.band${r.band}`),
        Math.round(r.stayShare * 1000) / 10,
        r.rankLow,
        r.rankHigh,
      ]),
    },
    data,
    percent,
    rangeText: (r) =>
      r.rankLow === r.rankHigh
        ? formatInteger(r.rankLow, lang)
        : `${formatInteger(r.rankLow, lang)}–${formatInteger(r.rankHigh, lang)}`,
  };
}

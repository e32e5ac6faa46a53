import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { buildWeightMovesData } from '../../charts/data/weights.ts';
import type { ExportInfo, ExportTable } from '../../export/types.ts';
import { WeightMovesChart } from '../../charts/views/WeightMovesChart.tsx';
import type { SubIndexId, UnitId } from '../../domain/types.ts';
import {
  datasetWeightsOf,
  encodeWeights,
  groupYearInputs,
  parseWeights,
  pci2016Weights,
  presetOf,
  presetWeights,
  reweight,
  type WeightPreset,
  type WeightVector,
} from '../../domain/weights.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { groupLabel, sourceLine } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { StabilityFrame } from './StabilityFrame.tsx';
import { useStability } from './useStability.ts';
import { WeightControls } from './WeightControls.tsx';
import { WeightsTable } from './WeightsTable.tsx';
import { RANKING_CHART_MAX_BARS } from '../../domain/truncation.ts';
import { moveSymbol, moveWords } from './moveText.ts';

/** Slider moves are written to the URL this long after the last one, so history is not flooded. */
const COMMIT_DELAY_MS = 400;

/**
 * The weight what-if: sliders and presets re-weight the sub-indices of the selected group-year;
 * the ranking is recomputed live with the places each unit moves against the dataset's weights,
 * and a stability view shows how often each unit stays in its rank band under random weightings.
 * The chosen weights live in the URL (`w`).
 */
export default function WeightsScreen({ dataset, view, lang, t, onSelect }: ScreenProps) {
  const groupId = view.group;
  const year = view.year;
  const { observations, subIndices } = useMemo(
    () => groupYearInputs(dataset, groupId, year),
    [dataset, groupId, year],
  );
  const base = useMemo(() => datasetWeightsOf(subIndices), [subIndices]);
  const parsed = useMemo(() => parseWeights(view.w, subIndices), [view.w, subIndices]);

  // Local weights while the user drags; they belong to the URL state they started from, so a
  // back/forward or another group-year drops them in favour of the URL's weights.
  const sourceKey = `${dataset.id}|${groupId}|${year}|${view.w ?? ''}`;
  const [local, setLocal] = useState<{ key: string; weights: WeightVector } | null>(null);
  const weights = local !== null && local.key === sourceKey ? local.weights : parsed.weights;
  const preset = useMemo(() => presetOf(weights, subIndices), [weights, subIndices]);

  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; w: string | null } | null>(null);
  const latestW = useRef(view.w);
  useEffect(() => {
    latestW.current = view.w;
  }, [view.w]);
  const commit = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    if (p.w !== latestW.current) onSelect({ w: p.w });
  }, [onSelect]);
  // When the URL's weights change (our commit, back/forward, another group-year) the local
  // weights and any pending write belong to the old state: drop them, so a later return to that
  // state shows the URL's weights, not stale ones.
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      setLocal(null);
    },
    [sourceKey],
  );
  const apply = (next: WeightVector, immediately: boolean) => {
    setLocal({ key: sourceKey, weights: next });
    if (pending.current) clearTimeout(pending.current.timer);
    const w = encodeWeights(next, subIndices);
    pending.current = { timer: setTimeout(commit, COMMIT_DELAY_MS), w };
    if (immediately) commit();
  };
  const onChange = (id: SubIndexId, value: number) => apply(new Map(weights).set(id, value), false);
  const onPreset = (p: WeightPreset) => apply(presetWeights(p, subIndices), true);

  const names = useMemo(
    () => new Map<UnitId, string>(dataset.units.map((u) => [u.id, u.name])),
    [dataset],
  );
  const result = useMemo(
    () => reweight(observations, subIndices, weights, base.weights),
    [observations, subIndices, weights, base],
  );
  const moves = useMemo(
    () => buildWeightMovesData(result, names, view.unit),
    [result, names, view.unit],
  );
  const respondents = useMemo(
    () =>
      observations.some((o) => o.respondents !== null)
        ? new Map<UnitId, number | null>(observations.map((o) => [o.unitId, o.respondents]))
        : null,
    [observations],
  );
  // The stability run (1000 re-rankings) follows the sliders a moment later, keeping drags smooth.
  const deferredWeights = useDeferredValue(weights);
  const {
    result: stabilityResult,
    updating,
    failed: stabilityFailed,
  } = useStability(observations, subIndices, deferredWeights);

  const group = dataset.groups.find((g) => g.id === groupId);
  const groupName = group ? groupLabel(group, lang) : '';
  const source = sourceLine(dataset, lang, t);
  const watermark = dataset.illustrative ? t('chart.watermark') : null;
  const subName = (id: SubIndexId) =>
    subIndices.find((s) => s.id === id)?.name[lang] ?? (id as string);

  if (subIndices.length === 0) {
    return (
      <div className="view view--weights">
        <p className="weights-empty" role="status">
          {t('weights.noSubIndices', { group: groupName.toLocaleLowerCase(lang), year })}
        </p>
      </div>
    );
  }

  const controlNotes: string[] = [];
  if (!base.published) controlNotes.push(t('weights.noPublished'));
  if (base.unweighted.length > 0)
    controlNotes.push(t('weights.unweighted', { names: base.unweighted.map(subName).join(', ') }));
  const unmatched = pci2016Weights(subIndices).unmatched;
  if (unmatched.length > 0)
    controlNotes.push(t('weights.pciUnmatched', { names: unmatched.map(subName).join(', ') }));
  if (parsed.unknownIds.length > 0)
    controlNotes.push(t('weights.unknownIds', { ids: parsed.unknownIds.join(', ') }));
  if (parsed.clamped) controlNotes.push(t('weights.clamped'));

  // The ranking frame.
  const title = t('weights.title', {
    index: dataset.indexName,
    year,
    group: groupName.toLocaleLowerCase(lang),
  });
  const subtitle = t('weights.subtitle', { group: groupName, year });
  const first = moves.bars[0];
  const last = moves.bars[moves.bars.length - 1];
  const largest = moves.bars
    .filter((b) => b.moved !== null && b.moved !== 0)
    .sort((a, b) => Math.abs(b.moved as number) - Math.abs(a.moved as number))[0];
  const summary =
    first && last
      ? [
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
        ].join(' ')
      : t('weights.allZero');
  const notes = [
    t('weights.noteRecomputed'),
    result.baselineDiffersFromOfficial
      ? t('weights.noteBaselineDiffers')
      : t('weights.noteBaselineSame'),
  ];
  if (moves.unranked.length > 0 && moves.bars.length > 0)
    notes.push(t('weights.unranked', { count: formatInteger(moves.unranked.length, lang) }));
  const exportTable: ExportTable = {
    header: [
      t('table.unit'),
      t('weights.col.baselineRank'),
      t('weights.col.rank'),
      t('weights.col.moved'),
      t('weights.col.total'),
    ],
    rows: moves.bars.map((b) => [b.name, b.baselineRank, b.rank, b.moved, b.total]),
  };
  const exportInfo: ExportInfo = {
    dataset,
    // File names are Vietnamese whatever the UI language (and whichever catalogue is loaded):
    // an unknown view id is slugged as it is, giving "…-trong-so.png".
    view: 'weights',
    groupId,
    year,
    unitId: view.unit,
    caption: summary,
    alt: summary,
  };
  const caption = t('weights.tableCaption', { group: groupName.toLocaleLowerCase(lang), year });

  return (
    <div className="view view--weights">
      <WeightControls
        subIndices={subIndices}
        weights={weights}
        preset={preset}
        lang={lang}
        t={t}
        onChange={onChange}
        onPreset={onPreset}
        onCommit={commit}
        notes={controlNotes}
      />
      <ChartFrame
        title={title}
        subtitle={subtitle}
        summary={summary}
        source={source}
        notes={notes}
        watermark={watermark}
        labels={{
          showTable: t('chart.showTable'),
          showChart: t('chart.showChart'),
          chart: t('weights.chartLabel', { title }),
        }}
        table={
          <WeightsTable
            data={moves}
            lang={lang}
            t={t}
            caption={caption}
            respondents={respondents}
            minRespondents={view.minn}
          />
        }
        tools={(f) => <ExportMenu {...f} lang={lang} table={exportTable} info={exportInfo} />}
      >
        {(width, target) => (
          <WeightMovesChart
            data={moves}
            width={width}
            fitHeight={target?.height ?? null}
            formatValue={(v) => formatScore(v, lang)}
            formatMove={(b) => moveSymbol(b.moved, lang, t)}
            unrankedLabel={(count) => t('weights.unranked', { count: formatInteger(count, lang) })}
            truncation={{
              max: RANKING_CHART_MAX_BARS,
              gapLabel: (hidden) => t('ranking.gap', { count: formatInteger(hidden, lang) }),
            }}
          />
        )}
      </ChartFrame>
      <WeightsTable
        data={moves}
        lang={lang}
        t={t}
        caption={caption}
        respondents={respondents}
        minRespondents={view.minn}
      />
      {stabilityResult ? (
        <StabilityFrame
          result={stabilityResult}
          names={names}
          selected={view.unit}
          groupName={groupName}
          year={year}
          lang={lang}
          t={t}
          source={source}
          watermark={watermark}
          exportInfo={{ ...exportInfo, view: 'weights-stability' }}
          updating={updating}
        />
      ) : (
        <p className="weights-empty" role="status">
          {t(stabilityFailed ? 'weights.stability.failed' : 'weights.stability.computing')}
        </p>
      )}
      {stabilityResult && stabilityFailed ? (
        <p className="weights-empty" role="status">
          {t('weights.stability.failed')}
        </p>
      ) : null}
    </div>
  );
}

import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { WeightMovesChart } from '../../charts/views/WeightMovesChart.tsx';
import type { UnitId } from '../../domain/types.ts';
import { groupYearInputs } from '../../domain/weights.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import { sourceLine, frameLabels } from '../labels.ts';
import type { ScreenProps } from '../screenProps.ts';
import { StabilityFrame } from './StabilityFrame.tsx';
import { useLiveWeights } from './useLiveWeights.ts';
import { useStability } from './useStability.ts';
import { WeightControls } from './WeightControls.tsx';
import { WeightsTable } from './WeightsTable.tsx';
import { RANKING_CHART_MAX_BARS } from '../../domain/truncation.ts';
import { buildWeightsScreen, type WeightsModel } from './model.ts';
import { moveSymbol } from './moveText.ts';

/**
 * The weight what-if: sliders and presets re-weight the sub-indices of the selected group-year;
 * the ranking is recomputed live with the places each unit moves against the dataset's weights,
 * and a stability view shows how often each unit stays in its rank band under random weightings.
 * The chosen weights live in the URL (`w`); the screen renders `buildWeightsScreen`.
 */
export default function WeightsScreen(props: ScreenProps) {
  const { dataset, view, lang, t } = props;
  const { group: groupId, year } = view;
  const inputs = useMemo(() => groupYearInputs(dataset, groupId, year), [dataset, groupId, year]);
  const { observations, subIndices } = inputs;
  const live = useLiveWeights(props, subIndices);
  const { weights } = live;
  const model = useMemo(
    () => buildWeightsScreen(dataset, view, t, { inputs, weights }),
    [dataset, view, t, inputs, weights],
  );
  const names = useMemo(
    () => new Map<UnitId, string>(dataset.units.map((u) => [u.id, u.name])),
    [dataset],
  );
  // The stability run (1000 re-rankings) follows the sliders a moment later, keeping drags smooth.
  const deferredWeights = useDeferredValue(weights);
  const stability = useStability(observations, subIndices, deferredWeights);
  const source = sourceLine(dataset, lang, t);
  const watermark = dataset.illustrative ? t('chart.watermark') : null;

  if (model.kind === 'none') {
    return (
      <div className="view view--weights">
        <p className="weights-empty" role="status">
          {model.message}
        </p>
      </div>
    );
  }
  const table = (
    <WeightsTable
      data={model.moves}
      lang={lang}
      t={t}
      caption={model.caption}
      respondents={model.respondents}
      minRespondents={view.minn}
    />
  );

  return (
    <div className="view view--weights">
      <WeightControls
        subIndices={model.subIndices}
        weights={weights}
        preset={model.preset}
        lang={lang}
        t={t}
        onChange={live.onChange}
        onPreset={live.onPreset}
        onCommit={live.commit}
        notes={model.controlNotes}
      />
      <MovesFrame {...props} model={model} table={table} source={source} watermark={watermark} />
      {table}
      {stability.result ? (
        <StabilityFrame
          result={stability.result}
          names={names}
          selected={view.unit}
          groupName={model.groupName}
          year={year}
          lang={lang}
          t={t}
          source={source}
          watermark={watermark}
          exportInfo={{ ...model.exportInfo, view: 'weights-stability' }}
          updating={stability.updating}
        />
      ) : (
        <p className="weights-empty" role="status">
          {t(stability.failed ? 'weights.stability.failed' : 'weights.stability.computing')}
        </p>
      )}
      {stability.result && stability.failed ? (
        <p className="weights-empty" role="status">
          {t('weights.stability.failed')}
        </p>
      ) : null}
    </div>
  );
}

/** The what-if ranking: bars with the places each unit moved, the table as its alternative. */
function MovesFrame({
  lang,
  t,
  model,
  table,
  source,
  watermark,
}: ScreenProps & {
  readonly model: WeightsModel;
  readonly table: ReactNode;
  readonly source: string;
  readonly watermark: string | null;
}) {
  const { title } = model;
  return (
    <ChartFrame
      title={title}
      subtitle={model.subtitle}
      summary={model.summary}
      source={source}
      notes={model.notes}
      watermark={watermark}
      labels={frameLabels(t, t('weights.chartLabel', { title }))}
      table={table}
      tools={(f) => (
        <ExportMenu {...f} lang={lang} table={model.exportTable} info={model.exportInfo} />
      )}
    >
      {(width, target) => (
        <WeightMovesChart
          data={model.moves}
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
  );
}

import { useMemo } from 'react';
import { dotAxis } from '../../charts/data/dots.ts';
import type { ExportInfo } from '../../export/types.ts';
import { useHasRespondents } from '../scorecard/indicatorSource.ts';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { fullRankingFootnote } from './footnote.ts';
import { buildRankingScreen } from './model.ts';
import { rankingRenderer } from './rankingRender.tsx';

/**
 * What the ranking screen draws: the shared group-year basics, the model, the chart renderer
 * (bars or dots, for the screen, exports and the Word report) and the export info.
 */
export function useRankingScreen(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const basics = useScreen(props, { stats: true });
  const { group, groupYear, statsState, stats } = basics;
  const canBootstrap = useHasRespondents(dataset);
  const statsFailed = statsState.status === 'failed';
  const model = useMemo(
    () => buildRankingScreen(dataset, view, stats, t, { statsFailed }, groupYear),
    [dataset, view, stats, t, statsFailed, groupYear],
  );
  const { chartData, scaleMax } = model;
  // Dots on a zoomed axis (`chart=dots`), offered when the scores lie in a narrow band; exports
  // draw whichever chart is shown, from the same rows.
  const axis = dotAxis(
    chartData.bars.map((b) => b.value),
    scaleMax,
  );
  const dots = view.chart === 'dots';
  const renderChart = rankingRenderer({
    model,
    axis,
    dots,
    unit: view.unit,
    onUnit: (unit) => onSelect({ unit }),
    footnote: fullRankingFootnote(dataset, group, lang, t),
    lang,
    t,
  });
  const exportInfo: ExportInfo = {
    dataset,
    view: 'ranking',
    groupId: view.group,
    year: view.year,
    unitId: view.unit,
    stats,
    highlight: {
      units: chartData.bars.map((b) => ({ id: b.unitId, name: b.name })),
      render: (width, ids, target) => renderChart(width, ids, target),
    },
  };
  return { ...basics, canBootstrap, model, axis, dots, renderChart, exportInfo };
}

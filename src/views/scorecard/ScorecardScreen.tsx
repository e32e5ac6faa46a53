import { useMemo, type ReactNode } from 'react';
import { Select } from '../../ui/Select.tsx';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { GapSection } from './GapSection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { IndicatorSection } from './IndicatorSection.tsx';
import { WordReportButton } from '../report/WordReportButton.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import './scorecard.css';
import { buildScorecardScreen, type ScorecardModel } from './model.ts';
import { StrengthsList } from './StrengthsList.tsx';
import { SubIndexSection } from './SubIndexSection.tsx';
import { useStatsHold } from './useStatsHold.ts';

/**
 * The scorecard of one unit (`unit=` in the URL; the first ranked unit when none is chosen):
 * headline figures and one auto-written sentence, sub-indices against the group, strengths and
 * weaknesses, the gap to the leader and the history of score and rank. Renders
 * `buildScorecardScreen`.
 */
export default function ScorecardScreen(props: ScreenProps) {
  const { dataset, view, t, onSelect } = props;
  const { groupName, groupYear, statsState, stats, source } = useScreen(props, { stats: true });
  const holding = useStatsHold(statsState);
  const statsFailed = statsState.status === 'failed';
  const model = useMemo(
    () => buildScorecardScreen(dataset, view, stats, t, { statsFailed }, groupYear),
    [dataset, view, stats, t, statsFailed, groupYear],
  );

  const picker = (
    <div className="scorecard-picker">
      <Select
        label={t('scorecard.unitPicker')}
        value={model.unitId ?? ''}
        options={model.units.map((u) => ({ value: u.id, label: u.name }))}
        onChange={(value) => onSelect({ unit: value })}
      />
    </div>
  );

  if (holding) {
    return (
      <div className="view-placeholder" aria-busy="true">
        <p className="loading">{t('app.loading')}</p>
      </div>
    );
  }

  if (model.kind === 'none') {
    return (
      <div className="view view--scorecard">
        {picker}
        <p role="status">{model.message}</p>
      </div>
    );
  }
  return <Scorecard {...props} {...{ model, picker, groupName, source }} />;
}

/** One unit's scorecard, from the top (picker, heading, sentence, figures) to its history. */
function Scorecard(
  props: ScreenProps & {
    readonly model: ScorecardModel;
    readonly picker: ReactNode;
    readonly groupName: string;
    readonly source: string;
  },
) {
  const { dataset, view, lang, t, onSelect, model, groupName, source } = props;
  const { data, summary: sentence, figureNotes } = model;
  const watermark = dataset.illustrative ? t('chart.watermark') : null;
  const frame = { data, lang, t, source, watermark };

  return (
    <div className="view view--scorecard">
      {props.picker}
      <h2 className="scorecard-title">{model.title}</h2>
      <p className="scorecard-sentence" data-testid="scorecard-sentence">
        {sentence}
      </p>
      <KeyFigures data={data} lang={lang} t={t} minRespondents={view.minn} />
      {figureNotes.length > 0 ? (
        <ul className="scorecard-notes">
          {figureNotes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <WordReportButton
        label={t('report.download')}
        t={t}
        testId="word-report"
        run={(reports) =>
          reports.downloadUnitReport({
            dataset,
            lang,
            t,
            groupName,
            source,
            minRespondents: view.minn,
            data,
            sentence,
            notes: figureNotes,
          })
        }
      />
      <SubIndexSection {...frame} frame={model.subIndices} />
      {data.subIndexBars.length > 0 ? <StrengthsList data={data} lang={lang} t={t} /> : null}
      <IndicatorSection
        data={data}
        dataset={dataset}
        lang={lang}
        t={t}
        groupName={groupName}
        subId={view.ind ? view.sub : null}
        onOpen={(sub) => onSelect({ sub, ind: sub !== null })}
      />
      <GapSection {...frame} gap={model.gap} />
      <HistorySection {...frame} frame={model.history} />
    </div>
  );
}

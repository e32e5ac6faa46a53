import { useEffect, useMemo, useState } from 'react';
import { comparabilityNotes } from '../../charts/data/caption.ts';
import { buildScorecardData, defaultScorecardUnit } from '../../charts/data/scorecard.ts';
import { compareNames } from '../../domain/collate.ts';
import { scorecardSentence } from '../../i18n/sentences.ts';
import { Select } from '../../ui/Select.tsx';
import type { ScreenProps } from '../screenProps.ts';
import { useScreen } from '../useScreen.tsx';
import { lowRespondentsNote, methodNotes } from '../statsText.ts';
import { comparabilityText } from './comparabilityText.ts';
import { GapSection } from './GapSection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { IndicatorSection } from './IndicatorSection.tsx';
import { WordReportButton } from '../report/WordReportButton.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { layout } from './layout.ts';
import { StrengthsList } from './StrengthsList.tsx';
import { SubIndexSection } from './SubIndexSection.tsx';

/** How long the scorecard waits for its statistics before showing without them. */
const HOLD_MS = 1500;

/**
 * The scorecard of one unit (`unit=` in the URL; the first ranked unit when none is chosen):
 * headline figures and one auto-written sentence, sub-indices against the group, strengths and
 * weaknesses, the gap to the leader and the history of score and rank.
 */
export default function ScorecardScreen(props: ScreenProps) {
  const { dataset, view, lang, t, onSelect } = props;
  const { group: groupId, year } = view;
  const { groupName, groupYear, statsState, stats, source } = useScreen(props, { stats: true });
  const unitId = view.unit ?? defaultScorecardUnit(groupYear);
  // On opening, the scorecard waits (at most HOLD_MS) for its statistics: the move flags, rank
  // interval and their notes lengthen the sentence and the figures, which would push everything
  // below down once they arrive (layout shift). Later changes show at once.
  const settled = statsState.status !== 'pending';
  const [holding, setHolding] = useState(!settled);
  if (holding && settled) setHolding(false); // once: the hold ends for good
  useEffect(() => {
    if (!holding || settled) return;
    const timer = setTimeout(() => setHolding(false), HOLD_MS);
    return () => clearTimeout(timer);
  }, [holding, settled]);
  const data = useMemo(
    () => (unitId === null ? null : buildScorecardData(dataset, groupYear, unitId, stats)),
    [dataset, groupYear, unitId, stats],
  );
  const units = useMemo(() => {
    return dataset.units
      .filter((u) => u.groupId === groupId)
      .sort((a, b) => compareNames(a.name, b.name));
  }, [dataset, groupId]);

  const historyNotes = useMemo(() => {
    const years = data?.history.map((p) => p.year) ?? [];
    const notes = years
      .slice(1)
      .flatMap((y, i) => comparabilityNotes(dataset, groupId, years[i] ?? null, y));
    const text = comparabilityText(notes, lang, t);
    if (dataset.indexName !== 'PCI') text.unshift(t('ranking.rescaleNote'));
    return text;
  }, [data, dataset, groupId, lang, t]);

  const picker = (
    <div style={layout.picker}>
      <Select
        label={t('scorecard.unitPicker')}
        value={unitId ?? ''}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        onChange={(value) => onSelect({ unit: value })}
      />
    </div>
  );

  if (holding && !settled) {
    return (
      <div className="view-placeholder" aria-busy="true">
        <p className="loading">{t('app.loading')}</p>
      </div>
    );
  }

  if (data === null) {
    return (
      <div className="view view--scorecard">
        {picker}
        <p role="status">
          {unitId === null
            ? t('scorecard.noUnits', { group: groupName, year })
            : t('scorecard.notInYear', {
                unit: units.find((u) => u.id === unitId)?.name ?? unitId,
                year,
              })}
        </p>
      </div>
    );
  }

  const notes = comparabilityText(data.notes, lang, t);
  // DCCI scores are rescaled each year (data/README.md), so a score change is indicative only.
  if (data.previousYear !== null && dataset.indexName !== 'PCI')
    notes.push(t('ranking.rescaleNote'));
  // Departments and districts changed on 1 July 2025: a change across it is indicative only.
  if (data.unitsReorganised) notes.push(t('trends.dcci2025Note'));
  // What the rank interval, the move flag and † of the key figures mean: listed under them
  // only (the charts below do not show them, so their frames do not repeat it).
  const statsNotes: string[] = [];
  const hasSe = data.standing.observation.standardError !== null;
  if (hasSe || data.facts.interval)
    statsNotes.push(...methodNotes(stats, hasSe && statsState.status === 'failed', t, lang));
  if (data.facts.moveFlag) statsNotes.push(t('stats.movesNote'));
  statsNotes.push(
    ...lowRespondentsNote([data.standing.observation.respondents], view.minn, t, lang),
  );
  const figureNotes = [...notes, ...statsNotes];
  const watermark = dataset.illustrative ? t('chart.watermark') : null;
  const sentence = scorecardSentence(data.facts, lang);
  const section = {
    data,
    dataset,
    sentence,
    lang,
    t,
    groupName,
    indexName: dataset.indexName,
    source,
    watermark,
    notes,
  };

  return (
    <div className="view view--scorecard">
      {picker}
      <h2 className="scorecard-title">
        {t('scorecard.heading', { unit: data.unitName, index: dataset.indexName, year })}
      </h2>
      <p className="scorecard-sentence" style={layout.sentence} data-testid="scorecard-sentence">
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
      <SubIndexSection {...section} />
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
      <GapSection {...section} />
      <HistorySection {...section} notes={[]} historyNotes={historyNotes} />
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { scorecardSentence } from '../../../src/i18n/sentences.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/urlState.ts';
import { buildScorecardScreen, type ScorecardModel } from '../../../src/views/scorecard/model.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';
import { resolvedView } from '../../fixtures/screenView.ts';

const ds = makeDataset([
  { unit: 'A', year: 2019, total: 70, subs: { land: 8, time: 6 }, respondents: 40 },
  { unit: 'B', year: 2019, total: 64, subs: { land: 5, time: 7 }, respondents: 20 },
  { unit: 'C', year: 2019, total: 60, subs: { land: 6, time: 5 }, respondents: 35 },
  { unit: 'A', year: 2020, total: 66, subs: { land: 7, time: 6 }, respondents: 41 },
  { unit: 'B', year: 2020, total: 68, subs: { land: 6, time: 8 }, respondents: 25 },
]);
const t = translator('en');

function model(patch: Partial<ViewState> = {}, lang: 'vi' | 'en' = 'en') {
  const view = resolvedView(ds, {
    ...DEFAULT_VIEW_STATE,
    lang,
    view: 'scorecard',
    group: 'districts',
    year: 2020,
    ...patch,
  });
  return buildScorecardScreen(ds, view, null, translator(lang), { statsFailed: false });
}
function card(patch: Partial<ViewState> = {}, lang: 'vi' | 'en' = 'en'): ScorecardModel {
  const m = model(patch, lang);
  if (m.kind === 'none') throw new Error(m.message);
  return m;
}

describe('buildScorecardScreen: the Scorecard screen without React', () => {
  it('shows the first ranked unit by default: title, the sentence as summary, notes', () => {
    const m = card();
    expect(m.unitId).toBe(uid('B'));
    expect(m.units.map((u) => u.name)).toEqual(['A', 'B', 'C']);
    expect(m.title).toBe('B: DCCI 2020 scorecard');
    expect(m.summary).toBe(scorecardSentence(m.data.facts, 'en'));
    expect(m.summary).toMatch(/^B /);
    expect(m.notes).toContain(t('ranking.rescaleNote'));
    // † for B's 25 respondents, under the key figures only.
    expect(m.figureNotes).toEqual([...m.notes, t('stats.lowNNote', { min: '30' })]);
  });

  it('exports the sub-index figures, the gap to the leader and the history', () => {
    const m = card({ unit: uid('A') });
    expect(m.subIndices?.title).toBe('A: sub-indices against the group, DCCI 2020');
    expect(m.subIndices?.exportTable.rows).toEqual([
      ['land', 7, 1, 6.5, 6.5, 7],
      ['time', 6, 2, 7, 7, 8],
    ]);
    expect(m.subIndices?.exportInfo).toMatchObject({
      view: 'scorecard',
      unitId: uid('A'),
      caption: m.summary,
    });
    expect(m.gap.kind).toBe('frame');
    if (m.gap.kind !== 'frame') return;
    expect(m.gap.title).toBe('A: gap to the leader (B) by sub-index');
    expect(m.gap.exportTable.header).toEqual(['Sub-index', 'A', 'B', expect.any(String)]);
    expect(m.gap.notes).toContain(t('scorecard.gapUnweightedNote'));
    expect(m.history.summary).toBe(
      '2019: 70.00 points, rank 1 of 3; 2020: 66.00 points, rank 2 of 2.',
    );
    expect(m.history.exportTable.rows).toEqual([
      [2019, 70, 1, 3],
      [2020, 66, 2, 2],
    ]);
    expect(m.history.exportInfo.year).toBe('2019–2020');
  });

  it('marks a year without the unit in its history', () => {
    const m = card({ unit: uid('C'), year: 2019 });
    expect(m.history.summary).toBe('2019: 60.00 points, rank 3 of 3; 2020: no data.');
    expect(m.history.notes[0]).toBe(t('scorecard.historyAbsentNote'));
  });

  it('says when the chosen unit has no data in the year', () => {
    expect(model({ unit: uid('C') })).toMatchObject({
      kind: 'none',
      unitId: uid('C'),
      message: t('scorecard.notInYear', { unit: 'C', year: 2020 }),
    });
  });

  it('writes Vietnamese numbers in Vietnamese', () => {
    expect(card({ unit: uid('A') }, 'vi').history.summary).toContain('66,00');
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/urlState.ts';
import { buildRankingScreen } from '../../../src/views/ranking/model.ts';
import type { Dataset } from '../../../src/domain/types.ts';
import { makeDataset } from '../../fixtures/builders.ts';
import { resolvedView } from '../../fixtures/screenView.ts';

const ds = makeDataset([
  { unit: 'A', year: 2019, total: 70.5, rank: 1, tier: 'Rất tốt', respondents: 40, se: 1.5 },
  { unit: 'B', year: 2019, total: 65, rank: 2, tier: 'Tốt', respondents: 20, se: 2 },
  { unit: 'C', year: 2019, total: null, rank: null, tier: null },
]);

function model(patch: Partial<ViewState> = {}, lang: 'vi' | 'en' = 'en', dataset: Dataset = ds) {
  const view = resolvedView(dataset, {
    ...DEFAULT_VIEW_STATE,
    lang,
    group: 'districts',
    year: 2019,
    ...patch,
  });
  return buildRankingScreen(dataset, view, null, translator(lang), { statsFailed: false });
}

describe('buildRankingScreen: the Ranking screen without React', () => {
  it('gives the title, the summary and an export table of the plotted bars', () => {
    const m = model();
    expect(m.title).toBe('DCCI 2019: ranking of 3 district-level units');
    expect(m.summary).toBe(
      'A ranks first with 70.50 points; B ranks last with 65.00. ' +
        'The top and bottom units are 5.50 points apart; the average is 67.75.',
    );
    expect(m.exportTable.header).toEqual([
      'Rank',
      'Unit',
      'Score',
      'Tier',
      'Respondents',
      'Standard error',
    ]);
    expect(m.exportTable.rows).toEqual([
      [1, 'A', 70.5, 'Excellent', 40, 1.5],
      [2, 'B', 65, 'High', 20, 2],
      [null, 'C', null, null, null, null],
    ]);
    expect(m.notes).toContain('“—”: no data this year (not a score of 0).');
  });

  it('names the tiers in the UI language and writes numbers the Vietnamese way', () => {
    const m = model({}, 'vi');
    expect(m.chartData.bars[0]?.tier).toBe('Rất tốt');
    expect(m.summary).toContain('70,50');
  });

  it('says so when the group has no data in the year', () => {
    const empty = makeDataset([{ unit: 'A', year: 2019, total: null }]);
    expect(model({}, 'en', empty).summary).toMatch(/^No data for .* in 2019\.$/);
  });

  it('says when the statistics could not be computed', () => {
    const view = resolvedView(ds, { ...DEFAULT_VIEW_STATE, group: 'districts', year: 2019 });
    const t = translator('vi');
    const m = buildRankingScreen(ds, view, null, t, { statsFailed: true });
    expect(m.notes).toContain(t('stats.failed'));
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/urlState.ts';
import { buildTrendsScreen, defaultCompareYear } from '../../../src/views/trends/model.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';
import { resolvedView } from '../../fixtures/screenView.ts';

const ds = makeDataset([
  { unit: 'A', year: 2018, total: 60 },
  { unit: 'B', year: 2018, total: 65 },
  { unit: 'C', year: 2018, total: 62 },
  { unit: 'A', year: 2020, total: 70 },
  { unit: 'B', year: 2020, total: 64 },
  { unit: 'C', year: 2020, total: null },
]);

function model(patch: Partial<ViewState> = {}, lang: 'vi' | 'en' = 'en') {
  const view = resolvedView(ds, {
    ...DEFAULT_VIEW_STATE,
    lang,
    view: 'trends',
    group: 'districts',
    year: 2020,
    ...patch,
  });
  return buildTrendsScreen(ds, view, translator(lang));
}

describe('buildTrendsScreen: the Trends screen without React', () => {
  it('shows the top units of the year by default, with title, summary and notes', () => {
    const m = model();
    expect(m.chosen).toEqual([uid('A'), uid('B')]);
    expect(m.title).toBe('DCCI: scores and ranks over the years, districts');
    expect(m.subtitle).toMatch(/^districts · 2018–2020 · /);
    expect(m.tableCaption).toContain('A, B');
    expect(m.summary).toBe(
      'A: 60.00 in 2018 (rank 3 of 3), 70.00 in 2020 (rank 1 of 2). ' +
        'B: 65.00 in 2018 (rank 1 of 3), 64.00 in 2020 (rank 2 of 2).',
    );
    const t = translator('en');
    expect(m.notes).toEqual([
      t('trends.rescaleNote'),
      t('trends.gapNote'),
      t('trends.missingYearsNote', { years: '2019' }),
      t('trends.sizeNote', { sizes: '2018: 3, 2020: 2' }),
    ]);
  });

  it('exports one row per unit and year, a missing year empty (never 0)', () => {
    expect(model({ units: [uid('C'), uid('A')] }).exportTable).toEqual({
      header: ['Unit', 'Year', 'Score', 'Rank'],
      rows: [
        ['C', 2018, 62, 2],
        ['C', 2019, null, null],
        ['C', 2020, null, null],
        ['A', 2018, 60, 3],
        ['A', 2019, null, null],
        ['A', 2020, 70, 1],
      ],
    });
  });

  it('compares with the previous year with data, and exports the slope rows', () => {
    const m = model();
    expect(m.dataYears).toEqual([2018, 2020]);
    expect(m.compareYear).toBe(2018);
    const s = m.slope;
    expect(s?.title).toBe('DCCI: change in score from 2018 to 2020, districts');
    expect(s?.summary).toMatch(/^From 2018 to 2020: 1 units rose, 1 fell, 0 unchanged\./);
    expect(s?.exportTable.rows).toContainEqual(['A', 60, 70, 10, 3, 1, 2]);
    expect(s?.exportInfo).toMatchObject({ view: 'trends', year: '2018–2020' });
    expect(s?.moversFrame?.title).toBe('Risers and fallers from 2018 to 2020');
  });

  it('has no slope with one year of data, and no movers for the same year twice', () => {
    const one = makeDataset([{ unit: 'A', year: 2019, total: 50 }]);
    const view = resolvedView(one, { ...DEFAULT_VIEW_STATE, group: 'districts', year: 2019 });
    expect(buildTrendsScreen(one, view, translator('vi')).slope).toBeNull();
    expect(model({ y2: 2020 }).slope?.moversFrame).toBeNull();
  });

  it('writes Vietnamese numbers in Vietnamese', () => {
    expect(model({}, 'vi').summary).toContain('70,00');
  });

  it('picks the previous year with data, else the next', () => {
    expect(defaultCompareYear([2016, 2018, 2020], 2020)).toBe(2018);
    expect(defaultCompareYear([2016, 2018], 2016)).toBe(2018);
    expect(defaultCompareYear([2016], 2016)).toBe(2016);
  });
});

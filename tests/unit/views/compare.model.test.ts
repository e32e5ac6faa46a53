import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/urlState.ts';
import { buildCompareScreen, type CompareOptions } from '../../../src/views/compare/model.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';
import { resolvedView } from '../../fixtures/screenView.ts';

const ds = makeDataset([
  { unit: 'A', year: 2019, total: 70, subs: { x: 7, y: 5, z: 6 }, respondents: 40, se: 1.5 },
  { unit: 'B', year: 2019, total: 65, subs: { x: 6, y: 8, z: null }, respondents: 20, se: 2 },
  { unit: 'C', year: 2019, total: 60, subs: { x: 4, y: 6, z: 5 }, respondents: 50, se: 1 },
  { unit: 'D', year: 2018, total: 55, subs: { x: 5, y: 5, z: 5 } },
]);
const options: CompareOptions = { radar: false, focusUnit: null, statsFailed: false };

function model(
  patch: Partial<ViewState> = {},
  more: Partial<CompareOptions> = {},
  lang: 'vi' | 'en' = 'en',
) {
  const view = resolvedView(ds, {
    ...DEFAULT_VIEW_STATE,
    lang,
    view: 'compare',
    group: 'districts',
    year: 2019,
    units: [uid('A'), uid('B')],
    ...patch,
  });
  return buildCompareScreen(ds, view, null, translator(lang), { ...options, ...more });
}

describe('buildCompareScreen: the Compare screen without React', () => {
  it('names the units, the sub-index where they differ most, and exports every row', () => {
    const m = model();
    expect(m.title).toBe('2 units compared by sub-index, DCCI 2019');
    expect(m.summary).toBe(
      'Units compared: A A, B B. They differ most on y: 3.00 points (B 8.00, A 5.00).',
    );
    expect(m.exportTable).toEqual({
      header: ['Sub-index', 'A. A', 'B. B', 'Group average'],
      rows: [
        ['Total score', 70, 65, 65],
        ['Respondents', 40, 20, null],
        ['Standard error', 1.5, 2, null],
        ['x', 7, 6, (7 + 6 + 4) / 3],
        ['y', 5, 8, (5 + 8 + 6) / 3],
        ['z', 6, null, 5.5],
      ],
    });
    expect(m.exportInfo).toMatchObject({ view: 'compare', caption: m.summary, alt: m.summary });
  });

  it('notes the key in words, a missing value and units below the respondents minimum', () => {
    const notes = model().notes;
    expect(notes[0]).toBe('The letters on the bars name the units: A = A, B = B.');
    expect(notes).toContain('“—”: no data this year (not a score of 0).');
    expect(notes.some((n) => n.includes('30'))).toBe(true);
  });

  it('compares the focus unit and its neighbours when the URL names none', () => {
    expect(model({ units: [] }, { focusUnit: uid('B') }).unitIds).toContain(uid('B'));
  });

  it('offers the radar only from three sub-indices, and says so in subtitle and notes', () => {
    const m = model({}, { radar: true });
    expect(m.showRadar).toBe(true);
    expect(m.subtitle).toMatch(/radar form$/);
    expect(m.notes[0]).toMatch(/^Radar form:/);
  });

  it('lists the group’s units without data in the year', () => {
    expect(model().absent).toEqual([{ id: uid('D'), name: 'D' }]);
  });

  it('says the statistics failed when they did', () => {
    const t = translator('en');
    expect(model({}, { statsFailed: true }).notes).toContain(t('stats.failed'));
  });
});

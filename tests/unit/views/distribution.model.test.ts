import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/state/urlState.ts';
import { buildDistributionScreen } from '../../../src/views/distribution/model.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';
import { resolvedView } from '../../fixtures/screenView.ts';

const ds = makeDataset([
  { unit: 'A', year: 2019, total: 70 },
  { unit: 'B', year: 2019, total: 64 },
  { unit: 'C', year: 2019, total: 60 },
  { unit: 'D', year: 2019, total: null },
]);

function model(lang: 'vi' | 'en' = 'en', unit: string | null = null) {
  const view = resolvedView(ds, {
    ...DEFAULT_VIEW_STATE,
    lang,
    view: 'distribution',
    group: 'districts',
    year: 2019,
    unit,
  });
  return buildDistributionScreen(ds, view, translator(lang));
}

describe('buildDistributionScreen: the Distribution screen without React', () => {
  it('gives the title, each group’s spread and median, and an export of every scored unit', () => {
    const m = model();
    expect(m.title).toBe('DCCI 2019: how total scores spread within each group');
    expect(m.summary).toMatch(
      /^.*: The 3 .* are 10\.00 points apart; median 64\.00; highest A \(70\.00\), lowest C \(60\.00\)\.$/,
    );
    expect(m.exportTable).toEqual({
      header: ['Group', 'Rank', 'Unit', 'Score'],
      rows: [
        [expect.any(String), 1, 'A', 70],
        [expect.any(String), 2, 'B', 64],
        [expect.any(String), 3, 'C', 60],
      ],
    });
    expect(m.exportInfo).toMatchObject({ view: 'distribution', caption: m.summary });
  });

  it('notes the units without a score', () => {
    const m = model();
    const t = translator('en');
    const group = m.data.groups[0]?.name.en ?? '';
    expect(m.notes).toEqual([
      t('distribution.legendNote'),
      t('distribution.missing', { group, count: 1 }),
    ]);
  });

  it('writes the selected unit’s line, in Vietnamese with Vietnamese numbers', () => {
    const m = model('vi', uid('B'));
    const group = m.data.groups[0];
    expect(group && m.selectedLine(group)).toContain('64,00');
  });
});

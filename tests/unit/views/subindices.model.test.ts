import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/urlState.ts';
import { buildSubIndicesScreen } from '../../../src/views/subindices/model.ts';
import type { Dataset } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';
import { resolvedView } from '../../fixtures/screenView.ts';

const ds = makeDataset([
  { unit: 'A', year: 2019, total: 70, subs: { x: 7, y: 5 } },
  { unit: 'B', year: 2019, total: 65, subs: { x: 6, y: 8 } },
  { unit: 'C', year: 2019, total: 60, subs: { x: 4, y: null } },
]);

function model(patch: Partial<ViewState> = {}, lang: 'vi' | 'en' = 'en', dataset: Dataset = ds) {
  const view = resolvedView(dataset, {
    ...DEFAULT_VIEW_STATE,
    lang,
    view: 'subindices',
    group: 'districts',
    year: 2019,
    ...patch,
  });
  return buildSubIndicesScreen(dataset, view, translator(lang));
}

describe('buildSubIndicesScreen: the Sub-indices screen without React', () => {
  it('gives the title, the summary of the grid and an export table of every cell', () => {
    const m = model();
    expect(m.title).toMatch(/^DCCI 2019: 2 sub-indices of 3 /);
    expect(m.summary).toBe(
      'Sub-index scores range from 4.00 (C, x) to 8.00 (B, y). ' +
        'Lowest group average: x (5.67); highest: y (6.50).',
    );
    expect(m.exportTable).toEqual({
      header: ['Rank', 'Unit', 'Total', 'x', 'x · Rank', 'y', 'y · Rank'],
      rows: [
        [1, 'A', 70, 7, 1, 5, 2],
        [2, 'B', 65, 6, 2, 8, 1],
        [3, 'C', 60, 4, 3, null, null],
      ],
    });
    expect(m.exportInfo).toMatchObject({ view: 'subindices', groupId: 'districts', year: 2019 });
    expect(m.notes).toContain(translator('en')('subindices.missingNote'));
  });

  it('adds the selected unit’s strongest and weakest sub-index, and the highlighted one (sub=)', () => {
    const m = model({ unit: uid('A'), sub: 'y' });
    expect(m.summary).toContain(
      'A: strongest relative to the group on “x” (rank 1), weakest on “y” (rank 2).',
    );
    expect(m.summary).toContain('On “y”: highest B (8.00), lowest A (5.00).');
  });

  it('sorts the export as the screen does (sort=)', () => {
    expect(model({ sort: '-y' }).exportTable.rows.map((r) => r[1])).toEqual(['B', 'A', 'C']);
  });

  it('writes numbers the Vietnamese way in Vietnamese', () => {
    expect(model({}, 'vi').summary).toContain('4,00');
  });

  it('draws at most the grid’s rows of a long group and says so; the export keeps every unit', () => {
    const many = makeDataset(
      Array.from({ length: 70 }, (_, i) => ({
        unit: `U${i}`,
        year: 2019,
        total: 80 - i / 2,
        subs: { x: 5 + (i % 5) / 2 },
      })),
    );
    const m = model({}, 'en', many);
    expect(m.subtitle).toMatch(/ · showing \d+ of 70 units \(the table has all\)$/);
    expect(m.chartData.rows.length).toBeLessThan(70);
    expect(m.exportTable.rows).toHaveLength(70);
  });
});

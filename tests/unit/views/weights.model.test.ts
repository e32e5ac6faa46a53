import { describe, expect, it } from 'vitest';
import type { UnitId } from '../../../src/domain/types.ts';
import { weightStability } from '../../../src/domain/weights.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/urlState.ts';
import {
  buildStabilityModel,
  buildWeightsScreen,
  type WeightsModel,
} from '../../../src/views/weights/model.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';
import { resolvedView } from '../../fixtures/screenView.ts';

const ds = makeDataset([
  { unit: 'A', year: 2019, total: 70, subs: { a: 8, b: 6 } },
  { unit: 'B', year: 2019, total: 60, subs: { a: 5, b: 7 } },
  { unit: 'C', year: 2019, total: 55, subs: { a: 9, b: 2 } },
  { unit: 'D', group: 'departments', year: 2019, total: 50 },
]);

function model(patch: Partial<ViewState> = {}, lang: 'vi' | 'en' = 'en') {
  const view = resolvedView(ds, {
    ...DEFAULT_VIEW_STATE,
    lang,
    view: 'weights',
    group: 'districts',
    year: 2019,
    ...patch,
  });
  return buildWeightsScreen(ds, view, translator(lang));
}
function weighted(patch: Partial<ViewState> = {}, lang: 'vi' | 'en' = 'en'): WeightsModel {
  const m = model(patch, lang);
  if (m.kind === 'none') throw new Error('expected sub-indices');
  return m;
}
const t = translator('en');

describe('buildWeightsScreen: the Weights screen without React', () => {
  it('reproduces the ranking with the dataset weights: title, summary, notes and export', () => {
    const m = weighted();
    expect(m.title).toBe('DCCI 2019: districts ranked with your own weights');
    expect(m.preset).toBe('dataset');
    expect(m.summary).toMatch(/A ranks first \(70\.00 points\) and C last \(55\.00 points\)/);
    expect(m.summary).toContain('0 units move up, 0 move down and 3 keep their rank.');
    expect(m.notes).toEqual([t('weights.noteRecomputed'), t('weights.noteBaselineSame')]);
    expect(m.controlNotes[0]).toBe(t('weights.noPublished'));
    expect(m.exportTable).toEqual({
      header: [
        'Unit',
        expect.any(String),
        expect.any(String),
        expect.any(String),
        expect.any(String),
      ],
      rows: [
        ['A', 1, 1, 0, 70],
        ['B', 2, 2, 0, 60],
        ['C', 3, 3, 0, 55],
      ],
    });
    expect(m.exportInfo).toMatchObject({ view: 'weights', caption: m.summary, alt: m.summary });
  });

  it('re-ranks with the weights of w=, names the largest move and ignores unknown ids', () => {
    const m = weighted({ w: 'a:30,b:0,nope:2', unit: uid('C') });
    expect(m.preset).toBe('custom');
    expect(m.exportTable.rows).toEqual([
      ['C', 3, 1, 2, 90],
      ['A', 1, 2, -1, 80],
      ['B', 2, 3, -1, 50],
    ]);
    expect(m.summary).toContain('Largest move: C (');
    expect(m.controlNotes).toContain(t('weights.unknownIds', { ids: 'nope' }));
    expect(m.exportInfo.unitId).toBe(uid('C'));
  });

  it('follows the weights being dragged rather than the URL’s', () => {
    const m = weighted({}, 'vi');
    const live = buildWeightsScreen(
      ds,
      resolvedView(ds, { ...DEFAULT_VIEW_STATE, group: 'districts', year: 2019 }),
      translator('vi'),
      {
        weights: new Map(m.subIndices.map((s) => [s.id, s.id === 'b' ? 30 : 0])),
      },
    );
    expect(live.kind === 'weights' && live.exportTable.rows[0]).toEqual(['B', 2, 1, 1, 70]);
    expect(m.summary).toContain('70,00');
  });

  it('says there is nothing to re-weight without sub-indices', () => {
    expect(model({ group: 'departments' })).toEqual({
      kind: 'none',
      message: t('weights.noSubIndices', { group: 'departments', year: 2019 }),
    });
  });
});

describe('buildStabilityModel: the stability view without React', () => {
  it('summarises the least stable unit and exports every row with its band and share', () => {
    const m = weighted();
    const run = weightStability(
      ds.observations.filter((o) => o.unitId !== uid('D', 'departments')),
      m.subIndices,
      m.weights,
      { draws: 200 },
    );
    const names = new Map<UnitId, string>(ds.units.map((u) => [u.id, u.name]));
    const s = buildStabilityModel(
      run,
      names,
      null,
      { groupName: 'Districts', year: 2019, lang: 'en' },
      t,
    );
    expect(s.title).toContain('districts');
    // B and C stay in their band equally often: the higher-ranked one is named.
    expect(s.summary).toMatch(
      /^1 of 3 units .* Least stable: B, in its band \d+% of the time, ranked 2 to 3\.$/,
    );
    expect(s.exportTable.rows[0]).toEqual([1, 'A', 'Top third', 100, 1, 1]);
    expect(s.exportTable.rows.map((r) => r[1])).toEqual(['A', 'B', 'C']);
    expect(s.notes).toEqual([t('weights.noteRecomputed'), t('weights.stability.note')]);
    expect(s.method).toContain('200');
  });
});

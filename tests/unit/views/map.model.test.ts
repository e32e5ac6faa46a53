import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/urlState.ts';
import { buildMapScreen, type MapModel } from '../../../src/views/map/model.ts';
import { makeDataset } from '../../fixtures/builders.ts';
import { resolvedView } from '../../fixtures/screenView.ts';

const ds = makeDataset([
  { unit: 'Ba Bể', year: 2019, total: 62, subs: { land: 6 } },
  { unit: 'Na Rì', year: 2019, total: 65, subs: { land: null } },
  { unit: 'Chợ Đồn', year: 2019, total: 58.5, subs: { land: 7 } },
  { unit: 'Sở Y tế', group: 'departments', year: 2019, total: 70 },
]);
const idle = { status: 'idle' } as const;

function model(patch: Partial<ViewState>, lang: 'vi' | 'en' = 'en') {
  const view = resolvedView(ds, {
    ...DEFAULT_VIEW_STATE,
    lang,
    view: 'map',
    group: 'districts',
    year: 2019,
    ...patch,
  });
  return buildMapScreen(ds, view, translator(lang), idle);
}
function drawn(patch: Partial<ViewState>, lang: 'vi' | 'en' = 'en'): MapModel {
  const m = model(patch, lang);
  if (m.kind === 'none') throw new Error('expected a map');
  return m;
}

describe('buildMapScreen: the Map screen without React', () => {
  it('draws districts on the tile grid with title, summary and the export table of the total', () => {
    const m = drawn({});
    expect(m.kind).toBe('tiles');
    expect(m.title).toBe('DCCI 2019: total score of 3 district-level units on a map');
    expect(m.summary).toBe('Highest: Na Rì (65.00); lowest: Chợ Đồn (58.50); 3 units with data.');
    expect(m.exportTable).toEqual({
      header: ['Rank', 'Unit', 'Total score (out of 100)'],
      rows: [
        [1, 'Na Rì', 65],
        [2, 'Ba Bể', 62],
        [3, 'Chợ Đồn', 58.5],
      ],
    });
    expect(m.exportInfo).toMatchObject({ view: 'map', groupId: 'districts', year: 2019 });
    expect(m.notes).toContain(translator('en')('map.tileNote'));
  });

  it('colours by a sub-index (sub=): its title, its column, and a missing value kept as null', () => {
    const m = drawn({ sub: 'land' });
    expect(m.title).toBe('DCCI 2019: “land” of 3 district-level units on a map');
    expect(m.exportTable.header[2]).toBe('land (out of 10)');
    expect(m.exportTable.rows).toContainEqual([null, 'Na Rì', null]);
    expect(m.anyMissing).toBe(true);
  });

  it('writes numbers the Vietnamese way in Vietnamese', () => {
    expect(drawn({}, 'vi').summary).toContain('65,00');
  });

  it('has no map for a group without geography, and says so', () => {
    const m = model({ group: 'departments' });
    expect(m.kind).toBe('none');
    expect(m.kind === 'none' && m.message).toMatch(/^The group “departments” has no geography/);
  });

  it('says when the province boundaries could not be loaded', () => {
    const pci = makeDataset([
      { unit: 'Bắc Kạn', group: 'provinces', year: 2016, total: 54.6 },
      { unit: 'Đà Nẵng', group: 'provinces', year: 2016, total: 70 },
    ]);
    const view = resolvedView(pci, {
      ...DEFAULT_VIEW_STATE,
      lang: 'en',
      group: 'provinces',
      year: 2016,
    });
    const t = translator('en');
    const failed = buildMapScreen(pci, view, t, { status: 'error', message: 'HTTP 404' });
    expect(failed.kind).toBe('provinces');
    if (failed.kind === 'none') return;
    expect(failed.notes).toContain(t('map.loadError', { reason: 'HTTP 404' }));
    expect(failed.highlighted?.name).toBe('Bắc Kạn');
    expect(failed.summary).toContain('Bắc Kạn (bold outline): 54.60, rank 2 of 2.');
    expect(failed.featureSet).toBeNull();
  });
});

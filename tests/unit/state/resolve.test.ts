import { describe, expect, it } from 'vitest';
import { resolveSelection } from '../../../src/state/resolve.ts';
import { applyPatch } from '../../../src/state/selection.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/state/urlState.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const ds = makeDataset([
  { unit: 'Ba Bể', year: 2018, total: 60 },
  { unit: 'Ba Bể', year: 2019, total: 61 },
  { unit: 'Sở Tư pháp', group: 'departments', year: 2020, total: 70 },
]);

describe('resolveSelection', () => {
  it('fills in the dataset defaults when the URL gives none', () => {
    const { state, notices } = resolveSelection(DEFAULT_VIEW_STATE, ds, {
      group: 'districts',
      year: 2018,
    });
    expect(state).toMatchObject({ ds: 'test', group: 'districts', year: 2018 });
    expect(notices).toEqual([]);
  });
  it('uses the latest year of the group when there is no default', () => {
    expect(resolveSelection(DEFAULT_VIEW_STATE, ds).state.year).toBe(2019);
  });
  it('falls back with a notice for an unknown group, a year without data and a unit outside the group', () => {
    const { state, notices } = resolveSelection(
      { ...DEFAULT_VIEW_STATE, group: 'nope', year: 2020, unit: 'x.y' },
      ds,
    );
    expect(state).toMatchObject({ group: 'districts', year: 2019, unit: null });
    expect(notices.map((n) => n.param)).toEqual(['group', 'year', 'unit']);
  });
  it('treats weights naming an unknown sub-index like any invalid value: a notice, the known pairs still apply', () => {
    const withSubs = makeDataset([{ unit: 'Ba Bể', year: 2019, total: 60, subs: { a: 5, b: 6 } }]);
    const bad = resolveSelection({ ...DEFAULT_VIEW_STATE, w: 'a:2,nope:3' }, withSubs);
    // The view applies the known pair and names the unknown one.
    expect(bad.state.w).toBe('a:2,nope:3');
    expect(bad.notices).toEqual([{ kind: 'invalid', param: 'w', value: 'a:2,nope:3' }]);
    for (const w of ['a:2,b:1', 'equal', 'pci2016']) {
      const good = resolveSelection({ ...DEFAULT_VIEW_STATE, w }, withSubs);
      expect(good.state.w).toBe(w);
      expect(good.notices).toEqual([]);
    }
  });
  it('selects the group of a unit given without a group', () => {
    const unit = uid('Sở Tư pháp', 'departments');
    expect(resolveSelection({ ...DEFAULT_VIEW_STATE, unit }, ds).state).toMatchObject({
      group: 'departments',
      year: 2020,
      unit,
    });
  });
});

describe('applyPatch', () => {
  const base = {
    ...DEFAULT_VIEW_STATE,
    ds: 'a',
    year: 2019,
    group: 'districts',
    unit: 'districts.ba-be',
    sort: '-total',
  };
  it('clears year, group, unit and sort when the dataset changes', () => {
    expect(applyPatch(base, { ds: 'b' })).toMatchObject({
      ds: 'b',
      year: null,
      group: null,
      unit: null,
      sort: null,
    });
  });
  it('clears the selected unit when the group changes', () => {
    expect(applyPatch(base, { group: 'departments' })).toMatchObject({
      group: 'departments',
      unit: null,
      year: 2019,
    });
  });
  it('keeps everything else for a year change', () => {
    expect(applyPatch(base, { year: 2020 })).toMatchObject({
      year: 2020,
      unit: 'districts.ba-be',
      sort: '-total',
    });
  });
});

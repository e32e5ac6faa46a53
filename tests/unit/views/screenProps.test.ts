import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/urlState.ts';
import { screenView } from '../../../src/views/screenProps.ts';
import { makeDataset } from '../../fixtures/builders.ts';

const ds = makeDataset([
  { unit: 'Ba Bể', year: 2019, total: 70 },
  { unit: 'Sở Tư pháp', group: 'departments', year: 2019, total: 60 },
]);

describe('screenView: the selection a screen receives', () => {
  it('carries the dataset’s own group id and the year', () => {
    const v = screenView({ ...DEFAULT_VIEW_STATE, group: 'departments', year: 2019 }, ds);
    expect(v?.group).toBe(ds.groups[1]?.id);
    expect(v?.year).toBe(2019);
  });

  it('is null until the group is one of the dataset’s and the year is set', () => {
    expect(screenView({ ...DEFAULT_VIEW_STATE, group: null, year: 2019 }, ds)).toBeNull();
    expect(screenView({ ...DEFAULT_VIEW_STATE, group: 'communes', year: 2019 }, ds)).toBeNull();
    expect(screenView({ ...DEFAULT_VIEW_STATE, group: 'districts', year: null }, ds)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { buildDistributionData, stackRows } from '../../../src/charts/data/distribution.ts';
import type { Dataset } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const ds = makeDataset([
  { unit: 'A', year: 2018, total: 60 },
  { unit: 'B', year: 2018, total: 62 },
  { unit: 'A', year: 2019, total: 68.4 },
  { unit: 'B', year: 2019, total: 60.69 },
  { unit: 'C', year: 2019, total: 64.1 },
  { unit: 'D', year: 2019, total: 60.69 },
  { unit: 'E', year: 2019, total: null },
  { unit: 'Sở X', group: 'departments', year: 2019, total: 71 },
  { unit: 'Cục Y', group: 'central', year: 2018, total: 75 },
]);

describe('buildDistributionData', () => {
  const data = buildDistributionData(ds, 2019, uid('C'));
  const districts = data.groups.find((g) => g.groupId === 'districts');

  it('gives every group of the dataset, one without data this year with n = 0', () => {
    expect(data.groups.map((g) => [g.groupId, g.summary.n])).toEqual([
      ['districts', 4],
      ['departments', 1],
      ['central', 0],
    ]);
  });

  it('computes the median and the spread (best − worst) over present totals', () => {
    expect(districts?.summary.median).toBeCloseTo(62.395);
    expect(districts?.summary.spread).toBeCloseTo(7.71);
    expect(districts?.bestNames).toEqual(['A']);
  });

  it('names every unit tied for the lowest total and stacks tied dots', () => {
    expect(districts?.worstNames).toEqual(['B', 'D']);
    const tied = districts?.points.filter((p) => p.total === 60.69).map((p) => p.stack);
    expect(new Set(tied).size).toBe(2);
  });

  it('counts a missing total instead of drawing it as 0', () => {
    expect(districts?.missing).toBe(1);
    expect(districts?.points.map((p) => p.name)).not.toContain('E');
  });

  it('highlights the selected unit in its group only', () => {
    expect(districts?.points.find((p) => p.selected)?.name).toBe('C');
    expect(districts?.hasSelected).toBe(true);
    expect(data.groups[1]?.hasSelected).toBe(false);
  });

  it('shares one axis in multiples of 5 across groups', () => {
    expect(data.domain).toEqual([60, 75]);
    expect(buildDistributionData(ds, 2030, null).domain).toEqual([0, 100]);
  });

  it('handles a one-unit group: spread 0, no comparison', () => {
    const one = data.groups[1];
    expect(one?.summary).toMatchObject({ n: 1, spread: 0 });
    expect(one?.previousYear).toBeNull();
  });

  it('notes a group-size change against the previous year, and a declared method change instead', () => {
    expect(districts?.notes).toEqual([
      { kind: 'groupSize', fromYear: 2018, toYear: 2019, fromCount: 2, toCount: 4 },
    ]);
    const changed: Dataset = {
      ...ds,
      methodChanges: [{ year: 2019, note: { vi: 'Đổi', en: 'Changed' } }],
    };
    const d = buildDistributionData(changed, 2019, null).groups[0];
    expect(d?.notes.map((n) => n.kind)).toEqual(['method']);
  });
});

describe('stackRows', () => {
  it('keeps distant dots on the axis and lifts near or tied ones', () => {
    expect(stackRows([60, 70, 80], 1)).toEqual([0, 0, 0]);
    expect(stackRows([60, 60.5, 60, 61.2], 1)).toEqual([0, 2, 1, 0]);
  });
  it('is empty for no dots', () => {
    expect(stackRows([], 1)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTrendData, defaultTrendUnits } from '../../../src/charts/data/trends.ts';
import type { GroupId } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const G = 'districts' as GroupId;
const ds = makeDataset(
  [
    { unit: 'Ba Bể', year: 2018, total: 60 },
    { unit: 'Na Rì', year: 2018, total: 65 },
    { unit: 'Chợ Mới', year: 2018, total: 62 },
    { unit: 'Ba Bể', year: 2019, total: 64 },
    { unit: 'Na Rì', year: 2019, total: 64 },
    { unit: 'Chợ Mới', year: 2019, total: 50 },
    { unit: 'Pác Nặm', year: 2019, total: 55 },
    { unit: 'Ba Bể', year: 2020, total: 70 },
    { unit: 'Chợ Mới', year: 2020, total: null },
    { unit: 'Sở Y tế', group: 'departments', year: 2019, total: 80 },
  ],
  { methodChanges: [{ year: 2020, note: { vi: 'Đổi bộ chỉ số', en: 'New sub-indices' } }] },
);

describe('buildTrendData', () => {
  it('gives one point per year of the group, with ranks computed by the one rank rule (ties share the best rank)', () => {
    const d = buildTrendData(ds, G, [uid('Ba Bể'), uid('Na Rì')]);
    expect(d.years).toEqual([2018, 2019, 2020]);
    const [baBe, naRi] = d.series;
    expect(baBe?.points.map((p) => p.total)).toEqual([60, 64, 70]);
    expect(baBe?.points.map((p) => p.rank)).toEqual([3, 1, 1]);
    expect(naRi?.points.map((p) => p.rank)).toEqual([1, 1, null]);
    expect(baBe?.points[1]?.rankSource).toBe('computed');
  });

  it('leaves a year without a row as a gap (null), never 0, and flags the gap', () => {
    const d = buildTrendData(ds, G, [uid('Na Rì')]);
    expect(d.series[0]?.points[2]).toMatchObject({
      year: 2020,
      total: null,
      rank: null,
      rankSource: 'none',
    });
    expect(d.series[0]?.yearsPresent).toEqual([2018, 2019]);
    expect(d.hasGaps).toBe(true);
  });

  it('shows a unit present in only one year as such', () => {
    const d = buildTrendData(ds, G, [uid('Pác Nặm')]);
    expect(d.series[0]?.yearsPresent).toEqual([2019]);
    expect(d.series[0]?.points.filter((p) => p.total !== null)).toHaveLength(1);
  });

  it('treats a missing total as a gap and does not count it in the group size', () => {
    const d = buildTrendData(ds, G, [uid('Chợ Mới')]);
    expect(d.series[0]?.points[2]?.total).toBeNull();
    expect(d.groupSizes).toEqual([
      { year: 2018, n: 3 },
      { year: 2019, n: 4 },
      { year: 2020, n: 1 },
    ]);
    expect(d.groupSizeChanges).toBe(true);
    expect(d.maxGroupSize).toBe(4);
  });

  it('reports method changes declared within the span of years', () => {
    expect(buildTrendData(ds, G, []).methodChanges.map((m) => m.year)).toEqual([2020]);
  });

  it('ignores unknown ids, duplicates and units of other groups, keeping the given order', () => {
    const d = buildTrendData(ds, G, [
      uid('Na Rì'),
      'districts.nowhere',
      uid('Sở Y tế', 'departments'),
      uid('Ba Bể'),
      uid('Na Rì'),
    ]);
    expect(d.series.map((s) => s.name)).toEqual(['Na Rì', 'Ba Bể']);
  });

  it('handles a one-unit group in a single year', () => {
    const d = buildTrendData(ds, 'departments' as GroupId, [uid('Sở Y tế', 'departments')]);
    expect(d.years).toEqual([2019]);
    expect(d.series[0]?.points).toEqual([
      { year: 2019, total: 80, rank: 1, rankSource: 'computed', groupSize: 1 },
    ]);
    expect(d.groupSizeChanges).toBe(false);
    expect(d.methodChanges).toEqual([]);
    expect(d.hasGaps).toBe(false);
  });

  it('keeps a published rank as published', () => {
    const pub = makeDataset([
      { unit: 'A', year: 2019, total: 50, rank: 2 },
      { unit: 'B', year: 2019, total: 60, rank: 1 },
    ]);
    const d = buildTrendData(pub, G, [uid('A')]);
    expect(d.series[0]?.points[0]).toMatchObject({ rank: 2, rankSource: 'published' });
  });

  it('gives no series for an empty choice', () => {
    expect(buildTrendData(ds, G, []).series).toEqual([]);
  });
});

describe('defaultTrendUnits', () => {
  it('is the selected unit when it belongs to the group', () => {
    expect(defaultTrendUnits(ds, G, 2019, uid('Pác Nặm'))).toEqual([uid('Pác Nặm')]);
  });
  it('is the top 3 of the year otherwise (ties in rank order, unranked left out)', () => {
    expect(defaultTrendUnits(ds, G, 2019, null)).toEqual([
      uid('Ba Bể'),
      uid('Na Rì'),
      uid('Pác Nặm'),
    ]);
    expect(defaultTrendUnits(ds, G, 2019, uid('Sở Y tế', 'departments'))).toHaveLength(3);
    expect(defaultTrendUnits(ds, G, 2020, null)).toEqual([uid('Ba Bể')]);
  });
});

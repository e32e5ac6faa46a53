import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparablePreviousYear,
  CROSSWALK_2025,
  dcciSpansMerger,
  eraOf,
  eraOfUnits,
  previousYearBreak,
  yearComparison,
  RETIRED_KEYS,
} from '../../../src/domain/era.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import { scoredGroupYear } from '../../../src/domain/groupStats.ts';
import type { GroupId } from '../../../src/domain/types.ts';
import { buildMoversData } from '../../../src/charts/data/movers.ts';
import { buildTrendData } from '../../../src/charts/data/trends.ts';
import { buildSlopeData } from '../../../src/charts/data/slope.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const before = [...new Set(CROSSWALK_2025.map((c) => c.before))];
const after = [...new Set(CROSSWALK_2025.map((c) => c.after))];
const P = 'provinces' as GroupId;

describe('the crosswalk of 1 July 2025', () => {
  it('maps 63 provinces (one ISO code each) onto 34, with 30 names no longer used', () => {
    expect(before).toHaveLength(63);
    expect(new Set(CROSSWALK_2025.map((c) => c.code)).size).toBe(63);
    expect(after).toHaveLength(34);
    expect(RETIRED_KEYS.size).toBe(30);
    expect(CROSSWALK_2025.find((c) => c.code === 'VN-53')).toMatchObject({
      before: 'Bắc Kạn',
      after: 'Thái Nguyên',
    });
    // Huế is the one new name that was not an old name.
    expect(after.filter((n) => !before.includes(n))).toEqual(['Huế']);
  });
});

describe('eraOfUnits', () => {
  it('says "before" for the 63 and "from 2025" for the 34, whatever the spelling', () => {
    expect(eraOfUnits(before)).toBe('before-2025');
    expect(eraOfUnits(after)).toBe('from-2025');
    expect(
      eraOfUnits(
        after.map((n) => (n === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : n.toUpperCase())),
      ),
    ).toBe('from-2025');
  });

  it('says "before" as soon as one of the 30 retired names is present', () => {
    fc.assert(
      fc.property(
        fc.subarray(after),
        fc.constantFrom(...before.filter((n) => !after.includes(n))),
        (some, old) => eraOfUnits([...some, old]) === 'before-2025',
      ),
    );
  });

  it('gives no era to units that are not provinces (departments, districts)', () => {
    expect(eraOfUnits(['Sở Tư pháp', 'Sở Y tế', 'Ba Bể'])).toBeNull();
    expect(eraOfUnits([])).toBeNull();
  });
});

/** A PCI-like dataset: Thái Nguyên and Bắc Kạn in 2023–2024, the merged Thái Nguyên in 2025. */
const merged = makeDataset(
  [
    ...[2023, 2024].flatMap((year) => [
      { unit: 'Thái Nguyên', group: 'provinces', year, total: year === 2023 ? 66 : 67 },
      { unit: 'Bắc Kạn', group: 'provinces', year, total: 60 },
      { unit: 'Hà Nội', group: 'provinces', year, total: 65 },
    ]),
    { unit: 'Thái Nguyên', group: 'provinces', year: 2025, total: 70 },
    { unit: 'Hà Nội', group: 'provinces', year: 2025, total: 64 },
    { unit: 'Tuyên Quang', group: 'provinces', year: 2025, total: 61 },
  ],
  { id: 'pci-test' as never },
);

describe('changes stop at the merger and at gaps', () => {
  it('decides each year from its units', () => {
    expect(eraOf(merged, P, 2024)).toBe('before-2025');
    expect(eraOf(merged, P, 2025)).toBe('from-2025');
  });

  it('has no comparable previous year across the merger: no change, rank move or flag', () => {
    expect(comparablePreviousYear(merged, P, 2024)).toBe(2023);
    expect(comparablePreviousYear(merged, P, 2025)).toBeNull();
    expect(previousYearBreak(merged, P, 2025)).toEqual({ kind: 'era', previous: 2024, year: 2025 });
    const gy = buildGroupYear(merged, P, 2025);
    expect(gy.previousYear).toBeNull();
    const tn = gy.standings.find((s) => s.unit.id === uid('Thái Nguyên', 'provinces'));
    expect(tn).toMatchObject({ change: null, rankChange: null, previousRank: null });
    expect(scoredGroupYear(merged, P, 2025).previous).toBeNull();
    expect(buildGroupYear(merged, P, 2024).standings[0]?.change).not.toBeNull();
  });

  it('draws no slope line and lists no mover between 2024 and 2025', () => {
    const slope = buildSlopeData(merged, P, 2024, 2025);
    expect(slope.eraChanged).toBe(true);
    expect(slope.rows.every((r) => r.change === null && r.rankChange === null)).toBe(true);
    expect(buildMoversData(slope).ordered).toEqual([]);
    expect(buildSlopeData(merged, P, 2023, 2024).eraChanged).toBe(false);
  });

  it('answers each dataset for itself: a changed copy is decided from its own units', () => {
    expect(eraOf(merged, P, 2025)).toBe('from-2025');
    expect(eraOf(merged, P, 2025)).toBe('from-2025'); // asked again: the same answer
    const retiredAdded = {
      ...merged,
      observations: [
        ...merged.observations,
        { ...(merged.observations[1] as (typeof merged.observations)[number]), year: 2025 },
      ],
    };
    // Bắc Kạn (retired on 1/7/2025) among 2025's units: that year is before the change.
    expect(eraOf(retiredAdded, P, 2025)).toBe('before-2025');
    expect(eraOf(merged, P, 2025)).toBe('from-2025');
  });

  it('follows the user correction of an era when the dataset records one', () => {
    const corrected = { ...merged, provinceEras: [{ year: 2025, era: 'before-2025' as const }] };
    expect(eraOf(corrected, P, 2025)).toBe('before-2025');
    expect(comparablePreviousYear(corrected, P, 2025)).toBe(2024);
  });

  it('compares no year with one more than a year before it (PCI 2016 → 2020)', () => {
    const gap = makeDataset([
      { unit: 'Ba Bể', year: 2016, total: 60 },
      { unit: 'Na Rì', year: 2016, total: 62 },
      { unit: 'Ba Bể', year: 2020, total: 65 },
      { unit: 'Na Rì', year: 2020, total: 61 },
    ]);
    const D = 'districts' as GroupId;
    expect(comparablePreviousYear(gap, D, 2020)).toBeNull();
    expect(previousYearBreak(gap, D, 2020)).toEqual({ kind: 'gap', previous: 2016, year: 2020 });
    expect(buildGroupYear(gap, D, 2020).standings.map((s) => s.change)).toEqual([null, null]);
  });
});

describe('trends across the merger and across gaps', () => {
  it('shows the predecessors up to the merger and the merged province after, never joined', () => {
    const trend = buildTrendData(merged, P, [uid('Thái Nguyên', 'provinces')]);
    expect(
      trend.series.map((s) => [s.name, s.segment?.era ?? null, s.yearsPresent] as const),
    ).toEqual([
      ['Thái Nguyên', 'before-2025', [2023, 2024]],
      ['Bắc Kạn', 'before-2025', [2023, 2024]],
      ['Thái Nguyên', 'from-2025', [2025]],
    ]);
    expect(trend.series.map((s) => s.segment)).toEqual([
      { era: 'before-2025', lastYear: 2024 },
      { era: 'before-2025', lastYear: 2024 },
      { era: 'from-2025', firstYear: 2025 },
    ]);
    expect(new Set(trend.series.map((s) => s.key)).size).toBe(3);
  });

  it('splits Hà Nội (not merged) at the merger too: a different unit after 1 July 2025', () => {
    const trend = buildTrendData(merged, P, [uid('Hà Nội', 'provinces')]);
    expect(trend.series.map((s) => [s.segment?.era, s.yearsPresent])).toEqual([
      ['before-2025', [2023, 2024]],
      ['from-2025', [2025]],
    ]);
    const before = buildTrendData(
      { ...merged, observations: merged.observations.filter((o) => o.year < 2025) },
      P,
      [uid('Hà Nội', 'provinces')],
    );
    expect(before.series.map((s) => s.segment)).toEqual([null]);
  });

  it('puts the missing calendar years of a gap in the trend as empty points', () => {
    const gap = makeDataset([
      { unit: 'Ba Bể', year: 2015, total: 58 },
      { unit: 'Ba Bể', year: 2016, total: 60 },
      { unit: 'Ba Bể', year: 2020, total: 65 },
    ]);
    const trend = buildTrendData(gap, 'districts' as GroupId, [uid('Ba Bể')]);
    expect(trend.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(trend.missingYears).toEqual([2017, 2018, 2019]);
    expect(trend.series[0]?.points.map((p) => p.total)).toEqual([58, 60, null, null, null, 65]);
    expect(trend.groupSizes.map((g) => g.year)).toEqual([2015, 2016, 2020]);
  });
});

describe('departments and districts across 1 July 2025', () => {
  const dcci = makeDataset([
    { unit: 'Sở Tư pháp', group: 'departments', year: 2024, total: 70 },
    { unit: 'Sở Y tế', group: 'departments', year: 2024, total: 60 },
    { unit: 'Sở Tư pháp', group: 'departments', year: 2025, total: 72 },
    { unit: 'Sở Y tế', group: 'departments', year: 2025, total: 61 },
  ]);
  const D = 'departments' as GroupId;

  it('get a note in trends and slopes across the date, not within one side', () => {
    expect(dcciSpansMerger(dcci, D, [2024, 2025])).toBe(true);
    expect(dcciSpansMerger(dcci, D, [2024])).toBe(false);
    expect(buildTrendData(dcci, D, [uid('Sở Tư pháp', 'departments')]).unitsReorganised).toBe(true);
    expect(buildSlopeData(dcci, D, 2024, 2025).unitsReorganised).toBe(true);
    // Provinces are handled by the era split instead.
    expect(dcciSpansMerger(merged, P, [2024, 2025])).toBe(false);
  });

  it('keep their change in the ranking and scorecard, flagged as reorganised (yearComparison)', () => {
    expect(yearComparison(dcci, D, 2025)).toEqual({
      previous: 2024,
      yearBreak: null,
      reorganised: true,
    });
    expect(yearComparison(dcci, D, 2024)).toEqual({
      previous: null,
      yearBreak: null,
      reorganised: false,
    });
    expect(yearComparison(merged, P, 2025)).toEqual({
      previous: null,
      yearBreak: { kind: 'era', previous: 2024, year: 2025 },
      reorganised: false,
    });
    expect(yearComparison(merged, P, 2024)).toMatchObject({ previous: 2023, reorganised: false });
  });
});

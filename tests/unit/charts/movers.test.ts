import { describe, expect, it } from 'vitest';
import { buildMoversData } from '../../../src/charts/data/movers.ts';
import { moverLines } from '../../../src/charts/views/MoversChart.tsx';
import { buildSlopeData } from '../../../src/charts/data/slope.ts';
import type { GroupId } from '../../../src/domain/types.ts';
import { makeDataset } from '../../fixtures/builders.ts';

const G = 'districts' as GroupId;
const ds = makeDataset([
  { unit: 'A', year: 2018, total: 60, subs: { s1: 5 } },
  { unit: 'B', year: 2018, total: 70, subs: { s1: 6 } },
  { unit: 'C', year: 2018, total: 65, subs: { s1: 7 } },
  { unit: 'D', year: 2018, total: 50, subs: { s1: 4 } },
  { unit: 'A', year: 2019, total: 66, subs: { s1: 5, s2: 3 } },
  { unit: 'B', year: 2019, total: 66, subs: { s1: 6, s2: 3 } },
  { unit: 'C', year: 2019, total: 65, subs: { s1: 7, s2: 3 } },
  { unit: 'E', year: 2019, total: 58, subs: { s1: 7, s2: 3 } },
  { unit: 'D', year: 2019, total: null },
]);

describe('buildMoversData', () => {
  const movers = buildMoversData(buildSlopeData(ds, G, 2018, 2019));

  it('sorts by change from the largest rise to the largest fall', () => {
    expect(movers.ordered.map((m) => [m.row.name, m.change, m.direction])).toEqual([
      ['A', 6, 'rise'],
      ['C', 0, 'same'],
      ['B', -4, 'fall'],
    ]);
    expect([movers.risers, movers.fallers, movers.unchanged]).toEqual([1, 1, 1]);
    expect(movers.maxAbsChange).toBe(6);
  });

  it('lists units present in one year apart, never with a change of 0', () => {
    expect(movers.notComparable.map((r) => r.name)).toEqual(['E', 'D']);
    expect(movers.ordered.some((m) => m.row.name === 'D' || m.row.name === 'E')).toBe(false);
  });

  it('breaks ties in change by rank then name', () => {
    const tie = makeDataset([
      { unit: 'B', year: 2018, total: 50 },
      { unit: 'A', year: 2018, total: 50 },
      { unit: 'B', year: 2019, total: 52 },
      { unit: 'A', year: 2019, total: 52 },
    ]);
    expect(
      buildMoversData(buildSlopeData(tie, G, 2018, 2019)).ordered.map((m) => m.row.name),
    ).toEqual(['A', 'B']);
  });

  it('is empty with a zero axis when nothing is comparable', () => {
    const one = buildMoversData(
      buildSlopeData(makeDataset([{ unit: 'A', year: 2019, total: 60 }]), G, 2018, 2019),
    );
    expect(one.ordered).toEqual([]);
    expect(one.maxAbsChange).toBe(0);
  });
});

describe('moverLines (which rows the movers chart draws)', () => {
  const many = makeDataset(
    Array.from({ length: 30 }, (_, i) => [
      { unit: `U${String(i).padStart(2, '0')}`, year: 2018, total: 50 },
      { unit: `U${String(i).padStart(2, '0')}`, year: 2019, total: 80 - i },
    ]).flat(),
  );
  it('draws every unit up to 2 × limit', () => {
    const m = buildMoversData(buildSlopeData(ds, G, 2018, 2019));
    expect(moverLines(m.ordered, 10).every((l) => l.kind === 'row')).toBe(true);
  });

  it('keeps the largest rises and falls plus the chosen units, with gap lines counting the rest', () => {
    const m = buildMoversData(buildSlopeData(many, G, 2018, 2019, ['districts.u15']));
    const lines = moverLines(m.ordered, 5);
    expect(lines.map((l) => (l.kind === 'gap' ? `…${l.count}` : l.mover.row.name))).toEqual([
      'U00',
      'U01',
      'U02',
      'U03',
      'U04',
      '…10',
      'U15',
      '…9',
      'U25',
      'U26',
      'U27',
      'U28',
      'U29',
    ]);
  });
});

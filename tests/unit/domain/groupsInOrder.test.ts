import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsInOrder } from '../../../src/domain/groupsInOrder.ts';

describe('groupsInOrder', () => {
  it('groups by every key, in the order each group first appears', () => {
    const rows = [
      { unit: 'a', year: 2019, n: 1 },
      { unit: 'b', year: 2019, n: 2 },
      { unit: 'a', year: 2020, n: 3 },
      { unit: 'a', year: 2019, n: 4 },
      { unit: 'b', year: 2019, n: 5 },
    ];
    const groups = groupsInOrder(rows, [(r) => r.unit, (r) => r.year]);
    expect(groups.map((g) => g.map((r) => r.n))).toEqual([[1, 4], [2, 5], [3]]);
  });

  it('tells keys apart by value and position ("1"/1, and a key of one level never meets another)', () => {
    const rows = [
      { a: '1', b: 1 },
      { a: 1, b: '1' },
      { a: '1', b: '1' },
      { a: '1', b: 1 },
    ];
    expect(groupsInOrder(rows, [(r) => r.a, (r) => r.b]).map((g) => g.length)).toEqual([2, 1, 1]);
  });

  it('equals grouping by a joined key string, for any rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('x', 'y', 'z'), fc.integer({ min: 0, max: 3 }))),
        (rows) => {
          const byJoined = new Map<string, [string, number][]>();
          for (const r of rows) {
            const key = `${r[0]}\u0000${r[1]}`;
            byJoined.set(key, [...(byJoined.get(key) ?? []), r]);
          }
          expect(groupsInOrder(rows, [(r) => r[0], (r) => r[1]])).toEqual([...byJoined.values()]);
        },
      ),
    );
  });
});

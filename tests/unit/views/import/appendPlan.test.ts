import { describe, expect, it } from 'vitest';
import type { DatasetId, GroupId } from '../../../../src/domain/types.ts';
import {
  decidedMap,
  groupRows,
  initialDecision,
  isDecided,
  mappingOf,
  NEW,
  subIndexRows,
  undecidedCount,
  unitRows,
  type Decision,
  type PlanRow,
} from '../../../../src/views/import/appendPlan.ts';
import { makeDataset, uid } from '../../../fixtures/builders.ts';

const D = 'departments';
const target = makeDataset(
  [
    { unit: 'Ba Bể', year: 2020, total: 60, subs: { a: 1 } },
    { unit: 'Chợ Đồn', year: 2020, total: 61, subs: { a: 1 } },
    { unit: 'Sở Tài nguyên và Môi trường', group: D, year: 2020, total: 62 },
    { unit: 'Sở Tư pháp', group: D, year: 2020, total: 63 },
  ],
  {
    id: 'target' as DatasetId,
    groups: [
      { id: 'districts' as GroupId, name: { vi: 'Huyện, thành phố', en: 'Districts' } },
      { id: D as GroupId, name: { vi: 'Sở, ban, ngành', en: 'Departments' } },
    ],
  },
);
const incoming = makeDataset(
  [
    { unit: 'Huyện Ba Bể', group: 'huyen-thanh-pho', year: 2021, total: 60, subs: { a: 2, z: 3 } },
    { unit: 'Pác Nặm', group: 'huyen-thanh-pho', year: 2021, total: 61 },
    { unit: 'Sở Nông nghiệp và Môi trường', group: 'so-ban-nganh', year: 2021, total: 62 },
  ],
  {
    groups: [
      {
        id: 'huyen-thanh-pho' as GroupId,
        name: { vi: 'Huyện, thành phố', en: 'Huyện, thành phố' },
      },
      { id: 'so-ban-nganh' as GroupId, name: { vi: 'Sở, ban, ngành', en: 'Sở, ban, ngành' } },
    ],
  },
);

const row = (status: PlanRow['status'], extra: Partial<PlanRow> = {}): PlanRow => ({
  key: 'k',
  incomingName: 'x',
  status,
  options: [
    { value: 'best', name: 'Best', score: 0.8 },
    { value: 'other', name: 'Other' },
  ],
  ...extra,
});

describe('append plan decisions', () => {
  it.each([
    ['exact', { matched: 'm' }, { value: 'm', confirmed: true }, true],
    ['normalised', { matched: 'm' }, { value: 'm', confirmed: true }, true],
    ['suggested', {}, { value: 'best', confirmed: false }, false],
    ['none', { options: [] }, { value: NEW, confirmed: true }, true],
  ] as const)('a %s row starts as %j → %j (decided: %s)', (status, extra, decision, decided) => {
    const r = row(status, extra);
    expect(initialDecision(r)).toEqual(decision);
    expect(isDecided(r, initialDecision(r))).toBe(decided);
  });

  it('a suggested row is decided by a confirmation or by choosing new, not by choosing another unit', () => {
    const r = row('suggested');
    expect(isDecided(r, { value: 'best', confirmed: true })).toBe(true);
    expect(isDecided(r, { value: NEW, confirmed: false })).toBe(true);
    expect(isDecided(r, { value: 'other', confirmed: false })).toBe(false);
  });
});

describe('append plan rows', () => {
  it('matches groups by folded name, then units within the decided groups', () => {
    const groups = groupRows(incoming, target, 'vi');
    expect(groups.map((g) => [g.key, g.status, g.matched])).toEqual([
      ['huyen-thanh-pho', 'exact', 'districts'],
      ['so-ban-nganh', 'exact', D],
    ]);
    const groupMap = decidedMap<GroupId>(groups, new Map());
    const units = unitRows(incoming, target, groupMap, 'vi');
    expect(units.map((u) => [u.incomingName, u.context, u.status, u.matched])).toEqual([
      ['Huyện Ba Bể', 'Huyện, thành phố', 'normalised', uid('Ba Bể')],
      ['Pác Nặm', 'Huyện, thành phố', 'none', undefined],
      ['Sở Nông nghiệp và Môi trường', 'Sở, ban, ngành', 'suggested', undefined],
    ]);
    // Options: suggestions first, then the other units of the same group only.
    expect(units[2]?.options.map((o) => [o.name, o.score !== undefined])).toEqual([
      ['Sở Tài nguyên và Môi trường', true],
      ['Sở Tư pháp', false],
    ]);
    expect(units[1]?.options.map((o) => o.name)).toEqual(['Ba Bể', 'Chợ Đồn']);
  });

  it('offers no existing unit in a group decided as new', () => {
    const groups = groupRows(incoming, target, 'vi');
    const chosen = new Map<string, Decision>([
      ['huyen-thanh-pho', { value: NEW, confirmed: true }],
    ]);
    const units = unitRows(incoming, target, decidedMap<GroupId>(groups, chosen), 'vi');
    expect(units[0]).toMatchObject({ status: 'none', options: [] });
  });

  it('builds the merge mapping and counts what still needs a confirmation', () => {
    const groups = groupRows(incoming, target, 'vi');
    const rows = {
      groups,
      subIndices: subIndexRows(incoming, target, 'vi'),
      units: unitRows(incoming, target, decidedMap<GroupId>(groups, new Map()), 'vi'),
    };
    const none = { groups: new Map(), subIndices: new Map(), units: new Map() };
    expect(undecidedCount(rows, none)).toBe(1);
    const mapping = mappingOf(rows, none);
    expect(mapping.subIndices).toEqual(
      new Map([
        ['a', 'a'],
        ['z', 'new'],
      ]),
    );
    expect(mapping.units.get(uid('Pác Nặm', 'huyen-thanh-pho'))).toBe('new');
    const confirmed = {
      ...none,
      units: new Map([
        [
          uid('Sở Nông nghiệp và Môi trường', 'so-ban-nganh'),
          { value: uid('Sở Tài nguyên và Môi trường', D), confirmed: true },
        ],
      ]),
    };
    expect(undecidedCount(rows, confirmed)).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { asExtendedCopy, tryMergeDatasets, type MergeMapping } from '../../../src/domain/merge.ts';
import type {
  Dataset,
  DatasetId,
  GroupId,
  Observation,
  SubIndexId,
  UnitId,
} from '../../../src/domain/types.ts';
import { matchGroups, matchSubIndices, matchUnits } from '../../../src/domain/unitMatch.ts';
import { importAnyBytes } from '../../../src/import/importDataset.ts';
import { tryParseMeta } from '../../../src/import/metaJson.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';
import { ROOT, utf8 } from '../import/helpers.ts';

const SEED = Number(process.env.FC_SEED ?? 20260106);
console.info(`merge property tests: fast-check seed ${SEED}`);

let bacKan: Dataset;
beforeAll(async () => {
  const meta = tryParseMeta(readFileSync(join(ROOT, 'data', 'bac-kan-dcci.meta.json'), 'utf8'));
  if (!meta.ok) throw new Error(meta.error);
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'data', 'bac-kan-dcci.csv')));
  const { dataset } = await importAnyBytes(bytes, {
    fileName: 'bac-kan-dcci.csv',
    meta: meta.value,
  });
  if (dataset === null) throw new Error('bundled Bắc Kạn did not import');
  bacKan = dataset;
});

/** What the append step proposes before the user changes anything: exact and normalised matches, else new. */
function autoMapping(base: Dataset, incoming: Dataset): MergeMapping {
  const groups = new Map<GroupId, GroupId | 'new'>(
    matchGroups(incoming.groups, base.groups).map((m, i) => [
      incoming.groups[i]!.id,
      m.groupId ?? 'new',
    ]),
  );
  const units = new Map<UnitId, UnitId | 'new'>(
    matchUnits(incoming.units, base.units, { groups }).map((m, i) => [
      incoming.units[i]!.id,
      m.status === 'exact' || m.status === 'normalised' ? m.unitId! : 'new',
    ]),
  );
  const subIndices = new Map<SubIndexId, SubIndexId | 'new'>(
    matchSubIndices(incoming.subIndices, base.subIndices).map((m) => [
      m.incomingId,
      m.subIndexId ?? 'new',
    ]),
  );
  return { units, subIndices, groups };
}

const key = (o: Observation) => `${o.unitId}|${o.year}`;
const sortedObservations = (obs: readonly Observation[]) =>
  [...obs].sort((a, b) => key(a).localeCompare(key(b)));

/** The part of a dataset in `years`, with only the units observed then (as two yearly files would be). */
function onlyYears(ds: Dataset, years: readonly number[], id: string): Dataset {
  const observations = ds.observations.filter((o) => years.includes(o.year));
  const seen = new Set(observations.map((o) => o.unitId));
  return {
    ...ds,
    id: id as DatasetId,
    years: ds.years.filter((y) => years.includes(y)),
    units: ds.units.filter((u) => seen.has(u.id)),
    observations,
  };
}

const mustMerge = (base: Dataset, incoming: Dataset, mapping = autoMapping(base, incoming)) => {
  const result = tryMergeDatasets(base, incoming, mapping);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('tryMergeDatasets: appending a year', () => {
  it('appends 2021 from a file without a sidecar ("UBND huyện Ba Bể", "TP. Bắc Kạn", own headers) to 2018–2020', async () => {
    const csv = [
      'Năm,Khối,Đơn vị,Điểm tổng hợp,Xếp hạng,Minh bạch và tiếp cận thông tin,"Tính năng động, sáng tạo và hiệu quả hoạt động"',
      '2021,"Huyện, thành phố",TP. Bắc Kạn,66.10,1,6.50,6.00',
      '2021,"Huyện, thành phố",UBND huyện Ba Bể,60.20,2,6.10,5.90',
      '2021,"Huyện, thành phố",Huyện Pác Nặm,,,6.00,',
    ].join('\n');
    const { dataset: incoming } = await importAnyBytes(utf8(csv), { fileName: 'dcci-2021.csv' });
    if (incoming === null) throw new Error('the 2021 file did not import');
    expect(incoming.groups.map((g) => g.id)).toEqual(['huyen-thanh-pho']);

    const merged = mustMerge(bacKan, incoming);
    expect(merged.years).toEqual([2018, 2019, 2020, 2021]);
    expect(merged.units).toEqual(bacKan.units);
    expect(merged.groups).toEqual(bacKan.groups);
    expect(merged.subIndices.map((s) => s.id)).toEqual(bacKan.subIndices.map((s) => s.id));
    const added = merged.observations.filter((o) => o.year === 2021);
    expect(added.map((o) => [o.unitId, o.total, o.publishedRank])).toEqual([
      ['districts.thanh-pho-bac-kan', 66.1, 1],
      ['districts.ba-be', 60.2, 2],
      ['districts.pac-nam', null, null],
    ]);
    expect(added[1]?.subIndices).toEqual(
      new Map([
        ['transparency', 6.1],
        ['dynamism', 5.9],
      ]),
    );
    expect(added[2]?.subIndices.get('dynamism' as SubIndexId)).toBeNull();
    expect(merged.observations).toHaveLength(bacKan.observations.length + 3);
    // Kept from the base; the note names the file and the year added.
    expect(merged.id).toBe('bac-kan-dcci');
    expect(merged.title).toEqual(bacKan.title);
    expect(merged.source.name).toEqual(bacKan.source.name);
    expect(merged.source.note?.vi).toContain(bacKan.source.note?.vi);
    expect(merged.source.note?.vi).toMatch(/Bổ sung từ «dcci-2021»: năm 2021 \(năm mới: 2021\)\.$/);
    expect(merged.source.note?.en).toMatch(
      /Added from “dcci-2021”: years 2021 \(new years: 2021\)\.$/,
    );
    expect(merged.illustrative).toBe(true);
    // Sub-indices absent from the 2021 file now say which years they cover.
    const byId = new Map(merged.subIndices.map((s) => [s.id as string, s]));
    expect(byId.get('transparency')?.years).toBeUndefined();
    expect(byId.get('leadership')?.years).toEqual([2018, 2019, 2020]);
    expect(byId.get('land-access')?.years).toEqual([2018, 2019, 2020]);
    expect(byId.get('land-access')?.groups).toEqual(['districts']);
  });

  it('adds a unit that is new in the appended year under its own id, and a new sub-index', () => {
    const base = makeDataset([
      { unit: 'Ba Bể', year: 2020, total: 60, subs: { a: 6 } },
      { unit: 'Na Rì', year: 2020, total: 61, subs: { a: 7 } },
    ]);
    const incoming = makeDataset([
      { unit: 'Ba Bể', year: 2021, total: 62, subs: { a: 6.5, b: 5 } },
      { unit: 'Thị xã Mới', year: 2021, total: 63, subs: { a: 7.5, b: 4 } },
    ]);
    const merged = mustMerge(base, incoming);
    expect(merged.units.map((u) => u.id)).toEqual([uid('Ba Bể'), uid('Na Rì'), uid('Thị xã Mới')]);
    expect(merged.subIndices.map((s) => [s.id, s.years])).toEqual([
      ['a', undefined],
      ['b', [2021]],
    ]);
    expect(merged.years).toEqual([2020, 2021]);
  });

  it('makes the id of a new unit unique when the user says a same-named unit is another one', () => {
    const base = makeDataset([{ unit: 'Ba Bể', year: 2020, total: 60 }]);
    const incoming = makeDataset([{ unit: 'Ba Bể', year: 2021, total: 62 }]);
    const merged = mustMerge(base, incoming, {
      units: new Map([[uid('Ba Bể'), 'new']]),
      subIndices: new Map(),
    });
    expect(merged.units.map((u) => u.id)).toEqual(['districts.ba-be', 'districts.ba-be-2']);
    expect(merged.observations.map((o) => o.unitId)).toEqual([
      'districts.ba-be',
      'districts.ba-be-2',
    ]);
  });

  it('accepts identical duplicates: merging a dataset with itself changes no observation', () => {
    const merged = mustMerge(bacKan, bacKan);
    expect(merged.observations).toEqual(bacKan.observations);
    expect(merged.units).toEqual(bacKan.units);
    expect(merged.years).toEqual(bacKan.years);
  });
});

describe('tryMergeDatasets: appending a group', () => {
  it('adds the departments of 2019 to a districts-only 2019 dataset', () => {
    const base = makeDataset([
      { unit: 'Ba Bể', year: 2019, total: 60, subs: { a: 6, land: 5 } },
      { unit: 'Chợ Đồn', year: 2019, total: 64, subs: { a: 7, land: 6 } },
    ]);
    const incoming = makeDataset(
      [
        { unit: 'Sở Tư pháp', group: 'so-ban-nganh', year: 2019, total: 60.29, subs: { a: 5.19 } },
        {
          unit: 'Sở Tài chính',
          group: 'so-ban-nganh',
          year: 2019,
          total: 60.85,
          subs: { a: 6.64 },
        },
      ],
      { illustrative: true, title: { vi: 'Sở 2019', en: 'Departments 2019' } },
    );
    const merged = mustMerge(base, incoming);
    expect(merged.groups.map((g) => g.id)).toEqual(['districts', 'so-ban-nganh']);
    expect(merged.years).toEqual([2019]);
    expect(merged.units.map((u) => u.id)).toEqual([
      'districts.ba-be',
      'districts.cho-don',
      'so-ban-nganh.so-tu-phap',
      'so-ban-nganh.so-tai-chinh',
    ]);
    expect(merged.subIndices.map((s) => [s.id, s.groups])).toEqual([
      ['a', undefined],
      ['land', ['districts']],
    ]);
    expect(merged.illustrative).toBe(true);
    expect(merged.source.note?.vi).toBe('Bổ sung từ «Sở 2019»: năm 2019; khối mới: so-ban-nganh.');
  });

  it('renames a new group whose id is taken, and gives its units ids in it', () => {
    const base = makeDataset([{ unit: 'Ba Bể', year: 2019, total: 60 }]);
    const incoming = makeDataset([{ unit: 'Ba Bể', year: 2019, total: 61 }]);
    const merged = mustMerge(base, incoming, {
      units: new Map([[uid('Ba Bể'), 'new']]),
      subIndices: new Map(),
      groups: new Map([['districts' as GroupId, 'new']]),
    });
    expect(merged.groups.map((g) => g.id)).toEqual(['districts', 'districts-2']);
    expect(merged.units.map((u) => [u.id, u.groupId])).toEqual([
      ['districts.ba-be', 'districts'],
      ['districts-2.ba-be', 'districts-2'],
    ]);
  });
});

describe('tryMergeDatasets refuses, with every problem as a value', () => {
  it('lists every conflicting unit-year with each differing cell; identical rows are not conflicts', () => {
    const base = makeDataset([
      { unit: 'Ba Bể', year: 2019, total: 57.98, rank: 8, subs: { a: 6.31, b: 6.2 } },
      { unit: 'Chợ Đồn', year: 2019, total: 64.07, rank: 3, subs: { a: 6.55 } },
      { unit: 'Na Rì', year: 2019, total: 64.07, rank: 3, tier: 'Khá' },
    ]);
    const incoming = makeDataset([
      { unit: 'Ba Bể', year: 2019, total: 58.98, rank: 8, subs: { a: 6.31, b: 6.3 } },
      { unit: 'Chợ Đồn', year: 2019, total: 64.07, rank: 3, subs: { a: 6.55 } },
      { unit: 'Na Rì', year: 2019, total: 64.07, rank: 4, tier: 'Tốt', subs: { a: 5 } },
      { unit: 'Ngân Sơn', year: 2019, total: 65.85, rank: 2 },
    ]);
    const result = tryMergeDatasets(base, incoming, autoMapping(base, incoming));
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'conflict',
          unitId: uid('Ba Bể'),
          unitName: 'Ba Bể',
          year: 2019,
          cells: [
            { field: 'total', base: 57.98, incoming: 58.98 },
            { field: 'subIndex', subIndexId: 'b', base: 6.2, incoming: 6.3 },
          ],
        },
        {
          code: 'conflict',
          unitId: uid('Na Rì'),
          unitName: 'Na Rì',
          year: 2019,
          cells: [
            { field: 'publishedRank', base: 3, incoming: 4 },
            { field: 'tier', base: 'Khá', incoming: 'Tốt' },
            { field: 'subIndex', subIndexId: 'a', base: null, incoming: 5 },
          ],
        },
      ],
    });
  });

  it('refuses two incoming units mapped to one base unit, naming both', () => {
    const base = makeDataset([{ unit: 'Ba Bể', year: 2020, total: 60 }]);
    const incoming = makeDataset([
      { unit: 'Huyện Ba Bể', year: 2021, total: 61 },
      { unit: 'UBND huyện Ba Bể', year: 2021, total: 62 },
    ]);
    const result = tryMergeDatasets(base, incoming, {
      units: new Map([
        [uid('Huyện Ba Bể'), uid('Ba Bể')],
        [uid('UBND huyện Ba Bể'), uid('Ba Bể')],
      ]),
      subIndices: new Map(),
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'same-target',
          kind: 'unit',
          target: uid('Ba Bể'),
          targetName: 'Ba Bể',
          incomingNames: ['Huyện Ba Bể', 'UBND huyện Ba Bể'],
        },
      ],
    });
  });

  it('refuses undecided units and sub-indices, unknown targets and a unit moved to another group', () => {
    const base = makeDataset([
      { unit: 'Ba Bể', year: 2020, total: 60, subs: { a: 1 } },
      { unit: 'Sở Y tế', group: 'departments', year: 2020, total: 60 },
    ]);
    const incoming = makeDataset([
      { unit: 'Huyện Ba Bể', year: 2021, total: 61, subs: { x: 1, y: 2 } },
      { unit: 'Na Rì', year: 2021, total: 62 },
      { unit: 'Sở Y tế', year: 2021, total: 63 },
    ]);
    const result = tryMergeDatasets(base, incoming, {
      units: new Map([
        [uid('Na Rì'), uid('Na Rì')],
        [uid('Sở Y tế'), uid('Sở Y tế', 'departments')],
      ]),
      subIndices: new Map([['y' as SubIndexId, 'zz' as SubIndexId]]),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual([
      'unmapped',
      'unknown-target',
      'unmapped',
      'unknown-target',
      'group-mismatch',
    ]);
    expect(result.issues[0]).toEqual({
      code: 'unmapped',
      kind: 'subIndex',
      incomingId: 'x',
      incomingName: 'x',
    });
    expect(result.issues[2]).toEqual({
      code: 'unmapped',
      kind: 'unit',
      incomingId: uid('Huyện Ba Bể'),
      incomingName: 'Huyện Ba Bể',
    });
  });

  it('reports observations of units or sub-indices the incoming dataset does not define, once each', () => {
    const base = makeDataset([{ unit: 'Ba Bể', year: 2020, total: 60, subs: { a: 1 } }]);
    const incoming = makeDataset([
      { unit: 'Ba Bể', year: 2021, total: 61, subs: { a: 2, ghost: 3 } },
      { unit: 'Na Rì', year: 2021, total: 62, subs: { ghost: 4 } },
    ]);
    const broken: Dataset = {
      ...incoming,
      units: incoming.units.filter((u) => u.name !== 'Na Rì'),
      subIndices: incoming.subIndices.filter((s) => s.id !== 'ghost'),
    };
    const result = tryMergeDatasets(base, broken, { units: new Map(), subIndices: new Map() });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'unmapped', kind: 'subIndex', incomingId: 'ghost', incomingName: 'ghost' },
        { code: 'unmapped', kind: 'unit', incomingId: uid('Na Rì'), incomingName: uid('Na Rì') },
      ],
    });
  });

  it('refuses a group mapped to a group the base does not have', () => {
    const base = makeDataset([{ unit: 'Ba Bể', year: 2020, total: 60 }]);
    const incoming = makeDataset([{ unit: 'Ba Bể', group: 'h', year: 2021, total: 61 }]);
    const result = tryMergeDatasets(base, incoming, {
      units: new Map(),
      subIndices: new Map(),
      groups: new Map([['h' as GroupId, 'nope' as GroupId]]),
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'unknown-target',
          kind: 'group',
          incomingId: 'h',
          incomingName: 'h',
          target: 'nope',
        },
      ],
    });
  });
});

describe('tryMergeDatasets keeps', () => {
  it.each([
    [true, false, true],
    [false, true, true],
    [false, false, false],
    [true, true, true],
  ])('illustrative: base %s + incoming %s → %s', (a, b, expected) => {
    const base = makeDataset([{ unit: 'Ba Bể', year: 2020, total: 60 }], { illustrative: a });
    const incoming = makeDataset([{ unit: 'Ba Bể', year: 2021, total: 61 }], { illustrative: b });
    expect(mustMerge(base, incoming).illustrative).toBe(expected);
  });

  it('its inputs unchanged (deep-frozen inputs, and equal to a clone afterwards)', () => {
    const incoming = onlyYears(bacKan, [2020], 'in');
    const base = onlyYears(bacKan, [2018, 2019], 'base');
    const before = structuredClone({ base, incoming });
    const deepFreeze = (value: unknown): void => {
      if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
      Object.freeze(value);
      for (const v of Object.values(value)) deepFreeze(v);
    };
    deepFreeze(base);
    deepFreeze(incoming);
    const merged = mustMerge(base, incoming);
    expect({ base, incoming }).toEqual(before);
    expect(merged.observations).not.toBe(base.observations);
    expect(merged.years).toEqual([2018, 2019, 2020]);
  });
});

describe('merging a dataset split by year gives the original back (property)', () => {
  it('for the bundled Bắc Kạn DCCI, any split of its years', () => {
    fc.assert(
      fc.property(fc.subarray([2018, 2019, 2020], { minLength: 1, maxLength: 2 }), (years) => {
        const rest = bacKan.years.filter((y) => !years.includes(y));
        const merged = mustMerge(onlyYears(bacKan, years, 'a'), onlyYears(bacKan, rest, 'b'));
        expect(sortedObservations(merged.observations)).toEqual(
          sortedObservations(bacKan.observations),
        );
        expect(new Set(merged.units)).toEqual(new Set(bacKan.units));
        expect(merged.years).toEqual(bacKan.years);
        expect(merged.subIndices).toEqual(bacKan.subIndices);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  const names = ['Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Chợ Mới', 'Na Rì', 'Ngân Sơn', 'Pác Nặm'];
  const score = fc.option(
    fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
    { nil: null },
  );
  const rows = fc.uniqueArray(
    fc.record({
      unit: fc.constantFrom(...names),
      year: fc.integer({ min: 2015, max: 2024 }),
      total: score,
      subs: fc.record({ a: score, b: score }),
    }),
    { selector: (r) => `${r.unit}|${r.year}`, minLength: 1, maxLength: 40 },
  );

  it('for random datasets, split at a random year, in either order', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 2015, max: 2024 }), fc.boolean(), (spec, cut, swap) => {
        const whole = makeDataset(spec);
        const early = onlyYears(
          whole,
          whole.years.filter((y) => y < cut),
          'early',
        );
        const late = onlyYears(
          whole,
          whole.years.filter((y) => y >= cut),
          'late',
        );
        const [base, incoming] = swap ? [late, early] : [early, late];
        const merged = mustMerge(base, incoming);
        expect(sortedObservations(merged.observations)).toEqual(
          sortedObservations(whole.observations),
        );
        expect(merged.years).toEqual(whole.years);
        expect(new Set(merged.units.map((u) => u.id))).toEqual(
          new Set(whole.units.map((u) => u.id)),
        );
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('asExtendedCopy', () => {
  it('gives a new id and a title that says it is an extended copy; nothing else changes', () => {
    const copy = asExtendedCopy(bacKan, 'bac-kan-dcci-them-abc' as DatasetId);
    expect(copy.id).toBe('bac-kan-dcci-them-abc');
    expect(copy.title).toEqual({
      vi: 'DCCI Bắc Kạn 2018–2020 (số liệu minh họa) (bản mở rộng)',
      en: 'Bắc Kạn DCCI 2018–2020 (illustrative data) (extended copy)',
    });
    expect(copy.observations).toBe(bacKan.observations);
    expect(bacKan.id).toBe('bac-kan-dcci');
  });
});

describe('merge: scales and summary rows', () => {
  const on = (max: number, year: number, summary = false): Dataset =>
    makeDataset([{ unit: 'Ba Bể', year, total: max / 2 }], {
      ...(max === 100 ? {} : { scale: { total: { min: 0, max }, subIndex: { min: 0, max: 10 } } }),
      ...(summary
        ? {
            summaryRows: [
              { name: 'Trung vị', year, groupId: 'districts' as GroupId, total: max / 3 },
              { name: 'Cả nước', year, groupId: null, total: max / 4 },
            ],
          }
        : {}),
    });

  it('refuses totals on another scale (0–10 into 0–100), never mixes them', () => {
    const base = on(100, 2019);
    const incoming = on(10, 2020);
    const result = tryMergeDatasets(base, incoming, autoMapping(base, incoming));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([{ code: 'scale-mismatch', base: 100, incoming: 10 }]);
    expect(tryMergeDatasets(on(10, 2019), incoming, autoMapping(on(10, 2019), incoming)).ok).toBe(
      true,
    );
  });

  it('keeps the file’s summary rows with the base’s, their groups mapped', () => {
    const base = on(10, 2019, true);
    const incoming = on(10, 2020, true);
    const merged = mustMerge(base, incoming);
    expect(merged.summaryRows?.map((r) => [r.name, r.year, r.groupId])).toEqual([
      ['Trung vị', 2019, 'districts'],
      ['Cả nước', 2019, null],
      ['Trung vị', 2020, 'districts'],
      ['Cả nước', 2020, null],
    ]);
    expect(merged.scale?.total.max).toBe(10);
  });
});

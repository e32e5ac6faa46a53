import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, unitId } from '../../../src/domain/names.ts';
import type { Group, GroupId, SubIndexDef, SubIndexId, Unit } from '../../../src/domain/types.ts';
import {
  matchGroups,
  matchSubIndices,
  matchUnits,
  nameSimilarity,
  strippedKey,
  SUGGESTION_THRESHOLD,
} from '../../../src/domain/unitMatch.ts';
import { readCsv, readData } from '../data/dataFiles.ts';

const SEED = Number(process.env.FC_SEED ?? 20260105);
console.info(`unitMatch property tests: fast-check seed ${SEED}`);

// The real units of the bundled Bắc Kạn DCCI file, with the sidecar's group ids.
const GROUP_BY_NAME = new Map<string, GroupId>([
  ['Sở, ban, ngành', 'departments' as GroupId],
  ['Cơ quan Trung ương đóng trên địa bàn', 'central-agencies' as GroupId],
  ['Huyện, thành phố', 'districts' as GroupId],
]);
const BAC_KAN: readonly Unit[] = (() => {
  const units = new Map<string, Unit>();
  for (const row of readCsv('bac-kan-dcci.csv').rows) {
    const groupId = GROUP_BY_NAME.get(row.get('Khối') ?? '');
    const name = row.get('Đơn vị') ?? '';
    if (groupId === undefined) throw new Error(`unknown group in ${name}`);
    const id = unitId(groupId, name);
    if (!units.has(id)) units.set(id, { id, groupId, name });
  }
  return [...units.values()];
})();
const DISTRICTS = 'districts' as GroupId;
const DEPARTMENTS = 'departments' as GroupId;
const idOf = (name: string, group: GroupId) => unitId(group, name);
const matchOne = (name: string, groupId: GroupId, existing: readonly Unit[] = BAC_KAN) => {
  const [m] = matchUnits([{ name, groupId }], existing);
  if (m === undefined) throw new Error('no match returned');
  return m;
};

describe('strippedKey', () => {
  it.each([
    ['UBND huyện Ba Bể', 'ba be'],
    ['Ủy ban nhân dân huyện Ba Bể', 'ba be'],
    ['H. Ba Bể', 'ba be'],
    ['TP. Bắc Kạn', 'bac kan'],
    ['Thành phố Bắc Kạn', 'bac kan'],
    ['Thị xã Bắc Kạn', 'bac kan'],
    ['Sở Tư pháp', 'tu phap'],
    ['Sở Tài chính', 'tai chinh'],
    ['Chi cục Thuế', 'thue'],
    ['Ban Quản lý các khu công nghiệp', 'quan ly cac khu cong nghiep'],
    ['Văn phòng UBND tỉnh', 'van phong ubnd tinh'],
    ['Sở', 'so'],
  ])('%s → %s', (name, key) => {
    expect(strippedKey(name)).toBe(key);
  });
});

describe('matchUnits on the real Bắc Kạn names', () => {
  it('reads the bundled file: 8 districts and city, 19 departments', () => {
    expect(BAC_KAN.filter((u) => u.groupId === DISTRICTS)).toHaveLength(8);
    expect(BAC_KAN.filter((u) => u.groupId === DEPARTMENTS)).toHaveLength(19);
  });

  it.each([
    ['UBND huyện Ba Bể', 'Ba Bể', 'normalised'],
    ['Huyện Ba Bể', 'Ba Bể', 'normalised'],
    ['H. Ba Bể', 'Ba Bể', 'normalised'],
    ['huyện  BA BỂ ', 'Ba Bể', 'normalised'],
    ['Ba Bể', 'Ba Bể', 'exact'],
    ['BA BE', 'Ba Bể', 'exact'],
    ['Ba\u00A0Bể', 'Ba Bể', 'exact'],
    ['Ba Be\u0309', 'Ba Bể', 'exact'],
    ['TP. Bắc Kạn', 'Thành phố Bắc Kạn', 'normalised'],
    ['TP Bắc Kạn', 'Thành phố Bắc Kạn', 'normalised'],
    ['Tp.Bắc Kạn', 'Thành phố Bắc Kạn', 'normalised'],
    ['UBND thành phố Bắc Kạn', 'Thành phố Bắc Kạn', 'normalised'],
    ['Thành phố Bắc Kạn', 'Thành phố Bắc Kạn', 'exact'],
    ['thanh pho bac kan', 'Thành phố Bắc Kạn', 'exact'],
    ['Huyện Pác Nặm', 'Pác Nặm', 'normalised'],
    ['Huyện Chợ Đồn', 'Chợ Đồn', 'normalised'],
    ['CHỢ ĐỒN', 'Chợ Đồn', 'exact'],
    ['Huyện Na Rì', 'Na Rì', 'normalised'],
  ] as const)('district "%s" → "%s" (%s)', (incoming, expected, status) => {
    const m = matchOne(incoming, DISTRICTS);
    expect(m.status).toBe(status);
    expect(m.unitId).toBe(idOf(expected, DISTRICTS));
    expect(m.incomingName).toBe(incoming);
  });

  it.each([
    ['Sở Lao động, Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội', 'exact'],
    ['SỞ TƯ PHÁP', 'Sở Tư pháp', 'exact'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'exact'],
    ['Tư pháp', 'Sở Tư pháp', 'normalised'],
    ['Sở Khoa học & Công nghệ', 'Sở Khoa học và Công nghệ', 'normalised'],
    ['Sở Khoa học Công nghệ', 'Sở Khoa học và Công nghệ', 'normalised'],
    ['Sở Thông tin Truyền thông', 'Sở Thông tin và Truyền thông', 'normalised'],
    ['Sở Kế hoạch - Đầu tư tỉnh', 'Sở Kế hoạch và Đầu tư', 'suggested'],
  ] as const)('department "%s" → "%s" (%s)', (incoming, expected, status) => {
    const m = matchOne(incoming, DEPARTMENTS);
    expect(m.status).toBe(status);
    if (status === 'suggested') {
      expect(m.unitId).toBeUndefined();
      expect(m.suggestions[0]?.unitId).toBe(idOf(expected, DEPARTMENTS));
    } else {
      expect(m.unitId).toBe(idOf(expected, DEPARTMENTS));
    }
  });

  it('offers both former departments for a merged, renamed department but matches neither', () => {
    const m = matchOne('Sở Nông nghiệp và Môi trường', DEPARTMENTS);
    expect(m.status).toBe('suggested');
    expect(m.unitId).toBeUndefined();
    expect(m.suggestions.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Sở Tài nguyên và Môi trường',
        'Sở Nông nghiệp và Phát triển nông thôn',
      ]),
    );
    for (const s of m.suggestions) {
      expect(s.score).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
      expect(s.score).toBeLessThan(1);
    }
    const scores = m.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('suggests "Sở Văn hóa, Thể thao và Du lịch" for the renamed "Sở Văn hóa và Thể thao"', () => {
    const m = matchOne('Sở Văn hóa và Thể thao', DEPARTMENTS);
    expect(m.status).toBe('suggested');
    expect(m.suggestions[0]?.name).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });

  it.each([
    ['Sở Dân tộc', 'Ban Dân tộc'],
    ['Chi cục Thuế', 'Cục Thuế'],
  ])(
    'does not match "%s" to "%s" automatically (another kind of body), but suggests it',
    (name, existing) => {
      const units = BAC_KAN.filter((u) => u.name === existing);
      expect(units).toHaveLength(1);
      const m = matchOne(name, units[0]!.groupId, units);
      expect(m.status).toBe('suggested');
      expect(m.unitId).toBeUndefined();
      expect(m.suggestions.map((s) => s.name)).toEqual([existing]);
    },
  );

  it('matches across administrative levels: "Thị xã Bắc Kạn" is "Thành phố Bắc Kạn"', () => {
    expect(matchOne('Thị xã Bắc Kạn', DISTRICTS).unitId).toBe(idOf('Thành phố Bắc Kạn', DISTRICTS));
  });

  it('never matches "Sở Tư pháp" to "Sở Tài chính", nor suggests it', () => {
    const taiChinh = BAC_KAN.filter((u) => u.name === 'Sở Tài chính');
    expect(taiChinh).toHaveLength(1);
    const m = matchOne('Sở Tư pháp', DEPARTMENTS, taiChinh);
    expect(m.status).toBe('none');
    expect(m.unitId).toBeUndefined();
    expect(m.suggestions).toEqual([]);
    expect(nameSimilarity('Sở Tư pháp', 'Sở Tài chính')).toBeLessThan(SUGGESTION_THRESHOLD);
    expect(matchOne('Sở Tư pháp', DEPARTMENTS).unitId).toBe(idOf('Sở Tư pháp', DEPARTMENTS));
  });

  it.each(BAC_KAN.map((u) => [u.name, u] as const))(
    '"%s" matches itself exactly, and nothing automatically once it is gone',
    (_name, unit) => {
      expect(matchOne(unit.name, unit.groupId)).toEqual({
        incomingName: unit.name,
        status: 'exact',
        unitId: unit.id,
        suggestions: [],
      });
      const others = BAC_KAN.filter((u) => u.id !== unit.id);
      const m = matchOne(unit.name, unit.groupId, others);
      expect(['suggested', 'none']).toContain(m.status);
      expect(m.unitId).toBeUndefined();
    },
  );

  it('matches only within the same group', () => {
    const m = matchOne('Ba Bể', DEPARTMENTS);
    expect(m.status).toBe('none');
    expect(m.suggestions).toEqual([]);
  });

  it('translates incoming group ids through options.groups; a new group has nothing to match', () => {
    const imported = 'huyen-thanh-pho' as GroupId;
    const [viaMap] = matchUnits([{ name: 'Huyện Ba Bể', groupId: imported }], BAC_KAN, {
      groups: new Map([[imported, DISTRICTS]]),
    });
    expect(viaMap?.unitId).toBe(idOf('Ba Bể', DISTRICTS));
    const [unmapped] = matchUnits([{ name: 'Ba Bể', groupId: imported }], BAC_KAN);
    expect(unmapped?.status).toBe('none');
    const [asNew] = matchUnits([{ name: 'Ba Bể', groupId: DISTRICTS }], BAC_KAN, {
      groups: new Map([[DISTRICTS, 'new']]),
    });
    expect(asNew?.status).toBe('none');
  });

  it('does not give one existing unit to two incoming names: exact wins, two normalised claims both become suggestions', () => {
    const exactFirst = matchUnits(
      [
        { name: 'Ba Bể', groupId: DISTRICTS },
        { name: 'Huyện Ba Bể', groupId: DISTRICTS },
      ],
      BAC_KAN,
    );
    expect(exactFirst.map((m) => m.status)).toEqual(['exact', 'suggested']);
    expect(exactFirst[1]?.unitId).toBeUndefined();
    expect(exactFirst[1]?.suggestions[0]?.unitId).toBe(idOf('Ba Bể', DISTRICTS));

    const twoNormalised = matchUnits(
      [
        { name: 'UBND huyện Ba Bể', groupId: DISTRICTS },
        { name: 'H. Ba Bể', groupId: DISTRICTS },
      ],
      BAC_KAN,
    );
    expect(twoNormalised.map((m) => m.status)).toEqual(['suggested', 'suggested']);
  });

  it('does not match automatically when a stripped name is ambiguous', () => {
    const existing: Unit[] = [
      { id: idOf('Thành phố Bắc Kạn', DISTRICTS), groupId: DISTRICTS, name: 'Thành phố Bắc Kạn' },
      { id: idOf('Huyện Bắc Kạn', DISTRICTS), groupId: DISTRICTS, name: 'Huyện Bắc Kạn' },
    ];
    const m = matchOne('Bắc Kạn', DISTRICTS, existing);
    expect(m.status).toBe('suggested');
    expect(m.suggestions.map((s) => s.score)).toEqual([1, 1]);
  });

  it('gives none for everyone when there are no existing units, and [] for no incoming units', () => {
    expect(matchOne('Ba Bể', DISTRICTS, []).status).toBe('none');
    expect(matchUnits([], BAC_KAN)).toEqual([]);
  });

  it('matches the English name of a unit too', () => {
    const unit: Unit = {
      id: 'p.ha-noi' as Unit['id'],
      groupId: 'p' as GroupId,
      name: 'Hà Nội',
      nameEn: 'Hanoi',
    };
    expect(matchOne('HANOI', 'p' as GroupId, [unit]).status).toBe('exact');
  });
});

describe('matchUnits on the real PCI province names', () => {
  const P = 'provinces' as GroupId;
  const PCI: Unit[] = [
    ...new Set(readCsv('pci.csv').rows.map((r) => r.get('Tỉnh, thành phố') ?? '')),
  ].map((name) => ({ id: unitId(P, name), groupId: P, name }));

  it.each([
    ['Tỉnh Bắc Kạn', 'Bắc Kạn'],
    ['UBND tỉnh Bắc Kạn', 'Bắc Kạn'],
    ['TP. Hà Nội', 'Hà Nội'],
    ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh'],
    ['Hồ Chí Minh', 'TP. Hồ Chí Minh'],
    ['Bà Rịa–Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
    ['Dak Lak', 'Đắk Lắk'],
  ])('"%s" → "%s"', (incoming, expected) => {
    expect(matchOne(incoming, P, PCI).unitId).toBe(unitId(P, expected));
  });

  it('matches every province written as "Tỉnh X" to X, and none to another province', () => {
    const provinces = PCI.filter((u) => !u.name.startsWith('TP.'));
    expect(provinces.length).toBe(PCI.length - 1);
    const matches = matchUnits(
      provinces.map((u) => ({ name: `Tỉnh ${u.name}`, groupId: P })),
      PCI,
    );
    expect(matches.map((m) => [m.status, m.unitId])).toEqual(
      provinces.map((u) => ['normalised', u.id]),
    );
  });

  it('keeps Hà Nam and Hà Nội, Quảng Nam and Quảng Ngãi apart', () => {
    const pair = PCI.filter((u) => u.name === 'Hà Nội');
    expect(matchOne('Hà Nam', P, pair).unitId).toBeUndefined();
    const quang = PCI.filter((u) => u.name === 'Quảng Ngãi');
    expect(matchOne('Tỉnh Quảng Nam', P, quang).unitId).toBeUndefined();
  });
});

describe('matching is blind to Unicode form, case and spacing (property)', () => {
  const names = BAC_KAN.map((u) => u.name);
  const variant = fc
    .record({
      name: fc.constantFrom(...names),
      prefix: fc.constantFrom('', 'UBND huyện ', 'Huyện ', 'H. ', 'Sở ', 'TP. '),
      form: fc.constantFrom('NFC', 'NFD', 'NFKC', 'NFKD') as fc.Arbitrary<
        'NFC' | 'NFD' | 'NFKC' | 'NFKD'
      >,
      upper: fc.boolean(),
      space: fc.constantFrom(' ', '  ', '\u00A0', '\u200B ', '\t'),
    })
    .map(({ name, prefix, form, upper, space }) => {
      const plain = `${prefix}${name}`;
      const cased = upper ? plain.toUpperCase() : plain;
      return { plain, varied: ` ${cased.replace(/ /g, space)} `.normalize(form) };
    });

  it('gives the same status and unit for any NFC/NFD, case and whitespace variant', () => {
    fc.assert(
      fc.property(
        variant,
        fc.constantFrom(DISTRICTS, DEPARTMENTS),
        ({ plain, varied }, groupId) => {
          const a = matchOne(plain, groupId);
          const b = matchOne(varied, groupId);
          expect(b.status).toBe(a.status);
          expect(b.unitId).toBe(a.unitId);
          expect(b.suggestions).toEqual(a.suggestions);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('similarity is symmetric, within [0, 1], and 1 exactly when the stripped forms are equal', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...names), (a, b) => {
        const s = nameSimilarity(a, b);
        expect(s).toBe(nameSimilarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s === 1).toBe(strippedKey(a) === strippedKey(b));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('matchSubIndices', () => {
  interface MetaSub {
    id: string;
    name: { vi: string; en: string };
    columns?: string[];
  }
  const meta = JSON.parse(readData('bac-kan-dcci.meta.json')) as { subIndices: MetaSub[] };
  const bundled: SubIndexDef[] = meta.subIndices.map((s) => ({
    id: s.id as SubIndexId,
    name: s.name,
    ...(s.columns ? { columns: s.columns } : {}),
  }));
  // What the importer makes of a column without a sidecar: id = slug of the header, name = header.
  const fromHeader = (header: string): SubIndexDef => ({
    id: foldKey(header).replace(/ /g, '-') as SubIndexId,
    name: { vi: header, en: header },
    columns: [header],
  });

  it.each([
    ['Minh bạch và tiếp cận thông tin', 'transparency', 'exact'],
    ['MINH BẠCH VÀ TIẾP CẬN THÔNG TIN', 'transparency', 'exact'],
    ['Chi phi khong chinh thuc', 'informal-costs', 'exact'],
    ['Tính năng động, sáng tạo & hiệu quả hoạt động', 'dynamism', 'exact'],
    ['Tính năng động, sáng tạo và hiệu quả hoạt động', 'dynamism', 'normalised'],
    ['Time costs', 'time-costs', 'exact'],
    ['Tiếp cận đất đai và mặt bằng kinh doanh', 'land-access', 'exact'],
  ] as const)('column "%s" → %s (%s)', (header, id, status) => {
    const [m] = matchSubIndices([fromHeader(header)], bundled);
    expect(m?.status).toBe(status);
    expect(m?.subIndexId).toBe(id);
  });

  it('matches by id when the names differ', () => {
    const [m] = matchSubIndices(
      [{ id: 'leadership' as SubIndexId, name: { vi: 'Người đứng đầu', en: 'Head' } }],
      bundled,
    );
    expect(m).toMatchObject({ status: 'exact', subIndexId: 'leadership' });
  });

  it('suggests, without matching, a renamed sub-index', () => {
    const [m] = matchSubIndices([fromHeader('Vai trò của người đứng đầu đơn vị')], bundled);
    expect(m?.status).toBe('suggested');
    expect(m?.subIndexId).toBeUndefined();
    expect(m?.suggestions[0]?.subIndexId).toBe('leadership');
  });

  it('gives none to a sub-index unlike any other', () => {
    const [m] = matchSubIndices([fromHeader('Xyz')], bundled);
    expect(m).toMatchObject({ status: 'none', suggestions: [] });
  });
});

describe('matchGroups', () => {
  const bundled: Group[] = [
    { id: 'departments' as GroupId, name: { vi: 'Sở, ban, ngành', en: 'Provincial departments' } },
    { id: 'districts' as GroupId, name: { vi: 'Huyện, thành phố', en: 'Districts and city' } },
  ];
  it('matches an imported group id and name to the bundled group by its folded name', () => {
    const matches = matchGroups(
      [
        { id: 'so-ban-nganh' as GroupId, name: { vi: 'Sở, ban, ngành', en: 'Sở, ban, ngành' } },
        {
          id: 'huyen-thanh-pho' as GroupId,
          name: { vi: 'Huyện thành phố', en: 'Huyện thành phố' },
        },
        { id: 'xa' as GroupId, name: { vi: 'Xã, phường', en: 'Xã, phường' } },
      ],
      bundled,
    );
    expect(matches.map((m) => [m.status, m.groupId])).toEqual([
      ['exact', 'departments'],
      ['exact', 'districts'],
      ['none', undefined],
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankInversions } from '../../../src/domain/ranking.ts';
import { isTierColumn, tierId } from '../../../src/domain/tiers.ts';
import { classifyHeader, indexNameFromHeader } from '../../../src/import/columns.ts';
import { dataRecords } from '../../../src/import/dataRecords.ts';
import { findHeader } from '../../../src/import/header.ts';
import { mappedRole, parseMapArgument, parseMapFile } from '../../../src/import/mapping.ts';
import type { CsvRecord } from '../../../src/import/parseCsv.ts';
import { readRank } from '../../../src/import/ranks.ts';
import { isSummaryName } from '../../../src/import/sections.ts';
import { indexFromText, unitFromTitles } from '../../../src/import/titles.ts';
import { fixedYearOf, resolveYears } from '../../../src/import/yearGroup.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`stages.test.ts fast-check seed: ${SEED}`);

const rec = (line: number, ...cells: string[]): CsvRecord => ({ line, excelRow: line, cells });

describe('readRank (ranks as published)', () => {
  it.each([
    ['1', 1, null],
    ['Hạng 1', 1, null],
    ['hạng 12', 12, null],
    ['thứ 5', 5, null],
    ['Thứ hạng 7', 7, null],
    ['1/63', 1, 63],
    ['60/63', 60, 63],
    ['60 / 63', 60, 63],
    ['=3', 3, null],
    ['3=', 3, null],
    ['3*', 3, null],
    ['5 (↑2)', 5, null],
    ['5 (+2)', 5, null],
    ['5 (-1)', 5, null],
    ['59/63 (=)', 59, 63],
    ['Rank 4', 4, null],
  ])('%s → %d of %s', (raw, rank, fieldSize) => {
    expect(readRank(raw)).toEqual({ kind: 'rank', rank, fieldSize });
  });

  it.each(['nhất', '2.5', '0', '64/63', 'Hạng', 'abc 3', '1e3'])('%s is not a rank', (raw) => {
    expect(readRank(raw).kind).toBe('junk');
  });

  it.each(['', '-', 'KXH', 'n/a'])('%s is missing', (raw) => {
    expect(readRank(raw).kind).toBe('missing');
  });

  it('reads any rank of any field size back, in every written form, and never throws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom('{r}', 'Hạng {r}', 'thứ {r}', '{r}/{n}', '={r}', '{r}*', '{r} (↑2)'),
        (rank, extra, form) => {
          const n = rank + extra;
          const reading = readRank(form.replace('{r}', String(rank)).replace('{n}', String(n)));
          expect(reading).toEqual({
            kind: 'rank',
            rank,
            fieldSize: form.includes('{n}') ? n : null,
          });
        },
      ),
      { seed: SEED },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const reading = readRank(raw);
        if (reading.kind === 'rank') expect(reading.rank).toBeGreaterThanOrEqual(1);
      }),
      { seed: SEED },
    );
  });
});

describe('mapping', () => {
  it('parses --map pairs, headers with commas and "=" included', () => {
    expect(parseMapArgument('B=score; Tỉnh, thành phố = unit;a=b=ignore')).toEqual({
      ok: true,
      value: [
        { key: 'B', role: 'score' },
        { key: 'Tỉnh, thành phố', role: 'unit' },
        { key: 'a=b', role: 'ignore' },
      ],
    });
    expect(parseMapArgument('B=points').ok).toBe(false);
    expect(parseMapArgument('=score').ok).toBe(false);
    expect(parseMapArgument(' ; ').ok).toBe(false);
  });

  it('parses a mapping file as an object or a columns array', () => {
    expect(parseMapFile({ B: 'score' })).toEqual({
      ok: true,
      value: [{ key: 'B', role: 'score' }],
    });
    expect(parseMapFile([{ header: 'Điểm', role: 'score' }])).toEqual({
      ok: true,
      value: [{ key: 'Điểm', role: 'score' }],
    });
    expect(parseMapFile([{ column: 'B', role: 'nope' }]).ok).toBe(false);
    expect(parseMapFile('B=score').ok).toBe(false);
    expect(parseMapFile({}).ok).toBe(false);
  });

  it('matches the exact header before a column letter (a column headed "N")', () => {
    const mapping = [
      { key: 'N', role: 'respondents' as const },
      { key: 'B', role: 'score' as const },
    ];
    expect(mappedRole(mapping, 0, 'N')).toBe('respondents');
    expect(mappedRole(mapping, 1, 'Kết quả')).toBe('score');
    expect(mappedRole(mapping, 13, 'Something')).toBe('respondents'); // column N
    expect(mappedRole(mapping, 2, 'C')).toBeUndefined();
  });
});

describe('header roles', () => {
  it.each([
    ['Điểm PAPI', 'total'],
    ['Chỉ số DDCI', 'total'],
    ['PAPI score', 'total'],
    ['Tổng điểm', 'total'],
    ['Điểm tổng hợp', 'total'],
    ['Nhóm điều hành', 'tier'],
    ['Điểm thưởng', 'unknown'],
    ['Chỉ số thành phần', 'unknown'],
  ])('%s → %s', (header, kind) => {
    expect(classifyHeader(header).kind).toBe(kind);
  });

  it.each([
    ['Điểm 2019', 'yearValue'],
    ['Điểm PCI 2019', 'yearValue'],
    ['Năm 2020', 'yearValue'],
    ['Xếp hạng 2019', 'yearRank'],
    ['Hạng 2018', 'yearRank'],
  ])('%s is a year column (%s)', (header, kind) => {
    expect(classifyHeader(header)).toMatchObject({ kind });
  });

  it('names the index of a score header', () => {
    expect(indexNameFromHeader('Điểm PAPI')).toBe('PAPI');
    expect(indexNameFromHeader('DDCI')).toBe('DDCI');
    expect(indexNameFromHeader('Điểm tổng hợp')).toBeNull();
    expect(indexNameFromHeader('Điểm thưởng')).toBeNull();
  });

  it('merges "Điểm PCI" over 2019 | 2020 into one header per year', () => {
    const found = findHeader([
      rec(1, 'Tỉnh', 'Điểm PCI', '', 'Xếp hạng', ''),
      rec(2, '', '2019', '2020', '2019', '2020'),
      rec(3, 'Bắc Kạn', '58.2', '61.97', '59', '59'),
    ]);
    expect(found?.cells).toEqual([
      'Tỉnh',
      'Điểm PCI 2019',
      'Điểm PCI 2020',
      'Xếp hạng 2019',
      'Xếp hạng 2020',
    ]);
  });
});

describe('tiers', () => {
  it('recognises a column of tier words and names each tier by id', () => {
    expect(isTierColumn(['Rất tốt', 'Tốt', 'Khá', 'Trung bình khá', 'Tương đối thấp', ''])).toBe(
      true,
    );
    expect(isTierColumn(['Sở, ban, ngành', 'Huyện, thành phố'])).toBe(false);
    expect(isTierColumn([])).toBe(false);
    expect(tierId('Rất tốt')).toBe('excellent');
    expect(tierId('nhóm Tốt')).toBe('high');
    expect(tierId('Good')).toBe('good');
    expect(tierId('Tương đối thấp')).toBe('midLow');
    expect(tierId('Trung bình khá')).toBe('midHigh');
    expect(tierId('Hạng A')).toBeUndefined();
  });
});

describe('summary rows', () => {
  it.each([
    'Trung vị các tỉnh',
    'Trung bình khối',
    'Bình quân',
    'Cả nước',
    'Tổng cộng',
    'Median',
    'Average',
    'National average',
  ])('%s is a summary row', (name) => expect(isSummaryName(name)).toBe(true));
  it.each(['Tổng cục Thuế', 'Tổng công ty Điện lực', 'Công an tỉnh', 'Trung tâm Hành chính công'])(
    '%s is a unit',
    (name) => expect(isSummaryName(name)).toBe(false),
  );
});

describe('titles', () => {
  it('takes a single unit from the title', () => {
    expect(unitFromTitles([rec(1, 'Điểm PCI của tỉnh Bắc Kạn qua các năm')])?.unit).toBe('Bắc Kạn');
    expect(
      unitFromTitles([rec(1, 'Kết quả DDCI của Sở Công Thương giai đoạn 2018-2022')])?.unit,
    ).toBe('Sở Công Thương');
    expect(unitFromTitles([rec(1, 'Chỉ số của thành phố Bắc Kạn')])?.unit).toBe(
      'Thành phố Bắc Kạn',
    );
    expect(unitFromTitles([rec(1, 'KẾT QUẢ DCCI NĂM 2019')])).toBeNull();
  });

  it('names the index', () => {
    expect(indexFromText('KẾT QUẢ DDCI TỈNH X NĂM 2023')).toBe('DDCI');
    expect(indexFromText('Chỉ số PAPI 2022')).toBe('PAPI');
    expect(indexFromText('Bảng điểm')).toBeNull();
  });
});

describe('stage: data records', () => {
  it('skips footers and repeated headers with notices', () => {
    const records = [
      rec(1, 'Đơn vị', 'Điểm'),
      rec(2, 'A', '70'),
      rec(3, 'Đơn vị', 'Điểm'),
      rec(4, 'B', '60'),
      rec(5, 'Nguồn: VCCI', ''),
      rec(6, 'x', ''),
    ];
    const out = dataRecords(records, 0, ['Đơn vị', 'Điểm'], 2);
    expect(out.data.map((r) => r.line)).toEqual([2, 4]);
    expect(out.issues.map((i) => `${i.code}@${i.line}`)).toEqual([
      'REPEATED_HEADER_IGNORED@3',
      'FOOTER_IGNORED@5',
      'FOOTER_IGNORED@6',
    ]);
  });
});

describe('stage: year', () => {
  it('prefers the user’s year, then the title’s', () => {
    expect(fixedYearOf(false, 2021, [rec(1, 'DCCI 2019')]).year).toBe(2021);
    expect(fixedYearOf(false, undefined, [rec(1, 'DCCI 2019')]).issues[0]?.code).toBe(
      'YEAR_FROM_TITLE',
    );
    expect(fixedYearOf(false, undefined, []).issues[0]?.code).toBe('YEAR_MISSING');
  });

  it('fills a merged year cell down, with one notice', () => {
    const base = { yearBlank: false } as const;
    const rows = [
      { ...base, line: 2, year: 2019 },
      { ...base, line: 3, year: null, yearBlank: true },
    ].map((r) => ({ ...r, excelRow: r.line })) as unknown as Parameters<typeof resolveYears>[0];
    const columns = [{ index: 0, letter: 'A', header: 'Năm', role: 'year', decimal: '.' }] as const;
    const out = resolveYears(rows, columns, false, null);
    expect(out.years).toEqual([2019, 2019]);
    expect(out.issues.map((i) => i.code)).toEqual(['MERGED_CELLS_FILLED']);
  });
});

describe('rankInversions (the ranking view’s ⚠)', () => {
  it('flags only ranks that do not order strictly different scores', () => {
    // Equal rounded scores with different ranks, a top-N list that skips rank 4: no flag.
    expect(
      rankInversions([
        [71.97, 1],
        [70.1, 2],
        [70.1, 3],
        [66.4, 5],
      ]),
    ).toEqual([false, false, false, false]);
    // A lower score with a better rank: both flagged.
    expect(
      rankInversions([
        [71.97, 2],
        [70.1, 1],
        [66.4, 3],
      ]),
    ).toEqual([true, true, false]);
    expect(
      rankInversions([
        [null, 1],
        [70, null],
      ]),
    ).toEqual([false, false]);
  });

  it('agrees with the pairwise definition', () => {
    const pair = fc.tuple(
      fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const expected = pairs.map(([s, r], i) =>
          s === null || r === null
            ? false
            : pairs.some(
                ([s2, r2], j) =>
                  j !== i &&
                  s2 !== null &&
                  r2 !== null &&
                  ((s2 > s && r2 >= r) || (s2 < s && r2 <= r)),
              ),
        );
        expect(rankInversions(pairs)).toEqual(expected);
      }),
      { seed: SEED },
    );
  });
});

describe('linear time on long cells (issue 10’s rule, for the new stages)', () => {
  const LONG = 100_000;
  it.each([
    ['spaces then a bracket', `1${' '.repeat(LONG)}(x`],
    ['marks', `${'*'.repeat(LONG)}x`],
    ['brackets', `5 ${'('.repeat(LONG)})`],
    ['a long "of"', `${'1'.repeat(LONG)}/63`],
  ])('a rank cell of %s is answered', (_name, cell) => {
    expect(readRank(cell).kind).toBe('junk');
  });

  it('a long title or header ending in a year', () => {
    expect(unitFromTitles([rec(1, `của ${' '.repeat(LONG)}x`)])).toBeNull();
    expect(classifyHeader(`Điểm${' '.repeat(LONG)}2019`).kind).toBe('yearValue');
    expect(indexNameFromHeader(`Điểm PAPI ${'('.repeat(LONG)})`)).toBe('PAPI');
  });
});

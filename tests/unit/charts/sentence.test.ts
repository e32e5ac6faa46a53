import { describe, expect, it } from 'vitest';
import type { GroupId } from '../../../src/domain/types.ts';
import { scorecardStatement, type ScorecardFacts } from '../../../src/domain/sentence.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { countedGroupName, ordinal, scorecardSentence } from '../../../src/i18n/sentences.ts';

const base: ScorecardFacts = {
  unitName: 'Bạch Thông',
  groupId: 'districts' as GroupId,
  groupName: { vi: 'Huyện, thành phố', en: 'Districts and city' },
  indexName: 'DCCI',
  year: 2019,
  rank: 3,
  rankedCount: 8,
  tied: false,
  total: 68.4,
  previousYear: 2018,
  previousRank: 5,
  presentInPreviousYear: true,
  comparabilityWarning: false,
  illustrative: false,
};
const both = (f: Partial<ScorecardFacts>): [string, string] => [
  scorecardSentence({ ...base, ...f }, 'vi'),
  scorecardSentence({ ...base, ...f }, 'en'),
];

describe('scorecardSentence', () => {
  it('states a rise in rank in both languages', () => {
    expect(both({})).toEqual([
      'Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019 với 68,40 điểm, tăng 2 bậc so với 2018.',
      'Bạch Thông ranks 3rd of 8 district-level units in the DCCI 2019 with 68.40 points, up 2 places from 2018.',
    ]);
  });

  it('states a fall, with the singular "place" in English', () => {
    expect(both({ previousRank: 2 })).toEqual([
      'Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019 với 68,40 điểm, giảm 1 bậc so với 2018.',
      'Bạch Thông ranks 3rd of 8 district-level units in the DCCI 2019 with 68.40 points, down 1 place from 2018.',
    ]);
  });

  it('says the rank was kept when it did not change', () => {
    const [vi, en] = both({ previousRank: 3 });
    expect(vi).toContain(', giữ nguyên thứ hạng so với 2018.');
    expect(en).toContain(', the same rank as in 2018.');
  });

  it('says "đồng hạng" / "joint" for a tie', () => {
    const [vi, en] = both({ tied: true });
    expect(vi).toContain('xếp đồng hạng 3/8');
    expect(en).toContain('ranks joint 3rd of 8');
  });

  it('says it is the first year, claiming no change', () => {
    const [vi, en] = both({ previousYear: null, previousRank: null, presentInPreviousYear: false });
    expect(vi).toBe(
      'Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019 với 68,40 điểm. Đây là năm đầu tiên có số liệu của khối.',
    );
    expect(en).toBe(
      'Bạch Thông ranks 3rd of 8 district-level units in the DCCI 2019 with 68.40 points. This is the first year with data for the group.',
    );
  });

  it('says a unit absent in the previous year was not in its data, never a change', () => {
    const [vi, en] = both({ previousRank: null, presentInPreviousYear: false });
    expect(vi).toContain('Năm 2018 đơn vị không có trong số liệu');
    expect(en).toContain('The unit is not in the 2018 data');
    expect(vi).not.toMatch(/tăng|giảm/);
    expect(en).not.toMatch(/\bup\b|\bdown\b/);
  });

  it('says there is no previous rank when the unit was present but unranked', () => {
    const [vi, en] = both({ previousRank: null });
    expect(vi).toContain('Không có thứ hạng năm 2018 để so sánh.');
    expect(en).toContain('There is no 2018 rank to compare with.');
  });

  it('says a missing score is missing, never 0', () => {
    const [vi, en] = both({ total: null, rank: null });
    expect(vi).toBe(
      'Bạch Thông không có điểm DCCI 2019 (không có số liệu), nên không được xếp hạng.',
    );
    expect(en).toBe('Bạch Thông has no DCCI 2019 score (no data), so it is not ranked.');
  });

  it('keeps a published rank without a score and claims no points', () => {
    const [vi, en] = both({ total: null });
    expect(vi).toBe(
      'Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019, tăng 2 bậc so với 2018.',
    );
    expect(en).not.toContain('points');
  });

  it('adds a comparability note when the method or group size changed between the years', () => {
    const [vi, en] = both({ comparabilityWarning: true });
    expect(vi).toContain(
      'Lưu ý: phương pháp hoặc số đơn vị đã thay đổi giữa 2018 và 2019, so sánh chỉ mang tính tham khảo.',
    );
    expect(en).toContain(
      'Note: the method or the number of units changed between 2018 and 2019, so the comparison is indicative only.',
    );
    // No note when no comparison is made.
    expect(
      scorecardSentence({ ...base, comparabilityWarning: true, previousRank: null }, 'vi'),
    ).not.toContain('Lưu ý');
  });

  it('says when the data is illustrative', () => {
    const [vi, en] = both({ illustrative: true });
    expect(vi.endsWith('(Số liệu minh họa.)')).toBe(true);
    expect(en.endsWith('(Illustrative data.)')).toBe(true);
  });

  it('keeps proper nouns capitalised inside the group name', () => {
    const vi = scorecardSentence(
      {
        ...base,
        groupId: 'central' as GroupId,
        groupName: {
          vi: 'Cơ quan Trung ương đóng trên địa bàn',
          en: 'Central agencies in the province',
        },
      },
      'vi',
    );
    expect(vi).toContain('3/8 cơ quan Trung ương đóng trên địa bàn');
  });
});

describe('scorecardSentence across a break in the years', () => {
  const noPrevious = { previousYear: null, previousRank: null, presentInPreviousYear: false };

  it('says why there is no change across the province merger, never "first year"', () => {
    const [vi, en] = both({
      ...noPrevious,
      previousBreak: { kind: 'era', previous: 2024, year: 2025 },
      year: 2025,
    });
    expect(vi).toBe(
      'Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2025 với 68,40 điểm. Không so sánh với 2024: các tỉnh đã sáp nhập từ 1/7/2025, tỉnh sau sáp nhập là một đơn vị khác.',
    );
    expect(en).toBe(
      'Bạch Thông ranks 3rd of 8 district-level units in the DCCI 2025 with 68.40 points. No comparison with 2024: provinces merged on 1 July 2025, and a merged province is a different unit.',
    );
  });

  it('names the missing years of a gap (one year or a range)', () => {
    const gap = both({ ...noPrevious, previousBreak: { kind: 'gap', previous: 2016, year: 2020 } });
    expect(gap[0]).toContain('. Không so sánh với 2016: thiếu số liệu các năm 2017–2019.');
    expect(gap[1]).toContain('. No comparison with 2016: 2017–2019 are missing.');
    const one = both({ ...noPrevious, previousBreak: { kind: 'gap', previous: 2018, year: 2020 } });
    expect(one[0]).toContain('Không so sánh với 2018: thiếu số liệu năm 2019.');
    expect(one[1]).toContain('No comparison with 2018: 2019 is missing.');
    for (const text of [...gap, ...one])
      expect(text).not.toMatch(/tăng|giảm|up \d|down \d|first year|đầu tiên/);
  });

  it('adds the reorganisation caution to a change across 1 July 2025, and only to a change', () => {
    const [vi, en] = both({ year: 2025, previousYear: 2024, unitsReorganised: true });
    expect(vi).toContain(
      ', tăng 2 bậc so với 2024. Lưu ý: từ 1/7/2025 các sở, ngành được sắp xếp lại',
    );
    expect(en).toContain(
      'up 2 places from 2024. Note: departments were reorganised and district-level units abolished on 1 July 2025, so the comparison with 2024 is indicative only.',
    );
    const absent = both({
      unitsReorganised: true,
      presentInPreviousYear: false,
      previousRank: null,
    });
    for (const text of absent) expect(text).not.toMatch(/1\/7\/2025|1 July 2025/);
  });
});

describe('scorecardStatement (the facts, no words)', () => {
  it('decides the change from both ranks, and a break only without a previous year', () => {
    expect(scorecardStatement(base).standing).toEqual({
      kind: 'ranked',
      rank: 3,
      rankedCount: 8,
      tied: false,
      total: 68.4,
      change: { kind: 'moved', previous: 2018, places: 2, flag: null },
    });
    const brk = { kind: 'gap', previous: 2016, year: 2019 } as const;
    const broken = scorecardStatement({ ...base, previousYear: null, previousBreak: brk });
    expect(broken.standing).toMatchObject({ change: { kind: 'break', break: brk } });
    expect(scorecardStatement({ ...base, previousBreak: brk }).standing).toMatchObject({
      change: { kind: 'moved' },
    });
  });

  it('states no respondents, interval or caution for a unit without data', () => {
    const s = scorecardStatement({
      ...base,
      rank: null,
      total: null,
      respondents: 40,
      interval: { low: 1, high: 4 },
      comparabilityWarning: true,
      unitsReorganised: true,
    });
    expect(s).toMatchObject({
      standing: { kind: 'noData' },
      respondents: null,
      interval: null,
      caution: null,
      reorganised: false,
    });
  });
});

describe('countedGroupName', () => {
  const t = translator('en');
  it('counts the bundled districts as district-level units, any other group by its name', () => {
    expect(
      countedGroupName('districts' as GroupId, { vi: 'x', en: 'Districts and city' }, 'en', t),
    ).toBe('district-level units');
    expect(
      countedGroupName('central' as GroupId, { vi: 'x', en: 'Central agencies' }, 'en', t),
    ).toBe('central agencies');
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [63, '63rd'],
    [111, '111th'],
  ])('%i → %s', (n, text) => expect(ordinal(n)).toBe(text));
});

describe('scorecardSentence with survey uncertainty', () => {
  it('says whether a move is likely real or within the margin of error', () => {
    expect(both({ moveFlag: 'likely-real' })).toEqual([
      'Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019 với 68,40 điểm, tăng 2 bậc so với 2018 (thay đổi nhiều khả năng là thật).',
      'Bạch Thông ranks 3rd of 8 district-level units in the DCCI 2019 with 68.40 points, up 2 places from 2018 (a move that is likely real).',
    ]);
    const [vi, en] = both({ moveFlag: 'within-noise', previousRank: 2 });
    expect(vi).toContain('giảm 1 bậc so với 2018 (thay đổi nằm trong sai số khảo sát).');
    expect(en).toContain('down 1 place from 2018 (a move within the survey’s margin of error).');
  });

  it('says "1 response" in the singular and the interval alone when no count is known', () => {
    expect(both({ respondents: 1 })[1]).toMatch(/2018\. The score rests on 1 response\.$/);
    const [vi, en] = both({ interval: { low: 2, high: 5 } });
    expect(vi).toMatch(
      /2018\. Tính cả sai số khảo sát, hạng nằm trong khoảng 2–5 \(khoảng tin cậy 90%\)\.$/,
    );
    expect(en).toMatch(
      /2018\. Allowing for survey error, the rank lies between 2nd and 5th \(90% interval\)\.$/,
    );
  });

  it('gives the respondents and the 90% rank interval', () => {
    const [vi, en] = both({ respondents: 44, interval: { low: 2, high: 5 } });
    expect(vi).toMatch(
      /2018\. Điểm dựa trên 44 phiếu trả lời; tính cả sai số khảo sát, hạng nằm trong khoảng 2–5 \(khoảng tin cậy 90%\)\.$/,
    );
    expect(en).toMatch(
      /2018\. The score rests on 44 responses; allowing for survey error, the rank lies between 2nd and 5th \(90% interval\)\.$/,
    );
  });

  it('leaves out a one-rank interval and never adds a flag to a kept rank', () => {
    const [vi] = both({ interval: { low: 3, high: 3 }, previousRank: 3, moveFlag: null });
    expect(vi).toBe(
      'Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019 với 68,40 điểm, giữ nguyên thứ hạng so với 2018.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ordinal, scorecardSentence, type ScorecardFacts } from '../../../src/domain/sentence.ts';

const base: ScorecardFacts = {
  unitName: 'Bạch Thông',
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
      'Bạch Thông ranks 3rd of 8 districts and city in the DCCI 2019 with 68.40 points, up 2 places from 2018.',
    ]);
  });

  it('states a fall, with the singular "place" in English', () => {
    expect(both({ previousRank: 2 })).toEqual([
      'Bạch Thông xếp thứ 3/8 huyện, thành phố về DCCI 2019 với 68,40 điểm, giảm 1 bậc so với 2018.',
      'Bạch Thông ranks 3rd of 8 districts and city in the DCCI 2019 with 68.40 points, down 1 place from 2018.',
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
      'Bạch Thông ranks 3rd of 8 districts and city in the DCCI 2019 with 68.40 points. This is the first year with data for the group.',
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
      'Bạch Thông ranks 3rd of 8 districts and city in the DCCI 2019 with 68.40 points, up 2 places from 2018 (a move that is likely real).',
    ]);
    const [vi, en] = both({ moveFlag: 'within-noise', previousRank: 2 });
    expect(vi).toContain('giảm 1 bậc so với 2018 (thay đổi nằm trong sai số khảo sát).');
    expect(en).toContain('down 1 place from 2018 (a move within the survey’s margin of error).');
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

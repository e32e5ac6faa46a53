import { describe, expect, it } from 'vitest';
import type { ExportInfo } from '../../../src/export/types.ts';
import type { Dataset, GroupId } from '../../../src/domain/types.ts';
import {
  buildCitation,
  embedSnippet,
  rankingAlt,
  rankingCaption,
} from '../../../src/export/caption.ts';
import { chartWords, rankingFacts } from '../../../src/export/captions.ts';
import { makeDataset, uid, type RowSpec } from '../../fixtures/builders.ts';

const GROUP = { vi: 'Huyện, thành phố', en: 'Districts and city' };

function dataset(rows: readonly RowSpec[], extra: Partial<Dataset> = {}): Dataset {
  const d = makeDataset(rows, extra);
  return { ...d, groups: [{ id: 'districts' as GroupId, name: GROUP }] };
}

const info = (d: Dataset, year: number, unit: string | null): ExportInfo => ({
  dataset: d,
  view: 'ranking',
  groupId: 'districts',
  year,
  unitId: unit === null ? null : uid(unit),
});

function words(d: Dataset, year: number, unit: string | null) {
  const facts = rankingFacts(info(d, year, unit));
  if (!facts) throw new Error('no facts');
  return {
    vi: rankingCaption(facts, 'vi'),
    en: rankingCaption(facts, 'en'),
    altVi: rankingAlt(facts, 'vi'),
    altEn: rankingAlt(facts, 'en'),
  };
}

// 2018: Ba Bể 1, Na Rì 2, Bạch Thông 3, Chợ Đồn 4. 2019: Na Rì 1, Bạch Thông 2 (rise), Ba Bể 3 (fall), Chợ Đồn 4 (same).
const TWO_YEARS: RowSpec[] = [
  { unit: 'Ba Bể', year: 2018, total: 70 },
  { unit: 'Na Rì', year: 2018, total: 65 },
  { unit: 'Bạch Thông', year: 2018, total: 60 },
  { unit: 'Chợ Đồn', year: 2018, total: 55 },
  { unit: 'Na Rì', year: 2019, total: 72.5 },
  { unit: 'Bạch Thông', year: 2019, total: 68.4 },
  { unit: 'Ba Bể', year: 2019, total: 66 },
  { unit: 'Chợ Đồn', year: 2019, total: 50.25 },
];

describe('ranking caption', () => {
  it('states a rise in ranks with the score, and names the leader (vi, en)', () => {
    const w = words(dataset(TWO_YEARS), 2019, 'Bạch Thông');
    expect(w.vi).toBe(
      'Bạch Thông xếp thứ 2/4 huyện, thành phố về DCCI 2019 với 68,40 điểm, tăng 1 bậc so với 2018. Đứng đầu là Na Rì với 72,50 điểm.',
    );
    expect(w.en).toBe(
      'Bạch Thông ranks 2nd of 4 district-level units in the DCCI 2019 with 68.40 points, up 1 place from 2018. Na Rì leads with 72.50 points.',
    );
  });

  it('states a fall', () => {
    const w = words(dataset(TWO_YEARS), 2019, 'Ba Bể');
    expect(w.vi).toContain(
      'Ba Bể xếp thứ 3/4 huyện, thành phố về DCCI 2019 với 66,00 điểm, giảm 2 bậc so với 2018.',
    );
    expect(w.en).toContain('down 2 places from 2018');
  });

  it('says an unchanged rank as such, and talks about the leader when no unit is selected', () => {
    expect(words(dataset(TWO_YEARS), 2019, 'Chợ Đồn').vi).toContain(
      'giữ nguyên thứ hạng so với 2018',
    );
    const leader = words(dataset(TWO_YEARS), 2019, null);
    expect(leader.vi).toBe(
      'Na Rì xếp thứ 1/4 huyện, thành phố về DCCI 2019 với 72,50 điểm, tăng 1 bậc so với 2018.',
    );
    expect(leader.en).not.toContain('leads');
  });

  it('says "đồng hạng" / "joint" for a tie', () => {
    const d = dataset([
      { unit: 'Na Rì', year: 2019, total: 70 },
      { unit: 'Ba Bể', year: 2019, total: 70 },
      { unit: 'Chợ Đồn', year: 2019, total: 60 },
    ]);
    const w = words(d, 2019, 'Ba Bể');
    expect(w.vi).toContain('xếp đồng hạng 1/3');
    expect(w.en).toContain('ranks joint 1st of 3');
  });

  it('claims no change in the first year', () => {
    const w = words(dataset(TWO_YEARS), 2018, 'Na Rì');
    expect(w.vi).toContain('Đây là năm đầu tiên có số liệu của khối.');
    expect(w.vi).not.toMatch(/tăng|giảm|giữ nguyên/);
    expect(w.en).not.toMatch(/ up | down |same rank/);
  });

  it('says a missing score is missing (never 0) and counts it in the alt text', () => {
    const d = dataset([
      ...TWO_YEARS,
      { unit: 'Pác Nặm', year: 2018, total: 50 },
      { unit: 'Pác Nặm', year: 2019, total: null },
    ]);
    const w = words(d, 2019, 'Pác Nặm');
    expect(w.vi).toContain('Pác Nặm không có điểm DCCI 2019 (không có số liệu)');
    expect(w.en).toContain('has no DCCI 2019 score (no data)');
    expect(w.vi).not.toMatch(/\b0 điểm|0,00/);
    expect(w.altVi).toContain('1 đơn vị không có số liệu.');
    expect(w.altEn).toContain('1 unit has no data.');
  });

  it('does not compare with a year in which the unit was absent', () => {
    const d = dataset([...TWO_YEARS, { unit: 'Ngân Sơn', year: 2019, total: 58 }]);
    const w = words(d, 2019, 'Ngân Sơn');
    expect(w.vi).toContain('Năm 2018 đơn vị không có trong số liệu');
    expect(w.vi).not.toMatch(/tăng|giảm/);
  });

  it('mentions a comparability break between the years', () => {
    const d = dataset(TWO_YEARS, {
      methodChanges: [{ year: 2019, note: { vi: 'Bộ câu hỏi mới', en: 'New questionnaire' } }],
    });
    const w = words(d, 2019, 'Bạch Thông');
    expect(w.vi).toContain('so sánh chỉ mang tính tham khảo');
    expect(w.en).toContain('indicative only');
  });

  it('always says illustrative data are illustrative', () => {
    const w = words(dataset(TWO_YEARS, { illustrative: true }), 2019, 'Bạch Thông');
    expect(w.vi).toMatch(/Đây là số liệu minh họa, không phải kết quả chính thức\.$/);
    expect(w.en).toMatch(/These are illustrative data, not official results\.$/);
    expect(w.altVi).toMatch(/Số liệu minh họa\.$/);
    expect(w.altEn).toMatch(/Illustrative data\.$/);
    expect(words(dataset(TWO_YEARS), 2019, 'Bạch Thông').vi).not.toContain('minh họa');
  });

  it('writes the alt text from the numbers: count, range and average', () => {
    const w = words(dataset(TWO_YEARS), 2019, null);
    expect(w.altVi).toBe(
      'Biểu đồ thanh ngang xếp hạng 4 huyện, thành phố theo điểm DCCI 2019, từ Na Rì (72,50 điểm) đến Chợ Đồn (50,25 điểm); trung bình 64,29 điểm.',
    );
    expect(w.altEn).toBe(
      'Horizontal bar chart ranking 4 district-level units by DCCI 2019 score, from Na Rì (72.50) to Chợ Đồn (50.25); the average is 64.29.',
    );
  });

  it('says there are no data when nobody has a score', () => {
    const d = dataset([{ unit: 'Na Rì', year: 2019, total: null }]);
    const w = words(d, 2019, null);
    expect(w.vi).toBe('Không có điểm DCCI 2019 nào cho huyện, thành phố.');
    expect(w.en).toBe('There are no DCCI 2019 scores for district-level units.');
  });

  it('chartWords prefers the view’s own words and has none for views without a builder', () => {
    const d = dataset(TWO_YEARS);
    expect(chartWords({ ...info(d, 2019, null), caption: 'Của tôi', alt: 'Alt' }, 'vi')).toEqual({
      caption: 'Của tôi',
      alt: 'Alt',
    });
    expect(chartWords({ ...info(d, 2019, null), view: 'map' }, 'vi')).toBeNull();
    expect(chartWords(info(d, 2019, null), 'en')?.caption).toContain('Na Rì ranks 1st of 4');
  });
});

describe('citation and embed snippet', () => {
  it('joins dataset, source, licence, date and link, leaving out empty parts', () => {
    expect(
      buildCitation(
        {
          dataset: 'DCCI Bắc Kạn 2018–2020 (số liệu minh họa)',
          source: 'Nguồn: Dữ liệu minh họa',
          licence: 'CC0',
          date: '27/11/2026',
          url: 'https://example.org/?v=1&ds=bac-kan-dcci',
        },
        'vi',
      ),
    ).toBe(
      'DCCI Bắc Kạn 2018–2020 (số liệu minh họa). Nguồn: Dữ liệu minh họa. CC0. Truy cập ngày 27/11/2026. https://example.org/?v=1&ds=bac-kan-dcci',
    );
    expect(
      buildCitation(
        { dataset: 'PCI', source: 'Source: VCCI', licence: '', date: '27 November 2026', url: 'u' },
        'en',
      ),
    ).toBe('PCI. Source: VCCI. Accessed 27 November 2026. u');
  });

  it('escapes the title and URL inside the iframe attributes', () => {
    const s = embedSnippet(
      'https://x.org/embed.html?v=1&ds=a"b',
      'Tiêu đề "<b>" & co',
      'https://x.org',
    );
    expect(s).toContain('src="https://x.org/embed.html?v=1&amp;ds=a&quot;b"');
    expect(s).toContain('title="Tiêu đề &quot;&lt;b&gt;&quot; &amp; co"');
    expect(s).toContain('e.origin!=="https://x.org"');
    expect(s).not.toContain('style=');
  });
});

describe('export file names', () => {
  it('are Vietnamese slugs whatever the UI language (CONTRACTS.md)', async () => {
    const { exportFileParts } = await import('../../../src/export/info.ts');
    const { exportFileName } = await import('../../../src/export/fileName.ts');
    const d = {
      ...makeDataset([{ unit: 'Na Rì', year: 2019, total: 60 }]),
      indexName: 'DCCI',
      province: { vi: 'Bắc Kạn', en: 'Bac Kan' },
      groups: [{ id: 'districts' as GroupId, name: GROUP }],
    };
    expect(exportFileName({ ...exportFileParts(info(d, 2019, null)), ext: 'png' })).toBe(
      'dcci-bac-kan-2019-huyen-thanh-pho-xep-hang.png',
    );
  });
});

describe('ranking captions with survey uncertainty', () => {
  it('use the move flag and the rank interval of the computed statistics', async () => {
    const { runStatsTask } = await import('../../../src/stats/tasks.ts');
    const { scoredGroupYear } = await import('../../../src/domain/groupStats.ts');
    const d = dataset([
      { unit: 'Ba Bể', year: 2018, total: 60, se: 0.5, respondents: 90 },
      { unit: 'Na Rì', year: 2018, total: 70, se: 0.5, respondents: 80 },
      { unit: 'Chợ Đồn', year: 2018, total: 50, se: 3, respondents: 40 },
      { unit: 'Ba Bể', year: 2019, total: 80, se: 0.5, respondents: 90 },
      { unit: 'Na Rì', year: 2019, total: 65, se: 3, respondents: 80 },
      { unit: 'Chợ Đồn', year: 2019, total: 63, se: 3, respondents: 40 },
    ]);
    const stats = await runStatsTask({
      kind: 'group-year',
      ...scoredGroupYear(d, 'districts' as GroupId, 2019),
    });
    const facts = rankingFacts({ ...info(d, 2019, 'Na Rì'), stats });
    if (!facts) throw new Error('no facts');
    expect(rankingCaption(facts, 'vi')).toContain(
      'giảm 1 bậc so với 2018 (thay đổi nhiều khả năng là thật). Điểm dựa trên 80 phiếu trả lời; tính cả sai số khảo sát, hạng nằm trong khoảng 2–3',
    );
    const chodon = rankingFacts({ ...info(d, 2019, 'Chợ Đồn'), stats });
    if (!chodon) throw new Error('no facts');
    expect(rankingCaption(chodon, 'en')).toContain('the same rank as in 2018');
    // Without statistics nothing about noise is claimed.
    const plain = rankingFacts(info(d, 2019, 'Na Rì'));
    if (!plain) throw new Error('no facts');
    expect(rankingCaption(plain, 'en')).not.toMatch(/likely real|margin of error|interval/);
  });
});

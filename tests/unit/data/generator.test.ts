import { describe, expect, it } from 'vitest';
import { buildAll } from '../../../data/tools/build-data.ts';
import { generateCells } from '../../../data/tools/generator.ts';
import { cell, competition, hundredths, MARKER, readCsv, readData, readMeta } from './dataFiles.ts';

const dcci = readCsv('bac-kan-dcci.csv');
const meta = readMeta('bac-kan-dcci.meta.json');
const groupId = new Map(meta.groups.flatMap((g) => (g.aliases ?? []).map((a) => [a, g.id])));
const subColumn = new Map(meta.subIndices.map((s) => [s.id, s.columns[0] ?? '']));

interface Row {
  year: number;
  group: string;
  unit: string;
  total: number;
  rank: number;
  respondents: number;
  row: ReadonlyMap<string, string>;
}

const rows: Row[] = dcci.rows.map((row) => ({
  year: Number(cell(row, 'Năm')),
  group: groupId.get(cell(row, 'Khối')) ?? '?',
  unit: cell(row, 'Đơn vị'),
  total: hundredths(cell(row, 'Điểm tổng hợp')) ?? Number.NaN,
  rank: Number(cell(row, 'Xếp hạng')),
  respondents: Number(cell(row, 'Số phiếu')),
  row,
}));

const of = (year: number, group: string): Row[] =>
  rows.filter((r) => r.year === year && r.group === group);
const rankMap = (rs: Row[]): Map<string, number> => {
  const ranks = competition(rs.map((r) => r.total));
  return new Map(rs.map((r, i) => [r.unit, ranks[i] ?? 0]));
};

describe('the illustrative Bắc Kạn DCCI generator', () => {
  it('gives the same answers for the same seed and different answers for another seed', () => {
    const a = generateCells(7);
    expect(generateCells(7)).toEqual(a);
    expect(generateCells(8)).not.toEqual(a);
  });

  it('regenerates exactly the committed files (npm run data is a no-op)', async () => {
    for (const [name, content] of await buildAll()) {
      expect(readData(name), name).toBe(content);
    }
  });

  it('marks both CSV files as illustrative on their first line', () => {
    expect(dcci.title).toContain(MARKER);
    expect(readData('bac-kan-dcci-responses.csv').split('\n')[0]).toContain(MARKER);
  });

  it('writes every total as 10 × Σ wᵢsᵢ / Σ wᵢ of the rounded sub-indices present, to 2 decimals', () => {
    for (const r of rows) {
      let num = 0;
      let den = 0;
      for (const s of meta.subIndices) {
        if (s.groups !== undefined && !s.groups.includes(r.group)) continue;
        const score = hundredths(cell(r.row, subColumn.get(s.id) ?? ''));
        if (score === null) continue;
        num += (s.weight ?? 0) * score;
        den += s.weight ?? 0;
      }
      // Hundredths: total·100 = 10·Σ w·(s·100) / Σ w, rounded half up.
      expect(r.total, `${r.year} ${r.unit}`).toBe(Math.floor((20 * num + den) / (2 * den)));
    }
  });

  it('publishes competition ranks within year and group, and tiers by the documented thresholds', () => {
    for (const year of [2018, 2019, 2020]) {
      for (const g of meta.groups) {
        const rs = of(year, g.id);
        const ranks = rankMap(rs);
        for (const r of rs) expect(r.rank, `${year} ${r.unit}`).toBe(ranks.get(r.unit));
      }
    }
    const tier = (t: number): string =>
      t >= 7500 ? 'Rất tốt' : t >= 6500 ? 'Tốt' : t >= 5500 ? 'Khá' : 'Trung bình';
    for (const r of rows) expect(cell(r.row, 'Nhóm xếp hạng')).toBe(tier(r.total));
  });

  it('makes the 2020 districts span exactly 7.71 with no district keeping its 2019 rank (5 rose, 3 fell)', () => {
    const d2020 = of(2020, 'districts');
    expect(d2020).toHaveLength(8);
    const totals = d2020.map((r) => r.total);
    expect(Math.max(...totals) - Math.min(...totals)).toBe(771);
    const before = rankMap(of(2019, 'districts'));
    const after = rankMap(d2020);
    const moves = d2020.map((r) => (before.get(r.unit) ?? 0) - (after.get(r.unit) ?? 0));
    expect(moves.filter((m) => m === 0)).toHaveLength(0);
    expect(moves.filter((m) => m > 0)).toHaveLength(5);
    expect(moves.filter((m) => m < 0)).toHaveLength(3);
  });

  it('makes the 19 departments of 2020 span exactly 18.90, 3 keep their 2019 rank, Sở Công Thương 4th', () => {
    const d2020 = of(2020, 'departments');
    expect(d2020).toHaveLength(19);
    const totals = d2020.map((r) => r.total);
    expect(Math.max(...totals) - Math.min(...totals)).toBe(1890);
    const before = rankMap(of(2019, 'departments'));
    const after = rankMap(d2020);
    expect(d2020.filter((r) => before.get(r.unit) === after.get(r.unit))).toHaveLength(3);
    expect(after.get('Sở Công Thương')).toBe(4);
    // No ties in the years the facts compare, so "kept its rank" is unambiguous.
    for (const year of [2019, 2020]) {
      for (const g of ['districts', 'departments']) {
        const ts = of(year, g).map((r) => r.total);
        expect(new Set(ts).size).toBe(ts.length);
      }
    }
  });

  it('contains a tie: two districts share a 2018 total and its rank', () => {
    const d2018 = of(2018, 'districts');
    const tied = d2018.filter((r) => d2018.some((o) => o !== r && o.total === r.total));
    expect(tied).toHaveLength(2);
    expect(tied[0]?.rank).toBe(tied[1]?.rank);
    expect(d2018.some((r) => r.rank === (tied[0]?.rank ?? 0) + 1)).toBe(false);
  });

  it('leaves missing sub-indices as empty cells, never 0, with a note', () => {
    const find = (year: number, unit: string): Row | undefined =>
      rows.find((r) => r.year === year && r.unit === unit);
    const missing: [number, string, string][] = [
      [2018, 'Sở Khoa học và Công nghệ', 'digital-transformation'],
      [2019, 'Pác Nặm', 'land-access'],
      [2018, 'Công an tỉnh', 'leadership'],
    ];
    for (const [year, unit, sub] of missing) {
      const r = find(year, unit);
      expect(r, `${year} ${unit}`).toBeDefined();
      expect(cell(r?.row ?? new Map(), subColumn.get(sub) ?? '')).toBe('');
      expect(cell(r?.row ?? new Map(), 'Ghi chú')).not.toBe('');
    }
    expect(find(2018, 'Ban Quản lý các khu công nghiệp')).toBeUndefined();
    expect(find(2019, 'Ban Quản lý các khu công nghiệp')).toBeDefined();
    for (const r of rows) {
      for (const s of meta.subIndices) {
        const v = cell(r.row, subColumn.get(s.id) ?? '');
        const applies = s.groups === undefined || s.groups.includes(r.group);
        if (!applies) expect(v).toBe('');
        else if (v !== '') expect(hundredths(v)).toBeGreaterThanOrEqual(100);
      }
    }
  });

  it('keeps respondent counts in each group’s range', () => {
    const range: Record<string, [number, number]> = {
      districts: [60, 150],
      departments: [30, 120],
      'central-agencies': [25, 80],
    };
    for (const r of rows) {
      const [min, max] = range[r.group] ?? [0, 0];
      expect(r.respondents, `${r.year} ${r.unit}`).toBeGreaterThanOrEqual(min);
      expect(r.respondents, `${r.year} ${r.unit}`).toBeLessThanOrEqual(max);
    }
  });
});

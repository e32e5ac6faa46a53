import { describe, expect, it } from 'vitest';
import { BAC_KAN_PCI, buildProvinceContext } from '../../../src/charts/data/provinceContext.ts';
import { readCsv } from '../data/dataFiles.ts';

describe('BAC_KAN_PCI (the side panel copy of the real data)', () => {
  it('matches every Bắc Kạn row of data/pci.csv (rank, score to 2 decimals, provinces ranked that year; 2020 as in the ranks file)', () => {
    const pci = readCsv('pci.csv');
    const all = pci.rows.filter((r) => r.get('Tỉnh, thành phố') === 'Bắc Kạn');
    // 2006–2016 from the 2005–2016 conversion; the PCI 2020 row agrees with the ranks file's 2020.
    const row2020 = all.find((r) => r.get('Năm') === '2020');
    expect([row2020?.get('Xếp hạng'), row2020?.get('Điểm PCI')]).toEqual(['59', '61.97']);
    expect(BAC_KAN_PCI.find((h) => h.year === 2020)).toMatchObject({ rank: 59, score: 61.97 });
    const bacKan = all.filter((r) => r !== row2020);
    expect(bacKan.length).toBe(11);
    for (const row of bacKan) {
      const year = Number(row.get('Năm'));
      const mine = BAC_KAN_PCI.find((h) => h.year === year);
      expect(mine, String(year)).toBeDefined();
      expect(mine?.rank).toBe(Number(row.get('Xếp hạng')));
      expect(mine?.score, String(year)).toBe(Math.round(Number(row.get('Điểm PCI')) * 100) / 100);
      expect(mine?.provinces).toBe(pci.rows.filter((r) => r.get('Năm') === String(year)).length);
      expect(mine?.source).toBe('pci-2005-2016');
    }
  });

  it('matches data/bac-kan-pci-ranks.csv for 2018–2022 (only 2020 has a score)', () => {
    const ranks = readCsv('bac-kan-pci-ranks.csv');
    expect(ranks.rows.length).toBe(5);
    for (const row of ranks.rows) {
      const year = Number(row.get('Năm'));
      const mine = BAC_KAN_PCI.find((h) => h.year === year);
      expect(mine?.rank, String(year)).toBe(Number(row.get('Xếp hạng')));
      expect(mine?.provinces).toBe(Number(row.get('Số tỉnh xếp hạng')));
      const score = row.get('Điểm PCI') ?? '';
      expect(mine?.score ?? null).toBe(score === '' ? null : Number(score));
      expect(mine?.source).toBe('pci-ranks-2018-2022');
    }
  });

  it('has no 2005 (Bắc Kạn was not in the pilot) and no 2017', () => {
    expect(BAC_KAN_PCI.map((h) => h.year)).not.toContain(2005);
    expect(BAC_KAN_PCI.map((h) => h.year)).not.toContain(2017);
  });
});

describe('buildProvinceContext', () => {
  const data = buildProvinceContext();

  it('fills the gap year 2017 with nulls (a gap, never 0)', () => {
    expect(data.years.map((y) => y.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2006 + i));
    expect(data.years.find((y) => y.year === 2017)).toEqual({
      year: 2017,
      rank: null,
      score: null,
      provinces: null,
      source: null,
    });
    expect(data.missingYears).toEqual([2017]);
  });

  it('finds the best rank (35 in 2022), the latest year and the largest field (64)', () => {
    expect(data.best).toEqual({ year: 2022, rank: 35 });
    expect(data.latest?.year).toBe(2022);
    expect(data.maxProvinces).toBe(64);
  });

  it('keeps the latest year of a tied best rank and handles empty input', () => {
    const tie = buildProvinceContext([
      { year: 2010, rank: 5, score: null, provinces: 10, source: null },
      { year: 2012, rank: 5, score: null, provinces: 10, source: null },
    ]);
    expect(tie.best).toEqual({ year: 2012, rank: 5 });
    expect(tie.missingYears).toEqual([2011]);
    expect(buildProvinceContext([])).toEqual({
      years: [],
      missingYears: [],
      best: null,
      latest: null,
      maxProvinces: 0,
    });
  });
});

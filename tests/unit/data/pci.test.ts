import { describe, expect, it } from 'vitest';
import { cell, readCsv, readMeta } from './dataFiles.ts';

const source = readCsv('sources/pci_2005_2016.csv');
const source2020 = readCsv('sources/pci_2020_ranking_63.csv');
const pciAll = readCsv('pci.csv');
/** The rows converted from the 2005–2016 file (the 2020 rows follow them; tested below). */
const pci = { ...pciAll, rows: pciAll.rows.filter((r) => cell(r, 'Năm') !== '2020') };
const rows2020 = pciAll.rows.filter((r) => cell(r, 'Năm') === '2020');
const meta = readMeta('pci.meta.json');
const column = (id: string): string => meta.subIndices.find((s) => s.id === id)?.columns[0] ?? '?';

describe('the PCI 2005–2016 conversion (data/pci.csv)', () => {
  it('has one row per source row, in the same order, with no title line', () => {
    expect(source.rows).toHaveLength(738);
    expect(pci.rows).toHaveLength(738);
    expect(pciAll.rows.slice(0, 738)).toEqual(pci.rows);
    expect(pci.title).toBeNull();
    pci.rows.forEach((r, i) => {
      const s = source.rows[i] ?? new Map<string, string>();
      expect(cell(r, 'Năm')).toBe(cell(s, 'year'));
      expect(cell(r, 'Tỉnh, thành phố')).toBe(cell(s, 'province_vi'));
    });
  });

  it('copies every score, rank and sub-index exactly as written in the source', () => {
    const same: [string, string][] = [
      ['pci_score', 'Điểm PCI'],
      ['rank', 'Xếp hạng'],
      ['entry_costs', column('entry-costs')],
      ['land_access', column('land-access')],
      ['transparency', column('transparency')],
      ['time_costs', column('time-costs')],
      ['informal_charges', column('informal-charges')],
      ['proactivity', column('proactivity')],
      ['business_support', column('business-support')],
      ['labor_training', column('labour-training')],
      ['legal_institutions', column('legal-institutions')],
      ['implementation_consistency', column('implementation-consistency')],
    ];
    pci.rows.forEach((r, i) => {
      const s = source.rows[i] ?? new Map<string, string>();
      for (const [from, to] of same) expect(cell(r, to), `${i} ${to}`).toBe(cell(s, from));
    });
  });

  it('splits policy bias (2005–2008) and equal competition (2013–2016) into two sub-indices', () => {
    pci.rows.forEach((r, i) => {
      const year = Number(cell(r, 'Năm'));
      const value = cell(
        source.rows[i] ?? new Map<string, string>(),
        'policy_bias_equal_competition',
      );
      expect(cell(r, column('policy-bias'))).toBe(year <= 2008 ? value : '');
      expect(cell(r, column('equal-competition'))).toBe(year >= 2013 ? value : '');
      if (year >= 2009 && year <= 2012) expect(value).toBe('');
      else expect(value).not.toBe('');
    });
    const years = (id: string): readonly number[] | undefined =>
      meta.subIndices.find((s) => s.id === id)?.years;
    expect(years('policy-bias')).toEqual([2005, 2006, 2007, 2008]);
    expect(years('equal-competition')).toEqual([2013, 2014, 2015, 2016]);
    expect(years('implementation-consistency')).toEqual([2005]);
    expect(years('labour-training')?.[0]).toBe(2006);
    expect(years('legal-institutions')?.[0]).toBe(2006);
    expect(years('transparency')).toBeUndefined();
  });

  it('shows Bắc Kạn 2016 at 54.60 (source 54.5954), rank 60 of 63', () => {
    const bk = pci.rows.filter((r) => cell(r, 'Tỉnh, thành phố') === 'Bắc Kạn');
    const y2016 = bk.find((r) => cell(r, 'Năm') === '2016');
    expect(cell(y2016 ?? new Map(), 'Điểm PCI')).toBe('54.5954');
    expect(Number(cell(y2016 ?? new Map(), 'Điểm PCI')).toFixed(2)).toBe('54.60');
    expect(cell(y2016 ?? new Map(), 'Xếp hạng')).toBe('60');
    expect(pci.rows.filter((r) => cell(r, 'Năm') === '2016')).toHaveLength(63);
    expect(bk.map((r) => cell(r, 'Năm'))).not.toContain('2005');
  });

  it('uses the 2016 handbook weights (summing to 100) and ISO 3166-2 codes for all but Hà Tây', () => {
    const weights = meta.subIndices.filter((s) => s.weight !== undefined);
    expect(weights.reduce((a, s) => a + (s.weight ?? 0), 0)).toBe(100);
    expect(meta.subIndices.find((s) => s.id === 'transparency')?.weight).toBe(20);
    expect(meta.units).toHaveLength(64);
    expect(meta.units?.filter((u) => u.code === undefined).map((u) => u.name)).toEqual(['Hà Tây']);
    expect(meta.units?.find((u) => u.name === 'Bắc Kạn')?.code).toBe('VN-53');
    expect(meta.methodChanges?.map((m) => m.year)).toEqual([2006, 2009, 2013, 2020]);
    expect(meta.illustrative).toBe(false);
  });
});

describe('Bắc Kạn PCI ranks 2018–2022 (data/bac-kan-pci-ranks.csv)', () => {
  const ranks = readCsv('bac-kan-pci-ranks.csv');

  it('holds the public ranks 60, 59, 59, 48, 35 of 63, the 2020 score 61.97 and a source per row', () => {
    expect(ranks.rows.map((r) => cell(r, 'Năm'))).toEqual(['2018', '2019', '2020', '2021', '2022']);
    expect(ranks.rows.map((r) => cell(r, 'Xếp hạng'))).toEqual(['60', '59', '59', '48', '35']);
    expect(ranks.rows.map((r) => cell(r, 'Điểm PCI'))).toEqual(['', '', '61.97', '', '']);
    for (const r of ranks.rows) {
      expect(cell(r, 'Số tỉnh xếp hạng')).toBe('63');
      expect(cell(r, 'Nguồn')).toMatch(/^https:\/\//);
    }
  });

  it('combines with the PCI rows into one rank series (2017 a gap) that agrees on 2020', () => {
    const bk = pciAll.rows
      .filter((r) => cell(r, 'Tỉnh, thành phố') === 'Bắc Kạn')
      .map((r) => [Number(cell(r, 'Năm')), Number(cell(r, 'Xếp hạng'))] as const);
    const later = ranks.rows.map(
      (r) => [Number(cell(r, 'Năm')), Number(cell(r, 'Xếp hạng'))] as const,
    );
    const series = new Map([...bk, ...later]);
    // The only year in both files is 2020, and both say rank 59.
    expect(series.size).toBe(bk.length + later.length - 1);
    expect(bk.find(([y]) => y === 2020)?.[1]).toBe(59);
    expect(later.find(([y]) => y === 2020)?.[1]).toBe(59);
    expect([...series.keys()].sort((a, b) => a - b)).toEqual([
      2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2018, 2019, 2020, 2021,
      2022,
    ]);
    expect(series.get(2016)).toBe(60);
    expect(series.get(2018)).toBe(60);
  });
});

describe('PCI 2020 (total and rank of 63 provinces, appended to data/pci.csv)', () => {
  it('copies the 63 published scores and ranks as text, with every sub-index empty', () => {
    expect(source2020.rows).toHaveLength(63);
    expect(rows2020).toHaveLength(63);
    const subColumns = meta.subIndices.map((s) => s.columns[0] ?? '?');
    rows2020.forEach((r, i) => {
      const s = source2020.rows[i] ?? new Map<string, string>();
      expect(cell(r, 'Điểm PCI')).toBe(cell(s, 'pci_score'));
      expect(cell(r, 'Xếp hạng')).toBe(cell(s, 'rank'));
      for (const c of subColumns) expect(cell(r, c)).toBe('');
    });
    expect(new Set(rows2020.map((r) => cell(r, 'Xếp hạng'))).size).toBe(63);
  });

  it('writes every 2020 province as a 2016 unit (TP.HCM, BRVT and TT-Huế spelled out)', () => {
    const units2016 = new Set(
      pci.rows.filter((r) => cell(r, 'Năm') === '2016').map((r) => cell(r, 'Tỉnh, thành phố')),
    );
    const names2020 = rows2020.map((r) => cell(r, 'Tỉnh, thành phố'));
    expect(new Set(names2020)).toEqual(units2016);
    expect(names2020).toContain('TP. Hồ Chí Minh');
    const bk = rows2020.find((r) => cell(r, 'Tỉnh, thành phố') === 'Bắc Kạn');
    expect([cell(bk ?? new Map(), 'Điểm PCI'), cell(bk ?? new Map(), 'Xếp hạng')]).toEqual([
      '61.97',
      '59',
    ]);
  });

  it('says in the notes and the method changes that 2020 has totals only and 2017–2019 are missing', () => {
    expect(meta.notes?.[0]?.en).toMatch(/2020: total and rank only.*2017–2019 not available/);
    expect(meta.methodChanges?.map((m) => m.year)).toContain(2020);
  });
});

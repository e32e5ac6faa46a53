/** One year of Bắc Kạn's PCI standing. */
export interface ContextYear {
  readonly year: number;
  /** Rank among the provinces (1 = best); null when not available. */
  readonly rank: number | null;
  /** PCI total (out of 100) as published, 2 decimals; null when not available. */
  readonly score: number | null;
  /** Provinces ranked that year. */
  readonly provinces: number | null;
  /** Where the row comes from: the bundled PCI 2005–2016 dataset, or the 2018–2022 facts file. */
  readonly source: 'pci-2005-2016' | 'pci-ranks-2018-2022' | null;
}

/**
 * Bắc Kạn's real PCI results, kept here so the side panel needs no dataset download:
 * 2006–2016 from data/pci.csv (Bắc Kạn was not in the 2005 pilot; scores rounded to the
 * published 2 decimals), 2018–2022 from data/bac-kan-pci-ranks.csv (ranks from public articles,
 * the 2020 score from pcivietnam.vn). 2017 is in neither file. A unit test checks every row
 * against both CSV files, so this copy cannot drift.
 */
const ROWS: readonly (readonly [
  year: number,
  rank: number,
  score: number | null,
  provinces: number,
])[] = [
  [2006, 45, 48.73, 64],
  [2007, 56, 46.47, 64],
  [2008, 63, 39.78, 64],
  [2009, 61, 47.5, 63],
  [2010, 58, 51.49, 63],
  [2011, 60, 52.71, 63],
  [2012, 60, 51.0, 63],
  [2013, 57, 53.53, 63],
  [2014, 59, 53.02, 63],
  [2015, 60, 53.2, 63],
  [2016, 60, 54.6, 63],
  [2018, 60, null, 63],
  [2019, 59, null, 63],
  [2020, 59, 61.97, 63],
  [2021, 48, null, 63],
  [2022, 35, null, 63],
];

export const BAC_KAN_PCI: readonly ContextYear[] = ROWS.map(([year, rank, score, provinces]) => ({
  year,
  rank,
  score,
  provinces,
  source: year <= 2016 ? 'pci-2005-2016' : 'pci-ranks-2018-2022',
}));

export interface ProvinceContextData {
  /** Every year from the first to the last, ascending; a year without data has nulls (a gap, never 0). */
  readonly years: readonly ContextYear[];
  readonly missingYears: readonly number[];
  /** Best (lowest) rank and its latest year; null when no rank. */
  readonly best: { readonly year: number; readonly rank: number } | null;
  readonly latest: ContextYear | null;
  /** Largest number of provinces ranked (the bottom of a rank axis). */
  readonly maxProvinces: number;
}

/**
 * A continuous series of years for the side panel: the given years plus empty ones for gaps
 * (2017), so charts break the line and tables print "—". Empty input gives no years.
 */
export function buildProvinceContext(
  history: readonly ContextYear[] = BAC_KAN_PCI,
): ProvinceContextData {
  const sorted = [...history].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last)
    return { years: [], missingYears: [], best: null, latest: null, maxProvinces: 0 };
  const byYear = new Map(sorted.map((h) => [h.year, h]));
  const years: ContextYear[] = [];
  for (let y = first.year; y <= last.year; y++) {
    years.push(
      byYear.get(y) ?? { year: y, rank: null, score: null, provinces: null, source: null },
    );
  }
  let best: { year: number; rank: number } | null = null;
  for (const h of sorted)
    if (h.rank !== null && (best === null || h.rank <= best.rank))
      best = { year: h.year, rank: h.rank };
  return {
    years,
    missingYears: years.filter((y) => y.rank === null && y.score === null).map((y) => y.year),
    best,
    latest: [...sorted].reverse().find((h) => h.rank !== null) ?? null,
    maxProvinces: Math.max(0, ...sorted.map((h) => h.provinces ?? 0)),
  };
}

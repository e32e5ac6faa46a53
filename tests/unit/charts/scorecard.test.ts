import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatasetMeta } from '../../../src/domain/meta.ts';
import { importBytes } from '../../../src/import/importDataset.ts';
import { describe, expect, it } from 'vitest';
import { comparabilityNotes } from '../../../src/charts/data/caption.ts';
import { buildScorecardData, defaultScorecardUnit } from '../../../src/charts/data/scorecard.ts';
import { buildGroupYear } from '../../../src/domain/groupYear.ts';
import { scorecardSentence } from '../../../src/i18n/sentences.ts';
import type { Dataset, GroupId } from '../../../src/domain/types.ts';
import { makeDataset, uid } from '../../fixtures/builders.ts';

const dir = fileURLToPath(new URL('../../../data/', import.meta.url));
const cache = new Map<string, Dataset>();

/** The bundled datasets, loaded through the real importer with their metadata. */
function bundled(id: 'bac-kan-dcci' | 'pci'): Dataset {
  const hit = cache.get(id);
  if (hit) return hit;
  const meta = JSON.parse(readFileSync(`${dir}${id}.meta.json`, 'utf8')) as DatasetMeta;
  const outcome = importBytes(new Uint8Array(readFileSync(`${dir}${id}.csv`)), {
    meta,
    datasetId: id,
    fileName: `${id}.csv`,
  });
  if (!outcome.dataset) throw new Error(`${id} did not import`);
  cache.set(id, outcome.dataset);
  return outcome.dataset;
}

const G = 'districts' as GroupId;
const ds = makeDataset([
  { unit: 'Ba Bể', year: 2018, total: 60, subs: { a: 6, b: 5, c: 5 } },
  { unit: 'Na Rì', year: 2018, total: 65, subs: { a: 7, b: 6, c: 6 } },
  { unit: 'Ba Bể', year: 2019, total: 70, tier: 'Tốt', subs: { a: 8, b: 4, c: 6 } },
  { unit: 'Na Rì', year: 2019, total: 64, subs: { a: 6, b: 7, c: 6 } },
  { unit: 'Pác Nặm', year: 2019, total: 64, subs: { a: 5, b: null, c: 7 } },
  { unit: 'Chợ Mới', year: 2019, total: null },
  { unit: 'Ba Bể', year: 2020, total: 71, subs: { a: 8, b: 5, c: 6 } },
  { unit: 'Na Rì', year: 2020, total: 66, subs: { a: 6, b: 7, c: 6 } },
]);
const card = (d: Dataset, unit: string, year: number, group = G) =>
  buildScorecardData(d, buildGroupYear(d, group, year), uid(unit, group));

describe('buildScorecardData', () => {
  it('gives total, rank of n (ranked units only), tier, change and rank change', () => {
    const c = card(ds, 'Ba Bể', 2019);
    expect(c).toMatchObject({
      unitName: 'Ba Bể',
      rankedCount: 3,
      tied: false,
      tier: 'Tốt',
      previousYear: 2018,
      presentInPreviousYear: true,
    });
    expect(c?.standing).toMatchObject({ total: 70, change: 10, rankChange: 1 });
  });

  it('marks tied units', () => {
    expect(card(ds, 'Na Rì', 2019)?.tied).toBe(true);
    expect(card(ds, 'Pác Nặm', 2019)?.standing.rank.rank).toBe(2);
  });

  it('draws sub-index bars against mean, median and best, with missing values as null', () => {
    const c = card(ds, 'Pác Nặm', 2019);
    const b = c?.subIndexBars.find((x) => x.id === 'b');
    expect(b).toMatchObject({ value: null, rank: null, n: 2, best: 7, median: 5.5, mean: 5.5 });
    expect(c?.subIndexBars.find((x) => x.id === 'a')).toMatchObject({
      value: 5,
      rank: 3,
      best: 8,
      median: 6,
    });
  });

  it('lists at most three strengths above and three weaknesses below the group mean, never both', () => {
    const c = card(ds, 'Ba Bể', 2019);
    expect(c?.strengths.map((g) => g.subIndex.id)).toEqual(['a']);
    expect(c?.weaknesses.map((g) => g.subIndex.id)).toEqual(['b', 'c']);
    const many = makeDataset([
      {
        unit: 'A',
        year: 2019,
        total: 60,
        subs: { s1: 9, s2: 8, s3: 7, s4: 6.5, s5: 2, s6: 3, s7: 4, s8: 1 },
      },
      {
        unit: 'B',
        year: 2019,
        total: 60,
        subs: { s1: 5, s2: 5, s3: 5, s4: 5, s5: 5, s6: 5, s7: 5, s8: 5 },
      },
    ]);
    const m = card(many, 'A', 2019);
    expect(m?.strengths.map((g) => g.subIndex.id)).toEqual(['s1', 's2', 's3']);
    expect(m?.weaknesses.map((g) => g.subIndex.id)).toEqual(['s8', 's5', 's6']);
  });

  it('has no strengths, weaknesses or gap in a one-unit group', () => {
    const one = makeDataset([{ unit: 'A', year: 2019, total: 60, subs: { a: 6 } }]);
    const c = card(one, 'A', 2019);
    expect(c).toMatchObject({ strengths: [], weaknesses: [], gap: null, rankedCount: 1 });
  });

  it('keeps every year in the history, a year without the unit as a gap (null), never 0', () => {
    const c = card(ds, 'Pác Nặm', 2019);
    expect(c?.history).toEqual([
      { year: 2018, total: null, rank: null, rankedCount: 2, present: false, methodChange: false },
      { year: 2019, total: 64, rank: 2, rankedCount: 3, present: true, methodChange: false },
      { year: 2020, total: null, rank: null, rankedCount: 2, present: false, methodChange: false },
    ]);
    expect(c?.presentInPreviousYear).toBe(false);
    expect(c?.facts).toMatchObject({ previousRank: null, presentInPreviousYear: false });
  });

  it('gives no previous year in the first year', () => {
    const c = card(ds, 'Ba Bể', 2018);
    expect(c).toMatchObject({ previousYear: null, presentInPreviousYear: false, notes: [] });
    expect(c?.standing.change).toBeNull();
  });

  it('returns null for a unit without a row that year', () => {
    expect(card(ds, 'Chợ Mới', 2018)).toBeNull();
    expect(defaultScorecardUnit(buildGroupYear(ds, G, 2019))).toBe(uid('Ba Bể'));
  });

  it('flags a group-size change between the years for the sentence', () => {
    const c = card(ds, 'Ba Bể', 2019);
    expect(c?.notes).toEqual([
      { kind: 'groupSize', fromYear: 2018, toYear: 2019, fromCount: 2, toCount: 3 },
    ]);
    expect(c?.facts.comparabilityWarning).toBe(true);
    expect(scorecardSentence(c!.facts, 'vi')).toContain('Lưu ý');
  });

  it('uses a declared method change instead of the detected changes', () => {
    const withChange: Dataset = {
      ...ds,
      methodChanges: [{ year: 2019, note: { vi: 'Đổi phương pháp', en: 'New method' } }],
    };
    expect(card(withChange, 'Ba Bể', 2019)?.notes).toEqual([
      { kind: 'method', year: 2019, note: { vi: 'Đổi phương pháp', en: 'New method' } },
    ]);
  });
});

describe('comparabilityNotes', () => {
  it('detects sub-indices added and dropped for the group', () => {
    const d = makeDataset([
      { unit: 'A', year: 2018, total: 60, subs: { a: 6, old: 5 } },
      { unit: 'A', year: 2019, total: 60, subs: { a: 6, fresh: 5 } },
    ]);
    expect(comparabilityNotes(d, G, 2019, 2018)).toEqual([
      {
        kind: 'subIndexSet',
        fromYear: 2018,
        toYear: 2019,
        added: [{ vi: 'fresh', en: 'fresh' }],
        removed: [{ vi: 'old', en: 'old' }],
      },
    ]);
  });
  it('is empty for the same year, a null year or nothing changed', () => {
    expect(comparabilityNotes(ds, G, 2019, 2019)).toEqual([]);
    expect(comparabilityNotes(ds, G, null, 2019)).toEqual([]);
    expect(comparabilityNotes(ds, G, 2019, 2020)).toEqual([
      { kind: 'groupSize', fromYear: 2019, toYear: 2020, fromCount: 3, toCount: 2 },
    ]);
  });
});

describe('scorecard on the bundled data', () => {
  it('Bắc Kạn in the PCI 2016: 60th of 63, the same rank as in 2015, with 12 years of history and 2020', () => {
    const pci = bundled('pci');
    const c = buildScorecardData(
      pci,
      buildGroupYear(pci, 'provinces' as GroupId, 2016),
      'provinces.bac-kan',
    );
    expect(c?.standing.rank.rank).toBe(60);
    expect(c?.rankedCount).toBe(63);
    // 2005–2016 and PCI 2020 (total and rank only).
    expect(c?.history).toHaveLength(13);
    expect(c?.history[0]).toMatchObject({ year: 2005, present: false, total: null });
    expect(c?.history[12]).toMatchObject({ year: 2020, total: 61.97 });
    expect(scorecardSentence(c!.facts, 'vi')).toBe(
      'Bắc Kạn xếp thứ 60/63 tỉnh, thành phố về PCI 2016 với 54,60 điểm, giữ nguyên thứ hạng so với 2015.',
    );
  });

  it('marks the PCI history years that follow a declared method change (2006, 2009, 2013)', () => {
    const pci = bundled('pci');
    const c = buildScorecardData(
      pci,
      buildGroupYear(pci, 'provinces' as GroupId, 2016),
      'provinces.bac-kan',
    );
    expect(c?.history.filter((p) => p.methodChange).map((p) => p.year)).toEqual([2006, 2009, 2013]);
  });

  it('the PCI 2009 scorecard carries the declared 2009 method change', () => {
    const pci = bundled('pci');
    const c = buildScorecardData(
      pci,
      buildGroupYear(pci, 'provinces' as GroupId, 2009),
      'provinces.bac-kan',
    );
    expect(c?.notes.map((n) => n.kind)).toEqual(['method']);
    expect(c?.facts.comparabilityWarning).toBe(true);
  });

  it('the illustrative DCCI: a department not surveyed in 2018 says so for 2019', () => {
    const dcci = bundled('bac-kan-dcci');
    const c = buildScorecardData(
      dcci,
      buildGroupYear(dcci, 'departments' as GroupId, 2019),
      'departments.ban-quan-ly-cac-khu-cong-nghiep',
    );
    expect(c?.presentInPreviousYear).toBe(false);
    expect(c?.notes).toEqual([
      { kind: 'groupSize', fromYear: 2018, toYear: 2019, fromCount: 18, toCount: 19 },
    ]);
    expect(scorecardSentence(c!.facts, 'en')).toContain('not in the 2018 data');
    expect(scorecardSentence(c!.facts, 'en')).toContain('(Illustrative data.)');
  });
});

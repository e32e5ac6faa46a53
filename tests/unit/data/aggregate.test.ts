import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatHundredths,
  respondentPart,
  roundRatio,
  standardError100,
  subIndexScore100,
  total100,
} from '../../../data/tools/aggregate.ts';
import { competitionRanks } from '../../../data/tools/ranks.ts';
import { readData } from './dataFiles.ts';

describe('the exact aggregation arithmetic (data/tools/aggregate.ts)', () => {
  it('rounds halves up and everything else to the nearest integer', () => {
    expect(roundRatio(1, 2)).toBe(1);
    expect(roundRatio(149, 100)).toBe(1);
    expect(roundRatio(150, 100)).toBe(2);
    expect(roundRatio(0, 7)).toBe(0);
  });

  it('maps all-worst answers to 1.00, all-best to 10.00, and nobody to missing', () => {
    const acc = (answers: number[][]): { t: number; n: number } => ({
      t: answers.reduce((a, r) => a + (respondentPart(r) ?? 0), 0),
      n: answers.length,
    });
    expect(subIndexScore100(acc([[1, 1, 1], [1]]))).toBe(100);
    expect(
      subIndexScore100(
        acc([
          [5, 5],
          [5, 5, 5, 5],
        ]),
      ),
    ).toBe(1000);
    expect(subIndexScore100(acc([[3, 3]]))).toBe(550);
    expect(subIndexScore100({ t: 0, n: 0 })).toBeNull();
    expect(respondentPart([null, null])).toBeNull();
    // Skipped indicators do not count: mean of (2, 4) is 3.
    expect(respondentPart([2, null, 4])).toBe(36);
  });

  it('renormalises the weights over the sub-indices present and is missing when none is', () => {
    expect(
      total100([
        { score100: 700, weight: 15 },
        { score100: 600, weight: 10 },
      ]),
    ).toBe(6600);
    expect(
      total100([
        { score100: 700, weight: 15 },
        { score100: null, weight: 10 },
      ]),
    ).toBe(7000);
    expect(total100([{ score100: null, weight: 10 }])).toBeNull();
  });

  it('gives the standard error the floating-point formula gives, for random answers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 12, max: 60 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 60,
        }),
        (parts) => {
          const weights = [15, 10, 10];
          const w = 35;
          const totals = parts.map(
            (row) =>
              (10 *
                row.reduce((a, p, i) => a + (weights[i] ?? 0) * (1 + (9 * (p / 12 - 1)) / 4), 0)) /
              w,
          );
          const n = totals.length;
          const mean = totals.reduce((a, b) => a + b, 0) / n;
          const sd = Math.sqrt(totals.reduce((a, t) => a + (t - mean) ** 2, 0) / (n - 1));
          const exact = standardError100(parts, weights);
          const float = (sd / Math.sqrt(n)) * 100;
          // Away from a .5 edge, the exact BigInt rounding equals rounding the float.
          if (Math.abs(float - Math.floor(float) - 0.5) > 1e-6)
            expect(exact).toBe(Math.round(float));
        },
      ),
    );
    expect(standardError100([[12, 12, 12]], [1, 1, 1])).toBeNull();
  });

  it('formats hundredths with exactly two decimals', () => {
    expect(formatHundredths(7123)).toBe('71.23');
    expect(formatHundredths(5)).toBe('0.05');
    expect(formatHundredths(1000)).toBe('10.00');
  });

  it('ranks with competition ranking: ties share the best rank, missing is unranked', () => {
    expect(competitionRanks([70, 80, 70, null, 60])).toEqual([2, 1, 2, null, 4]);
  });
});

describe('the vendored sources in data/sources/', () => {
  const shared = new URL('../../../../shared/reference-data/', import.meta.url);
  it.skipIf(!existsSync(shared))('are unchanged copies of the shared reference data', () => {
    const pairs: [string, string][] = [
      ['vietnamdata-pci/pci_2005_2016.csv', 'pci_2005_2016.csv'],
      ['facts/pci_bac_kan_2018_2022.csv', 'pci_bac_kan_2018_2022.csv'],
      ['facts/ddci_bac_kan_facts.csv', 'ddci_bac_kan_facts.csv'],
      ['facts/ddci_bac_kan_subindices_2022.csv', 'ddci_bac_kan_subindices_2022.csv'],
    ];
    for (const [from, to] of pairs) {
      expect(readData(`sources/${to}`), to).toBe(readFileSync(new URL(from, shared), 'utf8'));
    }
    const geo = JSON.parse(
      readFileSync(
        new URL('geoboundaries-vnm-adm1/geoBoundaries-VNM-ADM1_simplified.geojson', shared),
        'utf8',
      ),
    ) as { features: { properties: { shapeName: string; shapeISO: string; shapeID: string } }[] };
    const extract = geo.features.map(
      (f) => `${f.properties.shapeName},${f.properties.shapeISO},${f.properties.shapeID}`,
    );
    expect(readData('sources/geoboundaries-vnm-adm1-names.csv')).toBe(
      `shapeName,shapeISO,shapeID\n${extract.join('\n')}\n`,
    );
  });
});

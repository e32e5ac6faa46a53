import { describe, expect, it } from 'vitest';
import { importedSelection } from '../../../src/app/importedSelection.ts';
import { makeDataset } from '../../fixtures/builders.ts';

const dataset = makeDataset([
  { unit: 'Sở Y tế', group: 'departments', year: 2019, total: 70 },
  { unit: 'Ba Bể', group: 'districts', year: 2019, total: 60 },
  { unit: 'Na Rì', group: 'districts', year: 2019, total: 61 },
  { unit: 'Ba Bể', group: 'districts', year: 2018, total: 59 },
]);
const id = (name: string) => dataset.units.find((u) => u.name === name)?.id ?? '';

describe('importedSelection (the view opened after an import)', () => {
  it("opens the file's year in the group of its units", () => {
    expect(importedSelection(dataset, { year: 2018, unitIds: [id('Ba Bể')] })).toEqual({
      ds: dataset.id,
      year: 2018,
      group: 'districts',
    });
  });

  it('takes the group with the most rows that year when the units were re-keyed by a merge', () => {
    expect(importedSelection(dataset, { year: 2019, unitIds: ['gone'] })).toEqual({
      ds: dataset.id,
      year: 2019,
      group: 'districts',
    });
  });

  it('opens only the dataset when the year is not in it and no unit is known', () => {
    expect(importedSelection(dataset, { year: 2030, unitIds: [] })).toEqual({ ds: dataset.id });
    expect(importedSelection(dataset, { year: null, unitIds: [] })).toEqual({ ds: dataset.id });
  });
});

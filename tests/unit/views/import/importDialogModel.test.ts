import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProvinceEra } from '../../../../src/domain/era.ts';
import { importText } from '../../../../src/import/importDataset.ts';
import {
  namedDataset,
  newDatasetId,
  reportNeeds,
  runOptions,
  shownPart,
  type TypedAnswers,
} from '../../../../src/views/import/importDialogModel.ts';
import { makeDataset } from '../../../fixtures/builders.ts';

const none: TypedAnswers = {
  group: '',
  year: '',
  sheet: '',
  normalisation: 'scale',
  unit: '',
  mapping: [],
  scale: undefined,
};

describe('runOptions (what a re-run of the import is told)', () => {
  it('passes nothing when the user answered nothing', () => {
    expect(runOptions(none)).toEqual({});
  });

  it('passes trimmed group and unit, the sheet, a non-default aggregation, the mapping and scale', () => {
    const mapping = [{ key: 'C', role: 'unit' as const }];
    expect(
      runOptions({
        group: '  Huyện ',
        year: '2019',
        sheet: 'Bảng 2',
        normalisation: 'minmax',
        unit: ' Ba Bể ',
        mapping,
        scale: 10,
      }),
    ).toEqual({
      group: 'Huyện',
      year: 2019,
      sheet: 'Bảng 2',
      normalisation: 'minmax',
      unit: 'Ba Bể',
      mapping,
      scale: 10,
    });
  });

  it('leaves out a year that is not a whole number after 1900, and blank text', () => {
    for (const year of ['19', '1900', '2019.5', 'abc', ' '])
      expect(runOptions({ ...none, year, group: '   ', unit: '\t' })).toEqual({});
  });
});

describe('namedDataset (the dataset as the user named it)', () => {
  const dataset = makeDataset([{ unit: 'Ba Bể', year: 2019, total: 60 }]);

  it('keeps the title read from the file when the name is blank, and the source unchanged', () => {
    const named = namedDataset(dataset, {
      name: '  ',
      sourceText: '',
      indexName: null,
      eras: new Map(),
    });
    expect(named.title).toEqual({ vi: dataset.title.vi, en: dataset.title.vi });
    expect(named.source).toBe(dataset.source);
    expect(named.indexName).toBe(dataset.indexName);
    expect('provinceEras' in named).toBe(false);
  });

  it('takes the typed name, source, index name (40 characters at most) and era corrections', () => {
    const eras = new Map<number, ProvinceEra>([[2019, 'before-2025']]);
    const named = namedDataset(dataset, {
      name: ' Khảo sát 2019 ',
      sourceText: ' Sở KH&ĐT ',
      indexName: ` ${'x'.repeat(50)} `,
      eras,
    });
    expect(named.title).toEqual({ vi: 'Khảo sát 2019', en: 'Khảo sát 2019' });
    expect(named.source.name).toEqual({ vi: 'Sở KH&ĐT', en: 'Sở KH&ĐT' });
    expect(named.indexName).toBe('x'.repeat(40));
    expect(named.provinceEras).toEqual([{ year: 2019, era: 'before-2025' }]);
  });
});

describe('shownPart (what is opened after saving)', () => {
  it("is the file's latest year and the units with a row in it", () => {
    const dataset = makeDataset([
      { unit: 'Ba Bể', year: 2018, total: 60 },
      { unit: 'Na Rì', year: 2019, total: 61 },
    ]);
    const shown = shownPart(dataset);
    expect(shown.year).toBe(2019);
    expect(shown.unitIds).toEqual([dataset.units[1]?.id]);
  });
});

describe('reportNeeds (what the dialog asks for)', () => {
  it('asks for a group and a year when the file has neither', () => {
    const { report } = importText('Đơn vị,Điểm tổng hợp\nBa Bể,60\nNa Rì,61\n', {});
    expect(reportNeeds(report, '')).toMatchObject({
      needsGroup: true,
      needsYear: true,
      needsUnit: false,
      sheets: [],
      shownSheet: '',
      responses: false,
    });
  });

  it('asks for nothing when the file names its years and groups', () => {
    const { report } = importText(
      'Năm,Khối,Đơn vị,Điểm tổng hợp\n2019,Huyện,Ba Bể,60\n2019,Huyện,Na Rì,61\n',
      {},
    );
    expect(reportNeeds(report, '')).toMatchObject({ needsGroup: false, needsYear: false });
    expect(reportNeeds(null, 'Bảng 2').shownSheet).toBe('Bảng 2');
  });
});

describe('newDatasetId (an imported dataset id from its file name)', () => {
  it('folds diacritics and punctuation, and falls back to "du-lieu"', () => {
    expect(newDatasetId('Chỉ số DCCI Bắc Kạn, 2019.xlsx')).toMatch(
      /^chi-so-dcci-bac-kan-2019-[a-z0-9]+$/,
    );
    expect(newDatasetId('Điểm ĐDCI Đồng Nai.csv')).toMatch(/^diem-ddci-dong-nai-[a-z0-9]+$/);
    expect(newDatasetId('.csv')).toMatch(/^du-lieu-[a-z0-9]+$/);
    expect(newDatasetId(`${'a'.repeat(100)}.csv`)).toMatch(/^a{40}-[a-z0-9]+$/);
  });

  it('is a lowercase slug of at most 40 characters plus a time suffix, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const id = newDatasetId(name);
        const base = id.slice(0, id.lastIndexOf('-'));
        expect(id).toMatch(/^[a-z0-9-]+-[a-z0-9]+$/);
        expect(base.length).toBeLessThanOrEqual(40);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { backupFileName, exportFileName } from '../../../src/export/fileName.ts';

describe('exportFileName', () => {
  it('follows the CONTRACTS.md pattern with ASCII slugs', () => {
    expect(
      exportFileName({
        index: 'DCCI',
        province: 'Bắc Kạn',
        year: 2019,
        group: 'Huyện, thành phố',
        view: 'Xếp hạng',
        ext: 'png',
      }),
    ).toBe('dcci-bac-kan-2019-huyen-thanh-pho-xep-hang.png');
  });
  it('leaves out a missing province', () => {
    expect(
      exportFileName({
        index: 'PCI',
        province: null,
        year: '2005–2016',
        group: 'Tỉnh, thành phố',
        view: 'dữ liệu',
        ext: 'csv',
      }),
    ).toBe('pci-2005-2016-tinh-thanh-pho-du-lieu.csv');
  });
});

describe('exportFileParts', () => {
  it('names the weights view and its stability chart in Vietnamese', async () => {
    const { exportFileParts } = await import('../../../src/export/info.ts');
    const { makeDataset } = await import('../../fixtures/builders.ts');
    const dataset = makeDataset([{ unit: 'Ba Bể', year: 2019, total: 70 }]);
    const name = (view: string) =>
      exportFileName({
        ...exportFileParts({ dataset, view, groupId: 'districts', year: 2019 }),
        ext: 'png',
      });
    expect(name('weights')).toMatch(/-2019-districts-trong-so\.png$/);
    expect(name('weights-stability')).toMatch(/-2019-districts-trong-so-do-on-dinh\.png$/);
  });
});

describe('datasetCsvDownload', () => {
  it('names the whole-dataset CSV in Vietnamese, the same from every place that offers it', async () => {
    const { datasetCsvDownload } = await import('../../../src/export/csv.ts');
    const { makeDataset } = await import('../../fixtures/builders.ts');
    const d = {
      ...makeDataset([
        { unit: 'Ba Bể', year: 2018, total: 70 },
        { unit: 'Ba Bể', year: 2020, total: 71 },
      ]),
      province: { vi: 'Bắc Kạn', en: 'Bac Kan' },
    };
    expect(datasetCsvDownload(d, 'en', 'plain').name).toBe('dcci-bac-kan-2018-2020-du-lieu.csv');
    expect(datasetCsvDownload(d, 'vi', 'excel-vi').name).toBe(
      'dcci-bac-kan-2018-2020-du-lieu-excel.csv',
    );
    const text = await datasetCsvDownload(d, 'vi', 'plain').blob.text();
    expect(text).toContain('Ba Bể');
  });
});

describe('backupFileName', () => {
  it.each([
    [new Date(2026, 11, 1, 0, 30), 'dcci-sao-luu-2026-12-01.json'],
    [new Date(2026, 11, 9, 6, 59), 'dcci-sao-luu-2026-12-09.json'],
    [new Date(2026, 11, 31, 23, 30), 'dcci-sao-luu-2026-12-31.json'],
  ])('dates the backup on the local calendar day (%s)', (now, name) => {
    expect(backupFileName(now)).toBe(name);
  });
});

import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/export/fileName.ts';

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

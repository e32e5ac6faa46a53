import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/domain/collate.ts';

describe('compareNames', () => {
  it('sorts unit names in Vietnamese alphabetical order (d before đ, a before ă before â)', () => {
    const names = ['Đà Nẵng', 'Ân Thi', 'Cần Thơ', 'Ăn Khê', 'Dầu Tiếng', 'An Giang', 'Bà Rịa'];
    expect([...names].sort(compareNames)).toEqual([
      'An Giang',
      'Ăn Khê',
      'Ân Thi',
      'Bà Rịa',
      'Cần Thơ',
      'Dầu Tiếng',
      'Đà Nẵng',
    ]);
  });

  it('gives 0 only for the same name; tone marks order names that share their letters', () => {
    expect(compareNames('Na Rì', 'Na Rì')).toBe(0);
    expect(compareNames('Ba Be', 'Ba Bể')).toBeLessThan(0);
    expect(compareNames('Ba Bể', 'Ba Be')).toBeGreaterThan(0);
  });
});

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi as vi_ } from 'vitest';
import en from '../../../src/i18n/en.json';
import vi from '../../../src/i18n/vi.json';
import {
  formatChange,
  formatDate,
  formatFixed,
  formatInteger,
  formatNumber,
  formatScore,
  isoDay,
  scoreTick,
} from '../../../src/i18n/format.ts';
import { translate } from '../../../src/i18n/i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });
  it('have no empty message', () => {
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)])
      expect(value.trim(), key).not.toBe('');
  });
  it('inserts parameters as plain text', () => {
    expect(translate('vi', 'table.noMatch', { query: '<b>x</b>' })).toBe(
      'Không có đơn vị nào khớp với «<b>x</b>».',
    );
  });
  it('keeps the contract labels of CONTRACTS.md', () => {
    expect([vi['controls.dataset'], en['controls.dataset']]).toEqual(['Bộ dữ liệu', 'Dataset']);
    expect([vi['controls.year'], en['controls.year']]).toEqual(['Năm', 'Year']);
    expect([vi['controls.group'], en['controls.group']]).toEqual(['Khối', 'Group']);
    expect([vi['controls.language'], en['controls.language']]).toEqual(['English', 'Tiếng Việt']);
    expect([vi['banner.illustrative'], en['banner.illustrative']]).toEqual([
      'Số liệu minh họa — không phải kết quả chính thức',
      'Illustrative data — not official results',
    ]);
    expect([vi['conference.heading'], en['conference.heading']]).toEqual([
      'Tóm tắt hội nghị',
      'Conference summary',
    ]);
    expect([vi['chart.showTable'], en['chart.showTable']]).toEqual([
      'Xem dạng bảng',
      'Show as table',
    ]);
    expect(vi['chart.watermark']).toBe('SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA');
    expect(en['chart.watermark']).toBe('SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA');
  });
});

describe('number formats', () => {
  it('writes counts in running text grouped, with only the decimals they need', () => {
    expect(formatNumber(10000, 'vi')).toBe('10.000');
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatNumber(2.5, 'vi')).toBe('2,5');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber(undefined, 'vi')).toBe('?');
  });
  it('writes scores with a decimal comma in Vietnamese and a point in English', () => {
    expect(formatScore(71.97, 'vi')).toBe('71,97');
    expect(formatScore(71.97, 'en')).toBe('71.97');
  });
  it('shows missing values as a dash, never 0', () => {
    expect(formatScore(null, 'vi')).toBe('—');
    expect(formatScore(Number.NaN, 'en')).toBe('—');
    expect(formatInteger(undefined, 'vi')).toBe('—');
  });
  it('signs changes with a true minus', () => {
    expect(formatChange(1.5, 'vi')).toBe('+1,50');
    expect(formatChange(-0.4, 'en')).toBe('−0.40');
    expect(formatChange(0, 'en')).toBe('0.00');
  });
  it('does not group thousands in scores', () => expect(formatScore(1234.5, 'en')).toBe('1234.50'));
  // formatFixed replaces Intl.NumberFormat on the first render (its first use loads ICU's number
  // data: ≈ 150 ms at a phone's speed): it must write exactly what Intl writes.
  const intl = (lang: 'vi' | 'en', decimals: number, signed: boolean) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
      useGrouping: false,
    });
  it('writes fixed decimals as Intl.NumberFormat does: rounding ties of the shortest decimal away from zero', () => {
    const cases: [number, number, string][] = [
      [1.005, 2, '1.01'], // toFixed gives 1.00: the double is just below 1.005
      [2.675, 2, '2.68'],
      [-1.005, 2, '-1.01'],
      [9.995, 2, '10.00'],
      [99.995, 2, '100.00'],
      [0.005, 2, '0.01'],
      [0.004, 2, '0.00'],
      [-0.001, 2, '-0.00'],
      [-0, 2, '-0.00'],
      [-2.5, 0, '-3'],
      [0.5, 0, '1'],
      [1e-7, 2, '0.00'],
      [1e21, 1, '1000000000000000000000.0'],
      [123456789.125, 2, '123456789.13'],
      [68719476736.1, 5, '68719476736.10000'], // toFixed writes …10001
      [5e-7, 6, '0.000001'],
      [1.5e-7, 7, '0.0000002'],
    ];
    for (const [value, decimals, text] of cases) {
      expect(formatFixed(value, 'en', decimals, false)).toBe(text);
      expect(formatFixed(value, 'en', decimals, false)).toBe(
        intl('en', decimals, false).format(value),
      );
    }
    expect(formatFixed(-0.001, 'vi', 2, true)).toBe('0,00');
    expect(formatFixed(0.004, 'en', 2, true)).toBe('0.00');
    expect(formatFixed(1.5, 'vi', 2, true)).toBe('+1,50');
  });
  it('agrees with Intl.NumberFormat on random numbers, decimals, signs and languages', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      // Ties and near-ties: hundredths and thousandths of scores.
      fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 1000),
      fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(
        value,
        fc.integer({ min: 0, max: 7 }),
        fc.boolean(),
        fc.constantFrom('vi' as const, 'en' as const),
        (x, decimals, signed, lang) => {
          expect(formatFixed(x, lang, decimals, signed)).toBe(
            intl(lang, decimals, signed).format(x),
          );
        },
      ),
      { numRuns: 5_000 },
    );
  });
  it('drops only a zero fraction from a score-axis tick', () => {
    expect(scoreTick(formatScore(70, 'vi'))).toBe('70');
    expect(scoreTick(formatScore(72.5, 'vi'))).toBe('72,50');
    expect(scoreTick(formatScore(100, 'en'))).toBe('100');
  });
  it('writes dates as dd/mm/yyyy in Vietnamese and in words in English', () => {
    expect(formatDate('2020-01-06', 'vi')).toBe('06/01/2020');
    expect(formatDate('2020-01-06', 'en')).toBe('6 January 2020');
  });
  describe.each([
    [1, '01/12/2026', '1 December 2026'],
    [9, '09/12/2026', '9 December 2026'],
    [10, '10/12/2026', '10 December 2026'],
    [31, '31/12/2026', '31 December 2026'],
  ])('the export date on day %i of the month', (day, vi, en) => {
    beforeEach(() => {
      vi_.useFakeTimers();
      vi_.setSystemTime(new Date(2026, 11, day, 23, 30));
    });
    afterEach(() => vi_.useRealTimers());
    it('keeps two-digit days and months in Vietnamese and words in English', () => {
      expect(formatDate(new Date(), 'vi')).toBe(vi);
      expect(formatDate(new Date(), 'en')).toBe(en);
    });
    it('names files with the same calendar day (isoDay), read back by formatDate', () => {
      expect(formatDate(isoDay(new Date()), 'vi')).toBe(vi);
      expect(isoDay(new Date())).toBe(`2026-12-${String(day).padStart(2, '0')}`);
    });
  });
});

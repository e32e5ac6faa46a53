import { describe, expect, it } from 'vitest';
import type { ColumnPlan } from '../../../src/import/model.ts';
import { isSummaryName, sectionName, withoutBlockWord } from '../../../src/import/sections.ts';

const plan = (index: number, role: ColumnPlan['role']): ColumnPlan => ({
  index,
  letter: 'ABCD'[index] ?? 'Z',
  header: role,
  role,
  decimal: '.',
});
const COLUMNS = [plan(0, 'rowNumber'), plan(1, 'unit'), plan(2, 'total'), plan(3, 'rank')];
const rec = (...cells: string[]) => ({ cells, line: 1, excelRow: 1 });

describe('sectionName', () => {
  it.each([
    [['I', 'KHỐI SỞ, BAN, NGÀNH', '', ''], 'KHỐI SỞ, BAN, NGÀNH'],
    [['', 'II. Khối huyện, thành phố', '', ''], 'Khối huyện, thành phố'],
    [['', 'Khối cơ quan Trung ương', '', ''], 'Khối cơ quan Trung ương'],
    [['B', 'Các huyện', '', ''], 'Các huyện'],
  ])('reads %j as the block %j', (cells, name) => {
    expect(sectionName(rec(...cells), COLUMNS)).toBe(name);
  });

  it.each([
    [['1', 'Sở Nội vụ', '70', '1']],
    [['', 'Sở Nội vụ', '', '']],
    [['I', 'KHỐI SỞ', '70', '']],
  ])('does not read %j as a block', (cells) => {
    expect(sectionName(rec(...cells), COLUMNS)).toBeNull();
  });

  it('drops the word Khối', () => {
    expect(withoutBlockWord('KHỐI SỞ, BAN, NGÀNH')).toBe('SỞ, BAN, NGÀNH');
    expect(withoutBlockWord('Khối huyện')).toBe('huyện');
  });
});

describe('isSummaryName', () => {
  it.each([
    'Trung bình',
    'TRUNG BÌNH KHỐI',
    'Bình quân chung',
    'Tổng cộng',
    'Cộng:',
    'Average',
    'Điểm trung bình',
    'Toàn tỉnh',
    'ĐIỂM TRUNG BÌNH',
    'Giá trị trung vị các tỉnh',
    'Trung vị',
    'Tổng số:',
    'Tổng cộng'.normalize('NFD'),
    '\u00A0 tổng',
    'Cả nước',
    'Toàn quốc',
    'Cả tỉnh',
    'Cao nhất',
    'Thấp nhất',
    'National average',
    'Nationwide',
    'Group median',
    'Mean',
    'TOTAL',
  ])('%j summarises other rows', (name) => expect(isSummaryName(name)).toBe(true));
  it.each([
    'Công',
    'Tổng cục Thuế',
    'Sở Công Thương',
    'Bình Dương',
    'Trung tâm Hành chính công',
    'Đơn vị số 1',
    'Điện lực',
    'Meanwhile',
    'Totally',
    'T',
    '',
  ])('%j is a unit', (name) => expect(isSummaryName(name)).toBe(false));
});

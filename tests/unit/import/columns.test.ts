import { describe, expect, it } from 'vitest';
import { classifyHeader } from '../../../src/import/columns.ts';
import { findHeader, isFooterRecord, yearFromTitles } from '../../../src/import/header.ts';
import type { CsvRecord } from '../../../src/import/parseCsv.ts';

const records = (...rows: string[][]): CsvRecord[] =>
  rows.map((cells, i) => ({ cells, line: i + 1, excelRow: i + 1 }));

describe('classifyHeader', () => {
  it.each([
    ['Năm', 'year'],
    ['YEAR', 'year'],
    ['Khối', 'group'],
    ['Nhóm', 'group'],
    ['Đơn vị', 'unit'],
    ['Tên đơn vị', 'unit'],
    ['Sở, ngành', 'unit'],
    ['Huyện, thành phố', 'unit'],
    ['Tỉnh, thành phố', 'unit'],
    ['Huyện/TP', 'unit'],
    ['Cơ quan, đơn vị', 'unit'],
    ['Chỉ số DDCI', 'total'],
    ['Xếp thứ', 'rank'],
    ['ĐƠN VỊ', 'unit'],
    ['don vi', 'unit'],
    ['Điểm tổng hợp', 'total'],
    ['Điểm tổng hợp (thang 100)', 'total'],
    ['DCCI', 'total'],
    ['Điểm PCI', 'total'],
    ['pci_score', 'total'],
    ['Xếp hạng', 'rank'],
    ['Thứ hạng', 'rank'],
    ['Nhóm xếp hạng', 'tier'],
    ['Xếp loại', 'tier'],
    ['Số phiếu', 'respondents'],
    ['Số doanh nghiệp trả lời', 'respondents'],
    ['Sai số chuẩn', 'stderr'],
    ['Ghi chú', 'notes'],
    ['STT', 'rowNumber'],
    ['TT', 'rowNumber'],
    ['No.', 'rowNumber'],
    ['#', 'rowNumber'],
    ['', 'empty'],
    ['Chi phí thời gian', 'unknown'],
    ['Điểm tổng hợp / Total score', 'total'],
    ['Đơn vị | Unit', 'unit'],
    ['Xếp hạng\nRank', 'rank'],
    ['Chi phí / lợi ích', 'unknown'],
  ])('reads %j as %s', (header, kind) => {
    expect(classifyHeader(header).kind).toBe(kind);
  });

  it.each([
    ['2019', 2019],
    ['Năm 2019', 2019],
    ['DCCI 2020', 2020],
  ])('reads %j as the total of year %d (wide format)', (header, year) => {
    expect(classifyHeader(header)).toEqual({ kind: 'yearValue', year });
  });
});

describe('findHeader', () => {
  it('skips title rows and reports them', () => {
    const found = findHeader(
      records(
        ['KẾT QUẢ DCCI 2019'],
        [''],
        ['STT', 'Đơn vị', 'Điểm tổng hợp'],
        ['1', 'Ba Bể', '71'],
      ),
    );
    expect(found?.index).toBe(2);
    expect(found?.titles.map((t) => t.line)).toEqual([1]);
  });

  it('merges a second header row that fills merged cells', () => {
    const found = findHeader(
      records(
        ['Đơn vị', 'Điểm tổng hợp', 'Chỉ số thành phần', ''],
        ['', '', 'Chi phí thời gian', 'Chuyển đổi số'],
        ['Ba Bể', '71', '7', '6'],
      ),
    );
    expect(found?.cells).toEqual(['Đơn vị', 'Điểm tổng hợp', 'Chi phí thời gian', 'Chuyển đổi số']);
    expect([found?.index, found?.mergedFrom]).toEqual([1, 0]);
  });

  it('does not merge a data row that has only text and missing markers', () => {
    const found = findHeader(records(['Đơn vị', 'Điểm tổng hợp'], ['Ba Bể', '-']));
    expect(found?.mergedFrom).toBeNull();
  });

  it('finds nothing when no row names two known columns', () => {
    expect(findHeader(records(['a', 'b'], ['1', '2']))).toBeNull();
  });

  it('looks only at the first 30 rows', () => {
    const rows = Array.from({ length: 30 }, () => ['x']);
    expect(findHeader(records(...rows, ['Đơn vị', 'Điểm tổng hợp']))).toBeNull();
  });
});

describe('titles and footers', () => {
  it('takes the year from a title', () => {
    expect(yearFromTitles(records(['Kết quả DCCI năm 2019 (công bố 2020)']))?.year).toBe(2019);
    expect(yearFromTitles(records(['Bảng 12345']))).toBeNull();
    expect(
      yearFromTitles(
        records(['Quyết định 1234/QĐ-UBND ngày 15/3/2020 công bố kết quả DCCI năm 2019']),
      )?.year,
    ).toBe(2019);
    expect(
      yearFromTitles(records(['Ban hành ngày 06/01/2020'], ['Kết quả khảo sát 2019']))?.year,
    ).toBe(2019);
    expect(yearFromTitles(records(['Ban hành ngày 06/01/2020']))).toBeNull();
  });
  it.each([
    [['Nguồn: Hiệp hội Doanh nghiệp', '', ''], true],
    [['Ghi chú: thang 100'], true],
    [['Source: VCCI'], true],
    [['* Số liệu sơ bộ'], true],
    [['Ba Bể', '71'], false],
    [['Sở Nội vụ: đơn vị mới'], false],
  ])('isFooterRecord(%j) is %s', (cells, expected) => {
    expect(isFooterRecord({ cells, line: 1, excelRow: 1 })).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { detectDelimiter, fieldCounts, readSepLine } from '../../../src/import/delimiter.ts';
import { scanQuotes, tryParseCsv } from '../../../src/import/parseCsv.ts';

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon with decimal commas', 'Đơn vị;Điểm\nBa Bể;71,97\nNa Rì;68,40\n', ';'],
    ['tab', 'a\tb\tc\n1\t2,5\t3\n', '\t'],
    [
      'comma with a quoted comma in the header',
      'Năm,"Tỉnh, thành phố",Điểm\n2005,Bình Dương,76.8\n',
      ',',
    ],
    [
      'comma below a one-cell title',
      'KẾT QUẢ; NĂM 2023\nNăm,Đơn vị,Điểm\n2023,Ba Bể,71\n2023,Na Rì,68\n',
      ',',
    ],
    ['a single column', 'Đơn vị\nBa Bể\n', ','],
  ])('finds the %s delimiter', (_label, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('counts fields honouring quotes and doubled quotes', () => {
    expect(fieldCounts('a,"b,""c""",d\n"x\ny",z\n', ',')).toEqual([3, 2]);
  });
});

describe('readSepLine', () => {
  it('uses and removes an Excel sep= line', () => {
    expect(readSepLine('sep=;\r\na;b\r\n')).toEqual({ delimiter: ';', rest: 'a;b\r\n' });
  });
  it('leaves other text alone', () => {
    expect(readSepLine('separator;b\n')).toEqual({ delimiter: null, rest: 'separator;b\n' });
  });
});

describe('tryParseCsv', () => {
  it('gives each record its physical start line and Excel row', () => {
    const result = tryParseCsv('a,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n', ',');
    expect(result.ok && result.value.map((r) => [r.cells, r.line, r.excelRow])).toEqual([
      [['a', 'b'], 1, 1],
      [['1', 'x\ny'], 2, 2],
      [[''], 4, 3],
      [['3', '4'], 5, 4],
    ]);
  });

  it('shifts lines after a removed sep= line', () => {
    const result = tryParseCsv('a;b\n1;2\n', ';', 1);
    expect(result.ok && result.value.map((r) => r.line)).toEqual([2, 3]);
  });

  it.each([
    ['a quote never closed', 'a,b\n1,"x\n2,3\n', 2, 'B'],
    ['text after a closing quote', 'a,b\n1,"x"y,2\n', 2, 'B'],
    ['a quote opened in the first column of line 3', 'a,b\n1,2\n"3,4\n', 3, 'A'],
  ])('refuses %s at the line and column where it opens', (_label, text, line, column) => {
    const result = tryParseCsv(text, ',');
    expect(!result.ok && result.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['UNTERMINATED_QUOTE', line, column],
    ]);
  });

  it('treats a quote inside an unquoted field as a literal character', () => {
    expect(scanQuotes('a,Sở "A",b\n', ',').bad).toBeNull();
    const result = tryParseCsv('a,Sở "A",b\n', ',');
    expect(result.ok && result.value[0]?.cells).toEqual(['a', 'Sở "A"', 'b']);
  });

  it('finds record start lines across quoted line breaks', () => {
    expect(scanQuotes('a\n"b\nc"\nd\n', ',').recordLines).toEqual([1, 2, 4]);
  });
});

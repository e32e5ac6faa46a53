import { describe, expect, it } from 'vitest';
import { findLostLetters, guessUtf16, tryDecode } from '../../../src/import/decode.ts';
import {
  decodeTcvn3,
  decodeVni,
  TCVN3_LETTERS,
  TCVN_VN1_LETTERS,
} from '../../../src/import/legacyEncodings.ts';
import { isVietnameseSyllable, scoreVietnamese } from '../../../src/import/vietnameseText.ts';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('tryDecode', () => {
  it.each([
    ['UTF-8', [0x61, 0xc4, 0x91], 'utf-8', 'ađ'],
    [
      'UTF-8 with BOM (the BOM is removed)',
      [0xef, 0xbb, 0xbf, 0x53, 0x54, 0x54],
      'utf-8-bom',
      'STT',
    ],
    ['UTF-16LE with BOM', [0xff, 0xfe, 0x61, 0x00, 0x11, 0x01], 'utf-16le', 'ađ'],
    ['UTF-16BE with BOM', [0xfe, 0xff, 0x00, 0x61, 0x01, 0x11], 'utf-16be', 'ađ'],
  ])('decodes %s', (_label, bytes, encoding, text) => {
    const result = tryDecode(Uint8Array.from(bytes));
    expect(result.ok && result.value).toMatchObject({ encoding, text, issues: [] });
  });

  it('composes windows-1258 combining tone marks to NFC', () => {
    // "Bắc Kạn": ă = 0xE3 + acute 0xEC; a + dot below 0xF2.
    const result = tryDecode(
      Uint8Array.from([0x42, 0xe3, 0xec, 0x63, 0x20, 0x4b, 0x61, 0xf2, 0x6e]),
    );
    expect(result.ok && result.value.text).toBe('Bắc Kạn');
    expect(result.ok && result.value.encoding).toBe('windows-1258');
  });

  it('warns when another legacy reading is almost as convincing (a file with one accented word)', () => {
    // "Năm" is N + 0xE3 + m: "Năm" in windows-1258 but "Nóm" in TCVN3 — both look Vietnamese.
    const result = tryDecode(latin1('N\xE3m,Unit,Score\n2023,Ba Be,71\n'));
    expect(result.ok && result.value.encoding).toBe('windows-1258');
    expect(result.ok && result.value.issues.map((i) => [i.code, i.severity])).toEqual([
      ['ENCODING_CONVERTED', 'warning'],
    ]);
  });

  it('converts without a warning when one reading clearly wins', () => {
    const result = tryDecode(latin1('\xA7\xACn v\xDE,Ch\xEE \xA7\xE5n,B\xB9ch Th\xABng\n'));
    expect(result.ok && result.value.issues.map((i) => [i.code, i.severity])).toEqual([
      ['ENCODING_CONVERTED', 'notice'],
    ]);
  });

  it('detects UTF-16LE without a BOM from zero bytes at odd offsets', () => {
    const bytes = new Uint8Array(Buffer.from('Năm,Đơn vị\r\n2023,Ba Bể\r\n', 'utf16le'));
    const result = tryDecode(bytes);
    expect(result.ok && result.value.encoding).toBe('utf-16le');
    expect(result.ok && result.value.issues.map((i) => i.code)).toEqual(['ENCODING_CONVERTED']);
  });

  it('names UTF-16 when a few zero bytes all sit on one side but too few to be sure', () => {
    // Mostly Vietnamese letters (no zero byte) with a few ASCII characters (one zero byte each).
    const bytes = new Uint8Array(Buffer.from('ệệệệệệ,ệệệệệệ\nệệệệệệ,ệệệệệệ\n', 'utf16le'));
    const result = tryDecode(bytes);
    expect(!result.ok && result.issues.map((i) => [i.code, i.params.encoding])).toEqual([
      ['ENCODING_UNCERTAIN', 'utf-16le'],
    ]);
  });

  it('refuses NUL bytes in a file that is not UTF-16', () => {
    const result = tryDecode(
      Uint8Array.from([0x61, 0x00, 0x00, 0x00, 0x62, 0x63, 0x64, 0x65, 0x66]),
    );
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['NOT_TEXT']);
  });

  it('refuses damaged UTF-8 at the line of the first broken byte, not as a legacy encoding', () => {
    const good = new TextEncoder().encode(
      'Năm,Đơn vị,Điểm tổng hợp\n2023,Bạch Thông,70\n2023,Chợ Đồn,66\n',
    );
    const bytes = Uint8Array.from([
      ...good,
      ...new TextEncoder().encode('2023,Ba B'),
      0xe1,
      0xbb,
      0x2c,
      0x37,
      0x31,
      0x0a,
    ]);
    const result = tryDecode(bytes);
    expect(!result.ok && result.issues.map((i) => [i.code, i.line, i.params.encoding])).toEqual([
      ['ENCODING_UNCERTAIN', 4, 'utf-8'],
    ]);
    expect(!result.ok && result.encoding).toBe('utf-8');
  });

  it('refuses bytes that make no Vietnamese in any encoding', () => {
    const result = tryDecode(latin1('a,\x80\x81\x82\x83 \x84\x85'));
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['ENCODING_UNCERTAIN']);
  });

  it('reads an empty byte array as EMPTY_FILE', () => {
    const result = tryDecode(new Uint8Array());
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['EMPTY_FILE']);
  });
});

describe('guessUtf16', () => {
  it('needs many zeros on one side only', () => {
    expect(guessUtf16(new Uint8Array(Buffer.from('abcdef', 'utf16le')))).toBe('utf-16le');
    expect(guessUtf16(new Uint8Array(Buffer.from('abcdef', 'utf16le').swap16()))).toBe('utf-16be');
    expect(guessUtf16(new Uint8Array(Buffer.from('abcdef')))).toBeNull();
  });
});

describe('legacy Vietnamese encodings', () => {
  // Transcriptions published independently of this code (Latin-1 views of the bytes).
  it.each([
    ['B\xB6o Th\xBEng', 'Bảo Thắng'],
    ['M\xAD\xEAng Kh\xAD\xACng', 'Mường Khương'], // ư is 0xAD (a soft hyphen in Latin-1)
    ['B\xB8t X\xB8t', 'Bát Xát'],
    ['Ch\xEE \xA7\xE5n', 'Chợ Đồn'],
  ])('TCVN3 %s reads as %s', (bytes, text) => {
    expect(decodeTcvn3(latin1(bytes))).toBe(text);
  });

  it.each([
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['Vieät Nam', 'Việt Nam'],
    ['Tröôøng', 'Trường'],
    ['Chôï Ñoàn', 'Chợ Đồn'],
    ['BAÉC KAÏN', 'BẮC KẠN'],
    ['TRÖÔØNG ÑAÏI HOÏC', 'TRƯỜNG ĐẠI HỌC'],
    ['HUYEÄN ÑOÀNG HYÛ', 'HUYỆN ĐỒNG HỶ'],
    ['Ñaêk Laêk', 'Đăk Lăk'],
  ])('VNI %s reads as %s', (bytes, text) => {
    expect(decodeVni(latin1(bytes))).toBe(text);
  });

  it('maps every TCVN byte to a distinct letter, VN3 and VN1 apart', () => {
    const all = [...TCVN3_LETTERS.values(), ...TCVN_VN1_LETTERS.values()];
    expect(new Set(all).size).toBe(all.length);
    expect(TCVN3_LETTERS.size).toBe(74);
    expect([...TCVN3_LETTERS.keys()].some((b) => TCVN_VN1_LETTERS.has(b))).toBe(false);
  });

  it('reads the capitals of the full standard and its combining tone marks', () => {
    // "SỐ LIỆU Ủy ban Bắc Kạn" as written by iconv -t TCVN, and "a" + combining acute (0xB3).
    const bytes = Uint8Array.from([
      0x53, 0xff, 0x20, 0x4c, 0x49, 0x8c, 0x55, 0x20, 0x9e, 0x79, 0x20, 0x62, 0x61, 0x6e, 0x20,
      0x42, 0xbe, 0x63, 0x20, 0x4b, 0xb9, 0x6e,
    ]);
    expect(decodeTcvn3(bytes)).toBe('SỐ LIỆU Ủy ban Bắc Kạn');
    expect(decodeTcvn3(Uint8Array.from([0x61, 0xb3])).normalize('NFC')).toBe('á');
  });
});

describe('Vietnamese syllable scoring', () => {
  it.each(['Bắc', 'Kạn', 'Nguyễn', 'thuyền', 'Đắk', 'Lắk', 'khuyến', 'người', 'GIÀ'])(
    'accepts %s',
    (word) => expect(isVietnameseSyllable(word)).toBe(true),
  );
  it.each(['Bóỡc', 'chaứo', 'Chụù', 'Ñoàn', 'Huyẹ'])('rejects %s', (word) =>
    expect(isVietnameseSyllable(word)).toBe(false),
  );
  it('ignores ASCII-only words and counts Latin-1 symbols as bad', () => {
    expect(scoreVietnamese('Province Ba Be')).toEqual({ good: 0, bad: 0 });
    expect(scoreVietnamese('B¾c K¹n').bad).toBeGreaterThan(0);
  });
});

describe('findLostLetters', () => {
  it('refuses letters replaced by "?" and names every affected line', () => {
    const issues = findLostLetters('Don vi,Diem\nBa B?,71\nS? C?ng Th??ng,60\n');
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['TEXT_LOST_IN_SAVE', 2],
      ['TEXT_LOST_IN_SAVE', 3],
    ]);
  });
  it('accepts a single question in an English note, questions in a Vietnamese note, and web addresses', () => {
    expect(findLostLetters('Unit,Score,Notes\nBa Be,71,is this final?\n')).toEqual([]);
    expect(findLostLetters('Đơn vị,Ghi chú\nBa Bể,sao? vì? thế?\n')).toEqual([]);
    expect(
      findLostLetters(
        'Đơn vị,Nguồn\nBắc Kạn,https://pcivietnam.vn/bang-xep-hang?cpi_cat_id=PCI&year=2020\n',
      ),
    ).toEqual([]);
  });

  it('refuses letters lost inside words even when other Vietnamese letters survived (code page 1252)', () => {
    expect(findLostLetters('Đơn vị\nS? Công Th??ng\n').map((i) => i.line)).toEqual([2]);
  });
});

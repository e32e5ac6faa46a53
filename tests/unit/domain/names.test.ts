import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalName, foldKey, slug, unitId } from '../../../src/domain/names.ts';
import type { GroupId } from '../../../src/domain/types.ts';

describe('canonicalName', () => {
  it.each([
    ['Bạch\u00A0Thông ', 'Bạch Thông'],
    ['Ba\u200B Bể', 'Ba Bể'],
    ['Na\nRì', 'Na Rì'],
    ['Ba Be\u0302\u0309', 'Ba Bể'],
    ['a\u202E\u0301', 'á'],
  ])('canonicalises %j to %j', (raw, expected) => expect(canonicalName(raw)).toBe(expected));

  it('is idempotent and blind to NFC/NFD (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'e',
            'B',
            ' ',
            '\u0301',
            '\u0302',
            '\u202E',
            '\u200B',
            '\u00A0',
            'đ',
            'ể',
            '\n',
          ),
        }),
        (s) => {
          const once = canonicalName(s);
          expect(canonicalName(once)).toBe(once);
          expect(canonicalName(s.normalize('NFD'))).toBe(once);
        },
      ),
    );
  });

  it('equals the plain definition (NFC, invisibles out, spaces collapsed, trimmed, NFC) (property)', () => {
    // canonicalName skips the second NFC when nothing was removed; this holds it to the definition.
    const reference = (raw: string) =>
      raw
        .normalize('NFC')
        .replace(
          // eslint-disable-next-line no-control-regex -- the definition removes control characters
          /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g,
          '',
        )
        .replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
        .trim()
        .normalize('NFC');
    const units = [
      ...['a', 'e', 'o', 'u', 'B', 'đ', 'ể', 'Ω', '\u1100', '\u1161', '\u11A8', '가'],
      ...['\u0300', '\u0301', '\u0302', '\u0309', '\u0323', '\u0340', '\u0344', '\u0328'],
      ...[' ', '\t', '\n', '\r', '\u00A0', '\u2000', '\u2001', '\u3000', '\u1680', '\u2028'],
      ...['\u200B', '\u200D', '\u202E', '\u2066', '\uFEFF', '\u00AD', '\u0007', '\u0085'],
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 12 }), (s) => {
        expect(canonicalName(s)).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('foldKey and ids', () => {
  it('ignores case and diacritics, folding đ and the look-alike Ð', () => {
    expect(foldKey('Bạch Thông')).toBe('bach thong');
    expect(foldKey('ÐÀ NẴNG')).toBe('da nang');
  });
  it('makes ASCII slugs and group-scoped unit ids', () => {
    expect(slug('Sở Lao động - Thương binh và Xã hội')).toBe('so-lao-dong-thuong-binh-va-xa-hoi');
    expect(unitId('districts' as GroupId, 'Thành phố Bắc Kạn')).toBe('districts.thanh-pho-bac-kan');
  });
});

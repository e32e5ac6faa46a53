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

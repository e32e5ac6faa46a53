import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compareNames, PRIMARY_LETTERS } from '../../../src/domain/collate.ts';

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

  // The first level is decided from a table (collate.ts); it must give the collator's order.
  const collator = new Intl.Collator('vi');
  const sign = (n: number) => Math.sign(n);
  // Every character of the table and its neighbours: Vietnamese letters in both cases and with
  // every tone, other accented Latin letters, digits, space, punctuation, combining marks.
  const vietnamese = 'aăâbcdđeêghiklmnoôơpqrstuưvxy'
    .split('')
    .flatMap((l) => ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((t) => l + t))
    .map((s) => s.normalize('NFC'));
  const alphabet = [
    ...vietnamese,
    ...vietnamese.map((s) => s.toUpperCase()),
    ...'fjwzFJWZ0123456789     -.,()/&\'"'.split(''),
    ...'äöüçñßðÐøåæœǎǹỳẁőĩũ\u0306\u0302\u031B\u0301\u0323İıſ'.split(''),
  ];
  const name = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((cs) => cs.join(''));

  it('orders any two names as Intl.Collator("vi") does', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sign(compareNames(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
    // Names that share their first letters, one longer, or only tones apart.
    fc.assert(
      fc.property(name, name, name, (p, a, b) => {
        expect(sign(compareNames(p + a, p + b))).toBe(sign(collator.compare(p + a, p + b)));
        expect(sign(compareNames(p, p + a))).toBe(sign(collator.compare(p, p + a)));
      }),
      { numRuns: 10_000 },
    );
  });

  it('lists as each letter every Latin character that decomposes into it and at most one tone', () => {
    const letters = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
    const tones = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
    const derived = letters.split('').map(() => '');
    for (let code = 0x41; code < 0x1f00; code++) {
      const lower = String.fromCharCode(code).toLowerCase();
      if (lower.length !== 1) continue;
      const [base = '', ...marks] = lower.normalize('NFD');
      const letter = (base + marks.filter((m) => !tones.has(m)).join('')).normalize('NFC');
      const index = letters.indexOf(letter);
      if (marks.filter((m) => tones.has(m)).length <= 1 && letter.length === 1 && index >= 0)
        derived[index] += String.fromCharCode(code);
    }
    expect(PRIMARY_LETTERS).toEqual(derived);
  });

  it('sorts names whose letters differ without creating a collator (ICU data costs a slow phone ≈ 80 ms)', async () => {
    const Original = Intl.Collator;
    let created = 0;
    Intl.Collator = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        created++;
      }
    } as typeof Original;
    vi.resetModules();
    try {
      const fresh = await import('../../../src/domain/collate.ts');
      const names = ['Ngân Sơn', 'Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Thành phố Bắc Kạn', 'Na Rì'];
      expect([...names].sort(fresh.compareNames)[0]).toBe('Ba Bể');
      expect(created).toBe(0);
      // Only tones apart: the collator decides (and is created once).
      expect(fresh.compareNames('Ba Bể', 'Ba Bệ')).toBeLessThan(0);
      expect(fresh.compareNames('Na Rì', 'Na Ri')).toBeGreaterThan(0);
      expect(created).toBe(1);
    } finally {
      Intl.Collator = Original;
    }
  });
});

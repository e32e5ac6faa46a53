import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalName } from '../../../src/domain/names.ts';
import { foldLookalikes, readName, stripFormulaPrefix } from '../../../src/import/names.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`names.test.ts fast-check seed: ${SEED}`);

describe('readName', () => {
  it.each([
    ['Ba Bể', 'Ba Bể', []],
    ['Ba Bể'.normalize('NFD'), 'Ba Bể', ['NAME_CANONICALISED']],
    ['  Na\u00a0\u00a0Rì ', 'Na Rì', ['NAME_CANONICALISED']],
    ['Ba\u200B Bể', 'Ba Bể', ['CONTROL_CHARS_REMOVED']],
    ['\u202EChợ Đồn\u202C', 'Chợ Đồn', ['CONTROL_CHARS_REMOVED']],
    ['\u00D0ồn', 'Đồn', ['LOOKALIKE_LETTER_FOLDED']],
    ['Sở Kế hoạch\nvà Đầu tư', 'Sở Kế hoạch và Đầu tư', ['NAME_CANONICALISED']],
    ['<b>x</b>', '<b>x</b>', []],
    ['=1+2', '=1+2', []],
    // A combining mark after a removed bidi control still composes.
    ['a\u202E\u0301', 'á', ['CONTROL_CHARS_REMOVED']],
  ] as const)('reads %j as %j', (raw, name, codes) => {
    expect(readName(raw)).toEqual({ name, codes });
  });
});

describe('stripFormulaPrefix', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+1", '+1'],
    ["'-Sở", '-Sở'],
    ["'@x", '@x'],
    ["'\tx", '\tx'],
    ["'\rx", '\rx'],
    ["'O'Brien", "'O'Brien"],
    ["''=x", "'=x"],
    ["'''+x", "''+x"],
    ['=x', '=x'],
  ])('turns %j into %j', (raw, out) => expect(stripFormulaPrefix(raw)).toBe(out));
});

describe('canonical name properties', () => {
  const vietnamese = fc.string({
    unit: fc.constantFrom(
      'a',
      'B',
      'ể',
      'Đ',
      'ư',
      'ờ',
      ' ',
      '\u00a0',
      '\u200b',
      '\u202e',
      '\n',
      '\t',
      'Ð',
      '́',
      'e',
    ),
    maxLength: 20,
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(vietnamese, (raw) => {
        const once = readName(raw).name;
        expect(readName(once)).toEqual({ name: once, codes: [] });
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('does not care whether the input is NFC or NFD', () => {
    fc.assert(
      fc.property(vietnamese, (raw) => {
        expect(readName(raw.normalize('NFD')).name).toBe(readName(raw.normalize('NFC')).name);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('agrees with the domain canonicalName (plus a final NFC) after folding look-alike letters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (raw) => {
        expect(readName(raw).name).toBe(canonicalName(foldLookalikes(raw)).normalize('NFC'));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

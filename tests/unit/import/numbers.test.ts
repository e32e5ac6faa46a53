import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideDecimal,
  decimalVotes,
  formatNumber,
  isMissingMarker,
  readCell,
  tokenizeCell,
} from '../../../src/import/numbers.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`numbers.test.ts fast-check seed: ${SEED}`);

describe('readCell', () => {
  it.each([
    ['71.97', '.', 71.97],
    ['71,97', ',', 71.97],
    ['0', '.', 0],
    ['-0', '.', 0],
    [' 7,5 ', ',', 7.5],
    ['\u00a071.97\u00a0', '.', 71.97],
    ['−3.1', '.', -3.1],
    ['+4', '.', 4],
    ['100', ',', 100],
    ['007', '.', 7],
  ] as const)('reads %j with decimal %j as %d', (raw, decimal, value) => {
    expect(readCell(raw, decimal)).toEqual({ kind: 'number', value });
  });

  it.each([
    '1e3',
    '0x1A',
    'Infinity',
    'NaN',
    '7..5',
    '+-3',
    '1.234,5',
    '1 234',
    '12abc',
    '.5',
    '5.',
    '--1',
    '٣',
    '７',
  ])('never reads %j as a number', (raw) => {
    expect(readCell(raw, '.').kind).toBe('junk');
    expect(readCell(raw, ',').kind).toBe('junk');
  });

  it.each(['', ' ', '-', '–', '—', 'n/a', 'N/A', 'x', 'X', 'KXH', 'kxh', '#N/A'])(
    'reads %j as missing',
    (raw) => {
      expect(readCell(raw, '.')).toEqual({ kind: 'missing' });
      expect(isMissingMarker(raw)).toBe(true);
    },
  );

  it('never reads a digit string too long for a double as a number', () => {
    expect(readCell('9'.repeat(400), '.')).toEqual({ kind: 'junk' });
  });

  it('calls 7.250 in a comma column ambiguous and never 7250', () => {
    expect(readCell('7.250', ',')).toEqual({ kind: 'ambiguous', value: 7.25 });
    expect(readCell('7,250', '.')).toEqual({ kind: 'ambiguous', value: 7.25 });
  });

  it('reads a stray 64.51 in a comma column as 64.51, flagged as mixed', () => {
    expect(readCell('64.51', ',')).toEqual({ kind: 'mixed', value: 64.51 });
  });
});

describe('decimal votes', () => {
  it('lets 3-digit fractions abstain and ties fall back', () => {
    const votes = decimalVotes(['7.250', '1,5', '2,25', '3'].map(tokenizeCell));
    expect(votes).toEqual({ dot: 0, comma: 2 });
    expect(decideDecimal(votes, '.')).toBe(',');
    expect(decideDecimal({ dot: 0, comma: 0 }, ',')).toBe(',');
  });
});

describe('number grammar properties', () => {
  const score = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }))
    .map(([i, f]) => Number(`${i}.${String(f).padStart(2, '0')}`));

  it('round-trips scores written in vi (71,97) and en (71.97) formats', () => {
    fc.assert(
      fc.property(score, fc.constantFrom<'.' | ','>('.', ','), (value, decimal) => {
        const read = readCell(formatNumber(value, decimal), decimal);
        expect(read).toEqual({ kind: 'number', value });
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('never turns text containing a letter other than digits into a number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (raw) => {
        const read = readCell(raw, '.');
        if (read.kind === 'number' || read.kind === 'mixed' || read.kind === 'ambiguous') {
          expect(raw.trim()).toMatch(/^[+\-\u2212]?[0-9]+([.,][0-9]+)?$/u);
          expect(Number.isFinite(read.value)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('agrees with the value of a well-formed decimal string', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 9999 }),
        (i, f) => {
          const text = `${i}.${f}`;
          expect(readCell(text, '.')).toMatchObject({ value: Number(text) });
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

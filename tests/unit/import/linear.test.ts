/**
 * Every per-cell check runs in linear time (issue 10, point 4). A quadratic regex on a
 * 100,000-character cell takes minutes; these imports finish well inside the 10 s unit-test
 * timeout (vitest.config.ts), which is what fails when a check regresses. The property tests
 * pin the linear rewrites to the regexes they replaced, on short inputs where those are fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorSubIndex } from '../../../src/domain/responses.ts';
import { withoutTrailingParenthesis } from '../../../src/import/columns.ts';
import { importBytes } from '../../../src/import/importDataset.ts';
import { trimSpaces } from '../../../src/import/numbers.ts';
import { brief, utf8 } from './helpers.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`import/linear.test.ts fast-check seed: ${SEED}`);

const LONG = 100_000;
const HEADER = 'Năm,Khối,Đơn vị,Điểm';
const errorsOf = (csv: string) =>
  importBytes(utf8(csv), { fileName: 'x.csv' }).report.issues.filter((i) => i.severity === 'error');

describe('a 100,000-character cell', () => {
  it('in the header row is refused as NAME_TOO_LONG, located, without reading it further', () => {
    const outcome = importBytes(
      utf8(`${HEADER},${'a'.repeat(LONG)}\n2019,Sở,Sở A,60,1\n2019,Sở,Sở B,61,2\n`),
      { fileName: 'x.csv' },
    );
    expect(outcome.dataset).toBeNull();
    expect(outcome.report.issues.map(brief)).toEqual([
      `error NAME_TOO_LONG 1:1:E "${'a'.repeat(60)}…"`,
    ]);
    expect(outcome.report.issues[0]?.params).toMatchObject({
      found: LONG,
      limit: 300,
      inHeader: true,
    });
  });

  // Shapes that made the replaced regexes backtrack: indicator-like text (`a.a.a…`), runs of
  // `(` (trailing-parenthesis strip) and spaces followed by text (trimming), in a title row, a
  // header row, the first data rows (read while the header is searched) and a later data row.
  const shapes: readonly [string, string][] = [
    ['letters', 'a'.repeat(LONG)],
    ['letters and dots', 'a.'.repeat(LONG / 2)],
    ['letters and digits', 'a1_'.repeat(LONG / 3)],
    ['parentheses', '('.repeat(LONG)],
    ['spaces then text', `1${' '.repeat(LONG)}x`],
    ['question marks', `a${'?'.repeat(LONG)}`],
    ['signs', '+'.repeat(LONG)],
  ];
  const quoted = (cell: string) => `"${cell}"`;
  it.each(shapes)('of %s is answered in linear time wherever it is', (_name, cell) => {
    const title = errorsOf(`${quoted(cell)}\n${HEADER}\n2019,Sở,Sở A,60\n2019,Sở,Sở B,61\n`);
    expect(title.map((i) => i.code)).not.toContain('INTERNAL_ERROR');
    expect(errorsOf(`${HEADER},${quoted(cell)}\n2019,Sở,Sở A,60,1\n`).map((i) => i.code)).toEqual([
      'NAME_TOO_LONG',
    ]);
    // As a unit name or a score the cell is refused or read (spaces collapse in names);
    // either way the import answers, and no check threw.
    const filler = Array.from({ length: 40 }, (_, k) => `2019,Sở,Sở ${k},${50 + (k % 40)}`);
    for (const csv of [
      `${HEADER}\n2019,Sở,${quoted(cell)},60\n`,
      `${HEADER}\n2019,Sở,Sở A,${quoted(cell)}\n`,
      `${HEADER}\n${filler.join('\n')}\n2019,Sở,${quoted(cell)},60\n`,
    ]) {
      expect(errorsOf(csv).map((i) => i.code)).not.toContain('INTERNAL_ERROR');
    }
  });
});

describe('linear rewrites give the answers of the regexes they replace', () => {
  // Small alphabets make the interesting cases (separators, digits, letters, breaks) frequent.
  const text = (chars: string) =>
    fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join(''));

  it('indicatorSubIndex ≡ /^(.*\\p{L}.*?)[._](\\d+)$/u', () => {
    const OLD = /^(.*\p{L}.*?)[._](\d+)$/u;
    const old = (h: string) => OLD.exec(h.trim())?.[1]?.trim() || null;
    fc.assert(
      fc.property(text('a ạ1._ \n\u2028-7'), (h) => {
        expect(indicatorSubIndex(h)).toBe(old(h));
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect(indicatorSubIndex('transparency.1')).toBe('transparency');
    expect(indicatorSubIndex(' Minh bạch_12 ')).toBe('Minh bạch');
    expect(indicatorSubIndex('7.5')).toBeNull();
  });

  it('withoutTrailingParenthesis ≡ replace(/\\([^)]*\\)\\s*$/, "")', () => {
    fc.assert(
      fc.property(text('a() \n\t'), (h) => {
        expect(withoutTrailingParenthesis(h)).toBe(h.replace(/\([^)]*\)\s*$/, ''));
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect(withoutTrailingParenthesis('Điểm tổng hợp (thang 100) ')).toBe('Điểm tổng hợp ');
  });

  it('trimSpaces ≡ the old two-sided space regex', () => {
    const OLD = /^[\s\u00a0\u2007\u202f\u200b\ufeff]+|[\s\u00a0\u2007\u202f\u200b\ufeff]+$/g;
    fc.assert(
      fc.property(text('1,x \u00a0\u200b\ufeff\n'), (s) => {
        expect(trimSpaces(s)).toBe(s.replace(OLD, ''));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

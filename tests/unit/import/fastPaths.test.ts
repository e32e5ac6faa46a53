/**
 * The import's fast paths (issue 12, point 6: throughput) against the code they replaced, kept
 * here as references: same results on generated input, including the awkward cases (quotes,
 * line breaks of every style, blank lines, broken UTF-8, invisible characters, NFD text).
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  canonicalName,
  foldKey,
  hasInvisibleCharacters,
  isPlainText,
  unitId,
} from '../../../src/domain/names.ts';
import type { GroupId } from '../../../src/domain/types.ts';
import { tryUtf8 } from '../../../src/import/decode.ts';
import { ownString, readName, unitIdMemo } from '../../../src/import/names.ts';
import { readRank } from '../../../src/import/ranks.ts';
import {
  cellVote,
  decimalVote,
  isMissingMarker,
  readPlainNumber,
  readToken,
  tokenizeCell,
  trimSpaces,
} from '../../../src/import/numbers.ts';
import { scanQuotes, tryParseCsv } from '../../../src/import/parseCsv.ts';
import { cellCounts } from '../../../src/import/columnPlan.ts';
import { RANGES, inRange } from '../../../src/import/validate.ts';
import type { CsvRecord } from '../../../src/import/parseCsv.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`import/fastPaths.test.ts fast-check seed: ${SEED}`);
const RUNS = { seed: SEED, numRuns: 400 };

/** The quote scan as it was: one character at a time. */
function referenceScanQuotes(text: string, delimiter: string) {
  const recordLines: number[] = [1];
  let line = 1;
  let record = 1;
  let field = 0;
  let atFieldStart = true;
  let open: { offset: number; line: number; record: number; field: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open !== null) {
      if (ch === '\n') line++;
      else if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else {
          const next = text[i + 1];
          if (next !== undefined && next !== delimiter && next !== '\n') {
            return { recordLines, bad: open };
          }
          open = null;
          atFieldStart = false;
        }
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      open = { offset: i, line, record, field };
    } else if (ch === delimiter) {
      field++;
      atFieldStart = true;
    } else if (ch === '\n') {
      line++;
      record++;
      field = 0;
      if (i + 1 < text.length) recordLines.push(line);
      atFieldStart = true;
    } else {
      atFieldStart = false;
    }
  }
  return { recordLines, bad: open };
}

/** The records as PapaParse's `step` callback delivered them (the replaced reading). */
function referenceRecords(text: string, delimiter: string, lineOffset: number): CsvRecord[] {
  const unified = text.replace(/\r\n?/g, '\n');
  const scan = referenceScanQuotes(unified, delimiter);
  const records: CsvRecord[] = [];
  Papa.parse<string[]>(unified, {
    delimiter,
    newline: '\n',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step(results) {
      const line = scan.recordLines[records.length] ?? scan.recordLines.length;
      records.push({ cells: results.data, line: line + lineOffset, excelRow: records.length + 1 });
    },
  });
  const last = records[records.length - 1];
  if (last?.cells.length === 1 && last.cells[0] === '' && unified.endsWith('\n')) records.pop();
  return records;
}

/** CSV-like text from the pieces that matter to quoting and line counting. */
const csvText = fc
  .array(
    fc.constantFrom(
      'a',
      'Sở',
      ' ',
      '1,5',
      '"',
      '""',
      ',',
      ';',
      '\t',
      '\n',
      '\r\n',
      '\r',
      'x"y',
      '"q"',
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''));

describe('scanQuotes', () => {
  it('finds the same record lines and the same bad quote as the character-by-character scan', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(',', ';', '\t', '"'), (raw, delimiter) => {
        const text = raw.replace(/\r\n?/g, '\n');
        expect(scanQuotes(text, delimiter)).toEqual(referenceScanQuotes(text, delimiter));
      }),
      RUNS,
    );
  });
});

describe('tryParseCsv', () => {
  it('gives the records PapaParse step by step gave, with the same lines', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.constantFrom(',', ';', '\t'),
        fc.nat(2),
        (text, delimiter, offset) => {
          const result = tryParseCsv(text, delimiter, offset);
          const bad = referenceScanQuotes(text.replace(/\r\n?/g, '\n'), delimiter).bad;
          expect(result.ok).toBe(bad === null);
          if (result.ok) expect(result.value).toEqual(referenceRecords(text, delimiter, offset));
        },
      ),
      RUNS,
    );
  });
});

describe('tryUtf8', () => {
  const strict = (bytes: Uint8Array): string | null => {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null;
    }
  };
  const utf8Like = fc.array(
    fc.oneof(
      fc.constantFrom(0x41, 0x2c, 0x0a, 0xef, 0xbf, 0xbd, 0xc3, 0xa0, 0xe1, 0xba, 0xa1, 0x80, 0xff),
      fc.integer({ min: 0, max: 255 }),
    ),
    { maxLength: 40 },
  );

  it('decodes exactly what the strict decoder decodes, and refuses what it refuses', () => {
    fc.assert(
      fc.property(utf8Like, (bytes) => {
        const data = Uint8Array.from(bytes);
        expect(tryUtf8(data)).toBe(strict(data));
      }),
      RUNS,
    );
    // A real U+FFFD is text; a broken sequence is not.
    expect(tryUtf8(Uint8Array.from([0x61, 0xef, 0xbf, 0xbd]))).toBe('a\uFFFD');
    expect(tryUtf8(Uint8Array.from([0x61, 0xc3]))).toBeNull();
  });

  it('tryDecode finds zero bytes as U+0000 in the lenient text: there exactly when in the bytes', () => {
    const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
    const withZeros = fc.array(fc.oneof(utf8Like, fc.constant([0])), { maxLength: 4 });
    fc.assert(
      fc.property(withZeros, (parts) => {
        const data = Uint8Array.from(parts.flat());
        expect(lenient.decode(data).includes('\u0000')).toBe(data.includes(0));
      }),
      RUNS,
    );
  });
});

/** Every character `isPlainText` lets through without canonicalName. */
function plainCharacters(): string[] {
  const chars: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (ch !== ' ' && isPlainText(ch)) chars.push(ch);
  }
  return chars;
}

describe('canonicalName and foldKey of plain text', () => {
  it('lets through only characters that are NFC alone and next to any other of them', () => {
    const chars = plainCharacters();
    expect(chars.length).toBeGreaterThan(900);
    for (const a of chars) {
      expect(a.normalize('NFC')).toBe(a);
      expect(referenceCanonicalName(a)).toBe(a);
      expect(foldKey(a)).toBe(referenceFoldKey(a));
      expect(/\p{M}/u.test(a)).toBe(false);
      for (const b of chars) {
        const pair = a + b;
        if (pair.normalize('NFC') !== pair) expect.fail(`${pair} is not NFC`);
      }
    }
  });

  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom('a', 'Sở', 'ạ', 'Đ', 'Ð', 'ð', 'İ', 'ẞ', 'Ǆ', ' ', '  ', '-', '.', '/'),
        fc.constantFrom('\u00A0', '\u200B', '\u202E', 'A', 'Ư', '7', '²', 'ª', 'ǅ', '_', '\u02B0'),
        fc.constantFrom(
          '\u0301',
          'e\u0302',
          '\t',
          '\n',
          '\r',
          '\u00AD',
          '\uFEFF',
          '\u0000',
          '=',
          "'",
        ),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: 12 },
    )
    .map((pieces) => pieces.join(''));

  it('equal the full computation, and readName its old reading, on any text', () => {
    fc.assert(
      fc.property(text, (raw) => {
        expect(canonicalName(raw)).toBe(referenceCanonicalName(raw));
        expect(foldKey(raw)).toBe(referenceFoldKey(raw));
        expect(readName(raw)).toEqual(referenceReadName(raw));
      }),
      { ...RUNS, numRuns: 2000 },
    );
  });

  it('ownString copies any text exactly, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.string({ unit: 'grapheme' }),
        (a, b) => {
          const text = `${a}\uD800${b}\uDFFF`.slice(1);
          expect(ownString(text)).toBe(text);
        },
      ),
      RUNS,
    );
  });

  it("an import's remembered unit ids equal unitId, asked again or not", () => {
    const unitIdOf = unitIdMemo();
    fc.assert(
      fc.property(fc.constantFrom('districts', 'departments'), text, (group, name) => {
        const id = unitId(group as GroupId, name);
        expect(unitIdOf(group as GroupId, name)).toBe(id);
        expect(unitIdOf(group as GroupId, name)).toBe(id);
      }),
      RUNS,
    );
  });
});

const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- the replaced code's own pattern
  /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** canonicalName as it was: NFC, invisible characters out, spaces collapsed, trimmed. */
function referenceCanonicalName(raw: string): string {
  const nfc = raw.normalize('NFC');
  const visible = nfc.replace(INVISIBLE, '');
  const out = visible
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
    .trim();
  return visible.length === nfc.length ? out : out.normalize('NFC');
}

/** foldKey as it was: the whole string through NFD and three Unicode patterns. */
function referenceFoldKey(raw: string): string {
  return referenceCanonicalName(raw)
    .replace(/[\u0110\u0111\u00D0\u00F0]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** readName as it was, every text through canonicalName. */
function referenceReadName(raw: string) {
  const codes: string[] = [];
  const folded = raw.replace(/[\u00D0\u00F0]/g, (ch) => (ch === '\u00D0' ? '\u0110' : '\u0111'));
  if (folded !== raw) codes.push('LOOKALIKE_LETTER_FOLDED');
  if (hasInvisibleCharacters(folded)) codes.push('CONTROL_CHARS_REMOVED');
  const name = referenceCanonicalName(folded).normalize('NFC');
  if (codes.length === 0 && name !== folded) codes.push('NAME_CANONICALISED');
  return { name, codes };
}

describe('tokenizeCell', () => {
  const MISSING = new Set([
    '',
    '-',
    '–',
    '—',
    '−',
    'n/a',
    'na',
    '#n/a',
    'x',
    'kxh',
    '..',
    '...',
    '…',
  ]);
  const NUMBER = /^([+\-\u2212])?([0-9]+)(?:([.,])([0-9]+))?$/;
  /** The tokenizer as it was: trim, markers, one pattern. */
  const reference = (raw: string) => {
    const trimmed = trimSpaces(raw);
    if (MISSING.has(trimmed.toLowerCase())) return { kind: 'missing' };
    const m = NUMBER.exec(trimmed);
    if (m === null) return { kind: 'junk' };
    const sign = m[1];
    return {
      kind: 'number',
      negative: sign === '-' || sign === '\u2212',
      int: m[2] ?? '',
      frac: m[4] ?? null,
      sep: m[3] === '.' || m[3] === ',' ? m[3] : null,
    };
  };
  const cell = fc
    .array(
      fc.constantFrom(
        '0',
        '7',
        '12',
        '.',
        ',',
        '-',
        '+',
        '\u2212',
        ' ',
        '\u00A0',
        'e',
        'x',
        'KXH',
        '…',
      ),
      {
        maxLength: 8,
      },
    )
    .map((pieces) => pieces.join(''));

  it('isMissingMarker answers as the trimmed, lower-cased lookup did', () => {
    fc.assert(
      fc.property(cell, (raw) => {
        expect(isMissingMarker(raw)).toBe(MISSING.has(trimSpaces(raw).toLowerCase()));
      }),
      { ...RUNS, numRuns: 2000 },
    );
  });

  it('gives the token the pattern gave', () => {
    fc.assert(
      fc.property(cell, (raw) => {
        expect(tokenizeCell(raw)).toEqual(reference(raw));
      }),
      { ...RUNS, numRuns: 2000 },
    );
  });

  // Plain numbers of any length (400 digits overflow), 3-digit fractions (ambiguous under the
  // other mark) and a mark with nothing after it.
  const plainCell = fc
    .tuple(
      fc.stringMatching(/^[0-9]{1,400}$/),
      fc.constantFrom('', '.', ','),
      fc.stringMatching(/^[0-9]{0,4}$/),
    )
    .map(([int, sep, frac]) => `${int}${sep}${frac}`);

  it('readPlainNumber reads what readToken reads from the token, or leaves the cell to it', () => {
    fc.assert(
      fc.property(fc.oneof(cell, plainCell), fc.constantFrom('.', ','), (raw, decimal) => {
        const fast = readPlainNumber(raw, decimal);
        const general = readToken(tokenizeCell(raw), decimal);
        if (fast !== null) expect(fast).toEqual(general);
        // Every plain number takes the fast path.
        expect(fast === null).toBe(!/^[0-9]+(?:[.,][0-9]+)?$/.test(raw));
      }),
      { ...RUNS, numRuns: 4000 },
    );
  });

  it('cellVote votes as the token did', () => {
    fc.assert(
      fc.property(fc.oneof(cell, plainCell), (raw) => {
        expect(cellVote(raw)).toBe(decimalVote(tokenizeCell(raw)));
      }),
      { ...RUNS, numRuns: 4000 },
    );
  });

  it("cellCounts counts a column's cells as the token lists did", () => {
    const NUMBER_LIKE = /^[+\-\u2212]*(?:[0-9][0-9.,eExXa-fA-F+-]*|nan|inf|infinity)$/i;
    /** roleFromCells's counts as they were: a token per cell, then one filter per count. */
    const reference = (cells: readonly string[]) => {
      const tokens = cells.map(tokenizeCell);
      const numberLike = tokens.filter(
        (t, i) => t.kind === 'junk' && NUMBER_LIKE.test((cells[i] ?? '').trim()),
      ).length;
      return {
        numbers: tokens.filter((t) => t.kind === 'number').length,
        numberLike,
        junk: tokens.filter((t) => t.kind === 'junk').length - numberLike,
        outside: tokens.filter((t) => {
          const r = readToken(t, '.');
          const read = r.kind === 'number' || r.kind === 'mixed' || r.kind === 'ambiguous';
          return read && !inRange(r.value, RANGES.subIndex);
        }).length,
      };
    };
    const words = fc.constantFrom('NaN', '1e3', '7..5', 'Tốt', 'inf', 'abc');
    fc.assert(
      fc.property(fc.array(fc.oneof(cell, plainCell, words), { maxLength: 30 }), (cells) => {
        expect(cellCounts(cells)).toEqual(reference(cells));
      }),
      { ...RUNS, numRuns: 1000 },
    );
    // 400 digits overflow to junk readings: numbers, never outside 0–10.
    const overflow = ['9'.repeat(400), `${'9'.repeat(400)}.5`, '-' + '9'.repeat(400), '11', ''];
    expect(cellCounts(overflow)).toEqual(reference(overflow));
  });
});

describe('shortcuts taken on plain numbers', () => {
  const plainNumber = fc
    .tuple(
      fc.stringMatching(/^[0-9]{1,8}$/),
      fc.constantFrom('', '.', ','),
      fc.stringMatching(/^[0-9]{1,4}$/),
    )
    .map(([int, sep, frac]) => (sep === '' ? int : `${int}${sep}${frac}`));

  it('looksLikeRanks: a plain number is never a rank written as text', () => {
    fc.assert(
      fc.property(plainNumber, (cell) => {
        expect(readRank(cell).kind === 'rank' && !/^[0-9]{1,6}$/.test(cell.trim())).toBe(false);
      }),
      RUNS,
    );
  });

  it('repeatsHeader: folding keeps a leading ASCII digit first', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]/),
        fc.string({ unit: 'binary', maxLength: 8 }),
        (digit, rest) => {
          expect(foldKey(digit + rest).charCodeAt(0)).toBe(digit.charCodeAt(0));
        },
      ),
      RUNS,
    );
  });
});

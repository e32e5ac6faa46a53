import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../src/import/importDataset.ts';
import { importBytes } from '../../../src/import/importDataset.ts';
import { FIXTURES, fixture } from './helpers.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`properties.test.ts fast-check seed: ${SEED}`);

/** Number of physical lines of the text a byte array decodes to (generous: any decoding). */
function physicalLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
  }
  // UTF-16 halves the byte count per line break; lines can only be fewer than this bound.
  return lines;
}

function expectWellFormed(outcome: ImportOutcome, bytes: Uint8Array): void {
  const { report } = outcome;
  const lines = physicalLines(bytes);
  for (const issue of report.issues) {
    if (issue.line !== null) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.line).toBeLessThanOrEqual(lines);
    }
    for (const r of issue.related) if (r.line !== null) expect(r.line).toBeLessThanOrEqual(lines);
    if (issue.column !== null) expect(issue.column).toMatch(/^[A-Z]+$/);
  }
  expect(report.ok).toBe(!report.issues.some((i) => i.severity === 'error'));
  if (!report.ok) {
    expect(report.rows).toEqual([]);
    expect(outcome.dataset).toBeNull();
  }
  for (const row of report.rows) {
    if (row.score !== null) expect(Number.isFinite(row.score)).toBe(true);
  }
}

describe('random bytes', () => {
  it('never throw, and every reported line exists in the input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 * 1024 }), (bytes) => {
        expectWellFormed(importBytes(bytes), bytes);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('built from CSV-like pieces never throw either', () => {
    const piece = fc.constantFrom(
      'Năm',
      'Đơn vị',
      'Điểm tổng hợp',
      'Xếp hạng',
      ',',
      ';',
      '\t',
      '"',
      '""',
      '\r\n',
      '\n',
      '\r',
      '71,97',
      '7.250',
      '-',
      '2023',
      'Ba Bể',
      'sep=;',
      '\uFEFF',
      'Nguồn:',
      '\u0000',
      '1e3',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => {
        const bytes = new TextEncoder().encode(pieces.join(''));
        expectWellFormed(importBytes(bytes), bytes);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('mutated fixtures', () => {
  const files = readdirSync(FIXTURES).filter((f) => /\.(csv|txt)$/.test(f));
  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      value: fc.integer({ min: 0, max: 255 }),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      value: fc.constantFrom(0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x09, 0x00),
    }),
    fc.record({ kind: fc.constant('dropNewlines' as const), at: fc.nat(), value: fc.constant(0) }),
    fc.record({ kind: fc.constant('bom' as const), at: fc.nat(), value: fc.constant(0) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), value: fc.constant(0) }),
    fc.record({ kind: fc.constant('swapDelimiter' as const), at: fc.nat(), value: fc.constant(0) }),
  );

  interface Mutation {
    readonly kind: 'flip' | 'insert' | 'dropNewlines' | 'bom' | 'truncate' | 'swapDelimiter';
    readonly at: number;
    readonly value: number;
  }

  /** Flip a byte, insert a quote/delimiter/newline/NUL, drop newlines, put a BOM mid-file, truncate, swap , and ;. */
  function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    const list = [...bytes];
    switch (m.kind) {
      case 'flip':
        list[at] = m.value;
        break;
      case 'insert':
        list.splice(at, 0, m.value);
        break;
      case 'dropNewlines':
        return Uint8Array.from(list.filter((b) => b !== 0x0a));
      case 'bom':
        list.splice(at, 0, 0xef, 0xbb, 0xbf);
        break;
      case 'truncate':
        return Uint8Array.from(list.slice(0, at));
      case 'swapDelimiter':
        return Uint8Array.from(list.map((b) => (b === 0x2c ? 0x3b : b === 0x3b ? 0x2c : b)));
    }
    return Uint8Array.from(list);
  }

  it('never throw, and every reported line exists', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (file, mutations) => {
          let bytes = fixture(file);
          for (const m of mutations) bytes = mutate(bytes, m);
          expectWellFormed(importBytes(bytes, { fileName: file }), bytes);
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

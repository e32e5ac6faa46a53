import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateRanking, type TruncatedItem } from '../../../src/domain/truncation.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i + 1}`);
const id = (s: string) => s;
const shape = (items: readonly TruncatedItem<string>[]) =>
  items.map((it) => (it.kind === 'row' ? it.row : `…${it.hidden}`));

describe('truncateRanking (the one rule for long rankings on screen and in social images)', () => {
  it('keeps every row, in order, when they fit', () => {
    const r = truncateRanking(ids(5), id, { max: 5 });
    expect(r.truncated).toBe(false);
    expect(shape(r.items)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect([r.shown, r.total]).toEqual([5, 5]);
  });

  it('shows the top and the bottom with one gap marker between them', () => {
    const r = truncateRanking(ids(63), id, { max: 20 });
    expect(r.truncated).toBe(true);
    expect([r.shown, r.total]).toEqual([20, 63]);
    expect(shape(r.items)).toEqual([...ids(10), '…43', ...ids(63).slice(53)]);
  });

  it('keeps the selected and highlighted units wherever they rank, within max', () => {
    const r = truncateRanking(ids(5000), id, { max: 52, keep: ['u2500', 'u10', 'nobody'] });
    expect(r.shown).toBe(52);
    const s = shape(r.items);
    expect(s).toContain('u2500');
    expect(s.slice(0, 26)).toEqual(ids(26));
    expect(s.filter((x) => x.startsWith('…'))).toEqual(['…2473', '…2475']);
    expect(s.slice(-25)).toEqual(ids(5000).slice(4975));
  });

  it('marks a gap at the end when kept rows reach past the top', () => {
    expect(shape(truncateRanking(ids(10), id, { max: 2, keep: ['u5', 'u6'] }).items)).toEqual([
      '…4',
      'u5',
      'u6',
      '…4',
    ]);
  });

  it('property: at most max rows, in rank order, kept ids present, gaps account for the rest', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -3, max: 80 }),
        fc.array(fc.integer({ min: 1, max: 420 }), { maxLength: 10 }),
        (n, max, keepNums) => {
          const rows = ids(n);
          const keep = keepNums.map((k) => `u${k}`);
          const r = truncateRanking(rows, id, { max, keep });
          const cap = Math.max(1, max);
          const shownRows = r.items.filter((it) => it.kind === 'row');
          const hidden = r.items.reduce((a, it) => a + (it.kind === 'gap' ? it.hidden : 0), 0);
          expect(r.shown).toBe(Math.min(n, cap));
          expect(shownRows).toHaveLength(r.shown);
          expect(r.shown + hidden).toBe(n);
          expect(r.items.length).toBeLessThanOrEqual(2 * cap + 1);
          const idx = shownRows.map((it) => (it.kind === 'row' ? it.index : -1));
          expect(idx).toEqual([...idx].sort((a, b) => a - b));
          // No two gaps in a row.
          r.items.forEach((it, i) => {
            if (it.kind === 'gap') expect(r.items[i + 1]?.kind).not.toBe('gap');
          });
          const present = new Set(keep.filter((k) => rows.includes(k)));
          if (present.size <= cap)
            for (const k of present)
              expect(shownRows.some((it) => it.kind === 'row' && it.row === k)).toBe(true);
          if (n > 0 && present.size < cap) expect(shownRows[0]).toMatchObject({ index: 0 });
        },
      ),
    );
  });

  it('keeps every row without a limit (Infinity); a crafted NaN or negative limit shows one', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'];
    const all = truncateRanking(rows, (r) => r, { max: Number.POSITIVE_INFINITY });
    expect(all).toMatchObject({ shown: 5, total: 5, truncated: false });
    expect(all.items.every((it) => it.kind === 'row')).toBe(true);
    for (const max of [Number.NaN, Number.NEGATIVE_INFINITY, -3])
      expect(truncateRanking(rows, (r) => r, { max }).shown).toBe(1);
  });
});

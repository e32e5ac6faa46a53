import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDraws, mulberry32 } from '../../../src/domain/random.ts';

describe('countDraws (the bootstrap draw with mulberry32 inlined)', () => {
  it('counts the same indices as Math.floor(mulberry32(seed)() × size), and the stream continues', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (seed, size, count) => {
          const random = mulberry32(seed);
          const expected = new Int32Array(size);
          for (let i = 0; i < 2 * count; i += 1) {
            const r = Math.floor(random() * size);
            expected[r] = (expected[r] as number) + 1;
          }
          const times = new Int32Array(size);
          const state = countDraws(seed, times, count, size);
          countDraws(state, times, count, size);
          expect([...times]).toEqual([...expected]);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { scoreChange, summarise } from '../../../src/domain/stats.ts';

describe('summarise', () => {
  it('gives mean, median and spread (best − worst) of present values', () => {
    expect(summarise([60, 70, null, 80, 65])).toEqual({
      n: 4,
      mean: 68.75,
      median: 67.5,
      best: 80,
      worst: 60,
      spread: 20,
    });
  });
  it('takes the middle value as median for an odd count', () => {
    expect(summarise([3, 1, 2]).median).toBe(2);
  });
  it('returns nulls, not zeros, when nothing is present', () => {
    expect(summarise([null, undefined])).toEqual({
      n: 0,
      mean: null,
      median: null,
      best: null,
      worst: null,
      spread: null,
    });
  });
});

describe('scoreChange', () => {
  it('rounds to 2 decimals so float noise never shows', () =>
    expect(scoreChange(70.1, 70.3)).toBe(0.2));
  it('is null when either year is missing', () => expect(scoreChange(null, 70)).toBeNull());
});

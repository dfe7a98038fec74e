// The seeded generator behind quiz order: the same seed gives the same numbers on every machine.

import { describe, expect, it } from 'vitest';
import { createRandom, hashString, shuffle } from '../../generator/quiz/random.ts';

describe('the seeded random generator', () => {
  it('gives the same numbers in [0, 1) for the same seed, and others for another seed', () => {
    const take = (seed: string) => {
      const random = createRandom(seed);
      return Array.from({ length: 1000 }, () => random());
    };
    expect(take('workshop-1')).toEqual(take('workshop-1'));
    expect(take('workshop-1')).not.toEqual(take('workshop-2'));
    for (const value of take('workshop-1')) expect(value >= 0 && value < 1).toBe(true);
    expect(hashString('')).toBe(hashString(''));
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('pins its output, so a quiz rebuilt later or elsewhere is the same quiz', () => {
    expect(shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'pinned')).toEqual(PINNED);
  });

  it('shuffles into a permutation without changing the input', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const copy = [...items];
    const shuffled = shuffle(items, 'seed');
    expect(items).toEqual(copy);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    expect(shuffle(items, 'seed')).toEqual(shuffled);
    expect(shuffle([], 'seed')).toEqual([]);
  });
});

const PINNED = [2, 1, 3, 4, 5, 10, 6, 7, 9, 8];

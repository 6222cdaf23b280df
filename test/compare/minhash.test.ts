import { describe, expect, it } from 'vitest';
import { findSimilarPairs, shingles } from '../../src/compare/minhash.js';

/** A deterministic text of `n` distinct made-up words. */
const words = (n: number, seed: number): string[] => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`);

describe('near-duplicate search', () => {
  it('always finds a short text lying inside a much longer one (MinHash alone finds such pairs by chance)', () => {
    const long = words(200, 1);
    let found = 0;
    for (let at = 0; at < 180; at += 9) {
      const short = long.slice(at, at + 15);
      const pairs = findSimilarPairs([shingles(short), shingles(words(40, 2)), shingles(long)], (p) => p.containment >= 0.95);
      if (pairs.some((p) => p.earlier === 0 && p.later === 2 && p.containment === 1)) found++;
    }
    expect(found).toBe(20);
  });

  it('does not pair unrelated texts', () => {
    const sets = Array.from({ length: 50 }, (_, k) => shingles(words(30, k + 10)));
    expect(findSimilarPairs(sets, (p) => p.jaccard >= 0.3 || p.containment >= 0.8)).toEqual([]);
  });
});

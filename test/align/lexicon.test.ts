import { describe, expect, it } from 'vitest';
import { bestTranslations, logLikelihoodRatio } from '../../src/align/lexicon.js';

const TABLE = { minOccurrences: 2, maxWordShare: 0.5, minProbability: 0.4, maxTranslations: 1, minAssociation: 10.83 };

describe('logLikelihoodRatio (G²)', () => {
  it('is zero for independent events and grows with association', () => {
    // 10 of 100 trials have A, 20 have B, 2 have both: exactly what independence predicts.
    expect(logLikelihoodRatio(2, 10, 20, 100)).toBeCloseTo(0, 9);
    expect(logLikelihoodRatio(5, 5, 5, 100)).toBeGreaterThan(logLikelihoodRatio(3, 5, 5, 100));
    expect(logLikelihoodRatio(3, 5, 5, 100)).toBeGreaterThan(logLikelihoodRatio(2, 5, 5, 100));
  });
});

describe('bestTranslations (Model 1 table)', () => {
  // Word ids: source 1 = "pont", 2..; target 101 = "bridge", 102..; each bead a (source, target) token pair.
  const bead = (s: number[], t: number[]) => [Int32Array.from(s), Int32Array.from(t)] as const;

  it('learns a pair that co-occurs consistently across many beads', () => {
    const beads = [];
    for (let k = 0; k < 30; k++) beads.push(k % 3 === 0 ? bead([1, 10 + k], [101, 110 + k]) : bead([10 + k], [110 + k]));
    expect(bestTranslations(beads, 1000, TABLE).get(1)).toEqual([101]);
  });

  it('keeps no translation for words that meet twice by chance in a short bitext', () => {
    // Two beads, each word in both: Model 1 pairs them, but two co-occurrences out of two prove nothing.
    const beads = [bead([1, 2], [101, 102]), bead([1, 2], [101, 102])];
    expect(bestTranslations(beads, 1000, TABLE).size).toBe(0);
    expect(bestTranslations(beads, 1000, { ...TABLE, minAssociation: 0 }).size).toBeGreaterThan(0);
  });
});

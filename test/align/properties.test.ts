import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { alignTexts } from '../../src/align/index.js';
import { checkCoverage } from './helpers.js';

const word = fc.stringMatching(/^[a-zéèàçA-Z0-9]{1,9}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.');
const sentences = fc.array(sentence, { maxLength: 25 });

describe('alignTexts invariants', () => {
  test.prop([sentences, sentences])('beads cover each side exactly once, in order, scores in [0, 1]', (s, t) => {
    const beads = alignTexts(s, t);
    checkCoverage(beads, s.length, t.length);
  });

  test.prop([fc.array(fc.oneof(sentence, fc.constant(''), fc.constant('...')), { minLength: 1, maxLength: 30 })])(
    'aligning a text with itself gives only 1-1 beads with top scores',
    (s) => {
      const beads = alignTexts(s, s);
      expect(beads).toHaveLength(s.length);
      beads.forEach((b, k) => {
        expect(b.source).toEqual([k]);
        expect(b.target).toEqual([k]);
        expect(b.score).toBeGreaterThanOrEqual(0.9);
      });
    },
  );

  test.prop([sentences, sentences])('swapping the inputs mirrors the pairings', (s, t) => {
    const pairs = (beads: ReturnType<typeof alignTexts>, swap: boolean): string[] =>
      beads
        .filter((b) => b.source.length > 0 && b.target.length > 0)
        .map((b) => (swap ? `${b.target}:${b.source}` : `${b.source}:${b.target}`));
    // Gap beads next to each other (1-0 then 0-1) may come in either order: the pairings may not.
    expect(pairs(alignTexts(t, s), true)).toEqual(pairs(alignTexts(s, t), false));
  });

  test('empty sides give gap beads only, and nothing for two empty sides', () => {
    expect(alignTexts([], [])).toEqual([]);
    const left = alignTexts(['Un.', 'Deux.'], []);
    checkCoverage(left, 2, 0);
    expect(left.every((b) => b.target.length === 0)).toBe(true);
    const right = alignTexts([], ['One.']);
    checkCoverage(right, 0, 1);
    expect(right[0].score).toBeLessThan(0.5);
  });
});

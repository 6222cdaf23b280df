import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/align/index.js';
import { checkCoverage, shapes } from './helpers.js';

/** Deterministic pseudo-random sentences: long enough inputs to go through the coarse-to-fine search. */
function corpus(n: number): { source: string[]; target: string[] } {
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; k < n; k++) {
    const words = Array.from({ length: 4 + Math.floor(rnd() * 14) }, () => 'w' + Math.floor(rnd() * 40000).toString(36));
    source.push(words.join(' ') + '.');
    // A "translation": same stems with a different ending, one word dropped.
    target.push(words.slice(1).map((w) => w + 'en').join(' ') + ' ' + k + '.');
    source[k] = source[k].replace(/\.$/, ` ${k}.`);
  }
  return { source, target };
}

describe('alignTexts on long inputs (coarse-to-fine search)', () => {
  it('recovers a 1-1 alignment of 3000 segments with one insertion and one merge far from the start', () => {
    const { source, target } = corpus(3000);
    const tgt = [...target.slice(0, 1500), 'An extra sentence with nothing in common.', ...target.slice(1500)];
    // Merge target 2400 and 2401 into one segment.
    const merged = [...tgt.slice(0, 2401), tgt[2401] + ' ' + tgt[2402], ...tgt.slice(2403)];
    const beads = alignTexts(source, merged);
    checkCoverage(beads, source.length, merged.length);
    const s = shapes(beads);
    expect(s).toContain('2400,2401:2401');
    // The inserted sentence is left unpaired, or at least its bead is marked unsure.
    const inserted = beads.find((b) => b.target.includes(1500));
    expect(inserted && (inserted.source.length === 0 || inserted.score < 0.7)).toBe(true);
    // Everything else pairs 1-1 with the right counterpart.
    const ones = beads.filter((b) => b.source.length === 1 && b.target.length === 1);
    expect(ones.length).toBeGreaterThanOrEqual(2996);
    for (const b of ones) expect(b.target[0] - b.source[0]).toBe(b.source[0] < 1500 ? 0 : b.source[0] < 2401 ? 1 : 0);
  });
});

import { describe, expect, it } from 'vitest';
import { parseBeads, scoreBeads } from '../bench/bead-scores.js';

describe('scoreBeads (vecalign score.py definitions)', () => {
  it('scores hand beads: strict needs exact beads, lax needs overlap on both sides', () => {
    const gold = parseBeads('[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[3]\n');
    const test = parseBeads('[0]:[0]:0.9\n[1]:[1]\n[2]:[]\n[]:[2]\n[3]:[3]\n');
    const s = scoreBeads([gold], [test]);
    // precision over 5 test beads: strict hits [0]:[0], []:[2], [3]:[3]; lax adds [1]:[1]
    expect(s.precisionStrict).toBeCloseTo(3 / 5);
    expect(s.precisionLax).toBeCloseTo(4 / 5);
    // recall over the 3 gold beads with both sides: [0]:[0] and [3]:[3] strict; [1,2]:[1] lax
    expect(s.recallStrict).toBeCloseTo(2 / 3);
    expect(s.recallLax).toBeCloseTo(1);
    expect(s.f1Strict).toBeCloseTo((2 * 0.6 * (2 / 3)) / (0.6 + 2 / 3));
  });

  it('micro-averages over files', () => {
    const g = parseBeads('[0]:[0]');
    const s = scoreBeads([g, g], [g, parseBeads('[0]:[]\n[]:[0]')]);
    expect(s.precisionStrict).toBeCloseTo(1 / 3);
    expect(s.recallStrict).toBeCloseTo(1 / 2);
  });
});

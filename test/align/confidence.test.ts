/**
 * The sure flag's evidence on made-up paths: margins against the three kinds of alternative, the
 * document's length norm, and the two length tests that tell the gold sets' 2-2 and 1-2 beads from
 * a divergence (which must stay sure, or `diff` would not compare it).
 */
import { describe, expect, it } from 'vitest';
import { beadMargins, lengthDeviation, lengthNorm, sureFlags } from '../../src/align/confidence.js';
import { BEAD_SHAPES, type Path } from '../../src/align/search.js';
import { madeUpCosts, SKIP } from './helpers.js';
import { alignTexts } from '../../src/align/index.js';
import { CONFIDENCE } from '../../src/align/tuning.js';

const shape = (a: number, b: number): number => BEAD_SHAPES.findIndex(([x, y]) => x === a && y === b);

/** A path of the given shapes, paired beads costing 0 and unpaired segments SKIP each. */
function pathOf(shapes: ReadonlyArray<readonly [number, number]>): Path {
  return { a: Uint8Array.from(shapes, (s) => s[0]), b: Uint8Array.from(shapes, (s) => s[1]), costs: Float64Array.from(shapes, ([a, b]) => (a === 0 || b === 0 ? SKIP * (a + b) : 0)) };
}


describe('beadMargins', () => {
  it('counts a merge with a paired neighbour against the strict margin only', () => {
    const path = pathOf([[1, 1], [1, 1], [1, 1]]);
    const m = beadMargins(path, madeUpCosts(path, { '0,0,2-2': 0.3 }));
    expect(m.strict[0]).toBeCloseTo(0.3);
    expect(m.pairing[0]).toBeGreaterThan(5);
    expect(m.absorb[0]).toBeGreaterThan(5);
    // Leaving source 0 unpaired and pairing source 1 with both targets pairs bead 0's segments differently.
    expect(beadMargins(path, madeUpCosts(path, { '1,0,1-2': 0.3 })).pairing[0]).toBeCloseTo(SKIP + 0.3);
  });

  it('counts taking in a neighbouring unpaired segment against the absorb margin only', () => {
    const path = pathOf([[1, 1], [0, 1], [1, 1]]);
    const m = beadMargins(path, madeUpCosts(path, { '0,0,1-2': SKIP + 0.5 }));
    expect(m.absorb[0]).toBeCloseTo(0.5);
    expect(m.pairing[0]).toBeGreaterThan(5);
    expect(m.strict[0]).toBeGreaterThan(1);
  });
});

describe('lengthNorm and lengthDeviation', () => {
  const ones = (n: number): Path => pathOf(Array.from({ length: n }, () => [1, 1] as const));
  const even = (n: number) => ({ source: Float64Array.from({ length: n }, (_, k) => 50 + 10 * k), target: Float64Array.from({ length: n }, (_, k) => 50 + 10 * k) });

  it('puts a pair 1.5 times too long on the target side about 4 spreads above the norm, and the reverse below', () => {
    const norm = lengthNorm(even(12), ones(12));
    expect(norm).toBeDefined();
    expect(lengthDeviation(norm!, 100, 150)).toBeGreaterThan(3.5);
    expect(lengthDeviation(norm!, 150, 100)).toBeLessThan(-3.5);
    expect(Math.abs(lengthDeviation(norm!, 80, 80))).toBeLessThan(0.01);
  });

  it('knows no norm from too few 1-1 beads', () => {
    const n = CONFIDENCE.minLengthBeads - 1;
    expect(lengthNorm(even(n), ones(n))).toBeUndefined();
  });
});

describe('sureFlags', () => {
  /** Fourteen 1-1 beads of 100 characters a side, some lengths changed. */
  function flags(changes: Record<number, [number, number]>, shapes?: Array<readonly [number, number]>, cheap: Record<string, number> = {}): boolean[] {
    const path = pathOf(shapes ?? Array.from({ length: 14 }, () => [1, 1] as const));
    const n = path.a.reduce((x, y) => x + y, 0);
    const m = path.b.reduce((x, y) => x + y, 0);
    const source = new Array<number>(n).fill(100);
    const target = new Array<number>(m).fill(100);
    let i = 0;
    let j = 0;
    path.a.forEach((a, k) => {
      const c = changes[k];
      if (c && a === 1 && path.b[k] === 1) [source[i], target[j]] = c;
      i += a;
      j += path.b[k];
    });
    return sureFlags(path, madeUpCosts(path, cheap), source, target);
  }

  it('marks every bead sure when each is the only reading and lengths agree', () => {
    expect(flags({}).every(Boolean)).toBe(true);
  });

  it('marks unsure two neighbours whose lengths err in opposite directions (a sentence cut at different places)', () => {
    const f = flags({ 5: [100, 150], 6: [100, 60] });
    expect(f[5]).toBe(false);
    expect(f[6]).toBe(false);
    expect(f.filter(Boolean)).toHaveLength(12);
  });

  it('keeps sure a pair too short on its own: a dropped clause is for diff to report', () => {
    expect(flags({ 5: [100, 50] }).every(Boolean)).toBe(true);
  });

  it('marks unsure a pair beside an unpaired segment that would make its length right, when taking it in costs little more', () => {
    const shapes: Array<readonly [number, number]> = [...Array.from({ length: 12 }, () => [1, 1] as const), [0, 1], [1, 1]];
    // Bead 11 pairs 200 characters with 100; the unpaired target segment after it has the other 100.
    const cheap = { '11,11,1-2': SKIP + 1 };
    expect(flags({ 11: [200, 100] }, shapes, cheap)[11]).toBe(false);
    // Taking the segment in costs 2 or more: the reading the path chose stands.
    expect(flags({ 11: [200, 100] }, shapes, { '11,11,1-2': SKIP + CONFIDENCE.skipMargin })[11]).toBe(true);
  });

  it('keeps sure a well-proportioned pair beside an unpaired segment: a dropped sentence is for diff to report', () => {
    const shapes: Array<readonly [number, number]> = [...Array.from({ length: 12 }, () => [1, 1] as const), [0, 1], [1, 1]];
    expect(flags({}, shapes, { '11,11,1-2': SKIP + 1 })[11]).toBe(true);
  });

  it('never marks sure a segment left without counterpart', () => {
    const shapes: Array<readonly [number, number]> = [...Array.from({ length: 12 }, () => [1, 1] as const), [0, 1], [1, 1]];
    expect(flags({}, shapes)[12]).toBe(false);
  });
});

describe('the sure flag through alignTexts', () => {
  const sentences = [
    'The committee met on Monday to review the budget.',
    'It approved the plan for the new library in the north district.',
    'Work on the bridge will start in spring and last two years.',
    'The mayor thanked the volunteers who cleaned the river banks.',
    'Parking fees in the centre will not change this year.',
    'A public hearing on the school reform is planned for June.',
    'The council rejected the proposal to close the night bus line.',
    'Residents can send comments on the transport plan until the end of the month.',
    'The museum will open on Sundays from next week.',
    'Funding for the sports hall was confirmed by the region.',
    'The next meeting will take place in the town hall.',
    'Minutes of the meeting are published on the city website.',
    'Questions from the press were answered after the session.',
  ];

  it('keeps sure a sentence whose revision dropped a clause, so diff compares it', () => {
    const revised = sentences.slice();
    revised[7] = 'Residents can send comments on the transport plan.';
    const beads = alignTexts(sentences, revised, { sameLanguage: true });
    const bead = beads.find((b) => b.source.includes(7));
    expect(bead?.target).toEqual([7]);
    expect(bead?.sure).toBe(true);
  });
});

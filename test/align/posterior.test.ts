/**
 * Bead posteriors (forward–backward over the band around a path) on made-up paths and costs: the
 * only cheap reading holds nearly all the weight, two readings of equal cost share it, and the
 * temperature sets how much weight a dearer rival keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { beadPosteriors } from '../../src/align/posterior.js';
import { sureFlags } from '../../src/align/confidence.js';
import type { Path } from '../../src/align/search.js';
import { madeUpCosts, SKIP } from './helpers.js';
import { CONFIDENCE } from '../../src/align/tuning.js';


/** A path of the given shapes with the given bead costs. */
function pathOf(shapes: ReadonlyArray<readonly [number, number]>, costs: number[]): Path {
  return { a: Uint8Array.from(shapes, (s) => s[0]), b: Uint8Array.from(shapes, (s) => s[1]), costs: Float64Array.from(costs) };
}


const sides = (path: Path): [number, number] => [path.a.reduce((x, y) => x + y, 0), path.b.reduce((x, y) => x + y, 0)];

describe('beadPosteriors', () => {
  const ones = Array.from({ length: 8 }, () => [1, 1] as const);

  it('gives nearly all the weight to beads that are the only cheap reading', () => {
    const path = pathOf(ones, ones.map(() => 0));
    const p = beadPosteriors(path, madeUpCosts(path), ...sides(path), 1, 0.5);
    expect(p).toHaveLength(8);
    for (const x of p) expect(x).toBeGreaterThan(0.99);
  });

  it('splits the weight between a 2-1 bead and a 1-1 bead plus an unpaired segment of the same cost', () => {
    const shapes = [[1, 1], [2, 1], [1, 1]] as const;
    const path = pathOf(shapes, [0, SKIP, 0]);
    // The rival: source 1 with target 1 for nothing, source 2 left unpaired (SKIP).
    const p = beadPosteriors(path, madeUpCosts(path, { '1,1,1-1': 0 }), ...sides(path), 1, 0.5);
    expect(p[1]).toBeGreaterThan(0.45);
    expect(p[1]).toBeLessThan(0.52);
    expect(p[0]).toBeGreaterThan(0.99);
    expect(p[2]).toBeGreaterThan(0.99);
  });

  it('leaves a rival 1 nat dearer e^(−1/T) of the weight: more at a higher temperature', () => {
    const shapes = [[1, 1], [2, 1], [1, 1]] as const;
    const path = pathOf(shapes, [0, SKIP - 1, 0]);
    const c = madeUpCosts(path, { '1,1,1-1': 0 });
    const at = (T: number) => beadPosteriors(path, c, ...sides(path), 1, T)[1];
    expect(at(0.5)).toBeCloseTo(1 / (1 + Math.exp(-2)), 2);
    expect(at(1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 2);
  });

  it('counts every rival reading: a bead two merges could take is less sure than one only one merge could', () => {
    const path = pathOf(ones, ones.map(() => 0));
    // Three 2-2 readings, each 1 nat dearer than its two 1-1 beads: each takes weight from the beads it merges.
    const listed = { '2,2,2-2': 1, '4,4,2-2': 1, '3,3,2-2': 1 };
    const p = beadPosteriors(path, madeUpCosts(path, listed), ...sides(path), 1, 0.5);
    expect(p[3]).toBeLessThan(p[2]);
    expect(p[0]).toBeGreaterThan(0.99);
    expect(p[7]).toBeGreaterThan(0.99);
  });
});

describe('the sure flag with posteriors on', () => {
  const keep = { ...CONFIDENCE };
  afterEach(() => {
    Object.assign(CONFIDENCE, keep);
  });

  it('marks a clearly right bead sure and a 2-1 as likely as 1-1 + 1-0 unsure', () => {
    Object.assign(CONFIDENCE, { surePosterior: 0.8, temperature: 0.5, sureMargin: 0, strictMargin: 0 });
    const shapes: Array<readonly [number, number]> = [...Array.from({ length: 12 }, () => [1, 1] as const), [2, 1], [1, 1]];
    const path = pathOf(shapes, shapes.map(([a]) => (a === 2 ? SKIP : 0)));
    const [n, m] = sides(path);
    const flags = sureFlags(path, madeUpCosts(path, { '13,12,1-1': 0 }), new Array(n).fill(100), new Array(m).fill(100));
    expect(flags[12]).toBe(false);
    expect(flags.filter(Boolean)).toHaveLength(13);
  });
});

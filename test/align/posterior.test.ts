/**
 * Bead posteriors (forward–backward over the band around a path) on made-up paths and costs: the
 * only cheap reading holds nearly all the weight, two readings of equal cost share it, and the
 * temperature sets how much weight a dearer rival keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { beadPosteriors } from '../../src/align/posterior.js';
import { sureFlags, type BeadCost } from '../../src/align/confidence.js';
import { BEAD_SHAPES, type Path } from '../../src/align/search.js';
import { CONFIDENCE } from '../../src/align/tuning.js';

const SKIP = 4.5;

/** A path of the given shapes with the given bead costs. */
function pathOf(shapes: ReadonlyArray<readonly [number, number]>, costs: number[]): Path {
  return { a: Uint8Array.from(shapes, (s) => s[0]), b: Uint8Array.from(shapes, (s) => s[1]), costs: Float64Array.from(costs) };
}

/** Own beads cost what the path says, listed beads (`i0,j0,a-b`) their price, unpaired segments SKIP, other pairings 3 a segment. */
function costs(path: Path, listed: Record<string, number> = {}): BeadCost {
  const own = new Map<string, number>();
  let i = 0;
  let j = 0;
  path.a.forEach((a, k) => {
    own.set(`${i},${j},${a}-${path.b[k]}`, path.costs[k]);
    i += a;
    j += path.b[k];
  });
  return (i0, j0, t) => {
    const [a, b] = BEAD_SHAPES[t];
    const key = `${i0},${j0},${a}-${b}`;
    if (key in listed) return listed[key];
    if (own.has(key)) return own.get(key) as number;
    return a === 0 || b === 0 ? SKIP * (a + b) : 3 * (a + b);
  };
}

const sides = (path: Path): [number, number] => [path.a.reduce((x, y) => x + y, 0), path.b.reduce((x, y) => x + y, 0)];

describe('beadPosteriors', () => {
  const ones = Array.from({ length: 8 }, () => [1, 1] as const);

  it('gives nearly all the weight to beads that are the only cheap reading', () => {
    const path = pathOf(ones, ones.map(() => 0));
    const p = beadPosteriors(path, costs(path), ...sides(path), 1, 0.5);
    expect(p).toHaveLength(8);
    for (const x of p) expect(x).toBeGreaterThan(0.99);
  });

  it('splits the weight between a 2-1 bead and a 1-1 bead plus an unpaired segment of the same cost', () => {
    const shapes = [[1, 1], [2, 1], [1, 1]] as const;
    const path = pathOf(shapes, [0, SKIP, 0]);
    // The rival: source 1 with target 1 for nothing, source 2 left unpaired (SKIP).
    const p = beadPosteriors(path, costs(path, { '1,1,1-1': 0 }), ...sides(path), 1, 0.5);
    expect(p[1]).toBeGreaterThan(0.45);
    expect(p[1]).toBeLessThan(0.52);
    expect(p[0]).toBeGreaterThan(0.99);
    expect(p[2]).toBeGreaterThan(0.99);
  });

  it('leaves a rival 1 nat dearer e^(−1/T) of the weight: more at a higher temperature', () => {
    const shapes = [[1, 1], [2, 1], [1, 1]] as const;
    const path = pathOf(shapes, [0, SKIP - 1, 0]);
    const c = costs(path, { '1,1,1-1': 0 });
    const at = (T: number) => beadPosteriors(path, c, ...sides(path), 1, T)[1];
    expect(at(0.5)).toBeCloseTo(1 / (1 + Math.exp(-2)), 2);
    expect(at(1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 2);
  });

  it('counts every rival reading: a bead two merges could take is less sure than one only one merge could', () => {
    const path = pathOf(ones, ones.map(() => 0));
    // Three 2-2 readings, each 1 nat dearer than its two 1-1 beads: each takes weight from the beads it merges.
    const listed = { '2,2,2-2': 1, '4,4,2-2': 1, '3,3,2-2': 1 };
    const p = beadPosteriors(path, costs(path, listed), ...sides(path), 1, 0.5);
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
    const flags = sureFlags(path, costs(path, { '13,12,1-1': 0 }), new Array(n).fill(100), new Array(m).fill(100));
    expect(flags[12]).toBe(false);
    expect(flags.filter(Boolean)).toHaveLength(13);
  });
});

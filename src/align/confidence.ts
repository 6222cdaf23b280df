/**
 * One sure/unsure flag per bead, decided here and nowhere else: the aligner marks each bead, and
 * align's `?`, diff's `low-confidence` and every report read the flag.
 *
 * A bead's cost says how well its two sides match, not whether the aligner could have paired them
 * otherwise: on the gold sets' dev data the score alone never gets sure beads above 93% right at
 * any threshold. What does is the margin (a local min-marginal, as in max-marginal confidence for
 * Viterbi paths): the cheapest way to align the same stretch (the bead and its neighbours, between
 * the same corners) without this bead, minus the cost of the path as chosen. A bead whose
 * alternatives cost nearly as much is a coin toss; one with a wide margin is the only reading.
 */
import { BEAD_SHAPES, type Path } from './search.js';
import { CONFIDENCE } from './tuning.js';

/** Price of a bead: source [i0, i0 + a), target [j0, j0 + b) with `[a, b] = BEAD_SHAPES[t]`, prior included. */
export type BeadCost = (i0: number, j0: number, t: number) => number;

/** The window DP's cells, reused from bead to bead (an array per bead was a million arrays). */
let scratch = new Float64Array(1024);

/**
 * Margin of each bead of a path: the cost of the cheapest path between the corners of the
 * bead's window (CONFIDENCE.window beads either side) that does not use the bead, minus the
 * path's own cost there (≥ 0 when the path is optimal; nats).
 */
export function beadMargins(path: Path, cost: BeadCost, n: number, m: number): Float64Array {
  const count = path.a.length;
  const I = new Int32Array(count + 1);
  const J = new Int32Array(count + 1);
  const C = new Float64Array(count + 1);
  for (let k = 0; k < count; k++) {
    I[k + 1] = I[k] + path.a[k];
    J[k + 1] = J[k] + path.b[k];
    C[k + 1] = C[k] + path.costs[k];
  }
  const margins = new Float64Array(count);
  const W = CONFIDENCE.window;
  for (let k = 0; k < count; k++) {
    const lo = Math.max(0, k - W);
    const hi = Math.min(count, k + W + 1);
    const i0 = I[lo];
    const j0 = J[lo];
    const h = I[hi] - i0;
    const w = J[hi] - j0;
    if (h * w > CONFIDENCE.maxWindowCells) {
      margins[k] = 0;
      continue;
    }
    const ei = I[k] - i0;
    const ej = J[k] - j0;
    const ea = path.a[k];
    const eb = path.b[k];
    // DP over the window's cells, every shape allowed but the bead itself.
    const cells = (h + 1) * (w + 1);
    if (scratch.length < cells) scratch = new Float64Array(Math.max(cells, 2 * scratch.length));
    const D = scratch.fill(Infinity, 0, cells);
    D[0] = 0;
    for (let i = 0; i <= h; i++) {
      for (let j = 0; j <= w; j++) {
        const here = D[i * (w + 1) + j];
        if (here === Infinity) continue;
        for (let t = 0; t < BEAD_SHAPES.length; t++) {
          const [a, b] = BEAD_SHAPES[t];
          if (i + a > h || j + b > w) continue;
          // A bead holding this one's whole pairing (the bead itself, or a merge around it) is
          // the same reading, not an alternative.
          if (i <= ei && j <= ej && i + a >= ei + ea && j + b >= ej + eb) continue;
          const c = here + cost(i0 + i, j0 + j, t);
          const cell = (i + a) * (w + 1) + j + b;
          if (c < D[cell]) D[cell] = c;
        }
      }
    }
    const alternative = D[(h + 1) * (w + 1) - 1];
    margins[k] = Math.max(0, alternative - (C[hi] - C[lo]));
    void n;
    void m;
  }
  return margins;
}

/**
 * Whether each bead is sure: it pairs one segment with one, and no other way of aligning its
 * stretch costs within CONFIDENCE.sureMargin of it. A segment left without counterpart, and a
 * merge (right 60–80% of the time on the gold sets), are never sure: they are worth a look.
 */
export function sureFlags(path: Path, cost: BeadCost, n: number, m: number): boolean[] {
  const margins = beadMargins(path, cost, n, m);
  return Array.from(path.a, (a, k) => a > 0 && path.b[k] > 0 && margins[k] >= CONFIDENCE.sureMargin);
}

/**
 * Posterior probability of each bead of a path: forward–backward over a band of the bead lattice
 * around the path, each path weighted exp(−cost / temperature). The margins of confidence.ts ask
 * what the cheapest alternative costs; the posterior asks how much weight all alternatives hold
 * together, wherever they leave the path (the margins look one bead either side only): a bead
 * with several nearly-as-cheap rivals is less sure than one with a single rival at the same margin.
 * The posterior of bead (i0, j0) → (i1, j1) of cost c is exp(−(F(i0, j0) + c + B(i1, j1) − Z) / T),
 * with F and B the soft-min costs of reaching the cell from the start and the end from the cell.
 */
import { BEAD_SHAPES, projectBand, type Path } from './search.js';
import type { BeadCost } from './confidence.js';
import { Workspace } from './workspace.js';

/** A term this many temperatures above a cell's cheapest weighs less than e^-30 beside it: not priced. */
const NEGLIGIBLE = 30;
/** Largest count on one side of a bead: how many rows back the forward pass reads. */
const MAX_SIDE = Math.max(...BEAD_SHAPES.flat());
const SHAPE_A = Int32Array.from(BEAD_SHAPES, (s) => s[0]);
const SHAPE_B = Int32Array.from(BEAD_SHAPES, (s) => s[1]);

/**
 * Posterior of each bead of a path, over the band of `width` segments either side of it.
 * Linear in the path's length; besides the output, it takes one array of the band's size from
 * the workspace (the slot of the search's DP table, done with by then) and a few rows.
 * @param cost price of any bead near the path (nats), the path's own beads included
 * @param n source segments
 * @param m target segments
 * @param temperature nats per e-fold of weight (→ 0: every path bead's posterior nears 1)
 * @param workspace the alignment's arrays: the band and DP slots are overwritten
 * @returns per bead of the path, its posterior probability (0 to 1)
 */
export function beadPosteriors(path: Path, cost: BeadCost, n: number, m: number, width: number, temperature: number, workspace = new Workspace()): Float64Array {
  const T = temperature;
  const cut = NEGLIGIBLE * T;
  const { lo, hi } = projectBand(path, 1, n, m, width, workspace);
  const start = workspace.i32('dp.start', n + 2);
  let rowMax = 0;
  for (let i = 0; i <= n; i++) {
    start[i + 1] = start[i] + (hi[i] - lo[i] + 1);
    rowMax = Math.max(rowMax, hi[i] - lo[i] + 1);
  }
  const cells = start[n + 1];
  const shapes = BEAD_SHAPES.length;
  const terms = new Float64Array(shapes);

  // Backward: B(i, j), the soft-min cost from cell (i, j) to the end, over the whole band.
  const B = workspace.f64('dp.cost', cells, Infinity);
  B[cells - 1] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === n && j === m) continue;
      let best = Infinity;
      let count = 0;
      for (let t = 0; t < shapes; t++) {
        const ni = i + SHAPE_A[t];
        const nj = j + SHAPE_B[t];
        if (ni > n || nj < lo[ni] || nj > hi[ni]) continue;
        const next = B[start[ni] - lo[ni] + nj];
        // Bead costs are never negative: a successor already far dearer than the best adds nothing.
        if (next >= best + cut) continue;
        const v = next + cost(i, j, t);
        terms[count++] = v;
        if (v < best) best = v;
      }
      B[start[i] - lo[i] + j] = softMin(terms, count, best, T);
    }
  }
  const Z = B[0];

  // Forward, rows kept in a ring of MAX_SIDE + 1: F(i, j), the soft-min cost of reaching (i, j).
  // A cell whose every path costs `cut` more than the best (F + B − Z) holds no weight: skipped.
  const ring = MAX_SIDE + 1;
  const F = workspace.f64('post.forward', ring * rowMax, Infinity);
  const fAt = (i: number, j: number): number => F[(i % ring) * rowMax + j - lo[i]];
  const count = path.a.length;
  const out = new Float64Array(count);
  const fStart = workspace.f64('post.start', count);
  let k = 0;
  let pi = 0;
  let pj = 0;
  for (let i = 0; i <= n; i++) {
    const row = (i % ring) * rowMax;
    F.fill(Infinity, row, row + rowMax);
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) {
        F[row] = 0;
        continue;
      }
      const after = B[start[i] - lo[i] + j] - Z;
      let best = Infinity;
      let n2 = 0;
      for (let t = 0; t < shapes; t++) {
        const qi = i - SHAPE_A[t];
        const qj = j - SHAPE_B[t];
        if (qi < 0 || qj < lo[qi] || qj > hi[qi]) continue;
        const prev = fAt(qi, qj);
        if (prev >= best + cut || prev + after >= cut) continue;
        const v = prev + cost(qi, qj, t);
        terms[n2++] = v;
        if (v < best) best = v;
      }
      F[row + j - lo[i]] = softMin(terms, n2, best, T);
    }
    // The path's beads that start on this row (several when the path crosses it by 0-1 beads).
    for (; k < count && pi === i; k++) {
      fStart[k] = fAt(pi, pj);
      pi += path.a[k];
      pj += path.b[k];
    }
  }
  let i = 0;
  let j = 0;
  for (k = 0; k < count; k++) {
    const t = shapeIndex(path.a[k], path.b[k]);
    const i1 = i + path.a[k];
    const j1 = j + path.b[k];
    out[k] = Math.exp(-Math.max(0, fStart[k] + cost(i, j, t) + B[start[i1] - lo[i1] + j1] - Z) / T);
    i = i1;
    j = j1;
  }
  return out;
}

/** −T·log Σ exp(−terms / T) over the first `count` terms, `best` the least of them. */
function softMin(terms: Float64Array, count: number, best: number, T: number): number {
  if (count === 0) return Infinity;
  let sum = 0;
  for (let x = 0; x < count; x++) sum += Math.exp((best - terms[x]) / T);
  return best - T * Math.log(sum);
}

/** Index in BEAD_SHAPES of shape [a, b] (a path only holds shapes from there). */
function shapeIndex(a: number, b: number): number {
  for (let t = 0; t < SHAPE_A.length; t++) if (SHAPE_A[t] === a && SHAPE_B[t] === b) return t;
  return -1;
}

/**
 * One sure/unsure flag per bead, decided here and nowhere else: the aligner marks each bead, and
 * align's `?`, diff's `low-confidence` and every report read the flag.
 *
 * A bead's cost says how well its two sides match, not whether the aligner could have paired them
 * otherwise: on the gold sets' dev data the score alone never gets sure beads above 93% right at
 * any threshold. What does better is the margin (a local min-marginal, as in max-marginal
 * confidence for Viterbi paths): the cheapest way to align the same stretch (the bead and its
 * neighbours, between the same corners) without this bead, minus the cost of the path as chosen.
 * A bead whose alternatives cost nearly as much is a coin toss; one with a wide margin is the only
 * reading. Three margins, as the alternatives counted differ (see `Margins`), and the bead's
 * length ratio against the document's, decide together (`sureFlags`).
 *
 * The bead's posterior probability (posterior.ts: the weight of all nearby paths through it, not
 * only the best one without it) ranks beads better on the gold sets, but makes unsure the beads
 * `diff` must compare (see CONFIDENCE in tuning.ts): it is there for the sweep, off by default.
 */
import { BEAD_SHAPES, type Path } from './search.js';
import { CONFIDENCE } from './tuning.js';
import { beadPosteriors } from './posterior.js';
import { Workspace } from './workspace.js';

/** Price of a bead: source [i0, i0 + a), target [j0, j0 + b) with `[a, b] = BEAD_SHAPES[t]`, prior included. */
export type BeadCost = (i0: number, j0: number, t: number) => number;

/** Per bead, the margins (nats, ≥ 0; Infinity when the stretch has no other reading) against three sets of alternatives. */
export interface Margins {
  /** Readings that pair the bead's segments differently: a larger bead holding the whole bead is the same reading. */
  pairing: Float64Array;
  /** Those, and a larger bead that takes in a neighbouring segment the path leaves unpaired (1-1 + 0-1 against 1-2). */
  absorb: Float64Array;
  /**
   * Those, and a larger bead that merges it with paired neighbours only (two 1-1 against one 2-2).
   * Taking in an unpaired segment is left out here: next to a dropped sentence or item that reading
   * is always close, and only the length test of `sureFlags` tells when it is the likelier one.
   */
  strict: Float64Array;
}

/**
 * Margins of each bead of a path: the cost of the cheapest path between the corners of the
 * bead's window (CONFIDENCE.window beads either side) that does not use the bead, minus the
 * path's own cost there (≥ 0 when the path is optimal; nats). One pass over the window fills the
 * three kinds of alternative at once, so each bead cost is computed once.
 * @param wanted the beads whose margins are needed (default all); the others' stay 0
 */
export function beadMargins(path: Path, cost: BeadCost, wanted: (k: number) => boolean = () => true): Margins {
  const count = path.a.length;
  const I = new Int32Array(count + 1);
  const J = new Int32Array(count + 1);
  const C = new Float64Array(count + 1);
  for (let k = 0; k < count; k++) {
    I[k + 1] = I[k] + path.a[k];
    J[k + 1] = J[k] + path.b[k];
    C[k + 1] = C[k] + path.costs[k];
  }
  const out: Margins = { pairing: new Float64Array(count), absorb: new Float64Array(count), strict: new Float64Array(count) };
  const W = CONFIDENCE.window;
  for (let k = 0; k < count; k++) {
    if (!wanted(k)) continue;
    const lo = Math.max(0, k - W);
    const hi = Math.min(count, k + W + 1);
    const i0 = I[lo];
    const j0 = J[lo];
    const h = I[hi] - i0;
    const w = J[hi] - j0;
    // Too large a stretch is not re-searched: margins 0, so its beads are unsure.
    if (h * w > CONFIDENCE.maxWindowCells) continue;
    const ei = I[k] - i0;
    const ej = J[k] - j0;
    const ea = path.a[k];
    const eb = path.b[k];
    // Segments of the window that the path leaves unpaired, by window row / column.
    const cells = (h + 1) * (w + 1);
    const { loneS, loneT, D0, D1, D2 } = scratch(h, w, cells);
    for (let q = lo; q < hi; q++) {
      if (path.b[q] === 0) for (let x = I[q]; x < I[q + 1]; x++) loneS[x - i0] = 1;
      if (path.a[q] === 0) for (let y = J[q]; y < J[q + 1]; y++) loneT[y - j0] = 1;
    }
    D0[0] = D1[0] = D2[0] = 0;
    for (let i = 0; i <= h; i++) {
      for (let j = 0; j <= w; j++) {
        const here = i * (w + 1) + j;
        const x0 = D0[here];
        const x1 = D1[here];
        const x2 = D2[here];
        if (x1 === Infinity && x2 === Infinity) continue; // D1, D2 ≤ D0: nothing reaches this cell
        for (let t = 0; t < BEAD_SHAPES.length; t++) {
          const [a, b] = BEAD_SHAPES[t];
          if (i + a > h || j + b > w) continue;
          if (i === ei && j === ej && a === ea && b === eb) continue;
          const holds = i <= ei && j <= ej && i + a >= ei + ea && j + b >= ej + eb;
          const lone = holds && takesLone(loneS, loneT, i, j, a, b);
          const c = cost(i0 + i, j0 + j, t);
          const cell = (i + a) * (w + 1) + j + b;
          if (!holds || lone) {
            if (x1 + c < D1[cell]) D1[cell] = x1 + c;
          }
          if (!lone) {
            if (x2 + c < D2[cell]) D2[cell] = x2 + c;
          }
          if (!holds && x0 + c < D0[cell]) D0[cell] = x0 + c;
        }
      }
    }
    const own = C[hi] - C[lo];
    out.pairing[k] = Math.max(0, D0[cells - 1] - own);
    out.absorb[k] = Math.max(0, D1[cells - 1] - own);
    out.strict[k] = Math.max(0, D2[cells - 1] - own);
  }
  return out;
}

/** Whether the bead source [i, i + a), target [j, j + b) of a window takes in a segment the path leaves unpaired. */
function takesLone(loneS: Uint8Array, loneT: Uint8Array, i: number, j: number, a: number, b: number): boolean {
  for (let x = i; x < i + a; x++) if (loneS[x]) return true;
  for (let y = j; y < j + b; y++) if (loneT[y]) return true;
  return false;
}

/** The window DPs' arrays, reused from bead to bead: arrays of its own per bead were five million arrays at a million beads. */
const SCRATCH = { loneS: new Uint8Array(64), loneT: new Uint8Array(64), D0: new Float64Array(1024), D1: new Float64Array(1024), D2: new Float64Array(1024) };

/** Scratch arrays for a window of h × w segments (cells = (h + 1)(w + 1)), cleared: no segment lone, no cell reached. */
function scratch(h: number, w: number, cells: number): typeof SCRATCH {
  if (SCRATCH.loneS.length < h) SCRATCH.loneS = new Uint8Array(2 * h);
  if (SCRATCH.loneT.length < w) SCRATCH.loneT = new Uint8Array(2 * w);
  if (SCRATCH.D0.length < cells) {
    SCRATCH.D0 = new Float64Array(2 * cells);
    SCRATCH.D1 = new Float64Array(2 * cells);
    SCRATCH.D2 = new Float64Array(2 * cells);
  }
  SCRATCH.loneS.fill(0, 0, h);
  SCRATCH.loneT.fill(0, 0, w);
  SCRATCH.D0.fill(Infinity, 0, cells);
  SCRATCH.D1.fill(Infinity, 0, cells);
  SCRATCH.D2.fill(Infinity, 0, cells);
  return SCRATCH;
}

/** The document's usual length ratio: median and robust spread of log((t + 5) / (s + 5)) over 1-1 beads. */
export interface LengthNorm {
  mid: number;
  spread: number;
}

/**
 * The length norm of a path's 1-1 beads, or undefined when there are fewer than
 * CONFIDENCE.minLengthBeads of them (too few to know the document's ratio).
 * @param sideLengths characters on each side of each bead of `path`
 */
export function lengthNorm(sideLengths: { source: Float64Array; target: Float64Array }, path: Path): LengthNorm | undefined {
  const ones: number[] = [];
  for (let k = 0; k < path.a.length; k++) if (path.a[k] === 1 && path.b[k] === 1) ones.push(logRatio(sideLengths.source[k], sideLengths.target[k]));
  if (ones.length < CONFIDENCE.minLengthBeads) return undefined;
  const mid = median(ones);
  // A floor on the spread, so a document of exactly proportional lines does not call every small wobble an outlier.
  const spread = Math.max(CONFIDENCE.minLengthSpread, 1.48 * median(ones.map((r) => Math.abs(r - mid))));
  return { mid, spread };
}

const logRatio = (s: number, t: number): number => Math.log((t + 5) / (s + 5));

/** Signed deviation of a pairing's length ratio from the norm, in robust standard deviations (> 0: target longer than usual). */
export function lengthDeviation(norm: LengthNorm, s: number, t: number): number {
  return (logRatio(s, t) - norm.mid) / norm.spread;
}

/** Characters on each side of each bead of a path. */
function beadLengths(path: Path, sourceLengths: ArrayLike<number>, targetLengths: ArrayLike<number>): { source: Float64Array; target: Float64Array } {
  const source = new Float64Array(path.a.length);
  const target = new Float64Array(path.a.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < path.a.length; k++) {
    for (let x = i; x < i + path.a[k]; x++) source[k] += sourceLengths[x];
    for (let y = j; y < j + path.b[k]; y++) target[k] += targetLengths[y];
    i += path.a[k];
    j += path.b[k];
  }
  return { source, target };
}

function median(xs: number[]): number {
  const s = xs.slice().sort((x, y) => x - y);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/**
 * Whether each bead is sure. It must pair both sides, and:
 * - no reading that pairs its segments differently costs within CONFIDENCE.sureMargin of it;
 * - no reading without it, a merge with paired neighbours included, within CONFIDENCE.strictMargin;
 * - where CONFIDENCE.surePosterior is above 0 (off by default), it holds at least that share of
 *   the weight of the paths near the chosen one, each weighted exp(−cost / CONFIDENCE.temperature);
 * - it is not one of two paired neighbours whose length ratios err in opposite directions (each at
 *   least CONFIDENCE.boundaryDeviation and CONFIDENCE.neighbourDeviation from the document's): the
 *   two sides cut a sentence at different places, and the gold pairs the two as one 2-2;
 * - next to a segment left unpaired, it is not made shorter than usual by leaving that segment out
 *   (taking the segment in brings its ratio nearer the document's) unless taking it in costs at
 *   least CONFIDENCE.skipMargin more: the gold's 1-2 against our 1-1 + 0-1.
 * A divergence shows up as one bead too short or too long on its own, or a segment unpaired beside
 * well-proportioned beads: neither length test fires on it, so `diff` still compares those beads.
 * @param sourceLengths characters per source segment, as the length model counts them
 * @param workspace the alignment's arrays, done with by the search (the posteriors reuse its band and DP slots)
 */
export function sureFlags(path: Path, cost: BeadCost, sourceLengths: ArrayLike<number>, targetLengths: ArrayLike<number>, workspace = new Workspace()): boolean[] {
  const count = path.a.length;
  const posterior = CONFIDENCE.surePosterior > 0 ? beadPosteriors(path, cost, sourceLengths.length, targetLengths.length, CONFIDENCE.band, CONFIDENCE.temperature, workspace) : undefined;
  const L = beadLengths(path, sourceLengths, targetLengths);
  const norm = lengthNorm(L, path);
  const paired = (k: number): boolean => k >= 0 && k < count && path.a[k] > 0 && path.b[k] > 0;
  const lone = (k: number): boolean => k >= 0 && k < count && !paired(k);
  const dev = (k: number): number => (norm ? lengthDeviation(norm, L.source[k], L.target[k]) : 0);
  /** Whether taking in the unpaired neighbour q would bring bead k's length ratio nearer the document's. */
  const nearerWith = (k: number, q: number): boolean => norm !== undefined && lone(q) && Math.abs(lengthDeviation(norm, L.source[k] + L.source[q], L.target[k] + L.target[q])) < Math.abs(dev(k));
  const byMargin = CONFIDENCE.sureMargin > 0 || CONFIDENCE.strictMargin > 0;
  // The window searches are the costly part: only for the beads a margin decides (all when the margins are on).
  const margins = beadMargins(path, cost, (k) => paired(k) && (byMargin || nearerWith(k, k - 1) || nearerWith(k, k + 1)));
  return Array.from(path.a, (_, k) => {
    if (!paired(k) || (posterior && posterior[k] < CONFIDENCE.surePosterior)) return false;
    if (margins.pairing[k] < CONFIDENCE.sureMargin || margins.strict[k] < CONFIDENCE.strictMargin) return false;
    if (!norm) return true;
    const z = dev(k);
    for (let q = k - 1; q <= k + 1; q += 2) {
      if (paired(q) && Math.abs(z) >= CONFIDENCE.boundaryDeviation) {
        const zq = dev(q);
        if (zq * z < 0 && Math.abs(zq) >= CONFIDENCE.neighbourDeviation) return false;
      }
      if (nearerWith(k, q) && margins.absorb[k] < CONFIDENCE.skipMargin) return false;
    }
    return true;
  });
}

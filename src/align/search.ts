/**
 * Bead search: dynamic programming over a band around a coarse path, the
 * coarse path itself found on downsampled sequences and refined level by
 * level, as vecalign does (Thompson & Koehn 2019). Cost grows linearly with
 * input length: each level fills only a band of fixed width.
 */
import { lengthCost, type LengthModel } from './length.js';
import { IdListsBuilder, mass, overlap, union, type IdLists } from './features.js';
import { Workspace } from './workspace.js';

/** Segment kinds as small integers for the hot loop. */
export const KIND_TEXT = 0;
export const KIND_HEADING = 1;
export const KIND_ITEM = 2;

/** One side as the search sees it. */
export interface Sequence {
  n: number;
  /** Sorted unique feature ids per segment. */
  features: IdLists;
  /** Non-space characters per segment. */
  lengths: Float64Array;
  /** KIND_* per segment. */
  kinds: Uint8Array;
  /** Top-level section id per segment, -1 when none. */
  sections: Int32Array;
  /** 1 where a sentence segment starts in lower case: it goes on with the one before. */
  continues: Uint8Array;
}

/** Weights of the cost of a bead. */
export interface CostParams {
  /** Feature weights (idf). */
  weights: Float64Array;
  length: LengthModel;
  /** Weight of the length cost (nats). */
  lengthWeight: number;
  /** Highest length cost of a 1-1 bead (nats, before the weight). */
  lengthCap: number;
  /** Highest dissimilarity cost of a 1-1 bead (nats, weighted). */
  pairCap: number;
  /** Weight of (1 − weighted Dice of features) per segment paired. */
  similarityWeight: number;
  /** A 1-1 bead's Dice is at least (2·shared + floorMass·floorMean) / (mass + floorMass). */
  floorMass: number;
  floorMean: number;
  /** Cost of leaving one segment unpaired. */
  skip: number;
  /** Prior cost per bead shape, indexed like BEAD_SHAPES. */
  priors: Float64Array;
  /** Cost of pairing a heading with a non-heading. */
  headingPenalty: number;
  /** Cost of pairing a list item with a non-item. */
  itemPenalty: number;
  /** Cost of pairing segments from different sections. */
  sectionPenalty: number;
  /** Cost of a bead that starts mid-sentence on one side only. */
  continuationPenalty: number;
}

/** Bead shapes searched: [source count, target count]. */
export const BEAD_SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [4, 1], [1, 4], [3, 2], [2, 3],
];
/** Largest count on one side of a bead. */
const MAX_SIDE = 4;
/** Share of the overlap beyond each member's best match that an n-m bead still counts (dev: .5 .864, .25 to .35 .869, 0 .855). */
const CROSS_SHARE = 0.3;
/** Share of a segment's feature mass found in its neighbour for the two to count as one text repeated. */
const REPEATED = 0.8;
/** Full DP when the grid has at most this many cells (a constant, so still linear overall). */
const FULL_CELLS = 160_000;
/** The grid size up to which `search` fills the full DP: FULL_CELLS; lowered by the bench only, to force the coarse pass on small inputs (test/bench/band.ts). */
export const searchLimits = { fullCells: FULL_CELLS };
/** Each coarser level merges this many consecutive segments into one block. */
const DOWNSAMPLE = 4;
/** Features kept per block at coarse levels (the rarest). */
const BLOCK_FEATURES = 64;
/** Half-width (in segments) of the band around the projected coarse path. */
const BAND = 2;
/** Rows of overlaps the confidence cost function keeps (a power of two): a window of three beads spans at most a dozen. */
const CONFIDENCE_RING_ROWS = 64;
/**
 * Rows each side of a fine vertex on the band's edge that `repaired` searches again. Dev with 1 to 9
 * lines dropped, up to three coarse levels forced: 8, 16 and 32 the same (.868); the 100k-line bench
 * (test files repeated): 8 .861 at 4.8 s CPU, 16 .867 at 5.0 to 5.4 s (the old search: 4.2 s).
 */
const REPAIR_MARGIN = 8;
/**
 * Half-width of the band around the path in a window searched again (one block), doubled each
 * round the new path still touches its edge. 8 gave the gold sets forced through the coarse pass
 * the same F1, at a quarter more of the windows' time.
 */
const REPAIR_WIDTH = 4;
/** Rounds of widening per window (dev with 1 to 9 lines dropped: 1, 3 and 5 the same). */
const REPAIR_ROUNDS = 3;

/** A search result: the path as bead shapes and the cost of each bead. */
export interface Path {
  /** Number of source / target segments each bead takes, in order. */
  a: Uint8Array;
  b: Uint8Array;
  costs: Float64Array;
}

/** Rows 0..n, each with an inclusive target range. */
interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

function fullBand(n: number, m: number, ws: Workspace): Band {
  return { lo: ws.i32('band.lo', n + 1), hi: ws.i32('band.hi', n + 1, m) };
}

/** Band around a coarser path whose steps are `factor` times larger, widened by `width`. */
export function projectBand(path: Path, factor: number, n: number, m: number, width: number, ws = new Workspace()): Band {
  const lo = ws.i32('band.lo', n + 1, m);
  const hi = ws.i32('band.hi', n + 1, 0);
  let I = 0;
  let J = 0;
  for (let k = 0; k < path.a.length; k++) {
    const I1 = I + path.a[k];
    const J1 = J + path.b[k];
    const r0 = Math.min(n, I * factor);
    const r1 = Math.min(n, I1 * factor);
    const c0 = Math.min(m, J * factor);
    const c1 = Math.min(m, J1 * factor);
    for (let r = r0; r <= r1; r++) {
      if (c0 < lo[r]) lo[r] = c0;
      if (c1 > hi[r]) hi[r] = c1;
    }
    I = I1;
    J = J1;
  }
  for (let r = 0; r <= n; r++) {
    lo[r] = Math.max(0, lo[r] - width);
    hi[r] = Math.min(m, hi[r] + width);
  }
  // Monotone edges keep every bead's predecessor cells inside the band.
  for (let r = n - 1; r >= 0; r--) if (lo[r + 1] < lo[r]) lo[r] = lo[r + 1];
  for (let r = 1; r <= n; r++) if (hi[r - 1] > hi[r]) hi[r] = hi[r - 1];
  lo[0] = 0;
  hi[n] = m;
  for (let r = 0; r <= n; r++) if (hi[r] < lo[r]) hi[r] = lo[r];
  // Consecutive rows must share a column, or no path crosses from one to the next.
  for (let r = 0; r < n; r++) if (lo[r + 1] > hi[r]) hi[r] = lo[r + 1];
  return { lo, hi };
}

/**
 * Merge `factor` consecutive segments into one block, keeping only the block's
 * BLOCK_FEATURES rarest features found on both sides (`shared`): at coarse levels
 * the union grows with the block, and a cell's cost with it, while the rare
 * features (figures, names) are the ones that place a block. A feature of one side
 * only never matches: the rarest features of a block were mostly those (a word
 * found once has the highest weight, and a shared one is found at least twice), so
 * blocks were told apart by length alone, and the coarse path strayed by blocks
 * (Text+Berg test, the coarse pass forced on every document: strict F1 .757 → .862).
 */
function downsample(seq: Sequence, factor: number, weights: Float64Array, shared: Uint8Array): Sequence {
  const n = Math.ceil(seq.n / factor);
  const features = new IdListsBuilder(n);
  const lengths = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const from = k * factor;
    const to = Math.min(seq.n, from + factor);
    const all = union(seq.features, from, to);
    const block = rarest(onlyShared(all, shared), weights, BLOCK_FEATURES);
    features.append(block, 0, block.length);
    features.end();
    let l = 0;
    for (let s = from; s < to; s++) l += seq.lengths[s];
    lengths[k] = l;
  }
  // Structure and sentence boundaries do not survive merging into blocks of fixed size.
  return { n, features: features.build(), lengths, kinds: new Uint8Array(n), sections: new Int32Array(n).fill(-1), continues: new Uint8Array(n) };
}

/** The ids of a sorted set marked in `shared`, in place (a view of the set's first slots, still sorted). */
function onlyShared(set: Int32Array, shared: Uint8Array): Int32Array {
  let k = 0;
  for (let i = 0; i < set.length; i++) if (shared[set[i]] !== 0) set[k++] = set[i];
  return set.subarray(0, k);
}

/** Non-zero for each feature id found on both sides (2), zero for the others. */
function sharedFeatures(S: Sequence, T: Sequence, vocabulary: number, ws: Workspace): Uint8Array {
  const shared = ws.u8('shared', vocabulary);
  const s = S.features.data.subarray(0, S.features.start[S.n]);
  const t = T.features.data.subarray(0, T.features.start[T.n]);
  for (let k = 0; k < s.length; k++) shared[s[k]] = 1;
  for (let k = 0; k < t.length; k++) if (shared[t[k]] === 1) shared[t[k]] = 2;
  for (let k = 0; k < s.length; k++) if (shared[s[k]] === 1) shared[s[k]] = 0;
  return shared;
}

/** Rank of each feature id by decreasing weight (ties to the smaller id), per weight table. */
const RANKS = new WeakMap<Float64Array, { rank: Int32Array; byRank: Int32Array }>();

function ranks(weights: Float64Array): { rank: Int32Array; byRank: Int32Array } {
  let r = RANKS.get(weights);
  if (!r) {
    const byRank = Int32Array.from(weights, (_, i) => i).sort((x, y) => weights[y] - weights[x] || x - y);
    const rank = new Int32Array(weights.length);
    for (let k = 0; k < byRank.length; k++) rank[byRank[k]] = k;
    r = { rank, byRank };
    RANKS.set(weights, r);
  }
  return r;
}

/** Scratch space of `rarest`, grown as needed. */
let rankScratch = new Int32Array(1024);

/** The `k` heaviest ids of a sorted set, still sorted (a view of scratch space when cut, valid until the next call). */
function rarest(set: Int32Array, weights: Float64Array, k: number): Int32Array {
  if (set.length <= k) return set;
  const { rank, byRank } = ranks(weights);
  if (rankScratch.length < set.length) rankScratch = new Int32Array(Math.max(set.length, 2 * rankScratch.length));
  const r = rankScratch.subarray(0, set.length);
  for (let i = 0; i < set.length; i++) r[i] = rank[set[i]];
  r.sort();
  // The set is a copy of its own (union's scratch): its first k slots take the result.
  const out = set.subarray(0, k);
  for (let i = 0; i < k; i++) out[i] = byRank[r[i]];
  return out.sort();
}

function prefix(values: Float64Array, into: Float64Array): Float64Array {
  const p = into;
  p[0] = 0;
  for (let i = 0; i < values.length; i++) p[i + 1] = p[i] + values[i];
  return p;
}

/** Bead costs over a band, with pairwise feature overlaps cached per row. */
class CostModel {
  private readonly cacheLo: Int32Array;
  private readonly cacheHi: Int32Array;
  /** Which row each slot of the cache ring holds (-1: none yet). */
  private readonly ringRow: Int32Array;
  /** Ring size − 1 (the size is a power of two). */
  private readonly ringMask: number;
  /** Cells per ring slot: the widest row. */
  private readonly widest: number;
  private readonly cache: Float64Array;
  private readonly massPrefixS: Float64Array;
  private readonly massPrefixT: Float64Array;
  private readonly lenPrefixS: Float64Array;
  private readonly lenPrefixT: Float64Array;
  /** Whether either side has kinds or sections (else the structure checks are skipped). */
  private readonly structured: boolean;
  /** Scratch: best overlap per target member of an n-m bead. */
  private readonly colBest = new Float64Array(MAX_SIDE);
  /** Per adjacent pair (k, k+1) of a side: 0, or 1 + the offset (0 or 1) of the member that holds what both say. */
  private readonly keptS: Uint8Array;
  private readonly keptT: Uint8Array;
  /** pairCost's result: a double returned from a call V8 does not inline is boxed, a field is not (a hundred million boxes a search). */
  private priced = 0;

  /** Each source row's features stamped by row number, so a row's overlaps are one pass over the target's features. */
  private readonly stamp: Int32Array;

  /**
   * @param ringRows how many rows' overlaps are cached (a power of two), each filled when first
   *   asked for: the DP needs the last MAX_SIDE rows (a bead reaches that far back), the confidence
   *   windows a few dozen as they walk the path. At a million rows the whole band's cache was 160 MB.
   */
  constructor(
    private readonly S: Sequence,
    private readonly T: Sequence,
    band: Band,
    private readonly p: CostParams,
    ws: Workspace,
    ringRows = MAX_SIDE,
  ) {
    const { n } = S;
    const m = T.n;
    const w = p.weights;
    const massS = ws.f64('mass.s', n, 'any');
    for (let i = 0; i < n; i++) massS[i] = mass(S.features, i, w);
    const massT = ws.f64('mass.t', m, 'any');
    for (let j = 0; j < m; j++) massT[j] = mass(T.features, j, w);
    this.massPrefixS = prefix(massS, ws.f64('massPrefix.s', n + 1, 'any'));
    this.massPrefixT = prefix(massT, ws.f64('massPrefix.t', m + 1, 'any'));
    this.lenPrefixS = prefix(S.lengths, ws.f64('lenPrefix.s', n + 1, 'any'));
    this.lenPrefixT = prefix(T.lengths, ws.f64('lenPrefix.t', m + 1, 'any'));
    this.keptS = repeats(S, w, massS, ws.u8('kept.s', n));
    this.keptT = repeats(T, w, massT, ws.u8('kept.t', m));
    this.structured = S.kinds.some((k) => k !== KIND_TEXT) || T.kinds.some((k) => k !== KIND_TEXT) || S.sections.some((x) => x >= 0) || T.sections.some((x) => x >= 0);
    this.cacheLo = ws.i32('cache.lo', n, 'any');
    this.cacheHi = ws.i32('cache.hi', n, 'any');
    let widest = 0;
    for (let i = 0; i < n; i++) {
      const lo = Math.max(0, band.lo[i] - MAX_SIDE);
      const hi = Math.min(m - 1, band.hi[Math.min(n, i + MAX_SIDE)]);
      this.cacheLo[i] = lo;
      this.cacheHi[i] = Math.max(lo - 1, hi);
      widest = Math.max(widest, this.cacheHi[i] - lo + 1);
    }
    this.widest = widest;
    this.ringMask = ringRows - 1;
    this.ringRow = ws.i32('cache.rows', ringRows, -1);
    this.cache = ws.f64('cache', ringRows * widest, 'any');
    this.stamp = ws.i32('stamp', w.length, -1);
  }

  /** Where row i's overlaps sit in the cache, less its first column: filled first if the ring holds another row. */
  private rowBase(i: number): number {
    const slot = i & this.ringMask;
    if (this.ringRow[slot] !== i) this.fillRow(i, slot);
    return slot * this.widest - this.cacheLo[i];
  }

  /** Cache the overlaps of source row i with the targets of its band, in ring slot `slot`. */
  private fillRow(i: number, slot: number): void {
    this.ringRow[slot] = i;
    const w = this.p.weights;
    const stamp = this.stamp;
    const { data: sd, start: ss } = this.S.features;
    const { data: td, start: ts } = this.T.features;
    for (let k = ss[i]; k < ss[i + 1]; k++) stamp[sd[k]] = i;
    const base = slot * this.widest - this.cacheLo[i];
    for (let j = this.cacheLo[i]; j <= this.cacheHi[i]; j++) {
      let ov = 0;
      for (let k = ts[j], end = ts[j + 1]; k < end; k++) if (stamp[td[k]] === i) ov += w[td[k]];
      this.cache[base + j] = ov;
    }
  }

  /**
   * Forget the cached rows: every overlap is then computed from the features (the same sum, in the
   * same order). For the few costs asked after the DP (its path's), which would refill every row.
   */
  dropCache(): void {
    for (let i = 0; i < this.S.n; i++) this.cacheHi[i] = this.cacheLo[i] - 1;
  }

  private ov(i: number, j: number): number {
    if (j >= this.cacheLo[i] && j <= this.cacheHi[i]) return this.cache[this.rowBase(i) + j];
    return overlap(this.S.features, i, this.T.features, j, this.p.weights);
  }

  /** Weighted Dice of the features of source [i0, i1) and target [j0, j1). */
  similarity(i0: number, i1: number, j0: number, j1: number): number {
    if (i1 - i0 > 1 && j1 - j0 > 1) return this.blockSimilarity(i0, i1, j0, j1);
    let ov = 0;
    const cache = this.cache;
    for (let i = i0; i < i1; i++) {
      const lo = this.cacheLo[i];
      if (j0 >= lo && j1 - 1 <= this.cacheHi[i]) {
        const base = this.rowBase(i);
        for (let j = j0; j < j1; j++) ov += cache[base + j];
      } else for (let j = j0; j < j1; j++) ov += this.ov(i, j);
    }
    const total = this.massPrefixS[i1] - this.massPrefixS[i0] + this.massPrefixT[j1] - this.massPrefixT[j0];
    return total > 0 ? Math.min(1, (2 * ov) / total) : 1;
  }

  /**
   * Dice of an n-m bead (n, m > 1) counting each member's best match only:
   * summing all pairs would count twice what near-duplicate members share,
   * and two repeated sentences would then pair 2-2 instead of 1-1 twice.
   */
  private blockSimilarity(i0: number, i1: number, j0: number, j1: number): number {
    const colBest = this.colBest;
    colBest.fill(0);
    let rows = 0;
    let all = 0;
    for (let i = i0; i < i1; i++) {
      let best = 0;
      for (let j = j0; j < j1; j++) {
        const v = this.ov(i, j);
        all += v;
        if (v > best) best = v;
        if (v > colBest[j - j0]) colBest[j - j0] = v;
      }
      rows += best;
    }
    let cols = 0;
    for (let j = j0; j < j1; j++) cols += colBest[j - j0];
    const total = this.massPrefixS[i1] - this.massPrefixS[i0] + this.massPrefixT[j1] - this.massPrefixT[j0];
    const best = Math.max(rows, cols);
    const ov = best + CROSS_SHARE * (all - best);
    return total > 0 ? Math.min(1, (2 * ov) / total) : 1;
  }

  /** Cost of the bead with shape `shape` ending at cell (i, j), without its prior. */
  cost(i: number, j: number, a: number, b: number): number {
    if (a === 0 || b === 0) return this.p.skip * (a + b);
    // Two segments that say one thing twice (a repeated bullet) against one: the repeat adds nothing
    // to pair, so the bead costs what its fuller member paired alone does (plus the shape's prior).
    if (a === 2 && b === 1 && this.keptS[i - 2] !== 0) this.pairCost(i - 2 + this.keptS[i - 2], j, 1, 1);
    else if (a === 1 && b === 2 && this.keptT[j - 2] !== 0) this.pairCost(i, j - 2 + this.keptT[j - 2], 1, 1);
    else this.pairCost(i, j, a, b);
    return this.priced;
  }

  /** Cost of pairing source [i − a, i) with target [j − b, j), both non-empty. */
  private pairCost(i: number, j: number, a: number, b: number): void {
    const p = this.p;
    const i0 = i - a;
    const j0 = j - b;
    let sim = this.similarity(i0, i, j0, j);
    const ls = this.lenPrefixS[i] - this.lenPrefixS[i0];
    const lt = this.lenPrefixT[j] - this.lenPrefixT[j0];
    let lc = lengthCost(p.length, ls, lt);
    if (a === 1 && b === 1) {
      // The evidence against pairing two segments at all is bounded: a loose paraphrase is a length
      // outlier, a short pair with few features (`Logs` ↔ `Carnets de route`) lacks evidence either
      // way, and two translations of one sentence can share few words. Unbounded, both sides were
      // left unpaired or merged into their neighbours.
      if (lc > p.lengthCap) lc = p.lengthCap;
      if (sim < p.floorMean) {
        const mass = this.massPrefixS[i] - this.massPrefixS[i0] + this.massPrefixT[j] - this.massPrefixT[j0];
        sim = (sim * mass + p.floorMass * p.floorMean) / (mass + p.floorMass);
      }
    }
    // Dissimilarity counts per segment paired, or merging would be a way to halve it.
    let dis = p.similarityWeight * (1 - sim) * ((a + b) / 2);
    if (a === 1 && b === 1 && dis > p.pairCap) dis = p.pairCap;
    let c = p.lengthWeight * lc + dis;
    // A bead starting mid-sentence on one side only has cut a sentence there and not here: a fragment
    // (`Já,` before `við erum…`) joins the segment it begins, not the one before.
    if (this.S.continues[i0] !== this.T.continues[j0]) c += p.continuationPenalty;
    if (!this.structured) {
      this.priced = c;
      return;
    }
    const S = this.S;
    const T = this.T;
    let hs = 0;
    let ht = 0;
    let is = 0;
    let it = 0;
    for (let k = i0; k < i; k++) {
      if (S.kinds[k] === KIND_HEADING) hs = 1;
      else if (S.kinds[k] === KIND_ITEM) is = 1;
    }
    for (let k = j0; k < j; k++) {
      if (T.kinds[k] === KIND_HEADING) ht = 1;
      else if (T.kinds[k] === KIND_ITEM) it = 1;
    }
    if (hs !== ht) c += p.headingPenalty;
    if (is !== it) c += p.itemPenalty;
    const ss = S.sections[i0];
    const st = T.sections[j0];
    if (ss >= 0 && st >= 0 && ss !== st) c += p.sectionPenalty;
    this.priced = c;
  }
}

/**
 * For each segment k and its successor: 0, or 1 + the offset of the one that nearly contains the
 * other (REPEATED of the smaller one's feature mass is in the larger one).
 */
function repeats(seq: Sequence, w: Float64Array, masses: Float64Array, kept: Uint8Array): Uint8Array {
  for (let k = 0; k + 1 < seq.n; k++) {
    const small = Math.min(masses[k], masses[k + 1]);
    if (small > 0 && overlap(seq.features, k, seq.features, k + 1, w) >= REPEATED * small) kept[k] = masses[k] >= masses[k + 1] ? 1 : 2;
  }
  return kept;
}

/** Fill the DP over a band and trace the cheapest path back. */
function bandDP(S: Sequence, T: Sequence, band: Band, p: CostParams, shapeCount: number, ws: Workspace): Path {
  const n = S.n;
  const m = T.n;
  const model = new CostModel(S, T, band, p, ws);
  const start = ws.i32('dp.start', n + 2, 'any');
  start[0] = 0;
  let widest = 0;
  for (let i = 0; i <= n; i++) {
    start[i + 1] = start[i] + (band.hi[i] - band.lo[i] + 1);
    widest = Math.max(widest, band.hi[i] - band.lo[i] + 1);
  }
  // The back pointers of every cell, the costs of the last rows a bead reaches back to (a ring).
  const RING = MAX_SIDE + 1;
  const D = ws.f64('dp.cost', RING * widest, 'any');
  const back = ws.u8('dp.back', start[n + 1], 'any');
  const shapes = Math.min(shapeCount, BEAD_SHAPES.length);
  const A = Int32Array.from(BEAD_SHAPES, (s) => s[0]);
  const B = Int32Array.from(BEAD_SHAPES, (s) => s[1]);
  const { lo, hi } = band;
  D[0] = 0;
  for (let i = 0; i <= n; i++) {
    const rowBase = start[i] - lo[i];
    const ringBase = (i % RING) * widest - lo[i];
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = 0;
      for (let t = 0; t < shapes; t++) {
        const a = A[t];
        const b = B[t];
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = D[(pi % RING) * widest - lo[pi] + pj];
        // Bead costs are never negative: a predecessor already too dear needs no bead cost.
        if (prev + p.priors[t] >= best) continue;
        const c = prev + p.priors[t] + model.cost(i, j, a, b);
        if (c < best) {
          best = c;
          arg = t;
        }
      }
      D[ringBase + j] = best;
      back[rowBase + j] = arg;
    }
  }
  model.dropCache();
  return traceBack(model, back, start, band, p, A, B, n, m);
}

/**
 * The cheapest path, from the DP's back pointers. A function of its own: inside bandDP, V8
 * optimised the fill loop before this one had run and threw that code away on reaching it.
 */
function traceBack(model: CostModel, back: Uint8Array, start: Int32Array, band: Band, p: CostParams, A: Int32Array, B: Int32Array, n: number, m: number): Path {
  const lo = band.lo;
  // Count the beads first: typed arrays of the right length, not three arrays pushed to a million.
  let count = 0;
  for (let i = n, j = m; i > 0 || j > 0; count++) {
    const t = back[start[i] - lo[i] + j];
    i -= A[t];
    j -= B[t];
  }
  const path: Path = { a: new Uint8Array(count), b: new Uint8Array(count), costs: new Float64Array(count) };
  let i = n;
  let j = m;
  for (let k = count - 1; k >= 0; k--) {
    const t = back[start[i] - lo[i] + j];
    const a = A[t];
    const b = B[t];
    path.a[k] = a;
    path.b[k] = b;
    path.costs[k] = model.cost(i, j, a, b) + p.priors[t];
    i -= a;
    j -= b;
  }
  return path;
}

/** How `search` searches. */
export interface SearchOptions {
  /** A path on the same sequences to search around instead of a coarse pass. */
  guide?: Path;
  /** Half-width of the band around the guide. */
  width?: number;
  /** How many of BEAD_SHAPES to try (the first ones). */
  shapes?: number;
  /** Arrays to reuse (one per alignment: searches of one alignment run one after another). */
  workspace?: Workspace;
  /** Coarse levels above the input this search runs at (set by `search` itself). */
  level?: number;
}

/** Find the cheapest monotone bead path, coarse to fine. */
export function search(S: Sequence, T: Sequence, p: CostParams, options: SearchOptions = {}): Path {
  const { guide, width = BAND, shapes = BEAD_SHAPES.length, workspace = new Workspace(), level = 0 } = options;
  const n = S.n;
  const m = T.n;
  let band: Band;
  if (guide) band = projectBand(guide, 1, n, m, width, workspace);
  else if (n * m <= searchLimits.fullCells) band = fullBand(n, m, workspace);
  else {
    const shared = sharedFeatures(S, T, p.weights.length, workspace);
    // Blocks of blocks (level 2 and up) leave 4^level segments unpaired when skipped: priced as one
    // segment, a skip let the path slide by whole paragraphs where text repeats (the 100k-line
    // bench of Text+Berg test files repeated: strict F1 .47, priced by DOWNSAMPLE per level .87).
    // Blocks of segments keep one skip each: a block unpaired often stands for a line or two
    // dropped, and four skips each made the path pair it astray (Text+Berg dev, 1 to 9 lines
    // dropped, the coarse pass forced: .861 against .868).
    const q = level === 0 ? p : repriced(p, p.weights, p.skip * DOWNSAMPLE);
    const coarse = search(downsample(S, DOWNSAMPLE, p.weights, shared), downsample(T, DOWNSAMPLE, p.weights, shared), q, { workspace, level: level + 1 });
    band = projectBand(coarse, DOWNSAMPLE, n, m, BAND, workspace);
    return repaired(S, T, band, bandDP(S, T, band, p, shapes, workspace), p, shapes, workspace);
  }
  return bandDP(S, T, band, p, shapes, workspace);
}

/**
 * Search again, wider, where a path found in a band around a coarse path runs along the band's
 * edge: there the coarse path may have led it astray (a block left unpaired where one line was, an
 * offset of a few lines the blocks could not show), and the cheapest path may lie outside. Each
 * window around such vertices is searched on its own, between two vertices of the path kept as
 * they are, in a band around the path's beads there, widened each round while the new path still
 * touches its edge. A window's band holds the beads it replaces, so the path only gets cheaper;
 * the cost is that of the windows, none where the path kept off the edges.
 */
function repaired(S: Sequence, T: Sequence, band: Band, path: Path, p: CostParams, shapes: number, ws: Workspace): Path {
  const m = T.n;
  const count = path.a.length;
  const vi = ws.i32('repair.i', count + 1);
  const vj = ws.i32('repair.j', count + 1);
  for (let k = 0; k < count; k++) {
    vi[k + 1] = vi[k] + path.a[k];
    vj[k + 1] = vj[k] + path.b[k];
  }
  // Windows as vertex ranges [from, to], merged where they overlap, all found before any search
  // (the searches reuse the band's arrays).
  const windows: number[] = [];
  const { lo, hi } = band;
  const margin = REPAIR_MARGIN;
  for (let k = 1; k < count; k++) {
    const i = vi[k];
    const j = vj[k];
    if (!((j === lo[i] && j > 0) || (j === hi[i] && j < m))) continue;
    const last = windows.length - 1;
    let from = k;
    const floor = last >= 0 ? windows[last] : 0;
    while (from > floor && vi[from] > i - margin) from--;
    let to = Math.max(k, last >= 0 ? windows[last] : k);
    while (to < count && vi[to] < i + margin) to++;
    if (last >= 0 && from <= windows[last]) windows[last] = to;
    else windows.push(from, to);
  }
  if (windows.length === 0) return path;
  const ids = new LocalIds(p.weights.length, ws);
  const pieces: Path[] = [];
  for (let w = 0; w < windows.length; w += 2) {
    const from = windows[w];
    const to = windows[w + 1];
    let sub: Path = { a: path.a.subarray(from, to), b: path.b.subarray(from, to), costs: path.costs.subarray(from, to) };
    pieces.push(sub);
    const i0 = vi[from];
    const j0 = vj[from];
    const n1 = vi[to] - i0;
    const m1 = vj[to] - j0;
    // Only one shape of bead fits a window with no line on one side.
    if (n1 === 0 || m1 === 0) continue;
    const subS = ids.view(S, i0, i0 + n1);
    const subT = ids.view(T, j0, j0 + m1);
    const q = repriced(p, ids.weights(p.weights), p.skip);
    for (let round = 0, width = REPAIR_WIDTH; round < REPAIR_ROUNDS; round++, width *= 2) {
      const subBand = projectBand(sub, 1, n1, m1, width, ws);
      sub = bandDP(subS, subT, subBand, q, shapes, ws);
      if (!touchesEdge(sub, subBand, m1)) break;
    }
    pieces[pieces.length - 1] = sub;
    ids.clear();
  }
  // The path with each window's beads replaced.
  let total = count;
  for (let w = 0; w < windows.length; w += 2) total += pieces[w / 2].a.length - (windows[w + 1] - windows[w]);
  const out: Path = { a: new Uint8Array(total), b: new Uint8Array(total), costs: new Float64Array(total) };
  let at = 0;
  let k = 0;
  const copy = (piece: Path, from: number, to: number): void => {
    out.a.set(piece.a.subarray(from, to), at);
    out.b.set(piece.b.subarray(from, to), at);
    out.costs.set(piece.costs.subarray(from, to), at);
    at += to - from;
  };
  for (let w = 0; w < windows.length; w += 2) {
    copy(path, k, windows[w]);
    const piece = pieces[w / 2];
    copy(piece, 0, piece.a.length);
    k = windows[w + 1];
  }
  copy(path, k, count);
  return out;
}

/** Whether a vertex of `path` lies on an edge of `band` that could move (not column 0 or m). */
function touchesEdge(path: Path, band: Band, m: number): boolean {
  const { lo, hi } = band;
  let i = 0;
  let j = 0;
  for (let k = 0; k < path.a.length - 1; k++) {
    i += path.a[k];
    j += path.b[k];
    if ((j === lo[i] && j > 0) || (j === hi[i] && j < m)) return true;
  }
  return false;
}

/** `p` with other feature weights and skip cost, its fields set in the order of CostParams (one hidden class for the cost code). */
function repriced(p: CostParams, weights: Float64Array, skip: number): CostParams {
  return {
    weights,
    length: p.length,
    lengthWeight: p.lengthWeight,
    lengthCap: p.lengthCap,
    pairCap: p.pairCap,
    similarityWeight: p.similarityWeight,
    floorMass: p.floorMass,
    floorMean: p.floorMean,
    skip,
    priors: p.priors,
    headingPenalty: p.headingPenalty,
    itemPenalty: p.itemPenalty,
    sectionPenalty: p.sectionPenalty,
    continuationPenalty: p.continuationPenalty,
  };
}

/**
 * Windows of two sequences with their feature ids renumbered from 0: a window's search then sizes
 * its per-feature arrays by the window's features, not by the whole vocabulary (a million-line
 * bitext has millions of features, and hundreds of windows).
 */
class LocalIds {
  /** Local id of each global feature id, −1 when not in the window. */
  private readonly local: Int32Array;
  /** Global id of each local id. */
  private readonly global: number[] = [];

  constructor(vocabulary: number, ws: Workspace) {
    this.local = ws.i32('repair.local', vocabulary, -1);
  }

  /** Segments [from, to) of `seq`, their features in local ids (sorted, as the overlap merge needs). */
  view(seq: Sequence, from: number, to: number): Sequence {
    const { data, start } = seq.features;
    const base = start[from];
    const out = new Int32Array(start[to] - base);
    const starts = new Int32Array(to - from + 1);
    for (let k = from; k < to; k++) {
      const s = start[k] - base;
      const e = start[k + 1] - base;
      for (let x = s; x < e; x++) {
        const g = data[base + x];
        let l = this.local[g];
        if (l < 0) {
          l = this.local[g] = this.global.length;
          this.global.push(g);
        }
        out[x] = l;
      }
      out.subarray(s, e).sort();
      starts[k - from + 1] = e;
    }
    return {
      n: to - from,
      features: { data: out, start: starts },
      lengths: seq.lengths.subarray(from, to),
      kinds: seq.kinds.subarray(from, to),
      sections: seq.sections.subarray(from, to),
      continues: seq.continues.subarray(from, to),
    };
  }

  /** The weights of the local ids so far. */
  weights(global: Float64Array): Float64Array {
    return Float64Array.from(this.global, (g) => global[g]);
  }

  /** Forget the window's ids (only those: linear in the window). */
  clear(): void {
    for (const g of this.global) this.local[g] = -1;
    this.global.length = 0;
  }
}

/**
 * The cost of any bead near a path, prior included, as the search priced it: for confidence
 * margins (align/confidence.ts), which weigh the chosen beads against their local alternatives.
 * @param path the path the beads lie near (costs are cached in a band of `width` around it)
 * @param workspace the alignment's arrays: the function is valid until the next search with them
 * @returns cost(i0, j0, a, b) of pairing source [i0, i0 + a) with target [j0, j0 + b), shape index `t`
 */
export function beadCostFunction(S: Sequence, T: Sequence, p: CostParams, path: Path, width: number, workspace = new Workspace()): (i0: number, j0: number, t: number) => number {
  // The confidence windows walk the path: a ring of rows holds a window's rows (a longer one refills a few).
  const model = new CostModel(S, T, projectBand(path, 1, S.n, T.n, width, workspace), p, workspace, CONFIDENCE_RING_ROWS);
  return (i0, j0, t) => {
    const [a, b] = BEAD_SHAPES[t];
    return model.cost(i0 + a, j0 + b, a, b) + p.priors[t];
  };
}

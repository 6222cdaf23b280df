/**
 * Near-duplicate search in linear time: word shingles, MinHash signatures and
 * LSH banding (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive
 * Datasets", ch. 3), plus an index of least shingles for texts inside larger ones,
 * then exact verification of the candidate pairs.
 */

import { fnv1a } from '../text/hash.js';

/** Words per shingle: three words are specific enough that shared shingles mean shared wording. */
export const SHINGLE_WORDS = 3;
/** Rows per LSH band: two rows make pairs with a Jaccard of 0.3 (a short text inside a long one) likely candidates. */
const ROWS = 2;
/** Bands: with 2 rows, 32 bands find a pair of Jaccard 0.3 with probability 0.95 and one of 0.1 with 0.27. */
const BANDS = 32;
const HASHES = ROWS * BANDS;
/** Latest members of an LSH bucket each new member is compared with: bounds boilerplate-heavy buckets to linear cost. */
const BUCKET_COMPARE = 8;

/** FNV-1a over UTF-16 code units (`text/hash.ts`). */
const hashString = fnv1a;

/** MurmurHash3's finaliser: a cheap, well-mixing 32-bit permutation. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The set of word shingles of a text, as sorted unique 32-bit hashes.
 * @param words the text's folded words
 */
export function shingles(words: readonly string[]): Uint32Array {
  const hashes = words.map(hashString);
  const n = Math.max(1, hashes.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE_WORDS && i + k < hashes.length; k++) h = mix((h ^ hashes[i + k]) + k);
    out[i] = h;
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[m - 1]) out[m++] = out[i];
  return out.slice(0, m);
}

/** Multiply-add hash family over the (already mixed) shingle hashes: odd multipliers, random offsets. */
const MULTIPLIERS = new Int32Array(HASHES);
const OFFSETS = new Int32Array(HASHES);
{
  let seed = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    MULTIPLIERS[i] = (seed = mix(seed + i)) | 1;
    OFFSETS[i] = seed = mix(seed + 0x632be5ab);
  }
}

/** The MinHash signature of a shingle set: per hash function, the least hash of any shingle. */
function signature(set: Uint32Array, sig: Uint32Array): void {
  sig.fill(0xffffffff);
  for (let j = 0; j < set.length; j++) {
    const x = set[j];
    for (let i = 0; i < HASHES; i++) {
      const h = (Math.imul(x, MULTIPLIERS[i]) + OFFSETS[i]) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
}

function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return n;
}

/** A pair of similar texts found by `findSimilarPairs`. */
export interface SimilarPair {
  /** Index (in the input) of the earlier text. */
  earlier: number;
  /** Index of the later text. */
  later: number;
  /** Shared shingles over the smaller text's shingles, in [0, 1]. */
  containment: number;
  /** Shared shingles over all shingles of both, in [0, 1]. */
  jaccard: number;
  /** Smaller shingle count over the larger, in (0, 1]. */
  sizeRatio: number;
}

/**
 * For each text, its most similar earlier text when they pass `accept`.
 * @param sets shingle sets from `shingles`, or `null` for texts to leave out
 * @param accept decides whether a verified pair counts
 * @returns at most one pair per later text, in the order of the later texts
 */
export function findSimilarPairs(
  sets: readonly (Uint32Array | null)[],
  accept: (pair: SimilarPair) => boolean,
): SimilarPair[] {
  const n = sets.length;
  let live = 0;
  for (const set of sets) if (set) live++;
  const sigs = new Uint32Array(n * HASHES);
  for (let i = 0; i < n; i++) {
    const set = sets[i];
    if (set) signature(set, sigs.subarray(i * HASHES, (i + 1) * HASHES));
  }
  // One band at a time, so the bucket table stays small enough to sit in cache.
  let capacity = 16;
  while (capacity < live * 2) capacity *= 2;
  const mask = capacity - 1;
  const tableKeys = new Uint32Array(capacity);
  const tableHeads = new Int32Array(capacity);
  const previous = new Int32Array(n);
  const best: (SimilarPair | undefined)[] = new Array(n);
  const rejected = new Int32Array(n).fill(-1);
  const consider = (later: number, member: number): void => {
    // Similar pairs meet again in many bands: skip the pair already kept, and the last one turned down.
    if (best[later]?.earlier === member || rejected[later] === member) return;
    const set = sets[later] as Uint32Array;
    const other = sets[member] as Uint32Array;
    const shared = intersectionSize(set, other);
    const small = Math.min(set.length, other.length);
    const pair: SimilarPair = {
      earlier: member,
      later,
      containment: shared / small,
      jaccard: shared / (set.length + other.length - shared),
      sizeRatio: small / Math.max(set.length, other.length),
    };
    const current = best[later];
    if (shared > 0 && accept(pair) && (!current || pair.jaccard > current.jaccard || (pair.jaccard === current.jaccard && member < current.earlier))) {
      best[later] = pair;
    } else rejected[later] = member;
  };
  for (let b = 0; b < BANDS; b++) {
    tableHeads.fill(-1);
    for (let later = 0; later < n; later++) {
      const set = sets[later];
      if (!set) continue;
      let key = mix(b + 1);
      for (let r = 0; r < ROWS; r++) key = mix(key ^ sigs[later * HASHES + b * ROWS + r]);
      let slot = key & mask;
      while (tableHeads[slot] !== -1 && tableKeys[slot] !== key) slot = (slot + 1) & mask;
      let member = tableHeads[slot];
      previous[later] = member;
      tableKeys[slot] = key;
      tableHeads[slot] = later;
      for (let steps = 0; member !== -1 && steps < BUCKET_COMPARE; steps++, member = previous[member]) consider(later, member);
    }
  }
  for (const [a, b] of containedCandidates(sets)) consider(Math.max(a, b), Math.min(a, b));
  return best.filter((p): p is SimilarPair => p !== undefined);
}

/** Shingles per text that look a text up in the containment index (its least hashes). */
const QUERY_SHINGLES = 2;
/** Texts kept per shingle in the containment index: bounds boilerplate shingles to linear cost. */
const POSTING_LIMIT = 8;

/**
 * Candidate pairs where a text may lie inside a larger one. MinHash finds such a pair
 * only with a probability near the size ratio (a 15-word bullet inside a 50-word one:
 * often missed); here a text is looked up by its few least shingle hashes in an index of
 * every text's shingles, so a text wholly inside another meets it (unless those shingles
 * are boilerplate shared by more than POSTING_LIMIT texts).
 * @returns [i, j] index pairs, each once, i ≠ j
 */
function containedCandidates(sets: readonly (Uint32Array | null)[]): [number, number][] {
  // Shingle sets are sorted: a text's least hashes are its first ones. They go in an
  // open-addressing table (typed arrays: these hashes are beyond V8's small integers).
  let queries = 0;
  for (const set of sets) if (set) queries += Math.min(QUERY_SHINGLES, set.length);
  let capacity = 16;
  while (capacity < queries * 2) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Uint32Array(capacity);
  // Dense id + 1 of the shingle in each slot (0: empty).
  const ids = new Int32Array(capacity);
  let next = 0;
  const idOf = (h: number, insert: boolean): number => {
    let slot = mix(h) & mask;
    while (ids[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    if (ids[slot] === 0) {
      if (!insert) return -1;
      ids[slot] = ++next;
      keys[slot] = h;
    }
    return ids[slot] - 1;
  };
  for (const set of sets) if (set) for (let k = 0; k < Math.min(QUERY_SHINGLES, set.length); k++) idOf(set[k], true);
  // Postings: at most POSTING_LIMIT texts per wanted shingle, in flat arrays.
  const counts = new Int32Array(next);
  const postings = new Int32Array(next * POSTING_LIMIT);
  sets.forEach((set, i) => {
    if (!set) return;
    for (let k = 0; k < set.length; k++) {
      const id = idOf(set[k], false);
      if (id < 0 || counts[id] >= POSTING_LIMIT) continue;
      postings[id * POSTING_LIMIT + counts[id]++] = i;
    }
  });
  const out: [number, number][] = [];
  const seen = new Set<number>();
  sets.forEach((set, i) => {
    if (!set) return;
    seen.clear();
    for (let k = 0; k < Math.min(QUERY_SHINGLES, set.length); k++) {
      const id = idOf(set[k], false);
      for (let p = 0; p < counts[id]; p++) {
        const j = postings[id * POSTING_LIMIT + p];
        if (j === i || seen.has(j)) continue;
        seen.add(j);
        // Only a larger (or equal) text can contain this one.
        if ((sets[j] as Uint32Array).length >= set.length) out.push([i, j]);
      }
    }
  });
  return out;
}

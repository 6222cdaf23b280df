/**
 * Grouping: which documents are versions of one text. Each document is
 * fingerprinted by its anchor values (dates, figures, names); candidate pairs
 * come from an inverted index over those values, so the cost grows with the
 * number of shared values, never with all pairs of documents.
 */
import type { DocFeatures } from './features.js';
import { orderAgreement, ratio, structureSimilarity } from './features.js';

// A value found in more documents than any plausible group of versions (a country name, the
// current year) says little about which text a document is: it is left out like a stop word.
// This also bounds the inverted index's work per value, keeping grouping linear in corpus size.
const COMMON_VALUE_DOCS = 256;
// Dates and figures survive translation; names and acronyms are often translated. So the
// language-neutral values decide first: weighted Jaccard above this, and two documents are one text.
const SAME_TEXT_NEUTRAL = 0.4;
// Between this and SAME_TEXT_NEUTRAL, the order of dates and figures decides (a quick alignment).
const MAYBE_SAME_TEXT_NEUTRAL = 0.25;
// Share of dates and figures in the same order above which a borderline pair is one text.
const SAME_ORDER = 0.7;
// With fewer dates and figures than this on either side, all anchors (names too) decide…
const FEW_NEUTRAL = 3;
// …above this weighted Jaccard of all anchor values.
const SAME_TEXT_ANCHORS = 0.3;
// With fewer anchors than this on either side, the content words decide (same language only).
const FEW_ANCHORS = 3;
// Jaccard of content words above which two same-language documents with few anchors are one text.
const SAME_TEXT_WORDS = 0.5;
// Two versions of one text are not wildly different in size or shape.
const MIN_LENGTH_RATIO = 0.4;
const MIN_STRUCTURE = 0.4;

/** An edge between two documents judged versions of one text, with its evidence. */
export interface Link {
  a: number;
  b: number;
  /** Weighted Jaccard of dates and figures. */
  anchors: number;
}

/**
 * Weighted Jaccard (inverse document frequency weights) for every pair of
 * documents sharing at least one value, found through an inverted index.
 * Values too common to tell texts apart are left out on both sides.
 * @returns per document, a map from each later document index to the similarity
 */
function similarities(lists: readonly (readonly string[])[]): Map<number, number>[] {
  const n = lists.length;
  const df = new Map<string, number>();
  for (const list of lists) for (const v of list) df.set(v, (df.get(v) ?? 0) + 1);
  const cap = COMMON_VALUE_DOCS;
  const weight = (v: string): number => Math.log(1 + n / df.get(v)!);
  const total = new Float64Array(n);
  const postings = new Map<string, number[]>();
  lists.forEach((list, i) => {
    for (const v of list) {
      const d = df.get(v)!;
      if (d > cap) continue;
      // A value only this document has still weighs in its total: it is evidence of difference.
      total[i] += weight(v);
      if (d === 1) continue;
      let p = postings.get(v);
      if (!p) postings.set(v, (p = []));
      p.push(i);
    }
  });
  const shared: Map<number, number>[] = lists.map(() => new Map());
  for (const [v, docs] of postings) {
    const wv = weight(v);
    for (let x = 0; x < docs.length; x++) {
      const m = shared[docs[x]];
      for (let y = x + 1; y < docs.length; y++) m.set(docs[y], (m.get(docs[y]) ?? 0) + wv);
    }
  }
  return shared.map((m, i) => {
    const sim = new Map<number, number>();
    for (const [j, s] of m) {
      const union = total[i] + total[j] - s;
      sim.set(j, union > 0 ? s / union : 0);
    }
    return sim;
  });
}

/**
 * Links between documents that are versions of one text.
 * @param features one entry per document, in a fixed order
 * @returns links with `a < b`, in index order
 */
export function findLinks(features: readonly DocFeatures[]): Link[] {
  const n = features.length;
  const neutralSim = similarities(features.map((f) => [...f.neutral]));
  const anchorSim = similarities(features.map((f) => f.anchors));
  const wordSim = similarities(features.map((f) => f.words));
  const links: Link[] = [];
  for (let a = 0; a < n; a++) {
    const fa = features[a];
    const candidates = new Set<number>([...neutralSim[a].keys(), ...anchorSim[a].keys(), ...wordSim[a].keys()]);
    for (const b of [...candidates].sort((x, y) => x - y)) {
      const fb = features[b];
      if (ratio(fa.length, fb.length) < MIN_LENGTH_RATIO || structureSimilarity(fa, fb) < MIN_STRUCTURE) continue;
      const neutral = neutralSim[a].get(b) ?? 0;
      const fewNeutral = fa.neutral.size < FEW_NEUTRAL || fb.neutral.size < FEW_NEUTRAL;
      const fewAnchors = fa.anchors.length < FEW_ANCHORS || fb.anchors.length < FEW_ANCHORS;
      const sameLang = fa.lang === fb.lang && fa.lang !== 'und';
      const linked = fewNeutral
        ? (anchorSim[a].get(b) ?? 0) >= SAME_TEXT_ANCHORS || (fewAnchors && sameLang && (wordSim[a].get(b) ?? 0) >= SAME_TEXT_WORDS)
        : neutral >= SAME_TEXT_NEUTRAL || (neutral >= MAYBE_SAME_TEXT_NEUTRAL && orderAgreement(fa, fb) >= SAME_ORDER);
      if (linked) links.push({ a, b, anchors: neutral });
    }
  }
  return links;
}

/**
 * Connected components of the links.
 * @returns groups of document indices, each sorted, ordered by their first index
 */
export function components(n: number, links: readonly Link[]): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const { a, b } of links) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = []));
    g.push(i);
  }
  return [...byRoot.values()].sort((x, y) => x[0] - y[0]);
}

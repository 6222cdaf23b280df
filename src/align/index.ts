/**
 * Stage 3, align: pair equivalent segments of two documents. Length model
 * after Gale & Church (1993), feature overlap (words, numbers, cognates,
 * punctuation), an IBM Model 1 table learned from the bitext itself, and a
 * banded coarse-to-fine search after vecalign (Thompson & Koehn 2019).
 */
import type { Bead, SegmentKind, SegmentedDocument } from '../types.js';
import { extractFeatures, featureWeights, fold, IdListsBuilder, Vocabulary, type IdLists } from './features.js';
import { bestTranslations, trainingStep } from './lexicon.js';
import { lengthModel, reestimateVariance } from './length.js';
import { beadScore, GAP_SCORE } from './score.js';
import { TUNING } from './tuning.js';
import { BEAD_SHAPES, beadCostFunction, KIND_HEADING, KIND_ITEM, KIND_TEXT, search, type CostParams, type Path, type Sequence } from './search.js';
import { sureFlags } from './confidence.js';
import { Workspace } from './workspace.js';

export { lexiconMatches, orientLexicon, parseLexicon, readLexicon, type Lexicon } from './lexicon.js';
import { orientLexicon } from './lexicon.js';

/** Options for `align`. */
export interface AlignOptions {
  /** User lexicon: (source word, target word) pairs known to be translations. */
  lexicon?: ReadonlyArray<readonly [string, string]>;
  /**
   * Languages of the lexicon's two columns (ISO 639-1). `align` then applies it as given to a
   * pair in those languages, swapped to the reverse pair, and not at all to others.
   */
  lexiconLangs?: readonly [string, string];
}

/** Options for `alignTexts`: structure and language of plain-text segments. */
export interface AlignTextsOptions extends AlignOptions {
  /** Kind of each source segment (default: all sentences). */
  sourceKinds?: readonly SegmentKind[];
  /** Kind of each target segment. */
  targetKinds?: readonly SegmentKind[];
  /** Section path of each source segment (`"1.4"`), undefined where none. */
  sourceSections?: ReadonlyArray<string | undefined>;
  /** Section path of each target segment. */
  targetSections?: ReadonlyArray<string | undefined>;
  /** List label of each source segment (`4`, `b`), undefined where none. */
  sourceLabels?: ReadonlyArray<string | undefined>;
  /** List label of each target segment. */
  targetLabels?: ReadonlyArray<string | undefined>;
  /** Both sides are in the same language (drafts, versions): word overlap weighs more. */
  sameLanguage?: boolean;
  /** Language of the source (ISO 639-1), for figures written in words; `und` when unknown. */
  sourceLanguage?: string;
  /** Language of the target. */
  targetLanguage?: string;
}

const P = TUNING;

function kindCodes(kinds: readonly SegmentKind[] | undefined, n: number): Uint8Array {
  const codes = new Uint8Array(n);
  if (!kinds) return codes;
  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    codes[i] = k === 'heading' || k === 'title' ? KIND_HEADING : k === 'item' ? KIND_ITEM : KIND_TEXT;
  }
  return codes;
}

/** What a sentence may open with before its first letter: quotes, brackets, dashes. */
const CONTINUATION = /^[\s"'«“„‘(\[\-–—]*\p{Ll}/u;

/**
 * 1 where a text segment starts with a lower-case letter, so goes on with a sentence begun in the
 * segment before (`Já,` / `við erum…`). Items and headings often start in lower case in one language
 * and not the other, so only plain text counts.
 */
function continuationCodes(texts: readonly string[], kinds: readonly SegmentKind[] | undefined): Uint8Array {
  return Uint8Array.from(texts, (t, i) => {
    const k = kinds?.[i];
    return (k === undefined || k === 'sentence' || k === 'clause') && CONTINUATION.test(t) ? 1 : 0;
  });
}

/**
 * Top-level section id per segment, -1 where none. An item's own number is not a section: after a
 * dropped item the later ones are numbered differently on the two sides, and must still pair.
 */
function sectionCodes(sections: ReadonlyArray<string | undefined> | undefined, kinds: readonly SegmentKind[] | undefined, n: number, ids: Map<string, number>): Int32Array {
  const codes = new Int32Array(n).fill(-1);
  if (!sections) return codes;
  for (let i = 0; i < n; i++) {
    const s = sections[i];
    if (!s || (kinds?.[i] === 'item' && !s.includes('.'))) continue;
    const top = s.split('.')[0];
    let id = ids.get(top);
    if (id === undefined) {
      id = ids.size;
      ids.set(top, id);
    }
    codes[i] = id;
  }
  return codes;
}

/**
 * The 1-1 to 2-2 beads of a path whose cost is among the cheapest share (TUNING.confidentShare),
 * flat: bead k is source [i0, i1) and target [j0, j1) at `4k` to `4k + 3`.
 */
function confidentBeads(path: Path): Int32Array {
  const cost = new Float64Array(path.a.length);
  let count = 0;
  for (let k = 0; k < path.a.length; k++) {
    const a = path.a[k];
    const b = path.b[k];
    if (a > 0 && b > 0 && a <= 2 && b <= 2) cost[count++] = path.costs[k];
  }
  const sorted = cost.slice(0, count).sort();
  const cut = count > 0 ? sorted[Math.max(0, Math.ceil(count * P.confidentShare) - 1)] : Infinity;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < path.a.length; k++) {
    const a = path.a[k];
    const b = path.b[k];
    if (a > 0 && b > 0 && a <= 2 && b <= 2 && path.costs[k] <= cut) out.push(i, i + a, j, j + b);
    i += a;
    j += b;
  }
  return Int32Array.from(out);
}

/** No lists: what a side's released feature and token lists become. */
const NO_LISTS: IdLists = { data: new Int32Array(0), start: new Int32Array(1) };

/**
 * Each list of `lists` with the ids `extra(k, push)` adds to list k, still sorted and without
 * repeats. Lists that gain nothing are copied as they are.
 */
function extendLists(lists: IdLists, extra: (k: number, push: (id: number) => void) => void): IdLists {
  const { data, start } = lists;
  const n = start.length - 1;
  // The extra ids first (few), so the result is allocated once, at its final size.
  const extras: number[] = [];
  const from = new Int32Array(n + 1);
  const push = (id: number): void => {
    extras.push(id);
  };
  for (let k = 0; k < n; k++) {
    extra(k, push);
    from[k + 1] = extras.length;
  }
  if (extras.length === 0) return lists;
  const out = new IdListsBuilder(n, data.length + extras.length);
  const buf: number[] = [];
  for (let k = 0; k < n; k++) {
    if (from[k] === from[k + 1]) out.append(data, start[k], start[k + 1] - start[k]);
    else {
      buf.length = 0;
      for (let x = from[k]; x < from[k + 1]; x++) buf.push(extras[x]);
      for (let x = start[k]; x < start[k + 1]; x++) buf.push(data[x]);
      out.appendSet(buf, buf.length);
    }
    out.end();
  }
  return out.build();
}

/** A list label (`4.`, `b)`) is evidence like a figure: item 4 pairs with item 4 unless the words say otherwise. */
function withLabelFeatures(vocab: Vocabulary, features: IdLists, labels: ReadonlyArray<string | undefined> | undefined): IdLists {
  if (!labels) return features;
  return extendLists(features, (s, push) => {
    const label = labels[s];
    if (label !== undefined) push(vocab.id('l:' + label.toLowerCase()));
  });
}

/**
 * The feature id of `prefix + t` for each translation t that the table gives a token of `tokens`,
 * allocated in the order the tokens give them (the order fixes the ids, and with them the order
 * in which the search sums weights).
 */
function translationIds(vocab: Vocabulary, tokens: IdLists, table: Map<number, number[]>, prefix: string): Map<number, number> {
  const ids = new Map<number, number>();
  const data = tokens.data;
  for (let k = 0; k < data.length; k++) {
    const ts = table.get(data[k]);
    if (ts !== undefined) for (const t of ts) if (!ids.has(t)) ids.set(t, vocab.id(prefix + t));
  }
  return ids;
}

/**
 * Add the learned-translation features of one side: for each of its words, the `L:`/`R:` feature
 * of its translations (`table`, ids in `own`), and the feature of the word itself where it is the
 * other side's translation (ids in `theirs`). A translation on one side then meets the word on the other.
 */
function withTranslationFeatures(features: IdLists, tokens: IdLists, table: Map<number, number[]>, own: Map<number, number>, theirs: Map<number, number>): IdLists {
  if (own.size === 0 && theirs.size === 0) return features;
  const { data, start } = tokens;
  return extendLists(features, (s, push) => {
    for (let k = start[s]; k < start[s + 1]; k++) {
      const ts = table.get(data[k]);
      if (ts !== undefined) for (const t of ts) push(own.get(t) as number);
      const id = theirs.get(data[k]);
      if (id !== undefined) push(id);
    }
  });
}

/**
 * The user's pairs whose two words both occur, the first in the source and the second in the
 * target: a general dictionary's other entries are noise here (FreeDict fr-en, 13,745 pairs, cost
 * .03 F1 on Text+Berg dev when all counted; kept to the present ones, +.01 pooled).
 */
function presentPairs(pairs: ReadonlyArray<readonly [string, string]>, sourceTokens: IdLists, targetTokens: IdLists, vocab: Vocabulary): Array<readonly [string, string]> {
  if (pairs.length === 0) return [];
  const seen = (tokens: IdLists) => new Set<number>(tokens.data);
  const s = seen(sourceTokens);
  const t = seen(targetTokens);
  return pairs.filter(([a, b]) => {
    return s.has(vocab.lookup('w:' + fold(a))) && t.has(vocab.lookup('w:' + fold(b)));
  });
}

/**
 * Align two lists of segment texts.
 * @param source source segments, in order
 * @param target target segments, in order
 * @param options structure, language and user lexicon
 * @returns monotonic beads covering every segment of each side exactly once
 */
export function alignTexts(source: readonly string[], target: readonly string[], options: AlignTextsOptions = {}): Bead[] {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) {
    const beads: Bead[] = [];
    for (let i = 0; i < n; i++) beads.push({ source: [i], target: [], score: GAP_SCORE, sure: false });
    for (let j = 0; j < m; j++) beads.push({ source: [], target: [j], score: GAP_SCORE, sure: false });
    return beads;
  }
  // The search's features and arrays are gone by the time the beads are built.
  const { path, sure, params } = bestPath(source, target, options);
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < path.a.length; k++) {
    const a = path.a[k];
    const b = path.b[k];
    const cost = path.costs[k] - params.priors[SHAPE_INDEX[a * (MAX_BEAD_SIDE + 1) + b]];
    beads.push({
      source: range(i, a),
      target: range(j, b),
      score: beadScore(cost, params.skip, a === 0 || b === 0),
      sure: sure[k],
    });
    i += a;
    j += b;
  }
  return beads;
}

/** Largest count on one side of a bead shape. */
const MAX_BEAD_SIDE = Math.max(...BEAD_SHAPES.flat());
/** Index in BEAD_SHAPES of shape [a, b], at a · (MAX_BEAD_SIDE + 1) + b. */
const SHAPE_INDEX = (() => {
  const index = new Int8Array((MAX_BEAD_SIDE + 1) ** 2).fill(-1);
  BEAD_SHAPES.forEach(([a, b], t) => (index[a * (MAX_BEAD_SIDE + 1) + b] = t));
  return index;
})();

/**
 * `count` consecutive integers from `from`, in an array of exactly that length: an array grown by
 * `push` reserves room for 17, and a million beads' two sides then took 300 MB more.
 */
function range(from: number, count: number): number[] {
  if (count === 0) return [];
  if (count === 1) return [from];
  if (count === 2) return [from, from + 1];
  return Array.from({ length: count }, (_, k) => from + k);
}

/** The cheapest path of beads, whether each bead is sure, and the parameters it was priced with. */
function bestPath(source: readonly string[], target: readonly string[], options: AlignTextsOptions): { path: Path; sure: boolean[]; params: CostParams } {
  const n = source.length;
  const m = target.length;
  const vocab = new Vocabulary();
  // Number words meet figures and translations across languages; within one, the words match as they are.
  const same = options.sameLanguage ?? false;
  const sf = extractFeatures(source, vocab, same, same ? 'und' : options.sourceLanguage);
  const tf = extractFeatures(target, vocab, same, same ? 'und' : options.targetLanguage);
  sf.features = withLabelFeatures(vocab, sf.features, options.sourceLabels);
  tf.features = withLabelFeatures(vocab, tf.features, options.targetLabels);
  const sectionIds = new Map<string, number>();
  const S: Sequence = {
    n,
    features: sf.features,
    lengths: sf.lengths,
    kinds: kindCodes(options.sourceKinds, n),
    sections: sectionCodes(options.sourceSections, options.sourceKinds, n, sectionIds),
    continues: continuationCodes(source, options.sourceKinds),
  };
  const T: Sequence = {
    n: m,
    features: tf.features,
    lengths: tf.lengths,
    kinds: kindCodes(options.targetKinds, m),
    sections: sectionCodes(options.targetSections, options.targetKinds, m, sectionIds),
    continues: continuationCodes(target, options.targetKinds),
  };
  let totalS = 0;
  let totalT = 0;
  for (let i = 0; i < n; i++) totalS += sf.lengths[i];
  for (let j = 0; j < m; j++) totalT += tf.lengths[j];
  const weights = featureWeights([S.features, T.features], vocab.size, P.idfPower);
  const params: CostParams = {
    weights,
    length: lengthModel(totalS, totalT),
    lengthWeight: P.lengthWeight,
    lengthCap: P.lengthCap,
    pairCap: P.pairCap,
    similarityWeight: options.sameLanguage ? P.sameLanguageSimilarityWeight : P.similarityWeight,
    floorMass: P.floorMass,
    floorMean: P.floorMean,
    skip: P.skip,
    priors: Float64Array.from(BEAD_SHAPES, ([a, b]) => P.shapePriors[`${a}-${b}`]),
    headingPenalty: P.headingPenalty,
    itemPenalty: P.itemPenalty,
    sectionPenalty: P.sectionPenalty,
    continuationPenalty: P.continuationPenalty,
  };
  const userLexicon = presentPairs(options.lexicon ?? [], sf.tokens, tf.tokens, vocab);
  const rounds = P.learnLexicon ? P.lexiconRounds : userLexicon.length > 0 ? 1 : 0;
  // One workspace for the alignment's searches: they run one after another, each done with the last's arrays.
  let workspace = new Workspace();
  const first = search(S, T, params, { workspace });

  // Learn word translations from the first pass's confident beads, then re-align around it.
  let path = first;
  let finalParams = params;
  for (let round = 0; round < rounds; round++) {
    // Each round learns from the latest path, on the plain features.
    S.features = sf.features;
    T.features = tf.features;
    // The searches before are done with their arrays, and the next search gets arrays of its own:
    // allocating those (and this round's features) lets the collector free the old ones and what
    // the round lets go. Arrays only reused would set off no collection, and garbage would stay.
    workspace = new Workspace();
    const confident = confidentBeads(path);
    const st = new Map<number, number[]>();
    const ts = new Map<number, number[]>();
    if (P.learnLexicon) {
      // A bead's tokens are consecutive in the side's flat array: a view, no copy.
      const tokensOf = (lists: IdLists, from: number, to: number): Int32Array => lists.data.subarray(lists.start[from], lists.start[to]);
      const forward: Array<readonly [Int32Array, Int32Array]> = [];
      const step = trainingStep(confident.length / 4);
      for (let q = 0; q < confident.length; q += 4 * step) {
        forward.push([tokensOf(sf.tokens, confident[q], confident[q + 1]), tokensOf(tf.tokens, confident[q + 2], confident[q + 3])]);
      }
      // Cognates already match through their prefix feature: the table adds the other words.
      const novel = (a: number, b: number): boolean => vocab.key(a).slice(2, 6) !== vocab.key(b).slice(2, 6);
      const keep = (table: Map<number, number[]>, into: Map<number, number[]>): void => {
        for (const [k, vs] of table) {
          const novelOnes = vs.filter((v) => novel(k, v));
          if (novelOnes.length > 0) into.set(k, novelOnes);
        }
      };
      keep(bestTranslations(forward, vocab.size, P.table), st);
      keep(bestTranslations(forward.map(([x, y]) => [y, x] as const), vocab.size, P.table), ts);
    }
    for (const [sw, tw] of userLexicon) {
      const s = vocab.id('w:' + fold(sw));
      const t = vocab.id('w:' + fold(tw));
      st.set(s, [...(st.get(s) ?? []), t]);
      ts.set(t, [...(ts.get(t) ?? []), s]);
    }
    const left = translationIds(vocab, sf.tokens, st, 'L:');
    const right = translationIds(vocab, tf.tokens, ts, 'R:');
    S.features = withTranslationFeatures(S.features, sf.tokens, st, left, right);
    T.features = withTranslationFeatures(T.features, tf.tokens, ts, right, left);
    const sourceLengths: number[] = [];
    const targetLengths: number[] = [];
    for (let q = 0; q < confident.length; q += 4) {
      if (confident[q + 1] - confident[q] !== 1 || confident[q + 3] - confident[q + 2] !== 1) continue;
      sourceLengths.push(sf.lengths[confident[q]]);
      targetLengths.push(tf.lengths[confident[q + 2]]);
    }
    // The last search needs neither the plain features nor the tokens (at a million segments, a
    // fifth of the peak): let them go.
    if (round === rounds - 1) sf.features = sf.tokens = tf.features = tf.tokens = NO_LISTS;
    const refinedWeights = featureWeights([S.features, T.features], vocab.size, P.idfPower);
    // Spelled out in the order of `params`: the same hidden class, so the cost function's code,
    // optimised on the first pass's object, still fits (a spread copy made it deoptimise).
    finalParams = {
      weights: refinedWeights,
      length: reestimateVariance(params.length, sourceLengths, targetLengths),
      lengthWeight: params.lengthWeight,
      lengthCap: params.lengthCap,
      pairCap: params.pairCap,
      similarityWeight: params.similarityWeight,
      floorMass: params.floorMass,
      floorMean: params.floorMean,
      skip: params.skip,
      priors: params.priors,
      headingPenalty: params.headingPenalty,
      itemPenalty: params.itemPenalty,
      sectionPenalty: params.sectionPenalty,
      continuationPenalty: params.continuationPenalty,
    };
    path = search(S, T, finalParams, { guide: path, width: P.refineBand, workspace });
  }

  const costOf = beadCostFunction(S, T, finalParams, path, 2, workspace);
  return { path, sure: sureFlags(path, costOf, S.lengths, T.lengths, workspace), params: finalParams };
}

/**
 * Align two segmented documents, using their structure (headings pair with
 * headings, items with items, section numbers agree) and languages.
 * @returns monotonic beads covering every segment of each side exactly once
 */
export function align(source: SegmentedDocument, target: SegmentedDocument, options: AlignOptions = {}): Bead[] {
  const sameLanguage = source.lang !== 'und' && source.lang === target.lang;
  return alignTexts(
    source.segments.map((s) => s.text),
    target.segments.map((s) => s.text),
    {
      ...options,
      lexicon: options.lexicon && orientLexicon(options.lexicon, options.lexiconLangs, source.lang, target.lang),
      sourceKinds: source.segments.map((s) => s.kind),
      targetKinds: target.segments.map((s) => s.kind),
      sourceSections: source.segments.map((s) => s.section),
      targetSections: target.segments.map((s) => s.section),
      sourceLabels: source.segments.map((s) => s.label),
      sourceLanguage: source.lang,
      targetLanguage: target.lang,
      targetLabels: target.segments.map((s) => s.label),
      sameLanguage,
    },
  );
}

/**
 * Stage 3, align: pair equivalent segments of two documents. Length model
 * after Gale & Church (1993), feature overlap (words, numbers, cognates,
 * punctuation), an IBM Model 1 table learned from the bitext itself, and a
 * banded coarse-to-fine search after vecalign (Thompson & Koehn 2019).
 */
import type { Bead, SegmentKind, SegmentedDocument } from '../types.js';
import { extractFeatures, featureWeights, fold, toSortedSet, Vocabulary } from './features.js';
import { bestTranslations } from './lexicon.js';
import { lengthModel, reestimateVariance } from './length.js';
import { beadScore, GAP_SCORE } from './score.js';
import { TUNING } from './tuning.js';
import { BEAD_SHAPES, beadCostFunction, KIND_HEADING, KIND_ITEM, KIND_TEXT, search, type CostParams, type Path, type Sequence } from './search.js';
import { sureFlags } from './confidence.js';

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

function concatTokens(tokens: Int32Array[], from: number, to: number): Int32Array {
  let len = 0;
  for (let k = from; k < to; k++) len += tokens[k].length;
  const out = new Int32Array(len);
  let o = 0;
  for (let k = from; k < to; k++) {
    out.set(tokens[k], o);
    o += tokens[k].length;
  }
  return out;
}

/** The beads of a path whose cost is among the cheapest share (TUNING.confidentShare), as [i0, i1, j0, j1]. */
function confidentBeads(path: Path): Array<[number, number, number, number]> {
  const beads: Array<[number, number, number, number, number]> = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < path.a.length; k++) {
    const a = path.a[k];
    const b = path.b[k];
    if (a > 0 && b > 0 && a <= 2 && b <= 2) beads.push([i, i + a, j, j + b, path.costs[k]]);
    i += a;
    j += b;
  }
  const sorted = beads.map((x) => x[4]).sort((x, y) => x - y);
  const cut = sorted[Math.max(0, Math.ceil(sorted.length * P.confidentShare) - 1)] ?? Infinity;
  return beads.filter((x) => x[4] <= cut).map((x) => [x[0], x[1], x[2], x[3]]);
}

/** A list label (`4.`, `b)`) is evidence like a figure: item 4 pairs with item 4 unless the words say otherwise. */
function addLabelFeatures(vocab: Vocabulary, features: Int32Array[], labels: ReadonlyArray<string | undefined> | undefined): void {
  if (!labels) return;
  for (let s = 0; s < features.length; s++) {
    const label = labels[s];
    if (label !== undefined) features[s] = toSortedSet([...features[s], vocab.id('l:' + label.toLowerCase())]);
  }
}

/** Add `L:`/`R:` features: a word's learned translation on one side meets the word itself on the other. */
function addTranslationFeatures(
  vocab: Vocabulary,
  features: Int32Array[],
  tokens: Int32Array[],
  translations: Map<number, number[]>,
  prefix: string,
  asSource: boolean,
): void {
  const targets = new Set<number>();
  for (const ts of translations.values()) for (const t of ts) targets.add(t);
  for (let s = 0; s < features.length; s++) {
    const extra: number[] = [];
    const toks = tokens[s];
    for (let k = 0; k < toks.length; k++) {
      if (asSource) {
        const ts = translations.get(toks[k]);
        if (ts !== undefined) for (const t of ts) extra.push(vocab.id(prefix + t));
      } else if (targets.has(toks[k])) extra.push(vocab.id(prefix + toks[k]));
    }
    if (extra.length === 0) continue;
    features[s] = toSortedSet([...features[s], ...extra]);
  }
}

/**
 * The user's pairs whose two words both occur, the first in the source and the second in the
 * target: a general dictionary's other entries are noise here (FreeDict fr-en, 13,745 pairs, cost
 * .03 F1 on Text+Berg dev when all counted; kept to the present ones, +.01 pooled).
 */
function presentPairs(pairs: ReadonlyArray<readonly [string, string]>, sourceTokens: Int32Array[], targetTokens: Int32Array[], vocab: Vocabulary): Array<readonly [string, string]> {
  if (pairs.length === 0) return [];
  const seen = (tokens: Int32Array[]) => {
    const set = new Set<number>();
    for (const t of tokens) for (let k = 0; k < t.length; k++) set.add(t[k]);
    return set;
  };
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
  const vocab = new Vocabulary();
  // Number words meet figures and translations across languages; within one, the words match as they are.
  const same = options.sameLanguage ?? false;
  const sf = extractFeatures(source, vocab, same, same ? 'und' : options.sourceLanguage);
  const tf = extractFeatures(target, vocab, same, same ? 'und' : options.targetLanguage);
  addLabelFeatures(vocab, sf.features, options.sourceLabels);
  addLabelFeatures(vocab, tf.features, options.targetLabels);
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
  const first = search(S, T, params);

  // Learn word translations from the first pass's confident beads, then re-align around it.
  let path = first;
  let finalParams = params;
  const baseS = S.features;
  const baseT = T.features;
  for (let round = 0; round < rounds; round++) {
    // Each round learns from the latest path, on the plain features.
    S.features = baseS.slice();
    T.features = baseT.slice();
    const confident = confidentBeads(path);
    const st = new Map<number, number[]>();
    const ts = new Map<number, number[]>();
    if (P.learnLexicon) {
      const forward = confident.map(([i0, i1, j0, j1]) => [concatTokens(sf.tokens, i0, i1), concatTokens(tf.tokens, j0, j1)] as const);
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
    addTranslationFeatures(vocab, S.features, sf.tokens, st, 'L:', true);
    addTranslationFeatures(vocab, T.features, tf.tokens, st, 'L:', false);
    addTranslationFeatures(vocab, T.features, tf.tokens, ts, 'R:', true);
    addTranslationFeatures(vocab, S.features, sf.tokens, ts, 'R:', false);
    const lengths = confident
      .filter(([i0, i1, j0, j1]) => i1 - i0 === 1 && j1 - j0 === 1)
      .map(([i0, , j0]) => [sf.lengths[i0], tf.lengths[j0]] as const);
    const refinedWeights = featureWeights([S.features, T.features], vocab.size, P.idfPower);
    // Spelled out in the order of `params`: the same hidden class, so the cost function's code,
    // optimised on the first pass's object, still fits (a spread copy made it deoptimise).
    finalParams = {
      weights: refinedWeights,
      length: reestimateVariance(params.length, lengths),
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
    path = search(S, T, finalParams, path, P.refineBand);
  }

  const costOf = beadCostFunction(S, T, finalParams, path, 2);
  const sure = sureFlags(path, costOf, S.lengths, T.lengths);
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < path.a.length; k++) {
    const a = path.a[k];
    const b = path.b[k];
    const shape = BEAD_SHAPES.findIndex(([x, y]) => x === a && y === b);
    const cost = path.costs[k] - finalParams.priors[shape];
    beads.push({
      source: Array.from({ length: a }, (_, x) => i + x),
      target: Array.from({ length: b }, (_, y) => j + y),
      score: beadScore(cost, finalParams.skip, a === 0 || b === 0),
      sure: sure[k],
    });
    i += a;
    j += b;
  }
  return beads;
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

/**
 * Word translation tables: IBM Model 1 (Brown et al. 1993) learned from the
 * bitext's own confident beads, and the user's `--lexicon` TSV.
 */
import { FbcoopError } from '../errors.js';

/** EM iterations: Model 1's table settles within a handful. */
const EM_ITERATIONS = 5;
/** At most this many beads train the table, so its cost stays bounded on long inputs. */
const MAX_TRAINING_BEADS = 1000;
/** At most this many tokens per bead side (long beads add little and cost |S|·|T|). */
const MAX_TOKENS = 60;
/** How much of the table to keep. */
export interface TableOptions {
  /** A word needs this many training occurrences before its translation is trusted. */
  minOccurrences: number;
  /** Words more frequent than this many per training bead are function words: no translation kept. */
  maxWordShare: number;
  /** Smallest translation probability kept. */
  minProbability: number;
  /** Most translations kept per word. */
  maxTranslations: number;
  /** Smallest log-likelihood ratio (G²) of a word pair's co-occurrence in training beads against chance. */
  minAssociation: number;
}

/**
 * Dunning's (1993) log-likelihood ratio G² of two events over `n` trials: how
 * unlikely their co-occurring `both` times is if they were independent.
 * @param both trials with both events
 * @param first trials with the first event
 * @param second trials with the second event
 * @param n trials in all
 */
export function logLikelihoodRatio(both: number, first: number, second: number, n: number): number {
  const xlx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
  const onlyFirst = first - both;
  const onlySecond = second - both;
  const neither = n - first - second + both;
  const cells = xlx(both) + xlx(onlyFirst) + xlx(onlySecond) + xlx(neither);
  const margins = xlx(first) + xlx(n - first) + xlx(second) + xlx(n - second);
  return Math.max(0, 2 * (cells - margins + xlx(n)));
}

const DEFAULT_TABLE: TableOptions = { minOccurrences: 2, maxWordShare: 0.05, minProbability: 0.5, maxTranslations: 1, minAssociation: 10.83 };

/** A user lexicon: word pairs, and the languages of its two columns when it says so. */
export interface Lexicon {
  pairs: Array<[string, string]>;
  /** ISO 639-1 codes of the first and second column (a `fr-en` header line), if given. */
  langs?: [string, string];
}

/** A header line naming the columns' languages: `fr-en` (ISO 639-1, also `fr→en`, `fr en`). */
const LANGS_LINE = /^([a-z]{2})\s*(?:-|→|>|\t| )\s*([a-z]{2})$/i;

/**
 * Parse a lexicon: one `source word<TAB>target word` pair per line, `#` comments and blank lines
 * allowed, optionally a first line naming the columns' languages (`fr-en`). An empty file is an
 * empty lexicon.
 * @param tsv the file's text
 * @throws FbcoopError `E_LEXICON` naming the first malformed line
 */
export function readLexicon(tsv: string): Lexicon {
  const pairs: Array<[string, string]> = [];
  let langs: [string, string] | undefined;
  const lines = tsv.split(/\r\n|\r|\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].replace(/^\uFEFF/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const header = pairs.length === 0 && langs === undefined ? LANGS_LINE.exec(trimmed) : null;
    if (header) {
      langs = [header[1].toLowerCase(), header[2].toLowerCase()];
      continue;
    }
    const cols = line.split('\t').map((c) => c.trim());
    if (cols.length !== 2 || cols[0] === '' || cols[1] === '') {
      throw new FbcoopError(
        'E_LEXICON',
        `lexicon line ${k + 1}: expected "source word<TAB>target word", got ${JSON.stringify(trimmed.slice(0, 60))}`,
      );
    }
    pairs.push([cols[0], cols[1]]);
  }
  return langs ? { pairs, langs } : { pairs };
}

/**
 * Parse a lexicon's pairs (see readLexicon; a language header line is skipped).
 * @returns the pairs in file order
 */
export function parseLexicon(tsv: string): Array<[string, string]> {
  return readLexicon(tsv).pairs;
}

/**
 * The pairs of a lexicon in the direction of a source → target pair of documents: as given when
 * its languages are those, swapped when they are the reverse, none when the lexicon names other
 * languages; as given when it names none.
 */
export function orientLexicon(pairs: ReadonlyArray<readonly [string, string]>, langs: readonly [string, string] | undefined, sourceLang: string, targetLang: string): ReadonlyArray<readonly [string, string]> {
  if (!langs) return pairs;
  if (langs[0] === sourceLang && langs[1] === targetLang) return pairs;
  if (langs[0] === targetLang && langs[1] === sourceLang) return pairs.map(([a, b]) => [b, a] as const);
  return [];
}

/**
 * How many of a lexicon's pairs have both words in the two texts, as given and reversed: the
 * evidence for a note when a list matches nothing, or was given the wrong way round.
 */
export function lexiconMatches(pairs: ReadonlyArray<readonly [string, string]>, sourceTexts: readonly string[], targetTexts: readonly string[]): { forward: number; reversed: number } {
  const words = (texts: readonly string[]) => {
    const set = new Set<string>();
    for (const t of texts) for (const w of t.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) set.add(foldWord(w));
    return set;
  };
  const s = words(sourceTexts);
  const t = words(targetTexts);
  let forward = 0;
  let reversed = 0;
  for (const [a, b] of pairs) {
    const fa = foldWord(a);
    const fb = foldWord(b);
    if (s.has(fa) && t.has(fb)) forward++;
    if (s.has(fb) && t.has(fa)) reversed++;
  }
  return { forward, reversed };
}

function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Every how many of `count` beads one trains the table (see `trainingSample`). */
export function trainingStep(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_TRAINING_BEADS));
}

/**
 * The beads `bestTranslations` trains on: every k-th, at most MAX_TRAINING_BEADS. Sampling before
 * the beads' tokens are gathered spares a million-bead input a million token views.
 */
export function trainingSample<T>(beads: readonly T[]): T[] {
  const step = trainingStep(beads.length);
  if (step === 1) return beads.slice();
  const out: T[] = [];
  for (let k = 0; k < beads.length; k += step) out.push(beads[k]);
  return out;
}

/**
 * Train Model 1 p(target word | source word) on token-id pairs and return,
 * per source word id, its most probable translation (or no entry).
 * @param pairs [source tokens, target tokens] of beads believed correct
 * @param vocabSize upper bound on token ids
 */
export function bestTranslations(
  pairs: ReadonlyArray<readonly [Int32Array, Int32Array]>,
  vocabSize: number,
  options: TableOptions = DEFAULT_TABLE,
): Map<number, number[]> {
  void vocabSize;
  const { minOccurrences: MIN_OCCURRENCES, maxWordShare: MAX_WORD_SHARE, minProbability: MIN_PROBABILITY, maxTranslations } = options;
  // Compact ids for the training words only, so pair keys stay small integers.
  const compact = new Map<number, number>();
  const words: number[] = [-1]; // compact 0 is the empty word (NULL)
  const cid = (w: number): number => {
    let c = compact.get(w);
    if (c === undefined) {
      c = words.length;
      compact.set(w, c);
      words.push(w);
    }
    return c;
  };
  const train: Array<readonly [Int32Array, Int32Array]> = [];
  for (const [s, t] of trainingSample(pairs)) {
    if (s.length === 0 || t.length === 0) continue;
    const cs = new Int32Array(Math.min(MAX_TOKENS, s.length) + 1);
    for (let i = 1; i < cs.length; i++) cs[i] = cid(s[i - 1]);
    const ct = Int32Array.from(t.subarray(0, MAX_TOKENS), cid);
    train.push([cs, ct]);
  }
  const V = words.length;
  // EM runs on word types with their counts (the same model as on tokens, with fewer pairs to visit):
  // each (source word, target word) of a bead gets a slot in typed arrays.
  const seen = new Int32Array(V).fill(-1);
  const types = train.map(([cs, ct]) => [countTypes(cs, seen), countTypes(ct, seen)] as const);
  const { slotOf, slots } = pairSlots(types, V);
  const nSlots = slotOf.size;
  const slotSource = slotOf.sources.subarray(0, nSlots);
  const slotTarget = slotOf.targets;
  const occurrences = new Float64Array(V);
  for (const [cs] of train) for (let i = 1; i < cs.length; i++) occurrences[cs[i]]++;
  const targetOccurrences = new Float64Array(V);
  for (const [, ct] of train) for (let j = 0; j < ct.length; j++) targetOccurrences[ct[j]]++;
  const maxOccurrences = Math.max(MIN_OCCURRENCES, train.length * MAX_WORD_SHARE);
  const prob = expectationMaximization(types, slots, slotSource, V);
  const co = cooccurrences(types, slots, nSlots, V);
  // A plain loop: Array.from({ length }) here deoptimized the whole function on every call.
  const kept: number[][] = [];
  for (let s = 0; s < V; s++) kept.push([]);
  for (let k = 0; k < nSlots; k++) {
    const s = slotSource[k];
    if (s === 0 || prob[k] < MIN_PROBABILITY || occurrences[s] < MIN_OCCURRENCES) continue;
    // Function words pair with everything: their "translations" would lift every pairing alike.
    if (occurrences[s] > maxOccurrences || targetOccurrences[slotTarget[k]] > maxOccurrences) continue;
    // EM gives every word a best guess; in a short bitext many are co-occurrences by chance.
    const g2 = logLikelihoodRatio(co.together[k], co.withSource[s], co.withTarget[slotTarget[k]], types.length);
    if (g2 < options.minAssociation) continue;
    kept[s].push(k);
  }
  const best = new Map<number, number[]>();
  for (let s = 1; s < V; s++) {
    if (kept[s].length === 0) continue;
    const ks = kept[s].sort((x, y) => prob[y] - prob[x] || words[slotTarget[x]] - words[slotTarget[y]]).slice(0, maxTranslations);
    best.set(words[s], ks.map((k) => words[slotTarget[k]]));
  }
  return best;
}

type BeadTypes = readonly [{ types: Int32Array; counts: Float64Array }, { types: Int32Array; counts: Float64Array }];

/** Each bead's (source type, target type) slots, target-major, in one table of pairs. */
function pairSlots(types: readonly BeadTypes[], V: number): { slotOf: PairTable; slots: Int32Array[] } {
  let cells = 0;
  for (let b = 0; b < types.length; b++) cells += types[b][0].types.length * types[b][1].types.length;
  const slotOf = new PairTable(cells, V);
  const slots: Int32Array[] = [];
  for (let b = 0; b < types.length; b++) slots.push(beadSlots(types[b][0].types, types[b][1].types, slotOf));
  return { slotOf, slots };
}

/** One bead's slots, target-major (a function of its own, like the EM steps, for V8's sake). */
function beadSlots(st: Int32Array, tt: Int32Array, slotOf: PairTable): Int32Array {
  const sl = new Int32Array(st.length * tt.length);
  let k = 0;
  for (let j = 0; j < tt.length; j++) {
    for (let i = 0; i < st.length; i++) sl[k++] = slotOf.slot(st[i], tt[j]);
  }
  return sl;
}

/** In how many beads each pair slot, each source word and each target word occur (the association test's counts). */
function cooccurrences(types: readonly BeadTypes[], slots: readonly Int32Array[], nSlots: number, V: number): { together: Float64Array; withSource: Float64Array; withTarget: Float64Array } {
  const together = new Float64Array(nSlots);
  const withSource = new Float64Array(V);
  const withTarget = new Float64Array(V);
  for (let b = 0; b < types.length; b++) {
    const sl = slots[b];
    for (let k = 0; k < sl.length; k++) together[sl[k]]++;
    const st = types[b][0].types;
    for (let k = 0; k < st.length; k++) withSource[st[k]]++;
    const tt = types[b][1].types;
    for (let k = 0; k < tt.length; k++) withTarget[tt[k]]++;
  }
  return { together, withSource, withTarget };
}

/**
 * Model 1's EM iterations over the pair slots. Each step is a function of its own: in one big
 * function, V8 optimized the first loop before the later ones had run and deoptimized on each.
 * @returns per slot, p(target word | source word)
 */
function expectationMaximization(types: readonly BeadTypes[], slots: readonly Int32Array[], slotSource: Int32Array, V: number): Float64Array {
  const prob = new Float64Array(slotSource.length).fill(1);
  const count = new Float64Array(slotSource.length);
  const total = new Float64Array(V);
  for (let it = 0; it < EM_ITERATIONS; it++) {
    count.fill(0);
    total.fill(0);
    for (let b = 0; b < types.length; b++) expectation(types[b], slots[b], prob, count);
    maximization(slotSource, count, total, prob);
  }
  return prob;
}

/** Add one bead's expected pair counts to `count`. */
function expectation(bead: BeadTypes, sl: Int32Array, prob: Float64Array, count: Float64Array): void {
  const { types: st, counts: sc } = bead[0];
  const tc = bead[1].counts;
  const ns = st.length;
  for (let j = 0; j < tc.length; j++) {
    const base = j * ns;
    let denom = 0;
    for (let i = 0; i < ns; i++) denom += sc[i] * prob[sl[base + i]];
    if (denom <= 0) continue;
    const share = tc[j] / denom;
    for (let i = 0; i < ns; i++) {
      const slot = sl[base + i];
      count[slot] += share * sc[i] * prob[slot];
    }
  }
}

/** Normalise the counts per source word into `prob` (two functions: one loop's optimized code did not cover the other). */
function maximization(slotSource: Int32Array, count: Float64Array, total: Float64Array, prob: Float64Array): void {
  sumBySource(slotSource, count, total);
  normalise(slotSource, count, total, prob);
}

function sumBySource(slotSource: Int32Array, count: Float64Array, total: Float64Array): void {
  for (let k = 0; k < slotSource.length; k++) total[slotSource[k]] += count[k];
}

function normalise(slotSource: Int32Array, count: Float64Array, total: Float64Array, prob: Float64Array): void {
  for (let k = 0; k < slotSource.length; k++) prob[k] = total[slotSource[k]] > 0 ? count[k] / total[slotSource[k]] : 0;
}

/**
 * The distinct ids of a token list, in order of first occurrence, with how often each occurs.
 * @param seen scratch, one entry per id, all -1 (left so on return)
 */
function countTypes(tokens: Int32Array, seen: Int32Array): { types: Int32Array; counts: Float64Array } {
  const types = new Int32Array(tokens.length);
  const counts = new Float64Array(tokens.length);
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k];
    const i = seen[w];
    if (i < 0) {
      seen[w] = n;
      types[n] = w;
      counts[n++] = 1;
    } else counts[i]++;
  }
  for (let k = 0; k < n; k++) seen[types[k]] = -1;
  return { types: types.slice(0, n), counts: counts.slice(0, n) };
}

/** Vocabularies up to this many (source, target) pairs get a dense pair table (4 bytes a pair). */
const DENSE_PAIRS = 1 << 21;

/**
 * Slot numbers for (source word, target word) pairs, in order of first sight. A small vocabulary
 * indexes a dense V×V table; a large one uses open addressing over typed arrays (a Map keyed by
 * `s * V + t` spent most of the training time hashing numbers beyond V8's small integers).
 */
class PairTable {
  size = 0;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  /** Dense mode: slot + 1 per `s * V + t` (0: not seen yet). */
  private readonly dense: Int32Array | undefined;
  private readonly keysS: Int32Array;
  private readonly keysT: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  /**
   * @param capacity most pairs that will be added
   * @param V the number of word ids
   */
  constructor(capacity: number, private readonly V: number) {
    this.sources = new Int32Array(Math.max(1, capacity));
    this.targets = new Int32Array(Math.max(1, capacity));
    if (V * V <= DENSE_PAIRS) {
      this.dense = new Int32Array(V * V);
      this.keysS = this.keysT = this.values = this.sources;
      this.mask = 0;
      return;
    }
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.mask = size - 1;
    this.keysS = new Int32Array(size).fill(-1);
    this.keysT = new Int32Array(size);
    this.values = new Int32Array(size);
  }

  /** The slot of a pair, allocated on first sight. */
  slot(s: number, t: number): number {
    const dense = this.dense;
    if (dense !== undefined) {
      const key = s * this.V + t;
      const known = dense[key];
      if (known !== 0) return known - 1;
      const v = this.size++;
      dense[key] = v + 1;
      this.sources[v] = s;
      this.targets[v] = t;
      return v;
    }
    let h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(t, 0x85ebca6b)) & this.mask;
    for (;;) {
      const ks = this.keysS[h];
      if (ks === -1) {
        this.keysS[h] = s;
        this.keysT[h] = t;
        const v = this.size++;
        this.values[h] = v;
        this.sources[v] = s;
        this.targets[v] = t;
        return v;
      }
      if (ks === s && this.keysT[h] === t) return this.values[h];
      h = (h + 1) & this.mask;
    }
  }
}

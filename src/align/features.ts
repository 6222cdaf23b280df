/**
 * Turn segment texts into weighted feature sets for bead scoring: words,
 * numbers, cognate prefixes, punctuation profile and the whole text, each an
 * integer id, so that similarity is a merge of two sorted typed arrays.
 */

/** Words at least this long give a cognate feature (short words collide across languages). */
const COGNATE_MIN_LENGTH = 4;
/** Cognate prefix length: `coopération`/`cooperation`, `Regierung`/`régime` do not collide at 5 but do at 3. */
const COGNATE_PREFIX = 4;
/** Punctuation whose presence survives translation (questions, exclamations, colons, semicolons, brackets, quotes). */
const PUNCT_CLASSES: readonly string[] = ['?', '!', ':', ';', '([', '"«»“”„'];
/** Character code → 1 + index in PUNCT_CLASSES, 0 for other characters (a table: this runs on every character). */
const PUNCT_CLASS = new Uint8Array(65536);
PUNCT_CLASSES.forEach((chars, k) => {
  for (const ch of chars) PUNCT_CLASS[ch.charCodeAt(0)] = k + 1;
});

const NON_ASCII = /[^\x00-\x7f]/;

/** Accent- and case-fold a word (`Édouard` → `edouard`). */
export function fold(word: string): string {
  // Most text is ASCII: skip the (costly) decomposition when there is nothing to strip.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** A feature vocabulary shared by both sides of one alignment. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Number of feature ids handed out. */
  get size(): number {
    return this.ids.size;
  }
  /** The id of a feature string, allocated on first sight. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
  /** The feature string of an id. */
  key(id: number): string {
    return this.keys[id];
  }
  /** The id of a feature string, or -1 when never seen. */
  lookup(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

/** The features of one side of the bitext. */
export interface SideFeatures {
  /** Sorted unique feature ids per segment. */
  features: Int32Array[];
  /** Word-token ids per segment (with repeats, in order), for the lexicon model. */
  tokens: Int32Array[];
  /** Length of each segment in non-space characters. */
  lengths: Float64Array;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark: ASCII by table, the rest by Unicode property (surrogate pairs included). */
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return WORD_CHAR.test(text.slice(at - (code >= 0xdc00 ? 1 : 0), at + (code < 0xdc00 ? 2 : 1)));
  let known = CHAR_CLASS[code];
  if (known === 0) CHAR_CLASS[code] = known = WORD_CHAR.test(text[at]) ? 1 : 2;
  return known === 1;
}

/** Memo of the Unicode test per BMP code unit: 0 unknown, 1 word character, 2 not. */
const CHAR_CLASS = new Uint8Array(65536);
const DIGITS = /^\p{N}+$/u;
const UPPER_START = /^\p{Lu}/u;

/** Lists up to this long are insertion-sorted (faster than a typed-array sort for small n). */
const SMALL_SET = 48;
const SCRATCH = new Int32Array(SMALL_SET);

/** Sort and deduplicate a list of ids into a typed array. */
export function toSortedSet(ids: number[]): Int32Array {
  const n = ids.length;
  if (n > SMALL_SET) {
    const a = Int32Array.from(ids).sort();
    let k = 0;
    for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[k++] = a[i];
    return a.slice(0, k);
  }
  // Insertion sort into a scratch buffer: segment feature lists are short.
  const buf = SCRATCH;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const x = ids[i];
    let p = k - 1;
    while (p >= 0 && buf[p] > x) p--;
    if (p >= 0 && buf[p] === x) continue;
    for (let q = k; q > p + 1; q--) buf[q] = buf[q - 1];
    buf[p + 1] = x;
    k++;
  }
  return buf.slice(0, k);
}

/** What one distinct word contributes, computed once per word. */
interface WordEntry {
  /** Word-token id (`w:`), -1 for numbers. */
  token: number;
  /** Number or cognate-prefix features. */
  features: number[];
  /** Short capitalised token feature (used when not sentence-initial), or -1. */
  capital: number;
}

function wordFeatures(original: string, vocab: Vocabulary): WordEntry {
  const w = fold(original);
  if (DIGITS.test(w)) return { token: -1, capital: -1, features: [vocab.id('n:' + w.replace(/^0+(?=\d)/, ''))] };
  const token = vocab.id('w:' + w);
  const features: number[] = [];
  if (w.length >= COGNATE_MIN_LENGTH) features.push(vocab.id('c:' + w.slice(0, COGNATE_PREFIX)));
  // Short capitalised tokens (acronyms, short names: `EU`, `Ort`) are too short for a cognate prefix.
  const capital = w.length < COGNATE_MIN_LENGTH && w.length >= 2 && UPPER_START.test(original) ? vocab.id('k:' + w) : -1;
  return { token, features, capital };
}

/**
 * Extract the features of each text.
 * @param texts segment texts of one side
 * @param vocab vocabulary shared with the other side
 * @param sameLanguage whether words and whole texts can match as such (across
 *   languages they mostly add unmatched mass; cognates, figures and the
 *   learned lexicon carry the evidence)
 */
export function extractFeatures(texts: readonly string[], vocab: Vocabulary, sameLanguage: boolean): SideFeatures {
  const n = texts.length;
  const features: Int32Array[] = new Array(n);
  const tokens: Int32Array[] = new Array(n);
  const lengths = new Float64Array(n);
  const ids: number[] = [];
  const toks: number[] = [];
  const words = new Map<string, WordEntry>();
  const punctIds = PUNCT_CLASSES.map((chars) => vocab.id('p:' + chars[0]));
  for (let s = 0; s < n; s++) {
    const text = texts[s];
    ids.length = 0;
    toks.length = 0;
    let len = 0;
    // One scan finds the words and counts non-space characters (no regex iterator per word).
    let startWord = -1;
    let wordCount = 0;
    for (let c = 0; c <= text.length; c++) {
      const code = c < text.length ? text.charCodeAt(c) : 32;
      if (code !== 32 && code !== 9 && code !== 160 && c < text.length) len++;
      const inWord = c < text.length && isWordChar(code, text, c);
      if (inWord) {
        if (startWord < 0) startWord = c;
        continue;
      }
      if (startWord < 0) continue;
      const w = text.slice(startWord, c);
      startWord = -1;
      let entry = words.get(w);
      if (entry === undefined) {
        entry = wordFeatures(w, vocab);
        words.set(w, entry);
      }
      if (entry.token >= 0) {
        toks.push(entry.token);
        if (sameLanguage) ids.push(entry.token);
      }
      const fs = entry.features;
      for (let k = 0; k < fs.length; k++) ids.push(fs[k]);
      if (entry.capital >= 0 && wordCount > 0) ids.push(entry.capital);
      wordCount++;
    }
    lengths[s] = len;
    // The whole text: identical segments (names, figures, headings, same-language drafts) match outright.
    ids.push(vocab.id('x:' + text.trim().toLowerCase())); // texts come with one space between words
    let punct = 0;
    for (let c = 0; c < text.length; c++) {
      const k = PUNCT_CLASS[text.charCodeAt(c)];
      if (k !== 0) punct |= 1 << (k - 1);
    }
    for (let k = 0; punct !== 0; k++, punct >>= 1) if (punct & 1) ids.push(punctIds[k]);
    features[s] = toSortedSet(ids);
    tokens[s] = new Int32Array(toks);
  }
  return { features, tokens, lengths };
}

/**
 * Inverse-document-frequency weights over both sides: a feature in every
 * segment says nothing about which segments pair, a feature in two says a lot.
 */
export function featureWeights(sides: ReadonlyArray<Int32Array[]>, vocabSize: number, power = 1): Float64Array {
  const df = new Float64Array(vocabSize);
  let total = 0;
  for (const side of sides) {
    total += side.length;
    for (const f of side) for (let k = 0; k < f.length; k++) df[f[k]]++;
  }
  const w = new Float64Array(vocabSize);
  for (let i = 0; i < vocabSize; i++) w[i] = df[i] > 0 ? Math.log(1 + total / df[i]) ** power : 0;
  return w;
}

/** Sum of weights of the ids two sorted sets share. */
export function overlap(a: Int32Array, b: Int32Array, w: Float64Array): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      s += w[x];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Sum of the weights of a set. */
export function mass(a: Int32Array, w: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += w[a[i]];
  return s;
}

/** Union of sorted sets. */
export function union(sets: readonly Int32Array[]): Int32Array {
  const all: number[] = [];
  for (const s of sets) for (let i = 0; i < s.length; i++) all.push(s[i]);
  return toSortedSet(all);
}

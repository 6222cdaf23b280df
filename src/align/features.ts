/**
 * Turn segment texts into weighted feature sets for bead scoring: words,
 * numbers, cognate prefixes, punctuation profile, wordless shape and the
 * whole text, each an integer id, so that similarity is a merge of two sorted
 * typed arrays.
 */
import { numberWordValue } from '../anchors/number-words.js';
import { fold } from '../text/fold.js';
import { FNV_OFFSET_BASIS, fnv1aStep } from '../text/hash.js';

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

/** Accent- and case-fold a word (`Édouard` → `edouard`); written once in `text/fold.ts`. */
export { fold };

/** A feature vocabulary shared by both sides of one alignment. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Number of feature ids handed out. */
  get size(): number {
    return this.keys.length;
  }
  /** The id of a feature string, allocated on first sight. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
  /**
   * Whole-text features by their 53-bit hash (two integers), in an open-addressing table of typed
   * arrays: a million distinct lines made a million key strings and map entries, 300 MB.
   */
  private hashSlots = new Int32Array(1 << 12).fill(-1);
  private hashHigh = new Int32Array(1 << 12);
  private hashLow = new Int32Array(1 << 12);
  private hashCount = 0;
  /** The id of a whole text known only by its hash (`high`, 32 bits; `low`, 21 bits), allocated on first sight. */
  hashedId(high: number, low: number): number {
    high |= 0; // as the Int32Array stores it
    let mask = this.hashSlots.length - 1;
    let k = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b) & mask;
    for (; this.hashSlots[k] >= 0; k = (k + 1) & mask) {
      if (this.hashHigh[k] === high && this.hashLow[k] === low) return this.hashSlots[k];
    }
    if (2 * (this.hashCount + 1) > this.hashSlots.length) {
      this.growHashes();
      mask = this.hashSlots.length - 1;
      k = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b) & mask;
      while (this.hashSlots[k] >= 0) k = (k + 1) & mask;
    }
    const id = this.keys.length;
    // The key string says only what kind of feature it is: no caller reads a whole text's hash back.
    this.keys.push('x:');
    this.hashSlots[k] = id;
    this.hashHigh[k] = high;
    this.hashLow[k] = low;
    this.hashCount++;
    return id;
  }
  private growHashes(): void {
    const slots = this.hashSlots;
    const high = this.hashHigh;
    const low = this.hashLow;
    const size = slots.length * 2;
    this.hashSlots = new Int32Array(size).fill(-1);
    this.hashHigh = new Int32Array(size);
    this.hashLow = new Int32Array(size);
    const mask = size - 1;
    for (let s = 0; s < slots.length; s++) {
      if (slots[s] < 0) continue;
      let k = Math.imul(high[s] ^ Math.imul(low[s], 0x9e3779b1), 0x85ebca6b) & mask;
      while (this.hashSlots[k] >= 0) k = (k + 1) & mask;
      this.hashSlots[k] = slots[s];
      this.hashHigh[k] = high[s];
      this.hashLow[k] = low[s];
    }
  }
  /** The feature string of an id (`x:` alone for a whole text). */
  key(id: number): string {
    return this.keys[id];
  }
  /** The id of a feature string, or -1 when never seen. */
  lookup(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

/**
 * One list of integer ids per segment, stored flat: list k is `data[start[k]]` up to
 * `data[start[k + 1]]`. One pair of arrays per side, not a small typed array per segment: at a
 * million segments those were most of the heap and most of the garbage collector's work.
 */
export interface IdLists {
  data: Int32Array;
  /** Where each list starts in `data`, plus its end: one more entry than there are lists. */
  start: Int32Array;
}

/** List `k` of `lists`, as a view (no copy). */
export function listAt(lists: IdLists, k: number): Int32Array {
  return lists.data.subarray(lists.start[k], lists.start[k + 1]);
}

/**
 * Builds IdLists one list at a time. Told how many lists to expect, it grows its array to the
 * size the lists so far project, not by doubling: each typed array allocated counts towards V8's
 * next full collection, and doubling a 100 MB array allocates 200 MB on the way.
 */
/** Lists an IdListsBuilder sees before it projects its total size from them. */
const PROJECT_AFTER = 1000;

export class IdListsBuilder {
  private ids: Int32Array;
  private length = 0;
  private readonly starts: Int32Array;
  private lists = 0;

  /**
   * @param lists how many lists will be built
   * @param capacity how many ids to make room for at first (exact when known)
   */
  constructor(lists: number, capacity = 256) {
    this.starts = new Int32Array(lists + 1);
    this.ids = new Int32Array(Math.max(16, capacity));
  }
  /** Append `count` ids of `ids`, from `from`, as they are. */
  append(ids: ArrayLike<number>, from: number, count: number): void {
    this.reserve(count);
    for (let k = 0; k < count; k++) this.ids[this.length++] = ids[from + k];
  }
  /** Append the first `count` ids of `ids` sorted and without repeats. */
  appendSet(ids: ArrayLike<number>, count: number): void {
    this.reserve(count);
    this.length = writeSortedSet(this.ids, this.length, ids, count);
  }
  /** Close the current list. */
  end(): void {
    this.starts[++this.lists] = this.length;
  }
  /** The lists; the builder is done. */
  build(): IdLists {
    return { data: this.ids.subarray(0, this.length), start: this.starts };
  }

  private reserve(count: number): void {
    const need = this.length + count;
    if (need <= this.ids.length) return;
    // Doubling until enough lists are in to project from; then the projected total, plus a margin.
    const total = this.starts.length - 1;
    const projected = this.lists >= PROJECT_AFTER ? Math.ceil((need / this.lists) * total * 1.05) : 2 * need;
    const grown = new Int32Array(Math.max(need + 256, projected));
    grown.set(this.ids.subarray(0, this.length));
    this.ids = grown;
  }
}

/** The features of one side of the bitext. */
export interface SideFeatures {
  /** Sorted unique feature ids per segment. */
  features: IdLists;
  /** Word-token ids per segment (with repeats, in order), for the lexicon model. */
  tokens: IdLists;
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

/**
 * Write the first `count` ids of a list into `out` from `at`, sorted and without repeats.
 * @returns the index after the last id written
 */
function writeSortedSet(out: Int32Array, at: number, ids: ArrayLike<number>, count: number): number {
  if (count > SMALL_SET) {
    const a = new Int32Array(count);
    for (let i = 0; i < count; i++) a[i] = ids[i];
    a.sort();
    for (let i = 0; i < count; i++) if (i === 0 || a[i] !== a[i - 1]) out[at++] = a[i];
    return at;
  }
  // Insertion sort into a scratch buffer: segment feature lists are short.
  const buf = SCRATCH;
  let k = 0;
  for (let i = 0; i < count; i++) {
    const x = ids[i];
    let p = k - 1;
    while (p >= 0 && buf[p] > x) p--;
    if (p >= 0 && buf[p] === x) continue;
    for (let q = k; q > p + 1; q--) buf[q] = buf[q - 1];
    buf[p + 1] = x;
    k++;
  }
  for (let i = 0; i < k; i++) out[at++] = buf[i];
  return at;
}

/** A growable Int32Array scratch list (no per-segment array churn on the hot path). */
class IntList {
  data = new Int32Array(256);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = x;
  }
}

/** What one distinct word contributes, computed once per word. */
interface WordEntry {
  /** Word-token id (`w:`), -1 for numbers. */
  token: number;
  /** Number or cognate-prefix feature, or -1. */
  feature: number;
  /** Short capitalised token feature (used when not sentence-initial), or -1. */
  capital: number;
}

function wordFeatures(original: string, vocab: Vocabulary, lang: string): WordEntry {
  const w = fold(original);
  if (DIGITS.test(w)) return { token: -1, capital: -1, feature: vocab.id('n:' + w.replace(/^0+(?=\d)/, '')) };
  const token = vocab.id('w:' + w);
  // A number word meets its figure or its translation (`seize` ↔ `sixteen` ↔ `16`); its prefix would not.
  const value = numberWordValue(w, lang);
  if (value !== undefined) return { token, capital: -1, feature: vocab.id('n:' + value) };
  const feature = w.length >= COGNATE_MIN_LENGTH ? vocab.id('c:' + w.slice(0, COGNATE_PREFIX)) : -1;
  // Short capitalised tokens (acronyms, short names: `EU`, `Ort`) are too short for a cognate prefix.
  const capital = w.length < COGNATE_MIN_LENGTH && w.length >= 2 && UPPER_START.test(original) ? vocab.id('k:' + w) : -1;
  return { token, feature, capital };
}

/** Initial slot count of a WordTable (a power of two). */
const WORD_TABLE_SLOTS = 1 << 12;

/**
 * The distinct words of a side, looked up by a hash of their characters
 * computed during the scan: a word already seen costs no substring and no
 * string hashing, which dominated feature extraction on long inputs. What a
 * word contributes sits in flat typed arrays (token, one cognate or number
 * feature, capital feature; -1 when none).
 */
class WordTable {
  private slots = new Int32Array(WORD_TABLE_SLOTS).fill(-1);
  private hashes = new Int32Array(WORD_TABLE_SLOTS / 2);
  token = new Int32Array(WORD_TABLE_SLOTS / 2);
  feature = new Int32Array(WORD_TABLE_SLOTS / 2);
  capital = new Int32Array(WORD_TABLE_SLOTS / 2);
  private readonly words: string[] = [];

  /** Index of the word text[start, end) with hash `h`, or -1. */
  find(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const e = this.slots[k];
      if (e < 0) return -1;
      if (this.hashes[e] !== h) continue;
      const w = this.words[e];
      if (w.length !== end - start) continue;
      let c = 0;
      while (c < w.length && w.charCodeAt(c) === text.charCodeAt(start + c)) c++;
      if (c === w.length) return e;
    }
  }

  /** Add a word not yet in the table; returns its index. */
  add(word: string, h: number, entry: WordEntry): number {
    const e = this.words.length;
    if (2 * (e + 1) > this.slots.length) this.grow();
    this.words.push(word);
    this.hashes[e] = h;
    this.token[e] = entry.token;
    this.feature[e] = entry.feature;
    this.capital[e] = entry.capital;
    this.place(e);
    return e;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let k = this.hashes[e] & mask;
    while (this.slots[k] >= 0) k = (k + 1) & mask;
    this.slots[k] = e;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const widen = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size / 2);
      b.set(a);
      return b;
    };
    this.hashes = widen(this.hashes);
    this.token = widen(this.token);
    this.feature = widen(this.feature);
    this.capital = widen(this.capital);
    this.slots = new Int32Array(size).fill(-1);
    for (let e = 0; e < this.words.length; e++) this.place(e);
  }
}

const codes = (chars: string): Set<number> => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
/** What a line of dialogue opens with, in the languages' conventions. */
const OPENERS = codes('"«“„-–—');

/** Character codes skipped when trimming a text for the whole-text feature. */
const isSpace = (code: number): boolean => code <= 32 || code === 160;
/** FNV-1a offset basis, as a signed 32-bit integer (V8 keeps it unboxed). */
const FNV_BASIS = FNV_OFFSET_BASIS | 0;

/** Scratch state of one side's scan. */
interface Scan {
  vocab: Vocabulary;
  table: WordTable;
  ids: IntList;
  toks: IntList;
  sameLanguage: boolean;
  /** ISO 639-1 code of the side, for number words; `und` when unknown. */
  lang: string;
  punctIds: number[];
  /** Ids of the shape features: figures only, marks only, dialogue opener. */
  shapeIds: number[];
}

/** Features, tokens and length of one text (ids and toks are left in the scan's lists). */
function scanText(text: string, scan: Scan): number {
  const { ids, toks, table } = scan;
  ids.length = 0;
  toks.length = 0;
  let len = 0;
  // One pass finds the words, counts non-space characters and hashes the
  // (case-folded, trimmed) whole text; no regex, no substring per known word.
  let startWord = -1;
  let wordHash = 0;
  let wordCount = 0;
  let letterWords = 0;
  let textHash1 = FNV_BASIS;
  let textHash2 = 0;
  let punct = 0;
  const end = text.length;
  let first = 0;
  while (first < end && isSpace(text.charCodeAt(first))) first++;
  let last = end;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  for (let c = 0; c <= end; c++) {
    let inWord = false;
    if (c < end) {
      const code = text.charCodeAt(c);
      if (code !== 32 && code !== 9 && code !== 160) len++;
      const pk = PUNCT_CLASS[code];
      if (pk !== 0) punct |= 1 << (pk - 1);
      if (c >= first && c < last) {
        const lower = code >= 65 && code <= 90 ? code + 32 : code;
        textHash1 = fnv1aStep(textHash1, lower);
        textHash2 = (Math.imul(textHash2, 31) + lower) | 0;
      }
      inWord = isWordChar(code, text, c);
      if (inWord) {
        if (startWord < 0) {
          startWord = c;
          wordHash = 0;
        }
        wordHash = (Math.imul(wordHash, 31) + code) | 0;
        continue;
      }
    }
    if (startWord < 0) continue;
    let e = table.find(text, startWord, c, wordHash);
    if (e < 0) {
      const w = text.slice(startWord, c);
      e = table.add(w, wordHash, wordFeatures(w, scan.vocab, scan.lang));
    }
    startWord = -1;
    const token = table.token[e];
    if (token >= 0) {
      letterWords++;
      toks.push(token);
      if (scan.sameLanguage) ids.push(token);
    }
    const feature = table.feature[e];
    if (feature >= 0) ids.push(feature);
    const capital = table.capital[e];
    if (capital >= 0 && wordCount > 0) ids.push(capital);
    wordCount++;
  }
  // The whole text: identical segments (names, figures, headings, same-language drafts) match
  // outright. Keyed by a 53-bit hash of the text (two integers), not the text: long string keys cost.
  ids.push(scan.vocab.hashedId(textHash1, (textHash2 ^ (last - first)) & 0x1fffff));
  for (let k = 0; punct !== 0; k++, punct >>= 1) if (punct & 1) ids.push(scan.punctIds[k]);
  // A text without words (page numbers, dot leaders, `2.1.`) pairs best with another such text:
  // its figures or punctuation rarely match exactly (`5` ↔ `4`, `. . . .` ↔ `. .`).
  if (letterWords === 0) ids.push(wordCount > 0 ? scan.shapeIds[0] : scan.shapeIds[1]);
  // Lines of dialogue open with a quote or a dash in either language (`"` ↔ `--`, `-` ↔ `-`). (Not
  // also "ends without a full stop": every item of a list has it, and merged items then count it twice.)
  if (first < last && OPENERS.has(text.charCodeAt(first))) ids.push(scan.shapeIds[2]);
  return len;
}

/**
 * Extract the features of each text.
 * @param texts segment texts of one side
 * @param vocab vocabulary shared with the other side
 * @param sameLanguage whether words and whole texts can match as such (across
 *   languages they mostly add unmatched mass; cognates, figures and the
 *   learned lexicon carry the evidence)
 * @param lang ISO 639-1 code of the texts, for number words
 */
export function extractFeatures(texts: readonly string[], vocab: Vocabulary, sameLanguage: boolean, lang = 'und'): SideFeatures {
  const n = texts.length;
  const features = new IdListsBuilder(n);
  const tokens = new IdListsBuilder(n);
  const lengths = new Float64Array(n);
  const scan: Scan = {
    vocab,
    table: new WordTable(),
    ids: new IntList(),
    toks: new IntList(),
    sameLanguage,
    lang: lang.toLowerCase().split(/[-_]/)[0],
    punctIds: PUNCT_CLASSES.map((chars) => vocab.id('p:' + chars[0])),
    shapeIds: [vocab.id('s:figures'), vocab.id('s:marks'), vocab.id('s:dialogue')],
  };
  for (let s = 0; s < n; s++) {
    lengths[s] = scanText(texts[s], scan);
    features.appendSet(scan.ids.data, scan.ids.length);
    features.end();
    tokens.append(scan.toks.data, 0, scan.toks.length);
    tokens.end();
  }
  return { features: features.build(), tokens: tokens.build(), lengths };
}

/**
 * Inverse-document-frequency weights over both sides: a feature in every
 * segment says nothing about which segments pair, a feature in two says a lot.
 */
export function featureWeights(sides: readonly IdLists[], vocabSize: number, power = 1): Float64Array {
  const df = new Float64Array(vocabSize);
  let total = 0;
  for (const side of sides) {
    total += side.start.length - 1;
    // Each list holds an id once, so counting ids counts segments.
    const data = side.data;
    for (let k = 0; k < data.length; k++) df[data[k]]++;
  }
  const w = new Float64Array(vocabSize);
  for (let i = 0; i < vocabSize; i++) w[i] = df[i] > 0 ? Math.log(1 + total / df[i]) ** power : 0;
  return w;
}

/** Sum of weights of the ids two sorted lists share: list `i` of `a` and list `j` of `b`. */
export function overlap(a: IdLists, i: number, b: IdLists, j: number, w: Float64Array): number {
  const ad = a.data;
  const bd = b.data;
  let x0 = a.start[i];
  const x1 = a.start[i + 1];
  let y0 = b.start[j];
  const y1 = b.start[j + 1];
  let s = 0;
  while (x0 < x1 && y0 < y1) {
    const x = ad[x0];
    const y = bd[y0];
    if (x === y) {
      s += w[x];
      x0++;
      y0++;
    } else if (x < y) x0++;
    else y0++;
  }
  return s;
}

/** Sum of the weights of list `k`. */
export function mass(lists: IdLists, k: number, w: Float64Array): number {
  const d = lists.data;
  let s = 0;
  for (let x = lists.start[k], end = lists.start[k + 1]; x < end; x++) s += w[d[x]];
  return s;
}

/** Scratch space of `union`, grown as needed. */
let unionScratch = new Int32Array(1024);

/**
 * Union of the sorted lists `from` to `to` (exclusive), as one sorted list.
 * @returns a view of scratch space, valid until the next call (a million blocks each with an
 *   array of its own made the garbage collector run for each few thousand of them)
 */
export function union(lists: IdLists, from: number, to: number): Int32Array {
  // The lists are consecutive in `data`: one copy, one sort.
  const a = lists.start[from];
  const n = lists.start[to] - a;
  if (unionScratch.length < n) unionScratch = new Int32Array(Math.max(n, 2 * unionScratch.length));
  const all = unionScratch.subarray(0, n);
  all.set(lists.data.subarray(a, a + n));
  all.sort();
  let k = 0;
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[k++] = all[i];
  return all.subarray(0, k);
}

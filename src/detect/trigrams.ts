/**
 * franc's trigram classifier (wooorm/franc, MIT), re-implemented over franc's
 * own data with typed arrays: the same answers as `francAll(value, { only,
 * minLength })`, about ten times faster: franc builds string-keyed objects
 * per text and looks every trigram up in every language's dictionary; here a
 * text costs one pass over its trigrams plus, per distinct trigram, the few
 * candidate languages whose model has it.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { InternalError } from '../errors.js';

/** franc looks at no more than this many characters. */
export const FRANC_MAX_LENGTH = 2048;

/** franc's penalty for a trigram a language's model lacks (its `MAX_DIFFERENCE`). */
const MAX_DIFFERENCE = 300;

/** Trigram keys stay below this: V8 small integers, cheap to hash. */
const SMALL_KEY_LIMIT = 2 ** 30;

/** One script's candidate languages and their trigram ranks, stored sparsely. */
interface ScriptModel {
  languages: string[];
  /** Trigram key → offset of its entry in `entries`. */
  rows: IntHashMap;
  /**
   * Per trigram: how many languages know it, then (language index, rank)
   * pairs. Most trigrams are known to a few candidates only, so a sparse row
   * is several times shorter than one slot per language.
   */
  entries: Int32Array;
  /** One distance per language, reused from text to text. */
  scratch: Int32Array;
}

/** franc's distances of one text to a script's candidate languages (lower is closer). */
export interface Ranking {
  languages: readonly string[];
  distances: Int32Array;
  /** Characters of the text franc read: the scale of its scores. */
  sampleLength: number;
}

/** A language and its score in [0, 1] (1 for the best), as franc's `francAll` gives them. */
export type LanguageScore = [code: string, score: number];

/** A classifier restricted to a fixed set of languages. */
export class TrigramClassifier {
  /** Per script of franc's data: its candidate languages and their trigram strings; the model is built on first use. */
  private readonly scripts = new Map<string, { names: string[]; grams: string[]; model?: ScriptModel }>();
  private readonly only: ReadonlySet<string>;
  /** Code unit → 1-based index among the characters franc's models use (0: none of them). */
  private readonly alphabet: Uint16Array;
  private readonly base: number;
  /** Scratch space for one text's trigram counts (the classifier is synchronous, so one is enough). */
  private readonly counts = new IntHashMap(FRANC_MAX_LENGTH + 2);
  /** Distinct trigrams of the current text with a character no model uses. */
  private readonly unknown = new Set<number>();

  /**
   * @param only ISO 639-3 codes franc may answer (franc's `only` option)
   */
  constructor(only: readonly string[]) {
    this.only = new Set(only);
    // Only the candidates' characters: a trigram with any other character is in no candidate's model.
    const used = new Uint8Array(0x10000);
    for (const [script, languages] of Object.entries(data)) {
      const names = Object.keys(languages).filter((name) => this.only.has(name));
      const grams = names.map((name) => languages[name]);
      for (const g of grams) for (let i = 0; i < g.length; i++) used[g.charCodeAt(i)] = 1;
      this.scripts.set(script, { names, grams });
    }
    used[0x7c] = 0; // '|' separates the trigrams
    this.alphabet = new Uint16Array(0x10000);
    let next = 1;
    for (let code = 0; code < 0x10000; code++) if (used[code]) this.alphabet[code] = next++;
    this.base = next;
    if (this.base ** 3 >= SMALL_KEY_LIMIT) throw new InternalError('franc data has too many distinct characters for trigram keys');
  }

  /** A script's model, built on first use: most texts need only one script's (most often Latin). */
  private model(script: string): ScriptModel | undefined {
    const entry = this.scripts.get(script);
    if (entry === undefined) return undefined;
    if (entry.model) return entry.model;
    const { names, grams } = entry;
    const L = names.length;
    let most = 0;
    for (const g of grams) most += Math.ceil(g.length / 4);
    // Row of each distinct trigram key, and per row and language the trigram's rank (-1: unknown).
    const rowOf = new IntHashMap(most);
    const ranks = new Int32Array(most * L).fill(-1);
    grams.forEach((list, li) => {
      // Walk backwards so that a trigram listed twice keeps its first (lowest) rank, as franc does.
      let end = list.length;
      let rank = 0;
      for (let i = 0; i <= list.length; i++) if (i === list.length || list.charCodeAt(i) === 0x7c) rank++;
      for (let i = list.length - 1; i >= -1; i--) {
        if (i >= 0 && list.charCodeAt(i) !== 0x7c) continue;
        rank--;
        // A gram of another length cannot occur among a text's trigrams either.
        if (end - i - 1 === 3) {
          const key = this.key(list.charCodeAt(i + 1), list.charCodeAt(i + 2), list.charCodeAt(i + 3));
          let row = rowOf.get(key);
          if (row < 0) rowOf.set(key, (row = rowOf.size));
          ranks[row * L + li] = rank;
        }
        end = i;
      }
    });
    // Per trigram: how many languages know it, then (language index, rank) pairs, languages in order.
    const rows = new IntHashMap(rowOf.size);
    const entries: number[] = [];
    for (let row = 0; row < rowOf.size; row++) {
      rows.set(rowOf.keyAt(row), entries.length);
      const at = entries.length;
      entries.push(0);
      for (let li = 0; li < L; li++) {
        const rank = ranks[row * L + li];
        if (rank >= 0) entries.push(li, rank);
      }
      entries[at] = (entries.length - at - 1) / 2;
    }
    entry.model = { languages: names, rows, entries: Int32Array.from(entries), scratch: new Int32Array(L) };
    return entry.model;
  }

  /**
   * Languages ranked best first, exactly as `francAll(value, { only, minLength })`.
   * @param value the text
   * @param minLength shorter texts give `[['und', 1]]`
   */
  scores(value: string, minLength: number): LanguageScore[] {
    const r = this.rank(value, minLength);
    if (typeof r === 'string') return [[r, 1]];
    const { languages, distances, sampleLength } = r;
    const order = languages.map((_, i) => i).sort((a, b) => distances[a] - distances[b]);
    const min = distances[order[0]];
    const max = sampleLength * MAX_DIFFERENCE - min;
    return order.map((i) => [languages[i], 1 - (distances[i] - min) / max || 0]);
  }

  /**
   * What `scores` ranks, unranked: one answer (`und`, or the language of a one-language script),
   * or franc's distance to each candidate. For a caller that needs only the best and a few others
   * (a million segments made the sorted score lists most of language detection's garbage).
   * The distances are scratch space, valid until the next call.
   */
  rank(value: string, minLength: number): string | Ranking {
    if (!value || value.length < minLength) return 'und';
    const sample = value.length > FRANC_MAX_LENGTH ? value.slice(0, FRANC_MAX_LENGTH) : value;
    const [script, share] = topScript(sample);
    const model = script === undefined ? undefined : this.model(script);
    if (script === undefined || model === undefined) {
      // A script with one language (Greek, Korean, Thai…): the script is the answer.
      if (script === undefined || share === 0 || !this.only.has(script)) return 'und';
      return script;
    }
    if (model.languages.length === 0) return 'und';
    return { languages: model.languages, distances: this.distances(sample, model), sampleLength: sample.length };
  }

  /**
   * franc's distance of the text to each language: the sum over the text's
   * distinct trigrams of |count − rank − 1| where the language knows the
   * trigram, else `MAX_DIFFERENCE`; computed as `MAX_DIFFERENCE` per trigram
   * minus a credit for each language that knows it.
   */
  private distances(sample: string, model: ScriptModel): Int32Array {
    const counts = this.countTrigrams(sample);
    const entries = model.entries;
    // At most 2048 trigrams × 300: integers well inside 32 bits.
    const credit = model.scratch.fill(0);
    for (let k = 0; k < counts.size; k++) {
      const row = model.rows.get(counts.keyAt(k));
      if (row < 0) continue;
      const shifted = counts.valueAt(k) - 1;
      const last = row + 2 * entries[row];
      for (let j = row + 1; j < last; j += 2) {
        const difference = shifted - entries[j + 1];
        credit[entries[j]] += MAX_DIFFERENCE - (difference < 0 ? -difference : difference);
      }
    }
    const distinct = counts.size + this.unknown.size;
    const distances = credit; // reused in place
    for (let i = 0; i < distances.length; i++) distances[i] = distinct * MAX_DIFFERENCE - credit[i];
    return distances;
  }

  /**
   * Count the text's trigrams, the text cleaned as franc cleans it, in one
   * pass without building the cleaned string: ASCII punctuation and digits
   * become spaces, runs of spaces fold to one, the ends are trimmed and padded
   * with one space, letters are lower-cased (lower-casing first is the same:
   * no upper-case letter lower-cases into punctuation or a space). Trigrams of
   * characters franc's models use are counted in `this.counts`; the others,
   * which no model knows, only in `this.unknown` (as distinct trigrams).
   */
  private countTrigrams(value: string): IntHashMap {
    const lower = value.toLowerCase();
    this.counts.clear();
    this.unknown.clear();
    let a = -1; // the two previous units of the cleaned text (-1: none yet)
    let b = 0x20; // the leading pad
    let pendingSpace = false;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if ((c >= 0x21 && c <= 0x40) || isSpace(c)) {
        pendingSpace = a !== -1; // never before the first letter: franc trims
        continue;
      }
      if (pendingSpace) {
        if (a !== -1) this.addTrigram(a, b, 0x20);
        a = b;
        b = 0x20;
        pendingSpace = false;
      }
      if (a !== -1) this.addTrigram(a, b, c);
      a = b;
      b = c;
    }
    if (a !== -1) this.addTrigram(a, b, 0x20); // the trailing pad
    return this.counts;
  }

  private addTrigram(a: number, b: number, c: number): void {
    const ia = this.alphabet[a];
    const ib = this.alphabet[b];
    const ic = this.alphabet[c];
    if (ia !== 0 && ib !== 0 && ic !== 0) this.counts.add((ia * this.base + ib) * this.base + ic, 1);
    else this.unknown.add((a * 0x10000 + b) * 0x10000 + c);
  }

  /** A small non-negative integer standing for a trigram of characters franc's models use. */
  private key(a: number, b: number, c: number): number {
    return (this.alphabet[a] * this.base + this.alphabet[b]) * this.base + this.alphabet[c];
  }
}

/** Which BMP code units franc's Latin expression matches (1), tabulated once. */
let latinTable: Uint8Array | undefined;

/** Build `latinTable` on first use, not when the module loads: one scan of every BMP code unit (65,536 one-character tests took ten times longer). */
function buildLatinTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c;
  // Lone surrogates decode to one U+FFFD each, so indices still are code units; they are cleared below.
  const all = new TextDecoder('utf-16le').decode(units);
  const scan = new RegExp(expressions.Latin.source, 'g');
  for (let m = scan.exec(all); m !== null; m = scan.exec(all)) table[m.index] = 1;
  table.fill(0, 0xd800, 0xe000);
  return table;
}

/** Share of the text franc counts as Latin script (astral characters count as not Latin, which only lowers the share). */
function latinShare(value: string): number {
  const table = (latinTable ??= buildLatinTable());
  let count = 0;
  for (let i = 0; i < value.length; i++) count += table[value.charCodeAt(i)];
  return count / value.length;
}

/** The script most of the text is written in, and its share, as franc picks it (first wins ties). */
function topScript(value: string): [string | undefined, number] {
  // Scripts do not share characters, so a script holding most of the text is the top one.
  const latin = latinShare(value);
  if (latin > 0.5) return ['Latin', latin];
  let top: string | undefined;
  let topShare = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/** Whether a code unit is whitespace for JavaScript's `\\s` (what franc folds). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A map from small non-negative integers to integers, open addressing over
 * typed arrays, that remembers insertion order and clears in O(entries).
 */
class IntHashMap {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  /** Fibonacci hashing keeps the product's top bits: 32 minus log2(table length). */
  private readonly shift: number;
  /** Slots in insertion order. */
  private readonly slots: Int32Array;
  size = 0;

  /** @param capacity the most entries it will hold */
  constructor(capacity: number) {
    let length = 16;
    let bits = 4;
    while (length < capacity * 2) {
      length *= 2; // at most half full: short probe runs
      bits++;
    }
    this.shift = 32 - bits;
    this.keys = new Int32Array(length).fill(-1);
    this.values = new Int32Array(length);
    this.slots = new Int32Array(capacity);
    this.mask = length - 1;
  }

  private slotOf(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.values[slot] : -1;
  }

  /** Store `value` for `key`. */
  set(key: number, value: number): void {
    const slot = this.slotOf(key);
    if (this.keys[slot] !== key) {
      this.keys[slot] = key;
      this.slots[this.size++] = slot;
    }
    this.values[slot] = value;
  }

  /** Add `amount` to the value for `key` (0 when absent). */
  add(key: number, amount: number): void {
    const slot = this.slotOf(key);
    if (this.keys[slot] !== key) {
      this.keys[slot] = key;
      this.values[slot] = 0;
      this.slots[this.size++] = slot;
    }
    this.values[slot] += amount;
  }

  /** The `k`-th key inserted. */
  keyAt(k: number): number {
    return this.keys[this.slots[k]];
  }

  /** The value of the `k`-th key inserted. */
  valueAt(k: number): number {
    return this.values[this.slots[k]];
  }

  /** Remove every entry. */
  clear(): void {
    for (let k = 0; k < this.size; k++) this.keys[this.slots[k]] = -1;
    this.size = 0;
  }
}

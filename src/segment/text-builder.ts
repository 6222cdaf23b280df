/**
 * Builds the normalised text of one unit (paragraph, item, heading) from ranges of the
 * original, folding white space, dropping invisible characters and applying repairs,
 * while recording for each output character the original range it came from. Scratch
 * buffers are typed arrays reused across units, so memory stays linear and small.
 *
 * The text is put in Unicode NFC as it is built, so that a file saved decomposed (NFD: `e` +
 * U+0301) compares equal to its composed twin (issue 11: the French seed against its NFD form
 * gave 50 text changes and 7 name mismatches). A composed character maps to the whole original
 * cluster it replaces, so positions stay exact.
 */
import type { Edit, RepairPlan } from './repair.js';
import { isSpace, isDropped } from './chars.js';

/** Initial scratch size in characters; buffers double when a unit is longer. */
const INITIAL_CAPACITY = 1 << 14;
/**
 * Longest run of a base character and its marks re-composed as a whole. Real clusters have a
 * few marks; "Zalgo" text stacks hundreds on one letter, and re-normalising the growing run at
 * each mark would be quadratic: past this, a mark starts a run of its own.
 */
const MAX_CLUSTER = 32;
/** Characters per `String.fromCharCode` call (keeps the argument list far below engine limits). */
const DECODE_CHUNK = 4096;

/** The text being built, its per-character origins, and the repairs applied so far. */
export class TextBuilder {
  chars = new Uint16Array(INITIAL_CAPACITY);
  /** Original offset of each character. */
  from = new Int32Array(INITIAL_CAPACITY);
  /** Length of the original region each character stands for (1, up to 4 for a repaired sequence, more for an escape such as `&eacute;`). */
  span = new Uint8Array(INITIAL_CAPACITY);
  length = 0;
  /** Index of the last character a following mark could compose with (-1: none). */
  private starter = -1;
  /** Whether each repaired word (index into `plan.words`) made it into a segment. */
  readonly usedWords: Uint8Array;
  private readonly edits: Edit[];
  private nextEdit = 0;

  constructor(private readonly value: string, private readonly plan: RepairPlan) {
    this.edits = plan.edits;
    this.usedWords = new Uint8Array(plan.words.length);
  }

  /** Start a new unit. */
  reset(): void {
    this.length = 0;
    this.starter = -1;
  }

  /** Append one space standing for the original offset `at`, unless the text is empty or already ends in one. */
  space(at: number): void {
    if (this.length > 0 && this.chars[this.length - 1] !== 32) this.push(32, at, at + 1);
  }

  /** Append the original range `[start, end)`, normalised. Ranges must come in increasing order. */
  piece(start: number, end: number): void {
    const { value, edits } = this;
    while (this.nextEdit < edits.length && edits[this.nextEdit].offset < start) this.nextEdit++;
    for (let i = start; i < end; i++) {
      if (this.nextEdit < edits.length && edits[this.nextEdit].offset === i) {
        const edit = edits[this.nextEdit];
        if (i + edit.length <= end) {
          const t = edit.text;
          for (let k = 0; k < t.length; k++) {
            const c = t.charCodeAt(k);
            if (isSpace(c)) this.space(i);
            else this.pushComposed(c, i + Math.min(k, edit.length - 1), i + edit.length);
          }
          // A format's escape (`&amp;`) is no repair: it has no word.
          const word = this.plan.wordOf[this.nextEdit];
          if (word >= 0) this.usedWords[word] = 1;
          this.nextEdit++;
          i += edit.length - 1;
          continue;
        }
        this.nextEdit++;
      }
      const c = value.charCodeAt(i);
      if (isSpace(c) || c === 10 || c === 13) this.space(i);
      else if (!isDropped(c)) this.pushComposed(c, i, i + 1);
    }
  }

  /** Drop trailing spaces. */
  trimEnd(): void {
    while (this.length > 0 && this.chars[this.length - 1] === 32) this.length--;
  }

  /** The text of `[a, b)` as a string. */
  text(a = 0, b = this.length): string {
    if (b - a <= DECODE_CHUNK) return String.fromCharCode.apply(null, this.chars.subarray(a, b) as unknown as number[]);
    const parts: string[] = [];
    for (let k = a; k < b; k += DECODE_CHUNK) {
      parts.push(String.fromCharCode.apply(null, this.chars.subarray(k, Math.min(b, k + DECODE_CHUNK)) as unknown as number[]));
    }
    return parts.join('');
  }

  /** Original offset after the region of character `i`. */
  endOf(i: number): number {
    return this.from[i] + this.span[i];
  }

  /** The flat text-index → offset map of `[a, b)` (a pair only where the offsets jump). */
  map(a: number, b: number): number[] {
    const { from } = this;
    const out = [0, from[a]];
    for (let i = a + 1; i < b; i++) if (from[i] !== from[i - 1] + 1) out.push(i - a, from[i]);
    return out;
  }

  /**
   * Append a character and keep the text in NFC: a character that may change under NFC (a
   * combining mark, a conjoining jamo, a singleton such as U+212B) re-normalises the run from
   * the last starter. ASCII and Latin-1 never need it, so ordinary text pays one comparison.
   */
  private pushComposed(c: number, from: number, to: number): void {
    this.push(c, from, to);
    const at = this.length - 1;
    if (c < 0x300) {
      this.starter = at;
      return;
    }
    // A surrogate pair is judged as one code point, when its second half comes.
    if (isHighSurrogate(c)) return;
    const pair = isLowSurrogate(c) && at > 0 && isHighSurrogate(this.chars[at - 1]);
    const charStart = pair ? at - 1 : at;
    if (!mayCompose(pair ? String.fromCharCode(this.chars[at - 1], c) : String.fromCharCode(c))) {
      this.starter = charStart;
      return;
    }
    const runStart = this.starter >= 0 && this.length - this.starter <= MAX_CLUSTER ? this.starter : charStart;
    const run = this.text(runStart, this.length);
    const composed = run.normalize('NFC');
    if (composed !== run) {
      // What NFC leaves as it was at the start of the run (a starter before an astral singleton) keeps its own origin.
      let same = 0;
      while (same < run.length - 1 && run.charCodeAt(same) === composed.charCodeAt(same)) same++;
      if (same > 0 && isHighSurrogate(run.charCodeAt(same - 1))) same--;
      this.replaceRun(runStart + same, composed.slice(same));
    }
    this.starter = runStart;
  }

  /**
   * Replace the characters from `runStart` to the end by `text`, each new character mapped
   * into the original range of the run, in order: the first from the run's start, the others
   * aligned on the run's tail (composition consumes characters from the front), the last
   * ending where the run ends.
   */
  private replaceRun(runStart: number, text: string): void {
    const n = this.length - runStart;
    const froms = Array.from(this.from.subarray(runStart, this.length));
    const runEnd = froms[n - 1] + this.span[this.length - 1];
    const source = (k: number) => (k === 0 ? 0 : Math.max(0, Math.min(n - 1, n - text.length + k)));
    this.length = runStart;
    let previous = froms[0];
    for (let k = 0; k < text.length; k++) {
      const from = Math.max(froms[source(k)], previous);
      const to = k === text.length - 1 ? runEnd : Math.min(runEnd, Math.max(from, froms[source(k + 1)]));
      this.push(text.charCodeAt(k), from, to);
      previous = from;
    }
  }

  private push(c: number, from: number, to: number): void {
    if (this.length === this.chars.length) this.grow();
    this.chars[this.length] = c;
    this.from[this.length] = from;
    this.span[this.length] = to - from;
    this.length++;
  }

  private grow(): void {
    const size = this.chars.length * 2;
    const chars = new Uint16Array(size); chars.set(this.chars); this.chars = chars;
    const from = new Int32Array(size); from.set(this.from); this.from = from;
    const span = new Uint8Array(size); span.set(this.span); this.span = span;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Characters that can join the one before under NFC: marks (and Hangul vowel and final jamo). */
const COMBINING = /^[\p{M}\u1161-\u11c2]$/u;
/** Per BMP code unit: 0 unknown, 1 stable (NFC keeps it and it joins nothing), 2 may compose. */
const stable = new Uint8Array(0x10000);

/** Whether a character (one code point) may change, or change the one before it, under NFC. */
function mayCompose(char: string): boolean {
  if (char.length === 1) {
    const c = char.charCodeAt(0);
    if (stable[c] === 0) stable[c] = COMBINING.test(char) || char.normalize('NFC') !== char ? 2 : 1;
    return stable[c] === 2;
  }
  return COMBINING.test(char) || char.normalize('NFC') !== char;
}

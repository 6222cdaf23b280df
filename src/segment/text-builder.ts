/**
 * Builds the normalised text of one unit (paragraph, item, heading) from ranges of the
 * original, folding white space, dropping invisible characters and applying repairs,
 * while recording for each output character the original range it came from. Scratch
 * buffers are typed arrays reused across units, so memory stays linear and small.
 */
import type { Edit, RepairPlan } from './repair.js';
import { isSpace, isDropped } from './chars.js';

/** Initial scratch size in characters; buffers double when a unit is longer. */
const INITIAL_CAPACITY = 1 << 14;
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
            else this.push(c, i + Math.min(k, edit.length - 1), i + edit.length);
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
      else if (!isDropped(c)) this.push(c, i, i + 1);
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

/**
 * What a text says instead of an expected term: the run of words that shares
 * most of the term's word stems ("joint inquiry teams" for "joint investigation
 * teams"), so a finding can name the rendering actually used.
 */
import { isFunctionWord } from './function-words.js';
import type { Token } from './tokens.js';

/** A variant must share at least this share of the expected term's words (and start and end on shared words). */
export const VARIANT_MIN_SHARED = 0.5;

/** A span of tokens (end exclusive) standing for a term. */
export interface Variant {
  firstToken: number;
  endToken: number;
  /** How many of the expected words it shares. */
  shared: number;
}

/**
 * The run of tokens most like an expected term: between one word shorter and one
 * longer, within one phrase (no punctuation inside), starting and ending on words
 * of the term, sharing at least half its words and having a word of its own.
 * @param tokens the text's tokens
 * Only content words count as shared (`the safety of` is no variant of `security of the European`).
 * @param expected the expected term's tokens (two words or more; a one-word term has no variant to find)
 * @param lang the language of both
 */
export function findVariant(tokens: readonly Token[], expected: readonly Token[], lang: string): Variant | undefined {
  const n = expected.length;
  if (n < 2) return undefined;
  const stems = expected.map((t) => t.stem);
  const wanted = new Set(expected.filter((t) => !isFunctionWord(t.text, lang)).map((t) => t.stem));
  const content = wanted.size;
  if (content === 0) return undefined;
  const from = 0;
  const to = tokens.length;
  let best: Variant | undefined;
  for (let i = from; i < to; i++) {
    if (!wanted.has(tokens[i].stem)) continue;
    for (let len = Math.max(2, n - 1); len <= n + 1 && i + len <= to; len++) {
      let broken = false;
      for (let k = i; k < i + len - 1; k++) if (tokens[k].next === 'break') broken = true;
      if (broken) break;
      const last = tokens[i + len - 1];
      if (!wanted.has(last.stem)) continue;
      const pool = [...wanted];
      let shared = 0;
      let own = 0;
      let same = len === n;
      for (let k = 0; k < len; k++) {
        const tok = tokens[i + k];
        const at = pool.indexOf(tok.stem);
        if (at >= 0) { shared++; pool.splice(at, 1); }
        else if (!stems.includes(tok.stem)) own++;
        if (same && tok.stem !== stems[k]) same = false;
      }
      // A run made only of the term's words is the term cut short or reordered, not another rendering.
      if (same || own === 0 || shared < Math.ceil(content * VARIANT_MIN_SHARED)) continue;
      const better = !best || shared > best.shared || (shared === best.shared && Math.abs(len - n) < Math.abs(best.endToken - best.firstToken - n));
      if (better) best = { firstToken: i, endToken: i + len, shared };
    }
  }
  return best;
}

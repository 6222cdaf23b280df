/**
 * What a text says instead of an expected term: the run of words that shares
 * most of the term's word stems ("joint inquiry teams" for "joint investigation
 * teams"), so a finding can name the rendering actually used.
 */
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
 * of the term, sharing at least half its words, and not the term itself.
 * @param tokens the text's tokens
 * @param expected the expected term's stems (two words or more; a one-word term has no variant to find)
 * @param from first token to consider
 * @param to token after the last one to consider
 */
export function findVariant(tokens: readonly Token[], expected: readonly string[], from = 0, to = tokens.length): Variant | undefined {
  const n = expected.length;
  if (n < 2) return undefined;
  const wanted = new Set(expected);
  let best: Variant | undefined;
  for (let i = from; i < to; i++) {
    if (!wanted.has(tokens[i].stem)) continue;
    for (let len = Math.max(2, n - 1); len <= n + 1 && i + len <= to; len++) {
      let broken = false;
      for (let k = i; k < i + len - 1; k++) if (tokens[k].next === 'break') broken = true;
      if (broken) break;
      const last = tokens[i + len - 1];
      if (!wanted.has(last.stem)) continue;
      const pool = [...expected];
      let shared = 0;
      let same = len === n;
      for (let k = 0; k < len; k++) {
        const at = pool.indexOf(tokens[i + k].stem);
        if (at >= 0) { shared++; pool.splice(at, 1); }
        if (same && tokens[i + k].stem !== expected[k]) same = false;
      }
      if (same || shared < Math.ceil(n * VARIANT_MIN_SHARED)) continue;
      const better = !best || shared > best.shared || (shared === best.shared && Math.abs(len - n) < Math.abs(best.endToken - best.firstToken - n));
      if (better) best = { firstToken: i, endToken: i + len, shared };
    }
  }
  return best;
}

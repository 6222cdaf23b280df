/**
 * Clause boundaries inside long sentences: semicolons (`;`, French ` ; `) and colons
 * opening a lower-case continuation, outside brackets and quotes. The enumerations of
 * official communiqués ("we decided to …; to …; and to …") are the model.
 */
import { isLower, isOpener, isCloser } from './chars.js';

/** Sentences longer than this (in characters) are cut into clauses; shorter ones stay whole. */
export const CLAUSE_MIN_SENTENCE = 120;
/** No clause shorter than this: a shorter piece stays with its neighbour. */
const MIN_CLAUSE = 20;

/**
 * Where the clauses of a sentence end.
 * @param text the sentence (normalised, trimmed)
 * @returns ascending end indices (exclusive) of all clauses, the last being `text.length`
 */
export function clauseEnds(text: string): number[] {
  const n = text.length;
  if (n <= CLAUSE_MIN_SENTENCE) return [n];
  const ends: number[] = [];
  let depth = 0;
  let quote = false;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) { quote = !quote; continue; }
    if (c === 40 || c === 91 || c === 0xab || c === 0x201c) { depth++; continue; }
    if (c === 41 || c === 93 || c === 0xbb || c === 0x201d) { if (depth > 0) depth--; continue; }
    if (depth > 0 || quote) continue;
    let cut = -1;
    if (c === 59) cut = i + 1;
    else if (c === 58 && i + 2 < n && text.charCodeAt(i + 1) === 32 && isLower(nextLetter(text, i + 2))) cut = i + 1;
    if (cut < 0) continue;
    if (cut - last < MIN_CLAUSE || n - cut < MIN_CLAUSE) continue;
    ends.push(cut);
    last = cut;
  }
  ends.push(n);
  return ends;
}

function nextLetter(text: string, k: number): number {
  while (k < text.length && (isOpener(text.charCodeAt(k)) || isCloser(text.charCodeAt(k)))) k++;
  return k < text.length ? text.charCodeAt(k) : 0;
}

/** Text helpers shared by the checks: folding, word tokens, edit distance. */

import { fold } from '../text/fold.js';

/** Accents and case removed, for comparing names and finding near-identical texts (written once in `text/fold.ts`). */
export { fold };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text (letters and digits), folded. */
export function foldedWords(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/**
 * Visit the folded words of a text one by one, as `foldedWords` lists them, without the list:
 * a whole 60 MB document has ten million words (issue 11).
 */
export function forEachFoldedWord(text: string, visit: (word: string) => void): void {
  const folded = fold(text);
  const word = new RegExp(WORD.source, WORD.flags);
  for (let m = word.exec(folded); m; m = word.exec(folded)) visit(m[0]);
}

/** Number of words (runs of letters or digits) in a text. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Levenshtein distance, giving up early once it exceeds `max`.
 * @returns the distance, or `max + 1` when larger than `max`
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Shorten a text for a message, keeping its start. */
export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Whether `phrase` occurs in `text` as whole words (both already folded). */
export function containsWords(text: string, phrase: string): boolean {
  return indexOfWords(text, phrase) >= 0;
}

/** How many whole-word occurrences of `phrase` there are in `text` (both already folded). */
export function countWords(text: string, phrase: string): number {
  let n = 0;
  if (phrase.length === 0) return 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = at + phrase.length < text.length ? text[at + phrase.length] : ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
  }
  return n;
}

/** Index of the first whole-word occurrence of `phrase` in `text`, or -1. */
export function indexOfWords(text: string, phrase: string): number {
  if (phrase.length === 0) return -1;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = at + phrase.length < text.length ? text[at + phrase.length] : ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

/**
 * Line-end hyphens. A hyphen at the end of a line is kept (`cross-` + `border`
 * → `cross-border`) unless the document itself shows the word is written whole
 * (`coopé-` + `ration`, with `coopération` elsewhere and never `coopé-ration`):
 * the decision comes from the word and its document, not from a word list.
 */
import { isLetter, isUpper } from './chars.js';

/** A line-end hyphen join: `ranges[index]` is the end of the range holding the hyphen. */
export interface HyphenJoin {
  ranges: number[];
  index: number;
  /** The word part before the hyphen (may itself hold hyphens: `Aix-en`). */
  before: string;
  /** The word part on the next line. */
  after: string;
}

/**
 * Decide every line-end hyphen of a document in one scan of its words, and drop the
 * hyphens that are only line-breaking ones by moving their range end back by one.
 * @param value document text
 * @param joins the hyphen joins found while reflowing
 */
export function decideHyphens(value: string, joins: HyphenJoin[]): void {
  const plain = new Map<string, number>();
  const hyphenated = new Map<string, number>();
  // Cheap key (length, first and last letter) that rules out almost every word before any string is built.
  const keys = new Set<number>();
  const keyOf = (w: string): number => w.length * 0x100000000 + w.charCodeAt(0) * 0x10000 + w.charCodeAt(w.length - 1);
  for (const j of joins) {
    if (!droppable(j)) continue;
    const p = (j.before + j.after).toLowerCase();
    const h = (j.before + '-' + j.after).toLowerCase();
    plain.set(p, 0);
    hyphenated.set(h, 0);
    keys.add(keyOf(p)).add(keyOf(h));
  }
  if (plain.size === 0) return;
  // Count whole words (letters, inner hyphens) of candidate lengths only: one linear pass.
  const n = value.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(value.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < n && (isLetter(value.charCodeAt(i)) || (value.charCodeAt(i) === 45 && i + 1 < n && isLetter(value.charCodeAt(i + 1))))) i++;
    const key = (i - start) * 0x100000000 + lowerCode(value.charCodeAt(start)) * 0x10000 + lowerCode(value.charCodeAt(i - 1));
    if (!keys.has(key)) continue;
    const w = value.slice(start, i).toLowerCase();
    const p = plain.get(w);
    if (p !== undefined) plain.set(w, p + 1);
    const h = hyphenated.get(w);
    if (h !== undefined) hyphenated.set(w, h + 1);
  }
  for (const j of joins) {
    if (!droppable(j)) continue;
    const p = plain.get((j.before + j.after).toLowerCase()) ?? 0;
    const h = hyphenated.get((j.before + '-' + j.after).toLowerCase()) ?? 0;
    if (p > 0 && h === 0) j.ranges[j.index] -= 1;
  }
}

/** Lower-case of one code unit (ASCII fast path). */
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Only a split inside a single lower-case word can be a hyphenation point. */
function droppable(j: HyphenJoin): boolean {
  return j.after.length > 0 && !j.before.includes('-') && !isUpper(j.after.charCodeAt(0));
}

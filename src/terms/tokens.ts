/** Word tokens of a text with their places, and what lies between them. */
import { stemWord } from './stem.js';

/** A word of a text. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Its stem (see `stemWord`). */
  stem: string;
  /** Start index in the text. */
  start: number;
  /** End index (exclusive). */
  end: number;
  /**
   * How the word is joined to the next one: `space` (white space only), `hyphen` (a hyphen,
   * with or without white space: `counter-terrorism`, `investi- gation`), `apostrophe`
   * (`d’enquête`), or `break` (punctuation: the two cannot belong to one term).
   */
  next: 'space' | 'hyphen' | 'apostrophe' | 'break';
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The tokens of a document's segments by index, each cut on first use and kept: the term
 * steps look only at segments of paired beads, a few dozen of a 60 MB file's 276,000
 * segments against a short translation, and cutting them all cost 10 s and ~700 MB (issue 11).
 * @returns the tokens of segment `i`, `tokenize(segments[i].text, lang)`
 */
export function segmentTokens(segments: readonly { text: string }[], lang: string): (i: number) => Token[] {
  const cache: (Token[] | undefined)[] = [];
  return (i) => (cache[i] ??= tokenize(segments[i].text, lang));
}

/**
 * The words of a text, with stems for its language.
 * @param lang ISO 639-1 code
 */
export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const prev = out[out.length - 1];
    if (prev) prev.next = joint(text.slice(prev.end, start));
    out.push({ text: m[0], stem: stemWord(m[0], lang), start, end: start + m[0].length, next: 'break' });
  }
  return out;
}

function joint(between: string): Token['next'] {
  if (/^\s+$/u.test(between)) return 'space';
  if (/^\s*[-‐‑–]\s*$/u.test(between)) return 'hyphen';
  if (/^['’ʼ]$/u.test(between)) return 'apostrophe';
  return 'break';
}

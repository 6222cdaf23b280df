/**
 * Sentence boundaries in normalised text (single spaces, no line breaks), for French,
 * English, Dutch and other Latin-script languages: abbreviations, initials, ordinals,
 * decimals, dates, ellipses, quotes and brackets. One left-to-right pass.
 */
import { isTerminal, isCloser, isOpener, isUpper, isDigit, isLetter } from './chars.js';
import { DEFAULT_ABBREVIATION_LANGS, LANGUAGES, wordsOf } from '../lang/index.js';
import { fold } from '../text/fold.js';

/** Every spelling of a word list as written and accent-folded (`févr`, `fevr`), lower case. */
function spellings(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w.toLowerCase());
    out.add(fold(w));
  }
  return out;
}

// The segmenter runs before the language is known: each list is the union over the languages (`src/lang/`).
/** Abbreviations that precede a name and never end a sentence (lower-case, without the dot). */
const TITLES = spellings(wordsOf('titles'));
/** Abbreviations that stand before a number (`p. 5`, `art. 3`, `nr. 12`, `Dec. 11`); month abbreviations only of the languages whose abbreviations are trusted in any text. */
const NUMERIC = spellings([
  ...wordsOf('numberAbbreviations'),
  ...DEFAULT_ABBREVIATION_LANGS.flatMap((l) => l.monthAbbreviations.flat()),
]);
/** Abbreviations used inside a sentence (`e.g.`, `i.e.`, `cf.`, `bijv.`, `o.a.`, `vs.`). */
const INNER = spellings(wordsOf('innerAbbreviations'));
/** Month names, for `1. Februar`-style ordinals that do not end a sentence. */
const MONTH_WORDS = spellings(LANGUAGES.flatMap((l) => l.months.flat()));

/** Longest token examined as an abbreviation (`c.-à-d`, `z.g.a.n`); longer ones are words or URLs. */
const MAX_ABBREVIATION_CHARS = 24;

/**
 * Where the sentences of a text end.
 * @param text normalised text (single spaces)
 * @returns ascending end indices (exclusive); the last is `text.length`
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) continue;
    const s = i;
    let j = i + 1;
    while (j < n && isTerminal(text.charCodeAt(j))) j++;
    i = j - 1;
    let k = j;
    while (k < n && isCloser(text.charCodeAt(k))) k++;
    // French closing guillemet after a space: `… fin. » Il`.
    if (k + 1 < n && text.charCodeAt(k) === 32 && (text.charCodeAt(k + 1) === 0xbb || text.charCodeAt(k + 1) === 0x203a)) {
      k += 2;
      while (k < n && isCloser(text.charCodeAt(k))) k++;
    }
    if (k >= n || text.charCodeAt(k) !== 32) continue;
    const m = k + 1;
    if (!startsSentence(text, m)) continue;
    if (c === 46 && j === s + 1 && isAbbreviation(text, s, m)) continue;
    // An elided passage `(…)` or `[...]` inside a sentence.
    const ellipsis = c === 0x2026 || (c === 46 && j - s >= 3);
    if (ellipsis && s > 0 && (text.charCodeAt(s - 1) === 40 || text.charCodeAt(s - 1) === 91)) continue;
    ends.push(k);
    i = k;
  }
  ends.push(n);
  return ends;
}

/** Whether a sentence can start at `m`: a capital, a digit, or an opening quote/bracket before one. */
function startsSentence(text: string, m: number): boolean {
  let k = m;
  while (k < text.length && (isOpener(text.charCodeAt(k)) || text.charCodeAt(k) === 32) && k - m < 4) k++;
  if (k >= text.length) return false;
  const c = text.charCodeAt(k);
  return isUpper(c) || isDigit(c);
}

/** Whether the period at `dot` ends an abbreviation or initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  let a = dot;
  while (a > 0) {
    const c = text.charCodeAt(a - 1);
    if (c === 32 || (isOpener(c) && c !== 39)) break;
    a--;
  }
  if (a === dot || dot - a > MAX_ABBREVIATION_CHARS) return false;
  const token = text.slice(a, dot);
  const lower = token.toLowerCase();
  const first = token.charCodeAt(0);
  if (token.length === 1 && isLetter(first)) return true; // initial (`J. Smith`) or one-letter abbreviation
  if (TITLES.has(lower) || INNER.has(lower)) return true;
  const nextDigit = isDigit(text.charCodeAt(next));
  if (NUMERIC.has(lower) && nextDigit) return true;
  // `U.S.`, `J.-C.`, `a.s.a.p.`: letters joined by inner dots.
  if (/^(?:\p{L}{1,3}\.-?)+\p{L}{1,3}$/u.test(token)) return true;
  // `am 1. Februar`: an ordinal written with a period.
  if (/^\d{1,2}$/.test(token)) {
    let e = next;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    if (MONTH_WORDS.has(text.slice(next, e).toLowerCase())) return true;
  }
  return false;
}

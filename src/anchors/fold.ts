/** Accent and case folding, so that `Édouard` and `Edouard` compare equal. */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;
const SPACES = /\s+/g;
/** Folded words are memoised (texts repeat their words); the memo is emptied when it reaches this size. */
const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/**
 * Fold a name for comparison: NFD, combining marks stripped, lower case,
 * typographic apostrophes made plain and runs of white space made one space.
 * @param s the name as written
 * @returns the folded form (`Édouard Philippe` → `edouard philippe`)
 */
export function foldName(s: string): string {
  if (isAscii(s)) return s.replace(APOSTROPHES, "'").replace(SPACES, ' ').toLowerCase().trim();
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .toLowerCase()
    .trim();
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Fold one word for table look-ups (month names, number words, stop words).
 * @param word a single word
 * @returns the word without accents, in lower case (`Févr` → `fevr`)
 */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

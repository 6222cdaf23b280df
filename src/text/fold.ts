/** Accent and case folding, written once: `Édouard` and `edouard` compare equal. */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
const APOSTROPHES = /[’‘ʼ`´]/g;
const SPACES = /\s+/g;
/** Folded words are memoised (texts repeat their words); the memo is emptied when it reaches this size. */
const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/**
 * Accents and case removed: NFD, combining marks stripped, lower case. Lengths may change
 * (`ß` stays, `İ` loses its dot), so callers that map back to offsets fold character by character.
 * @param text any text
 * @returns the folded text (`Édouard` → `edouard`)
 */
export function fold(text: string): string {
  // Most text is ASCII: skip the costly decomposition there.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Fold one word for table look-ups (month names, number words, stop words), memoised.
 * @param word a single word
 * @returns the word without accents, in lower case (`Févr` → `fevr`)
 */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/**
 * Fold a name for comparison: accents and case folded, typographic apostrophes made plain and
 * runs of white space made one space.
 * @param s the name as written
 * @returns the folded form (`Édouard Philippe` → `edouard philippe`)
 */
export function foldName(s: string): string {
  return fold(s).replace(APOSTROPHES, "'").replace(SPACES, ' ').trim();
}

/**
 * Function words that an acronym's letters skip ("équipes communes d'enquête" → ECE)
 * and that a term candidate may not start or end with: each language's function words
 * from `src/lang/`, plus the auxiliaries and few adverbs that open no term either (those
 * lists serve name detection, which needs no verbs). Other languages use the union.
 */
import { LANGUAGES, languageData, wordsOf } from '../lang/index.js';
import { foldWord } from '../text/fold.js';

/** Auxiliaries and adverbs besides `src/lang`'s function words, by language (folded). */
const TERM_EXTRAS: Record<string, readonly string[]> = {
  fr: ['est', 'sont', 'a', 'ont', 'ete', 'etre', 'avoir', 's', 'qu', 'ne', 'pas', 'y', 'contre', 'des', 'egalement', 'notamment', 'plus', 'tres'],
  en: ['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 's', 'will', 'would', 'can', 'should', 'more', 'most', 'particularly', 'including', 'or'],
  nl: ['is', 'zijn', 'wordt', 'worden', 'werd', 'heeft', 'hebben', 'ook', 'tegen', 'niet', 'meer', 'zal', 'zullen'],
  de: ['ist', 'sind', 'wird', 'werden', 'wurde', 'hat', 'haben', 'auch', 'gegen', 'nicht', 'mehr'],
};

const SETS = new Map(LANGUAGES.map((l) => [l.code, new Set([...l.functionWords, ...(TERM_EXTRAS[l.code] ?? [])])]));
const UNION = new Set([...wordsOf('functionWords'), ...Object.values(TERM_EXTRAS).flat()]);

/**
 * Whether a word is a function word in a language.
 * @param word the word as written (any case, accents)
 * @param lang ISO 639-1 code
 */
export function isFunctionWord(word: string, lang: string): boolean {
  return (languageData(lang) ? SETS.get(lang)! : UNION).has(foldWord(word));
}

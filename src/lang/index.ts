/**
 * Language data in one place: one file per language (`<iso>.ts`) holds its month and weekday
 * names, number words, abbreviations, name particles and function words. Every stage
 * (segmenter, anchors, names) reads them from here; adding a language is adding a file here.
 */
import type { LanguageData } from './types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pt } from './pt.js';

export type { LanguageData, NumberWordKind, NumberWordRow } from './types.js';

/** Every language fbcoop has data for. */
export const LANGUAGES: readonly LanguageData[] = [en, fr, nl, de, es, it, pt];

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/**
 * The data of one language.
 * @param code ISO 639-1 code
 * @returns its data, or undefined for a language without a file here
 */
export function languageData(code: string): LanguageData | undefined {
  return BY_CODE.get(code);
}

/** Keys of `LanguageData` that hold a flat list of words. */
type WordListKey = { [K in keyof LanguageData]: LanguageData[K] extends readonly string[] ? K : never }[keyof LanguageData];

/**
 * The union of one word list over languages, for stages that run before the language is known
 * (the segmenter) or that accept a word whatever its language.
 * @param key which list
 * @param langs languages to take it from (all by default)
 */
export function wordsOf(key: WordListKey, langs: readonly LanguageData[] = LANGUAGES): string[] {
  const out = new Set<string>();
  for (const l of langs) for (const w of l[key]) out.add(w);
  return [...out];
}

/**
 * Languages whose month abbreviations are trusted in text of unknown language (many abbreviations
 * are words elsewhere: Portuguese `out`, Italian `set`, Spanish `ago`).
 */
export const DEFAULT_ABBREVIATION_LANGS: readonly LanguageData[] = [en, fr, nl];

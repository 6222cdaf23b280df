/** Month and weekday look-ups over the languages' data (`src/lang/`), folded (no accents, lower case). */

import { foldWord } from './fold.js';
import { DEFAULT_ABBREVIATION_LANGS as DEFAULT_LANGS, LANGUAGES, wordsOf } from '../lang/index.js';

/** Month spellings and abbreviations of a language, folded, January first. */
const folded = (months: readonly (readonly string[])[]): string[][] => months.map((names) => names.map(foldWord));

/** Languages whose abbreviations are trusted when the language is unknown. */
const DEFAULT_ABBREVIATION_LANGS = DEFAULT_LANGS.map((l) => l.code);

/**
 * Month words that are also ordinary words (`may`, `march`, French `sept` = seven):
 * they count as months only when capitalised, followed by a dot, or followed by a year.
 */
export const AMBIGUOUS_MONTH_WORDS: ReadonlySet<string> = new Set([
  'may', 'march', 'sept', 'mar', 'mag', 'gen', 'ago', 'set', 'out', 'dec', 'jan',
]);

const FULL: Record<string, string[][]> = Object.fromEntries(LANGUAGES.map((l) => [l.code, folded(l.months)]));
const ABBREVIATIONS: Record<string, string[][]> = Object.fromEntries(LANGUAGES.map((l) => [l.code, folded(l.monthAbbreviations)]));
const WEEKDAYS = wordsOf('weekdays').map(foldWord);

const FULL_MONTHS = new Map<string, number>();
for (const lang of Object.keys(FULL)) {
  FULL[lang].forEach((names, i) => { for (const n of names) FULL_MONTHS.set(n, i + 1); });
}

const ABBREVIATION_TABLES = new Map<string, Map<string, number>>();
for (const lang of Object.keys(ABBREVIATIONS)) {
  const table = new Map<string, number>();
  ABBREVIATIONS[lang].forEach((names, i) => { for (const n of names) table.set(n, i + 1); });
  ABBREVIATION_TABLES.set(lang, table);
}

const WEEKDAY_SET = new Set(WEEKDAYS);
const ALL_MONTH_WORDS = new Set<string>([...FULL_MONTHS.keys()]);
for (const t of ABBREVIATION_TABLES.values()) for (const k of t.keys()) if (k.length > 3) ALL_MONTH_WORDS.add(k);

/**
 * The month a word names in a text of the given language.
 * @param word the word as written, without a trailing dot
 * @param lang ISO 639-1 code of the text
 * @returns 1–12, or 0 when the word is not a month name
 */
export function monthNumber(word: string, lang: string): number {
  const w = foldWord(word);
  const full = FULL_MONTHS.get(w);
  if (full !== undefined) return full;
  const langs = ABBREVIATION_TABLES.has(lang) ? [lang] : DEFAULT_ABBREVIATION_LANGS;
  for (const l of langs) {
    const m = ABBREVIATION_TABLES.get(l)?.get(w);
    if (m !== undefined) return m;
  }
  return 0;
}

/**
 * Whether a word is a month or weekday name in any supported language (such words are dates, not names).
 * @param word the word as written
 * @returns true for `Monday`, `juin`, `Februari`…
 */
export function isCalendarWord(word: string): boolean {
  const w = foldWord(word);
  return WEEKDAY_SET.has(w) || ALL_MONTH_WORDS.has(w);
}

/**
 * Whether a word is a full month name (so a dot after it ends a sentence, not an abbreviation).
 * @param word the word as written
 * @returns true for `June`, `juin`, `juni`; false for `Feb`, `sept`
 */
export function isFullMonthName(word: string): boolean {
  return FULL_MONTHS.has(foldWord(word));
}

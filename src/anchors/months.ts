/** Month and weekday names of the main EU languages, folded (no accents, lower case). */

import { foldWord } from './fold.js';

/** Full month names, January first, per language. */
const FULL: Record<string, string[][]> = {
  en: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
  fr: [['janvier'], ['fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['aout'], ['septembre'], ['octobre'], ['novembre'], ['decembre']],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  de: [['januar', 'janner'], ['februar', 'feber'], ['marz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  pt: [['janeiro'], ['fevereiro'], ['marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
};

/** Abbreviations, only trusted in their own language (many are words elsewhere: `set`, `out`, `ago`). */
const ABBREVIATIONS: Record<string, string[][]> = {
  en: [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['oct'], ['nov'], ['dec']],
  fr: [['janv', 'jan'], ['fevr', 'fev'], [], ['avr'], [], [], ['juil'], [], ['sept', 'sep'], ['oct'], ['nov'], ['dec']],
  nl: [['jan'], ['feb'], ['mrt'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dec']],
  de: [['jan'], ['feb'], ['mar', 'mrz'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dez']],
  es: [['ene'], ['feb'], ['mar'], ['abr'], ['may'], ['jun'], ['jul'], ['ago'], ['sep', 'sept', 'set'], ['oct'], ['nov'], ['dic']],
  it: [['gen', 'genn'], ['feb', 'febb'], ['mar'], ['apr'], ['mag', 'magg'], ['giu'], ['lug'], ['ago'], ['set', 'sett'], ['ott'], ['nov'], ['dic']],
  pt: [['jan'], ['fev'], ['mar'], ['abr'], ['mai'], ['jun'], ['jul'], ['ago'], ['set'], ['out'], ['nov'], ['dez']],
};

/** Languages whose abbreviations are trusted when the language is unknown. */
const DEFAULT_ABBREVIATION_LANGS = ['en', 'fr', 'nl'];

/**
 * Month words that are also ordinary words (`may`, `march`, French `sept` = seven):
 * they count as months only when capitalised, followed by a dot, or followed by a year.
 */
export const AMBIGUOUS_MONTH_WORDS: ReadonlySet<string> = new Set([
  'may', 'march', 'sept', 'mar', 'mag', 'gen', 'ago', 'set', 'out', 'dec', 'jan',
]);

const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
  'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica',
];

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

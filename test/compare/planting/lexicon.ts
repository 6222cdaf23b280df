/**
 * The planter's own word lists (month names, number words), independent of
 * `src/anchors/`: a divergence is planted where these say a date or a figure
 * is, so that a gap in the anchors module shows up as a missed plant instead
 * of a site never tried.
 */

/** Full month names per language, January first, lower case as written mid-sentence. */
export const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** The month (1–12) a word names in a language, case-insensitive; 0 if none. */
export function monthOf(word: string, lang: string): number {
  const list = MONTHS[lang] ?? [];
  const w = word.toLowerCase();
  return list.findIndex((m) => m.toLowerCase() === w) + 1;
}

/** A month name in a language, with the capitalisation of `like`. */
export function monthName(month: number, lang: string, like: string): string {
  const name = MONTHS[lang][month - 1];
  const capital = like[0] !== like[0].toLowerCase();
  return capital ? name[0].toUpperCase() + name.slice(1) : name.toLowerCase();
}

/** Cardinal number words 2–20 and tens, per language (articles `one`/`un`/`een` left out on purpose). */
export const NUMBER_WORDS: Record<string, Record<string, number>> = {
  en: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100 },
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100 },
  nl: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, vijftien: 15, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, honderd: 100 },
};

/** Spelled-out ordinals 2nd–5th per language (`first`/`premier` are left out: they double as adjectives). */
export const ORDINAL_WORDS: Record<string, Record<string, number>> = {
  en: { second: 2, third: 3, fourth: 4, fifth: 5 },
  fr: { deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5 },
  nl: { tweede: 2, derde: 3, vierde: 4, vijfde: 5 },
};

/** The word for another value than `value` in the same table (the next one up, or down at the end). */
export function otherWord(table: Record<string, number>, value: number): string | undefined {
  const entries = Object.entries(table).sort((a, b) => a[1] - b[1]);
  const i = entries.findIndex(([, v]) => v === value);
  if (i < 0) return undefined;
  return (entries[i + 1] ?? entries[i - 1])[0];
}

/** Ordinal suffixes of day numbers and ranks (`1er`, `1re`, `2e`, `3ème`, `1st`, `11th`, `1ste`, `2de`). */
export const ORDINAL_SUFFIX = '(?:er|re|ère|ème|e|st|nd|rd|th|ste|de)';

/** A day or rank's ordinal suffix for a new number, in the style of the old suffix. */
export function ordinalSuffix(n: number, old: string, lang: string): string {
  if (old === '') return '';
  if (lang === 'en') {
    const teen = n % 100 >= 11 && n % 100 <= 13;
    return teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  }
  if (lang === 'fr') return n === 1 ? old : old === 'er' || old === 're' ? '' : old;
  return /^(?:ste|de)$/.test(old) ? (n === 1 || n === 8 || n >= 20 ? 'ste' : 'de') : old;
}

/** Connectors to drop with a name or an acronym taken out of a list (`X et Y` → `X`). */
export const CONNECTORS = [', ', ' and ', ' et ', ' en ', ' & '];

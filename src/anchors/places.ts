/**
 * Country names across languages: `Allemagne`, `Germany`, `Duitsland` and `Deutschland` are one place.
 * The names come from i18n-iso-countries (MIT, the tables of the EU's official languages), not a list of
 * our own; the index is built on first use.
 */
import { COUNTRY_TABLES } from '../lang/country-tables.js';
import { foldedWords } from '../compare/text.js';

/** Longest country name, in words, worth looking up (`Bosnie-Herzégovine`, `Papouasie-Nouvelle-Guinée`). */
const MAX_PLACE_WORDS = 5;

let index: Map<string, string[]> | undefined;

/** Folded name (its words joined by single spaces) → the ISO 3166-1 codes it names. */
function placeIndex(): Map<string, string[]> {
  if (index) return index;
  index = new Map();
  for (const table of COUNTRY_TABLES) {
    for (const [code, names] of Object.entries(table.countries)) {
      for (const name of Array.isArray(names) ? names : [names]) {
        const key = foldedWords(name).join(' ');
        if (key === '') continue;
        const codes = index.get(key);
        if (!codes) index.set(key, [code]);
        else if (!codes.includes(code)) codes.push(code);
      }
    }
  }
  return index;
}

/** A country named in a word list: its code and the words `[start, end)` that name it. */
export interface PlaceMention {
  code: string;
  start: number;
  end: number;
}

/**
 * The countries a text names, in any of the EU languages (longest name first where names overlap).
 * @param words the text's folded words (`foldedWords`)
 * @returns mentions in word order
 */
export function placesIn(words: readonly string[]): PlaceMention[] {
  const places = placeIndex();
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - i); n >= 1 && taken === 0; n--) {
      const codes = places.get(words.slice(i, i + n).join(' '));
      if (!codes) continue;
      for (const code of codes) out.push({ code, start: i, end: i + n });
      taken = n;
    }
    i += Math.max(1, taken);
  }
  return out;
}

/**
 * Whether two names of places are one country in two languages (`Afrique du Sud`, `South Africa`).
 * @returns true when both are country names with a code in common
 */
export function samePlace(a: string, b: string): boolean {
  const codes = placeIndex().get(foldedWords(a).join(' '));
  const other = placeIndex().get(foldedWords(b).join(' '));
  return !!codes && !!other && codes.some((c) => other.includes(c));
}

/**
 * Centuries: `XIXe siècle` (fr), `19th century` (en), `19e eeuw` (nl), `19. Jahrhundert` (de), `XIX secolo`
 * (it), `siglo XIX` (es) all read as the rank `#19`, the value an ordinal `19th` already has, so that a
 * Roman numeral on one side meets digits on the other.
 */
import type { Occupancy } from './mask.js';

/** Century words (singular and plural; German genitive and dative forms too). */
const CENTURY_WORD = '(?:si[èe]cles?|century|centuries|eeuwen|eeuw|Jahrhunderts?|Jahrhunderten|secolo|secoli|siglos?|s[ée]culos?)';
/** A Roman numeral or digits, an optional ordinal ending (`e`, `ème`, `er`, `th`, German `.`), then the century word. */
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])([IVXLC]+|\\d{1,2})(?:e|ème|eme|er|re|ère|th|st|nd|rd|de|ste|\\.)?[ \\u00A0\\u202F]+${CENTURY_WORD}(?![\\p{L}])`, 'gu');
/** Spanish and Portuguese write the century word first: `siglo XIX`, `século XIX`. */
const AFTER = new RegExp(`(?<![\\p{L}])(?:siglos?|s[ée]culos?)[ \\u00A0\\u202F]+([IVXLC]+)(?![\\p{L}\\p{N}])`, 'gu');
/** A well-formed Roman numeral up to 399, enough for any century. */
const ROMAN = /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * The value of a Roman numeral, or undefined when the letters are not one (`VX`, `IIII`).
 * @param roman upper-case letters I, V, X, L, C
 */
export function romanValue(roman: string): number | undefined {
  if (roman === '' || !ROMAN.test(roman)) return undefined;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i]];
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Claim the centuries of a text as ranks (`#19`), the numeral and its ordinal ending only, so the
 * century word stays free for the wording.
 * @param occ the occupancy of the text being scanned
 */
export function findCenturies(occ: Occupancy): void {
  const text = occ.text;
  for (const re of [BEFORE, AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const numeral = m[1];
      const value = /^\d/.test(numeral) ? Number(numeral) : romanValue(numeral);
      if (value === undefined || value === 0) continue;
      const start = m.index + m[0].indexOf(numeral, re === AFTER ? m[0].length - numeral.length : 0);
      // The numeral with its ordinal ending: up to the space before the century word (or the numeral alone, after it).
      const end = re === AFTER ? start + numeral.length : m.index + m[0].search(/[ \u00A0\u202F]/u);
      occ.claim('number', start, end, `#${value}`);
    }
  }
}

/**
 * Figures written in digits, read with the text's locale: `1 000`, `1,000` (en), `1.000` (fr/nl/de),
 * `3,5` (fr/nl), `3.5` (en), percentages (`12 %` → `12%`), scale words (`2,5 millions` → `2500000`),
 * ordinals (`2nd`, `3e` → `#2`, `#3`) and bare years (`in 2016` → a date `2016`).
 */

import { foldWord } from './fold.js';
import { canonicalDecimal, scaleDecimal } from './decimal.js';
import type { Occupancy } from './mask.js';

/** Digits with optional thousands groups and a decimal part. The first alternatives need 3-digit groups. */
const NUMBER = /(?<![\p{L}\p{N}_.,])(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)(?:[.,]\d+)?|\d{1,3}(?:[,.'’]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)/gu;
/** More of an identifier glued on (`2016/679`, `1.2.3`): such figures are kept verbatim. */
const IDENTIFIER_TAIL = /(?:[./]\d+)+/y;
const PERCENT = /[ \u00A0\u202F]?%|\s(?:per\s?cent|percent|pour\s?cent|pourcent|procent|prozent|por\s?ciento|per\s?cento|por\s?cento)(?![\p{L}])/iuy;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th|er|re|ère|ere|ème|eme|e|nde|de|ste|º|ª)(?![\p{L}\p{N}])/uy;
const SCALE = /\s(million|millions|milliard|milliards|miljoen|miljoenen|miljard|miljarden|billion|billions|biljoen|thousand|mille|duizend|mio\.?|mrd\.?|mln\.?|bn|trillion)(?![\p{L}])/iuy;
/** Letters glued after a figure that still leave it a figure (units); anything else makes it an identifier (`5G`). */
const UNIT = /(?:km|kg|cm|mm|m²|m2|m|ha|h|min|s|t|l|gb|mb|tb|bn|k|x|mln|mio)(?![\p{L}\p{N}])/iuy;
/** Words before a 4-digit figure that make it a quantity, not a year (`more than 2000`). */
const QUANTITY_BEFORE = /(?:more than|less than|fewer than|nearly|almost|approximately|plus de|moins de|environ|près de|quelque|meer dan|minder dan|ongeveer|bijna|ruim|circa|€|\$|£|eur|usd|gbp)\s*$/iu;
/** Words after a 4-digit figure that make it a quantity (`2000 euros`, `1500 people`). */
const QUANTITY_AFTER = /\s?(?:%|€|\$|£|euros?|eur|usd|dollars?|pounds?|km|kg|people|persons|personnes|mensen|members|membres|leden|agents|officers)(?![\p{L}])/iuy;
/** How far back to look for a quantity word before a year-like figure. */
const QUANTITY_LOOKBACK = 16;

/** Two years joined by a slash (`2016/2017`). */
const YEAR_PAIR = /^((?:19|20)\d\d)\/((?:19|20)\d\d)$/;
/** A decade (`1990s`, `2010’s`): not a year, not a figure either. */
const DECADE = /^['’]?s(?![\p{L}])/u;

const MIN_BARE_YEAR = 1900;
const MAX_BARE_YEAR = 2099;

/** Languages writing `1,000` for a thousand and `3.5` for three and a half. */
const DECIMAL_POINT_LANGS = new Set(['en', 'ga', 'mt', 'ja', 'zh', 'ko', 'he', 'th']);
/** Languages writing `1.000` for a thousand and `3,5` for three and a half. */
const DECIMAL_COMMA_LANGS = new Set(['fr', 'nl', 'de', 'es', 'it', 'pt', 'da', 'sv', 'fi', 'pl', 'cs', 'sk', 'sl', 'hr', 'ro', 'hu', 'el', 'bg', 'et', 'lv', 'lt', 'lb']);

/** Power of ten of each scale word; `billion` depends on the language (10^9 in English, 10^12 elsewhere). */
function scaleExponent(word: string, lang: string): number {
  const w = foldWord(word).replace(/\.$/, '');
  if (w.startsWith('thousand') || w === 'mille' || w === 'duizend') return 3;
  if (w.startsWith('million') || w.startsWith('miljoen') || w === 'mio' || w === 'mln') return 6;
  if (w.startsWith('milliard') || w.startsWith('miljard') || w === 'mrd' || w === 'bn') return 9;
  if (w.startsWith('billion')) return lang === 'en' || lang === 'und' ? 9 : 12;
  if (w === 'biljoen' || w === 'trillion') return 12;
  return 0;
}

/**
 * Read a figure's digits as a canonical decimal, with the language deciding `1,000` / `1.000`.
 * @param raw the matched digits and separators
 * @param lang ISO 639-1 code
 * @returns the canonical decimal (`1000`, `3.5`)
 */
export function readDigits(raw: string, lang: string): string {
  const parts = raw.split(/[^\d]/);
  const seps = raw.replace(/\d/g, '');
  if (seps.length === 0) return canonicalDecimal(raw, '');
  const spaced = /[ \u00A0\u202F'’]/.test(seps);
  const last = seps[seps.length - 1];
  const hasBoth = seps.includes(',') && seps.includes('.');
  let decimal = false;
  if (hasBoth || (spaced && (last === ',' || last === '.'))) {
    decimal = seps.indexOf(last) === seps.length - 1;
  } else if (!spaced && seps.length === 1) {
    const after = parts[parts.length - 1];
    if (after.length !== 3 || parts[0] === '0') decimal = true;
    else decimal = last === ',' ? DECIMAL_COMMA_LANGS.has(lang) : DECIMAL_POINT_LANGS.has(lang);
  }
  if (decimal) {
    return canonicalDecimal(parts.slice(0, -1).join(''), parts[parts.length - 1]);
  }
  return canonicalDecimal(parts.join(''), '');
}

function stickyAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m === null ? undefined : m[0];
}

/**
 * Claim figures written in digits, and bare years as dates.
 * @param occ the occupancy of the text being scanned
 * @param lang ISO 639-1 code, which decides `1,000` vs `1,5`
 */
export function findDigitNumbers(occ: Occupancy, lang: string): void {
  const text = occ.text;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (occ.overlaps(start, end)) continue;
    // `COVID-19`, `F-16`: digits hyphenated to a word are part of a name.
    if (start >= 2 && text[start - 1] === '-' && /[\p{L}]/u.test(text[start - 2])) { occ.block(start, end); continue; }
    const tail = stickyAt(IDENTIFIER_TAIL, text, end);
    if (tail !== undefined) {
      end += tail.length;
      NUMBER.lastIndex = end;
      const raw = text.slice(start, end);
      // `2016/2017` is a span of years; anything else glued with `/` or dots is an identifier.
      const years = YEAR_PAIR.exec(raw);
      if (years !== null && +years[1] < +years[2]) occ.claim('date', start, end, raw);
      else occ.claim('number', start, end, raw);
      continue;
    }
    if (m[0].length === 4 && m[0].endsWith('0') && DECADE.test(text.slice(end, end + 3))) { occ.block(start, end + 1); continue; }
    const plainInteger = /^\d+$/.test(m[0]);
    const ordinal = plainInteger ? stickyAt(ORDINAL_SUFFIX, text, end) : undefined;
    if (ordinal !== undefined) {
      occ.claim('number', start, end + ordinal.length, `#${canonicalDecimal(m[0], '')}`);
      NUMBER.lastIndex = end + ordinal.length;
      continue;
    }
    let value = readDigits(m[0], lang);
    const scale = stickyAt(SCALE, text, end);
    if (scale !== undefined) {
      value = scaleDecimal(value, scaleExponent(scale.trim(), lang));
      end += scale.length;
    }
    const percent = stickyAt(PERCENT, text, end);
    if (percent !== undefined) {
      occ.claim('number', start, end + percent.length, `${value}%`);
      NUMBER.lastIndex = end + percent.length;
      continue;
    }
    const unit = end < text.length && /[\p{L}]/u.test(text[end]) ? stickyAt(UNIT, text, end) : '';
    if (unit === undefined) { occ.block(start, end); continue; }
    NUMBER.lastIndex = end;
    if (plainInteger && scale === undefined && unit === '' && m[0].length === 4 && isBareYear(text, start, end)) {
      occ.claim('date', start, end, m[0]);
      continue;
    }
    occ.claim('number', start, end, value);
  }
}

/** A 4-digit figure in 1900–2099 that no quantity word or unit turns into an amount. */
function isBareYear(text: string, start: number, end: number): boolean {
  const n = +text.slice(start, end);
  if (n < MIN_BARE_YEAR || n > MAX_BARE_YEAR) return false;
  if (QUANTITY_BEFORE.test(text.slice(Math.max(0, start - QUANTITY_LOOKBACK), start))) return false;
  return stickyAt(QUANTITY_AFTER, text, end) === undefined;
}

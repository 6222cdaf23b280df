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
/** `2d`, `3d`: the short ordinals of French and of older English (`2d Battalion`); only these two, as `d` is no other suffix. */
const SHORT_ORDINAL = /^[23]$/;
/**
 * Scale words after a figure, singular and plural, in the EU languages the detector knows
 * (`3,7 millions`, `3.7 million`, `5 Millionen`, `5 milioni`, `5 miljoen`, `2 mil millones` is left alone).
 */
const SCALE = /\s(thousands?|tausend|mille|mila|duizend|millions?|millionen|milione|milioni|mill[oó]n|millones|milh[aã]o|milh[oõ]es|miljoen(?:en)?|miljon(?:er|en|a|ia)?|milion(?:y|[oó]w|i)?|milliard(?:s|e|en)?|miliard(?:o|i|y|[oó]w)?|miljard(?:en|er|a|ia)?|billions?|billionen|biljoen(?:en)?|trillions?|mio\.?|mrd\.?|mln\.?|mld\.?|bn)(?![\p{L}])/iuy;
/**
 * Letters glued after a figure that still leave it a figure: units, SI-prefixed or not, with an optional
 * `/unit` (`600Mbit/s`, `750,000kWh`, `31kN`, `130km/h`). Case matters: `5G` or `4K` stay identifiers.
 */
const UNIT = /(?:[kMGTPmµcdn]?(?:bit|bits|b|B|bps|Bd|Hz|W|Wh|V|A|Ah|g|m|m²|m³|m2|m3|l|L|J|N|Pa|t|s|o|eV)|mph|ha|h|min|x|k|mln|mio|bn|sq|ft|in|lb|lbs|oz|mi|yd|kt|kts)(?:\/[\p{L}]{1,3}|[²³])?(?![\p{L}\p{N}])/uy;
/** A unit written after a space (`600 Mbit/s`, `31 kN`): part of the figure's quantity, never a name. */
const SPACED_UNIT = /[ \u00A0\u202F](?:[kMGTP](?:bit|bits|b|B|bps|Hz|W|Wh|V|A|J|N|Pa|t|eV)|[KM]B|Mbit|Gbit|kWh|MWh|GWh|TWh|MW|GW|kW|kN|MN|MHz|GHz|kHz|Hz|Pa|kPa|MPa|V|kV|mAh|Ah)(?:\/[\p{L}]{1,3})?(?![\p{L}\p{N}])/uy;
/** Words before a 4-digit figure that make it a quantity, not a year (`more than 2000`). */
const QUANTITY_BEFORE = /(?:more than|less than|fewer than|nearly|almost|approximately|plus de|moins de|environ|près de|quelque|meer dan|minder dan|ongeveer|bijna|ruim|circa|€|\$|£|eur|usd|gbp)\s*$/iu;
/** Words after a 4-digit figure that make it a quantity (`2000 euros`, `1500 people`). */
const QUANTITY_AFTER = /\s?(?:%|€|\$|£|euros?|eur|usd|dollars?|pounds?|km|kg|people|persons|personnes|mensen|members|membres|leden|agents|officers)(?![\p{L}])/iuy;
/** How far back to look for a quantity word before a year-like figure. */
const QUANTITY_LOOKBACK = 16;

/** Two years joined by a slash (`2016/2017`). */
const YEAR_PAIR = /^((?:19|20)\d\d)\/((?:19|20)\d\d)$/;
/** A decade written after its year: `1990s`, `2010’s` (en), `1980er` / `1980er-Jahre` / `1980er Jahre` (de). */
const DECADE_AFTER = /(?:['’]?s|er(?:[- ]Jahren?)?)(?![\p{L}])/uy;
/** A decade written before its year: `années 1980` (fr), `jaren 1980` (nl), `anni 1980` (it), `años 1980` / `década de 1980` (es). */
const DECADE_BEFORE = /(?:ann[ée]es|jaren|anni|a[ñn]os|d[ée]cada de|decennio)\s+$/iu;
/** How far back to look for a decade word before a year. */
const DECADE_LOOKBACK = 12;

const MIN_BARE_YEAR = 1900;
const MAX_BARE_YEAR = 2099;
/** Earlier years count only after a word that introduces a year (`en 1550`, `in 1066`, `seit 1291`, `vers 1532`). */
const MIN_INTRODUCED_YEAR = 1000;
const YEAR_INTRODUCER = /(?:^|[^\p{L}])(?:en|in|since|until|around|circa|c\.|ca\.|depuis|jusqu['’]en|vers|dès|année|l['’]an|sinds|vanaf|im|seit|bis|nel|nell['’]anno|desde|hasta)\s+$/iu;
const YEAR_INTRODUCER_LOOKBACK = 14;

/** Languages writing `1,000` for a thousand and `3.5` for three and a half. */
const DECIMAL_POINT_LANGS = new Set(['en', 'ga', 'mt', 'ja', 'zh', 'ko', 'he', 'th']);
/** Languages writing `1.000` for a thousand and `3,5` for three and a half. */
const DECIMAL_COMMA_LANGS = new Set(['fr', 'nl', 'de', 'es', 'it', 'pt', 'da', 'sv', 'fi', 'pl', 'cs', 'sk', 'sl', 'hr', 'ro', 'hu', 'el', 'bg', 'et', 'lv', 'lt', 'lb']);

/** Power of ten of each scale word; `billion` depends on the language (10^9 in English, 10^12 elsewhere). */
function scaleExponent(word: string, lang: string): number {
  const w = foldWord(word).replace(/\.$/, '');
  if (w.startsWith('thousand') || w === 'tausend' || w === 'mille' || w === 'mila' || w === 'duizend') return 3;
  if (w.startsWith('million') || /^mil(?:l?o|h|i)/.test(w) && !/^mil+i?ard/.test(w) || w.startsWith('miljo') || w === 'mio' || w === 'mln') return 6;
  if (/^mil+i?ard/.test(w) || w.startsWith('miljard') || w === 'mrd' || w === 'mld' || w === 'bn') return 9;
  if (w.startsWith('billion')) return (lang === 'en' || lang === 'und') && w !== 'billionen' ? 9 : 12;
  if (w.startsWith('biljoen') || w.startsWith('trillion')) return 12;
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
    const decade = m[0].length === 4 && m[0].endsWith('0') ? decadeAt(text, start, end) : undefined;
    if (decade !== undefined) {
      occ.claim('date', decade.start, decade.end, `${m[0]}/${+m[0] + 9}`);
      NUMBER.lastIndex = decade.end;
      continue;
    }
    const plainInteger = /^\d+$/.test(m[0]);
    const ordinal = plainInteger ? stickyAt(ORDINAL_SUFFIX, text, end) ?? (SHORT_ORDINAL.test(m[0]) ? stickyAt(/d(?![\p{L}\p{N}])/uy, text, end) : undefined) : undefined;
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
    const spacedUnit = unit === '' ? stickyAt(SPACED_UNIT, text, end) : undefined;
    if (spacedUnit !== undefined) occ.block(end, end + spacedUnit.length);
    if (plainInteger && scale === undefined && unit === '' && m[0].length === 4 && isBareYear(text, start, end)) {
      occ.claim('date', start, end, m[0]);
      continue;
    }
    occ.claim('number', start, end, value);
  }
}

/**
 * A decade around the 4-digit figure at [start, end): its span (with `s`/`er` after it, or after `années`),
 * read as the range of its ten years so that `années 1980` and `1980s` agree.
 */
function decadeAt(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const after = stickyAt(DECADE_AFTER, text, end);
  if (after !== undefined) return { start, end: end + after.length };
  if (DECADE_BEFORE.test(text.slice(Math.max(0, start - DECADE_LOOKBACK), start))) return { start, end };
  return undefined;
}

/** A 4-digit figure in 1900–2099 that no quantity word or unit turns into an amount. */
function isBareYear(text: string, start: number, end: number): boolean {
  const n = +text.slice(start, end);
  if (n > MAX_BARE_YEAR || n < MIN_INTRODUCED_YEAR) return false;
  if (n < MIN_BARE_YEAR && !YEAR_INTRODUCER.test(text.slice(Math.max(0, start - YEAR_INTRODUCER_LOOKBACK), start))) return false;
  if (QUANTITY_BEFORE.test(text.slice(Math.max(0, start - QUANTITY_LOOKBACK), start))) return false;
  return stickyAt(QUANTITY_AFTER, text, end) === undefined;
}

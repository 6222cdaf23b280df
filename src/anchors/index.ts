/**
 * Comparable values in a segment's text: dates, figures, names, acronyms, URLs, e-mail addresses.
 * Shared by the aligner (anchor agreement) and the divergence rules (date/number/name mismatches).
 *
 * `Anchor.value` formats, the same across languages and notations:
 * - `date`: ISO 8601, partial where the text is: `2018-02-27`, `2018-06` (month-year), `2018` (bare year),
 *   `--05-29` (day-month, no year); ranges `start/end` (`2018-04-25/2018-04-26`, `2016/2017`).
 * - `number`: canonical plain decimal (`1000`, `3.5`, `2500000`), digits and spelled-out words alike;
 *   percentages with `%` (`12%`, also `twelve per cent`); ordinals with `#` (`#1` for `first`/`1er`/
 *   `eerste`); identifiers glued with `/` or more dots kept verbatim (`2016/679`, `1.2.3`).
 *   Not figures: leading list labels (`1.`, `2-`, `a)`), inline `1)`/`(a)`, clock times, phone numbers,
 *   digits inside names (`COP28`, `COVID-19`). Decades are date ranges (`1990s`, `années 1990` → `1990/1999`);
 *   centuries are ranks (`XIXe siècle`, `19th century` → `#19`).
 * - `name`: the run of capitalised words, accent- and case-folded (`edouard philippe`, `hauts-de-france`).
 * - `acronym`: folded, plural `s` dropped (`JITs` → `jit`).
 * - `url`, `email`: lower-cased, trailing punctuation left out.
 *
 * Also exported for the rules: `compareDates` (same / compatible / different), `compareNames` (same /
 * accents / different), `isOrdinal`, `isPercent`, `isYear`, `parseDate`/`formatDate`, `foldName`.
 *
 * Anchors never overlap: URLs and e-mails first, then dates, figures, spelled-out numbers, acronyms and names.
 * Every pass is a single left-to-right scan, so the cost is linear in the text length.
 */
import type { Anchor, Segment } from '../types.js';
import { foldName } from './fold.js';
import { findCenturies } from './centuries.js';
import { findNumericDates, findWordDates, joinDateRanges } from './dates.js';
import { blockNonFigures } from './labels.js';
import { Occupancy } from './mask.js';
import { findUrlsAndEmails } from './misc.js';
import { findNames } from './names.js';
import { findSpelledNumbers } from './number-words.js';
import { findDigitNumbers } from './numbers.js';

export { compareDates, formatDate, parseDate, isYear, type DateParts } from './dates.js';
export { foldName } from './fold.js';

/** Language codes reduced to their ISO 639-1 base (`fr-BE` → `fr`). */
function baseLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

/**
 * Find the anchors in a segment's text.
 * @param text normalised segment text
 * @param lang ISO 639-1 code of the text (`und` when unknown)
 * @returns anchors in text order, non-overlapping, `start`/`end` indexing into `text`
 */
export function extractAnchors(text: string, lang: string): Anchor[] {
  const l = baseLang(lang);
  const occ = new Occupancy(text);
  findUrlsAndEmails(occ);
  const bodyStart = blockNonFigures(occ);
  findNumericDates(occ);
  findWordDates(occ, l);
  findCenturies(occ);
  findDigitNumbers(occ, l);
  joinDateRanges(occ);
  findSpelledNumbers(occ, l);
  findNames(occ, l, bodyStart);
  return occ.live().slice().sort((a, b) => a.start - b.start);
}

/** Anchors per segment object and language (segments are never modified): grouping and every compared pair read each once. */
const SEGMENT_ANCHORS = new WeakMap<Segment, { lang: string; anchors: Anchor[] }>();

/**
 * The anchors of a segment's text, cached per segment.
 * @param documentLang the document's language, for a segment whose own is `und`
 */
export function segmentAnchors(segment: Segment, documentLang: string): Anchor[] {
  const lang = segment.lang !== 'und' ? segment.lang : documentLang;
  const known = SEGMENT_ANCHORS.get(segment);
  if (known && known.lang === lang) return known.anchors;
  const anchors = extractAnchors(segment.text, lang);
  SEGMENT_ANCHORS.set(segment, { lang, anchors });
  return anchors;
}

/**
 * The dates in a text (see `extractAnchors` for the value format).
 * @param text normalised segment text
 * @param lang ISO 639-1 code
 * @returns date anchors in text order
 */
export function extractDates(text: string, lang: string): Anchor[] {
  return extractAnchors(text, lang).filter((a) => a.kind === 'date');
}

/**
 * The figures in a text, digits and spelled-out alike; years are dates, not figures.
 * @param text normalised segment text
 * @param lang ISO 639-1 code
 * @returns number anchors in text order
 */
export function extractNumbers(text: string, lang: string): Anchor[] {
  return extractAnchors(text, lang).filter((a) => a.kind === 'number');
}

/**
 * The names and acronyms in a text.
 * @param text normalised segment text
 * @param lang ISO 639-1 code
 * @returns name and acronym anchors in text order
 */
export function extractNames(text: string, lang: string): Anchor[] {
  return extractAnchors(text, lang).filter((a) => a.kind === 'name' || a.kind === 'acronym');
}

/**
 * Compare two names as written: equal, equal but for accents or case (`Edouard`/`Édouard`), or different.
 * @param a a name's surface
 * @param b another name's surface
 * @returns `same`, `accents` (same folded value, different spelling), or `different`
 */
export function compareNames(a: string, b: string): 'same' | 'accents' | 'different' {
  const na = a.normalize('NFC').replace(/\s+/g, ' ');
  const nb = b.normalize('NFC').replace(/\s+/g, ' ');
  if (na === nb) return 'same';
  return foldName(a) === foldName(b) ? 'accents' : 'different';
}

/** Whether a number value is an ordinal (`#2`), which only matches ordinals. */
export function isOrdinal(value: string): boolean {
  return value.startsWith('#');
}

/** Whether a number value is a percentage (`12%`). */
export function isPercent(value: string): boolean {
  return value.endsWith('%');
}

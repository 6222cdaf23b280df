/**
 * Dates written with month names (`14 mars 2019`, `March 14, 2019`, `25–26 April`,
 * `juin 2018`) or in digits (`11/06/2018`, `2018-06-11`), as ISO values, partial where partial.
 */

import type { Anchor } from '../types.js';
import { foldWord } from './fold.js';
import type { Occupancy } from './mask.js';
import { AMBIGUOUS_MONTH_WORDS, isFullMonthName, monthNumber } from './months.js';
import { tokenize, type Token } from './tokens.js';
import { wordsOf } from '../lang/index.js';

// Date words of every language (`src/lang/`): a date's language is often not the text's (a quoted date, a mixed document).
/** Suffixes that make a day number an ordinal (`1st`, `1er`, `1re`, `2e`, `3ème`, `1ste`, `2de`, `1º`). */
const DAY_SUFFIXES = new Set(wordsOf('ordinalSuffixes'));
/** Words joining the two days of a range (`25 and 26`, `du 25 au 26`, `van 25 tot 26`, `25 bis 26`). */
const RANGE_WORDS = new Set(wordsOf('dayRangeWords'));
/** Words between the parts of a date (`27th of February`, `27 de febrero de 2018`). */
const DATE_LINKS = new Set(wordsOf('dateLinks'));
const DASHES = new Set(['-', '–', '—', '/', '&']);
/** What may stand between two dates or years that form a range (`2016–2017`, `25 avril au 2 mai 2018`). */
const RANGE_BETWEEN = new RegExp(`^\\s*(?:[-–—]|${wordsOf('rangeWords').join('|')})\\s*$`, 'iu');

const ISO_DATE = /(?<![\d.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d|[.,/-]\d)/gu;
const YMD_SLASH = /(?<![\d.,/-])(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d|[.,/-]\d)/gu;
const DMY = /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[.,/-]\d)/gu;

/** Two-digit years below this are read as 20xx, others as 19xx (`11/06/18` → 2018). */
const TWO_DIGIT_YEAR_PIVOT = 50;
const MIN_YEAR = 1000;
/** Tokens a month-first date may have between the month and its digits (`Feb` `.` `,` `27`). */
const MONTH_FIRST_REACH = 3;
const HAS_DIGIT = /\d/;
const MAX_YEAR = 2999;

/** A date split into its parts; absent parts are unknown. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * Format date parts as an ISO value: `2018-06-11`, `2018-06`, `2018`, `--06-11`.
 * @param p the known parts (a day needs a month)
 * @returns the ISO value
 */
export function formatDate(p: DateParts): string {
  const mm = p.month !== undefined ? String(p.month).padStart(2, '0') : '';
  const dd = p.day !== undefined ? String(p.day).padStart(2, '0') : '';
  if (p.year === undefined) return p.day !== undefined ? `--${mm}-${dd}` : `--${mm}`;
  const yyyy = String(p.year).padStart(4, '0');
  if (p.month === undefined) return yyyy;
  return p.day === undefined ? `${yyyy}-${mm}` : `${yyyy}-${mm}-${dd}`;
}

/**
 * Parse one ISO value (not a range) back into parts.
 * @param value `2018-06-11`, `2018-06`, `2018`, `--06-11` or `--06`
 * @returns the parts, or undefined when the value is not a date
 */
export function parseDate(value: string): DateParts | undefined {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m !== null) {
    return { year: +m[1], month: m[2] !== undefined ? +m[2] : undefined, day: m[3] !== undefined ? +m[3] : undefined };
  }
  m = /^--(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (m !== null) return { month: +m[1], day: m[2] !== undefined ? +m[2] : undefined };
  return undefined;
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function valid(p: DateParts): boolean {
  if (p.year !== undefined && (p.year < MIN_YEAR || p.year > MAX_YEAR)) return false;
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined && (p.month === undefined || p.day < 1 || p.day > daysIn(p.month, p.year))) return false;
  return true;
}

/**
 * Claim dates written in digits: ISO `2018-06-11`, `2018/06/11`, and day-first `11/06/2018`,
 * `11.06.2018`, `11-06-18` (month-first only where the first number cannot be a month).
 * @param occ the occupancy of the text being scanned
 */
export function findNumericDates(occ: Occupancy): void {
  const text = occ.text;
  for (const re of [ISO_DATE, YMD_SLASH]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const p = { year: +m[1], month: +m[2], day: +m[3] };
      if (valid(p)) occ.claim('date', m.index, m.index + m[0].length, formatDate(p));
    }
  }
  DMY.lastIndex = 0;
  for (let m = DMY.exec(text); m !== null; m = DMY.exec(text)) {
    // Two-digit years only with `/` or `-`: `1.2.18` is more often a section number than a date.
    if (m[4].length === 2 && m[2] === '.') continue;
    let day = +m[1];
    let month = +m[3];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const yy = +m[4];
    const year = m[4].length === 2 ? (yy < TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy) : yy;
    const p = { year, month, day };
    if (valid(p)) occ.claim('date', m.index, m.index + m[0].length, formatDate(p));
  }
}

interface Day { day: number; next: number; end: number }

/** A day number at token i (1–31, not inside a larger number), with its ordinal suffix. */
function dayAt(tokens: Token[], i: number): Day | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'd' || t.text.length > 2) return undefined;
  const day = +t.text;
  if (day < 1 || day > 31) return undefined;
  const prev = tokens[i - 1];
  if (prev !== undefined && prev.end === t.start && (prev.text === '.' || prev.text === ',' || prev.text === '/')) return undefined;
  let next = i + 1;
  let end = t.end;
  const s = tokens[next];
  if (s !== undefined && s.start === t.end) {
    if (s.kind === 'w' && DAY_SUFFIXES.has(foldWord(s.text))) { end = s.end; next++; }
    else if (s.text === '.') { end = s.end; next++; }
    // `5km`, `3,5`: a unit or a decimal part, not a day.
    else if (s.kind === 'w' || (s.text === ',' && tokens[next + 1]?.kind === 'd' && tokens[next + 1].start === s.end)) return undefined;
  }
  return { day, next, end };
}

interface Month { month: number; next: number; end: number; ambiguous: boolean }

/** A month name at token i, with its abbreviation dot. */
function monthAt(tokens: Token[], i: number, lang: string): Month | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'w') return undefined;
  const month = monthNumber(t.text, lang);
  if (month === 0) return undefined;
  const folded = foldWord(t.text);
  const dot = tokens[i + 1];
  const dotted = dot !== undefined && dot.text === '.' && dot.start === t.end;
  // The dot ends an abbreviation (`Feb.`), not a full name (`May.` ends a sentence).
  const isAbbreviation = !isFullMonthName(folded);
  const capital = t.text[0] !== t.text[0].toLowerCase();
  const ambiguous = AMBIGUOUS_MONTH_WORDS.has(folded) && !capital && !(dotted && isAbbreviation);
  if (dotted && isAbbreviation) return { month, next: i + 2, end: dot.end, ambiguous };
  return { month, next: i + 1, end: t.end, ambiguous };
}

/** A year (4 digits, not part of a larger number) at token i, optionally after `,`, `de`, `of`. */
function yearAt(tokens: Token[], i: number): { year: number; next: number; end: number } | undefined {
  let j = i;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.kind === 'w' && DATE_LINKS.has(foldWord(tokens[j].text))) j++;
  const t = tokens[j];
  if (t === undefined || t.kind !== 'd' || t.text.length !== 4) return undefined;
  const year = +t.text;
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const after = tokens[j + 1];
  if (after !== undefined && after.start === t.end && (after.kind !== 'p' || ((after.text === '.' || after.text === ',') && tokens[j + 2]?.kind === 'd' && tokens[j + 2].start === after.end))) {
    return undefined;
  }
  return { year, next: j + 1, end: t.end };
}

function isRangeJoin(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.kind === 'p' ? DASHES.has(t.text) : RANGE_WORDS.has(foldWord(t.text));
}

/**
 * Claim dates written with month names, in any of the supported languages:
 * day-month(-year), month-day(-year) (capitalised month, English style), month-year, and day ranges.
 * @param occ the occupancy of the text being scanned
 * @param lang ISO 639-1 code, which picks the trusted month abbreviations
 */
export function findWordDates(occ: Occupancy, lang: string): void {
  // Every date written with a month name has a day or a year in digits.
  if (!HAS_DIGIT.test(occ.text)) return;
  const tokens = tokenize(occ.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (occ.isTaken(t.start)) continue;
    const found = t.kind === 'd' ? dayFirst(tokens, i, lang) : t.kind === 'w' && digitsSoon(tokens, i) ? monthFirst(tokens, i, lang) : undefined;
    if (found === undefined) continue;
    if (occ.claim('date', t.start, found.end, found.value) !== undefined) {
      while (i + 1 < tokens.length && tokens[i + 1].start < found.end) i++;
    }
  }
}

interface Found { value: string; end: number }

/** Whether digits follow within three tokens (`June 2018`, `Feb. 27`, `junio de 2018`): only then can a month start a date. */
function digitsSoon(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + MONTH_FIRST_REACH && k < tokens.length; k++) if (tokens[k].kind === 'd') return true;
  return false;
}

function rangeValue(year: number | undefined, month: number, d1: number, d2: number | undefined): string | undefined {
  const a = { year, month, day: d1 };
  if (!valid(a)) return undefined;
  if (d2 === undefined) return formatDate(a);
  const b = { year, month, day: d2 };
  if (!valid(b) || d2 <= d1) return undefined;
  return `${formatDate(a)}/${formatDate(b)}`;
}

/** `14 mars 2019`, `14th of March`, `25-26 April 2019`, `25 and 26 April`, `14 de marzo de 2019`. */
function dayFirst(tokens: Token[], i: number, lang: string): Found | undefined {
  const d1 = dayAt(tokens, i);
  if (d1 === undefined) return undefined;
  let j = d1.next;
  let d2: Day | undefined;
  if (isRangeJoin(tokens[j])) {
    d2 = dayAt(tokens, j + 1);
    if (d2 !== undefined) j = d2.next;
  }
  if (tokens[j]?.kind === 'w' && DATE_LINKS.has(foldWord(tokens[j].text)) && monthAt(tokens, j + 1, lang) !== undefined) j++;
  const m = monthAt(tokens, j, lang);
  if (m === undefined) return undefined;
  const y = yearAt(tokens, m.next);
  if (m.ambiguous && y === undefined) return undefined;
  const value = rangeValue(y?.year, m.month, d1.day, d2?.day);
  if (value === undefined) return undefined;
  return { value, end: y !== undefined ? y.end : m.end };
}

/** `February 27, 2018`, `June 11-12, 2018`, `juin 2018`, `June of 2018`. */
function monthFirst(tokens: Token[], i: number, lang: string): Found | undefined {
  const m = monthAt(tokens, i, lang);
  if (m === undefined) return undefined;
  const t = tokens[i];
  const capital = t.text[0] !== t.text[0].toLowerCase();
  if (capital) {
    const d1 = dayAt(tokens, m.next);
    if (d1 !== undefined) {
      let j = d1.next;
      let d2: Day | undefined;
      if (tokens[j] !== undefined && tokens[j].kind === 'p' && DASHES.has(tokens[j].text)) {
        d2 = dayAt(tokens, j + 1);
        if (d2 !== undefined) j = d2.next;
      }
      const y = yearAt(tokens, j);
      const value = rangeValue(y?.year, m.month, d1.day, d2?.day);
      if (value !== undefined && (!m.ambiguous || y !== undefined)) {
        return { value, end: y !== undefined ? y.end : (d2 ?? d1).end };
      }
    }
  }
  const y = yearAt(tokens, m.next);
  if (y === undefined) return undefined;
  return { value: formatDate({ year: y.year, month: m.month }), end: y.end };
}

/**
 * Merge neighbouring dates joined by a dash or `to`/`au`/`tot`/`bis` into ranges (`2016–2017`,
 * `25 avril au 2 mai 2018`); a first date without a year takes the second's.
 * @param occ the occupancy holding the dates found so far
 */
export function joinDateRanges(occ: Occupancy): void {
  const dates = occ.live().filter((a) => a.kind === 'date').sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < dates.length; k++) {
    const a = dates[k];
    const b = dates[k + 1];
    if (a.value.includes('/') || b.value.includes('/')) continue;
    const between = occ.text.slice(a.end, b.start);
    if (between.length > 12 || !RANGE_BETWEEN.test(between)) continue;
    const pa = parseDate(a.value);
    const pb = parseDate(b.value);
    if (pa === undefined || pb === undefined) continue;
    if (pa.year === undefined && pb.year !== undefined) pa.year = pb.year;
    if (!valid(pa)) continue;
    const first = formatDate(pa);
    if (first >= b.value && first.length === b.value.length) continue;
    occ.merge(a, b, `${first}/${b.value}`);
    k++;
  }
}

/**
 * Compare two date values (`extractDates` values, ranges `a/b` included).
 * @returns `same` for equal values; `compatible` when one is a less precise form of the other
 *   (`--05-29` vs `2018-05-29`, `2018-06` vs `2018-06-11`, `2018-04` vs `2018-04-25/2018-04-26`);
 *   `different` when they contradict or share no part (`2018` vs `--05-29`).
 */
export function compareDates(a: string, b: string): 'same' | 'compatible' | 'different' {
  if (a === b) return 'same';
  const ra = a.split('/').map(parseDate);
  const rb = b.split('/').map(parseDate);
  if (ra.some((p) => p === undefined) || rb.some((p) => p === undefined)) return 'different';
  const pa = ra as DateParts[];
  const pb = rb as DateParts[];
  if (pa.length === pb.length) return pa.every((p, k) => compatible(p, pb[k])) ? 'compatible' : 'different';
  // A single date agrees with a range only when it covers both ends (`April 2018` ⊇ `25–26 April 2018`).
  const [single, range] = pa.length === 1 ? [pa[0], pb] : [pb[0], pa];
  const covers = range.every((p) => compatible(single, p) && (single.day === undefined || p.day === undefined));
  return covers ? 'compatible' : 'different';
}

function compatible(p: DateParts, q: DateParts): boolean {
  let common = 0;
  for (const key of ['year', 'month', 'day'] as const) {
    if (p[key] !== undefined && q[key] !== undefined) {
      if (p[key] !== q[key]) return false;
      common++;
    }
  }
  return common > 0;
}

/** Whether an anchor is a bare year (`2018`) rather than a dated day or month. */
export function isYear(a: Anchor): boolean {
  return a.kind === 'date' && /^\d{4}$/.test(a.value);
}

/** Spans that look like figures but are not: list and section labels, clock times, phone numbers. */

import type { Occupancy } from './mask.js';
import { monthNumber } from './months.js';

/** Bullets, dashes and spaces that may open a list item. */
const LEADING_BULLETS = /[\s\-–—•*·▪●◦►>]*/y;
/** A label at the start of an item: `1.`, `1-`, `1.4.`, `2)`, `(a)`, `b.`, `iv)`, or a bare `1.4` before a capital (groups of 3 digits are thousands: `1.000 Menschen`). */
const LEADING_LABEL = /(?:\(?\d{1,3}(?:\.\d{1,3})*[.)\-–:](?!\d)|\(?[a-zA-Z][.)](?=\s)|\(?[ivxIVX]{1,5}[.)](?=\s)|\(\d{1,3}\)|\d{1,3}(?:\.\d{1,2})+(?=\s+\p{Lu}))/uy;
/** Inline enumeration labels: `1)`, `(2)`, `(b)` after a space or clause mark. */
const INLINE_LABEL = /(?<=^|[\s;:,])(?:\(?\d{1,2}\)|\([a-z]\))(?=\s)/gu;
/** Clock times: `14:30`, `9h30`, `14 h 30`. */
const TIME = /(?<![\d.,:])(?:[01]?\d|2[0-4])(?::|\s?h\s?)[0-5]\d(?![\d])/gu;
/**
 * Clock times written with a dot, as in Dutch and German, which only the word
 * after them tells from decimals: `16.30 uur`, `van 10.00 tot 16.30 uur`, `10.00-12.00 Uhr`.
 */
const DOTTED_TIME = /(?<![\d.,:])(?:[01]?\d|2[0-4])\.[0-5]\d(?:\s*(?:-|–|tot|à|bis|to|until)\s*(?:[01]?\d|2[0-4])\.[0-5]\d)?\s?(?:uur|u\.|uhr|h)(?![\p{L}])/giu;
const HAS_DIGIT = /\d/;
/** International phone numbers: `+32 2 501 02 11`. */
const PHONE = /\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){3,6}/gu;

const NEXT_WORD = /\s*([\p{L}]+)/uy;

/** Whether a month name follows (`1. Februar 2018`): then the "label" is a German day. */
function opensDate(text: string, at: number): boolean {
  NEXT_WORD.lastIndex = at;
  const m = NEXT_WORD.exec(text);
  return m !== null && monthNumber(m[1], 'und') > 0;
}

/**
 * Block labels, times and phone numbers so that no later pass reads them as figures.
 * @param occ the occupancy of the text being scanned
 * @returns the offset where the item's body starts (after bullets and a leading label)
 */
export function blockNonFigures(occ: Occupancy): number {
  const text = occ.text;
  LEADING_BULLETS.lastIndex = 0;
  LEADING_BULLETS.exec(text);
  let body = LEADING_BULLETS.lastIndex;
  LEADING_LABEL.lastIndex = body;
  const label = LEADING_LABEL.exec(text);
  if (label !== null && !opensDate(text, body + label[0].length)) {
    occ.block(body, body + label[0].length);
    LEADING_BULLETS.lastIndex = body + label[0].length;
    LEADING_BULLETS.exec(text);
    body = LEADING_BULLETS.lastIndex;
  }
  // Cheap tests first: most segments have no `)`, no digit or no `+`, and the regexes scan every position.
  const hasDigit = HAS_DIGIT.test(text);
  for (const re of [INLINE_LABEL, TIME, DOTTED_TIME, PHONE]) {
    if (re === INLINE_LABEL && !text.includes(')')) continue;
    if ((re === TIME || re === DOTTED_TIME) && !hasDigit) continue;
    if (re === PHONE && !text.includes('+')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!occ.overlaps(m.index, m.index + m[0].length)) occ.block(m.index, m.index + m[0].length);
    }
  }
  return body;
}

/** List markers and numbered prefixes at the start of a line (`-`, `•`, `1.`, `1-`, `a)`, `(2)`). */
import { isSpace, isUpper, isDigit, isLetter, isOpener } from './chars.js';

/** Marker kind: the line starts with text. */
export const NO_MARKER = 0;
/** Marker kind: a bullet (`-`, `•`, `–`, `*`…). */
export const BULLET = 1;
/** Marker kind: a number or letter (`1.`, `1-`, `a)`, `(2)`). */
export const NUMBERED = 2;

/** What a line starts with; `end` is where its content starts, `label` the number as written (`1`, `1.2`, `a`). */
export interface Marker {
  kind: typeof NO_MARKER | typeof BULLET | typeof NUMBERED;
  end: number;
  label: string;
  /** The punctuation after the number (`.`, `)`, `-`), to tell a list from headings. */
  style: string;
  /** Numeric value of the label's last part (1 for `a`), for consecutive-number checks. */
  value: number;
}

const NONE: Marker = { kind: NO_MARKER, end: -1, label: '', style: '', value: 0 };

/** Bullet characters a list item may start with. */
const BULLET_CHARS = new Set([0x2022, 0x2013, 0x2014, 0xb7, 0x25aa, 0x25ba, 0x25cf, 0x25cb, 0x25e6, 0x2023, 0x2043,
  0x25a0, 0x25a1, 0x27a2, 0x2713, 0xf0b7, 0x2219, 0x25c6, 0x2666, 0x3e /* > */]);

/** Longest number accepted as a list/heading number (years like 2016 are not). */
const MAX_NUMBER_DIGITS = 3;

/**
 * The marker a line starts with, if any.
 * @param value document text
 * @param cs offset of the line's first non-space character
 * @param ce offset after its last non-space character
 */
export function markerAt(value: string, cs: number, ce: number): Marker {
  if (cs >= ce) return NONE;
  const c = value.charCodeAt(cs);
  if (c === 45 || c === 42) { // - *
    const d = cs + 1 < ce ? value.charCodeAt(cs + 1) : 32;
    if (isSpace(d) || isUpper(d) || (c === 45 && isOpener(d) && d !== 39)) return bullet(value, cs + 1, ce);
    return NONE;
  }
  if (BULLET_CHARS.has(c)) {
    const d = cs + 1 < ce ? value.charCodeAt(cs + 1) : 32;
    if (c === 0x3e && !isSpace(d)) return NONE;
    if ((c === 0x2013 || c === 0x2014) && !(isSpace(d) || isUpper(d))) return NONE;
    return bullet(value, cs + 1, ce);
  }
  let i = cs;
  const paren = c === 40;
  if (paren) i++;
  const numStart = i;
  while (i < ce && isDigit(value.charCodeAt(i)) && i - numStart <= MAX_NUMBER_DIGITS) i++;
  let digits = i - numStart;
  if (digits > MAX_NUMBER_DIGITS) return NONE;
  // Sub-numbers: 1.2, 2.3.1
  while (digits > 0 && i + 1 < ce && value.charCodeAt(i) === 46 && isDigit(value.charCodeAt(i + 1))) {
    i++;
    const s = i;
    while (i < ce && isDigit(value.charCodeAt(i))) i++;
    if (i - s > MAX_NUMBER_DIGITS) return NONE;
    digits += i - s + 1;
  }
  let letter = false;
  if (digits === 0) {
    if (i < ce && isLetter(value.charCodeAt(i)) && i + 1 < ce && value.charCodeAt(i + 1) === 41) { letter = true; i++; }
    else return NONE;
  }
  const label = value.slice(numStart, i);
  if (i >= ce) return NONE;
  const p = value.charCodeAt(i);
  let style: string;
  if (paren) {
    if (p !== 41) return NONE;
    style = '()';
  } else if (p === 41) style = ')';
  else if ((p === 46 || p === 45 || p === 0x2013) && !letter) style = p === 46 ? '.' : '-';
  else if (isSpace(p) && digits > 0 && label.includes('.')) { style = ''; i--; }
  else return NONE;
  i++;
  if (i < ce && !isSpace(value.charCodeAt(i)) && style !== ')' && style !== '()') return NONE;
  while (i < ce && isSpace(value.charCodeAt(i))) i++;
  if (i >= ce) return NONE;
  const last = label.slice(label.lastIndexOf('.') + 1);
  const val = letter ? (label.toLowerCase().charCodeAt(0) - 96) : Number(last);
  return { kind: NUMBERED, end: i, label, style, value: val };
}

function bullet(value: string, i: number, ce: number): Marker {
  while (i < ce && isSpace(value.charCodeAt(i))) i++;
  return { kind: BULLET, end: i, label: '', style: 'bullet', value: 0 };
}

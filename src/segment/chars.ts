/** Character classes used by every segment step, on UTF-16 code units (no per-char objects). */

/**
 * Letter classes of BMP code units, filled in on first sight of each one: a table look-up
 * instead of a regex per character, without paying for all 65,536 entries at start-up.
 */
const LETTER_BIT = 1, UPPER_BIT = 2, LOWER_BIT = 4, KNOWN_BIT = 8;
const CLASSES = new Uint8Array(0x10000);
const LETTER_RE = /\p{L}/u, UPPER_RE = /\p{Lu}/u, LOWER_RE = /\p{Ll}/u;
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  CLASSES[c] = KNOWN_BIT | (upper || lower ? LETTER_BIT : 0) | (upper ? UPPER_BIT : 0) | (lower ? LOWER_BIT : 0);
}
for (let c = 0xd800; c <= 0xdfff; c++) CLASSES[c] = KNOWN_BIT;

function classOf(c: number): number {
  const k = CLASSES[c];
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  const v = KNOWN_BIT | (LETTER_RE.test(ch) ? LETTER_BIT : 0) | (UPPER_RE.test(ch) ? UPPER_BIT : 0) | (LOWER_RE.test(ch) ? LOWER_BIT : 0);
  CLASSES[c] = v;
  return v;
}

/** Whether a code unit is horizontal white space: space, tab, no-break spaces, thin spaces, form feed. */
export function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x2009 || c === 0x2002
    || c === 0x2003 || c === 0x200a || c === 0x3000 || c === 12 || c === 11 || c === 0x1680 || c === 0x2000
    || c === 0x2001 || c === 0x2004 || c === 0x2005 || c === 0x2006 || c === 0x2008 || c === 0x205f;
}

/** Whether a code unit is invisible and simply dropped from segment text (soft hyphen, zero-width space, BOM). */
export function isDropped(c: number): boolean {
  if (c < 0xad) return false;
  return c === 0xad || c === 0x200b || c === 0xfeff || c === 0x2060;
}

/** Whether a code unit is a letter (any script). */
export function isLetter(c: number): boolean {
  return (classOf(c) & LETTER_BIT) !== 0;
}

/** Whether a code unit is an upper-case letter. */
export function isUpper(c: number): boolean {
  return (classOf(c) & UPPER_BIT) !== 0;
}

/** Whether a code unit is a lower-case letter. */
export function isLower(c: number): boolean {
  return (classOf(c) & LOWER_BIT) !== 0;
}

/** Whether a code unit is an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether a code unit ends a sentence: `.`, `!`, `?`, `…`. */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;
}

/** Whether a code unit closes a quotation or bracket. */
export function isCloser(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 0x203a;
}

/** Whether a code unit opens a quotation or bracket. */
export function isOpener(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0xab || c === 0x201c || c === 0x2018 || c === 34 || c === 39
    || c === 0x201e || c === 0x2039 || c === 0xbf || c === 0xa1;
}

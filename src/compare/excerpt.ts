/**
 * Bounded quotes of a segment. A finding quotes the text around what it is about, not the
 * whole segment: a one-sentence document with thousands of dates would otherwise repeat the
 * whole sentence in each of thousands of findings (output quadratic in the input, issue 11).
 * The full segment is in the document, at the finding's `start`/`end`.
 */

/**
 * Segments up to this many characters are quoted whole. The longest segment of the seed corpus
 * has 594 characters (`fbcoop segment --format json` over `fixtures/corpus`), so ordinary documents are unchanged.
 */
export const EXCERPT_LIMIT = 1000;

/** Characters kept on each side of the quoted span in a longer segment. */
export const EXCERPT_CONTEXT = 240;

/** Marks text left out at either end of an excerpt. */
const ELLIPSIS = '…';

/**
 * The text around `[start, end)` of `text`: the whole text when short, else the span with
 * `EXCERPT_CONTEXT` characters each side, cut at a space where one is near, with `…` marking
 * the cuts. The span itself is never cut (a value is short; a longer span keeps its first
 * `EXCERPT_LIMIT` characters).
 * @param text the segment's normalised text
 * @param start start index of the span in `text` (0 for the start of the text)
 * @param end end index (exclusive) of the span (`start` for none)
 */
export function excerpt(text: string, start = 0, end = start): string {
  if (text.length <= EXCERPT_LIMIT) return text;
  const spanEnd = Math.min(end, start + EXCERPT_LIMIT);
  let from = Math.max(0, start - EXCERPT_CONTEXT);
  let to = Math.min(text.length, spanEnd + EXCERPT_CONTEXT);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > spanEnd) to = space;
  }
  // Never cut a surrogate pair in two.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  return `${from > 0 ? ELLIPSIS : ''}${text.slice(from, to)}${to < text.length ? ELLIPSIS : ''}`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

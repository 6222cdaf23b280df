/** The line table of a document, and `segmentation: 'lines'` (one segment per line, as in gold sets). */
import type { Document, Segment } from '../types.js';
import { isSpace, isDropped } from './chars.js';

/** Per-line bounds, in typed arrays so that a 50 MB file costs a few arrays, not a million objects. */
export interface LineTable {
  count: number;
  /** Offset of the line's first character. */
  start: Int32Array;
  /** Offset after the line's last character, line break excluded. */
  end: Int32Array;
  /** Offset of the first non-space character (`=== contentEnd` for a blank line). */
  contentStart: Int32Array;
  /** Offset after the last non-space character. */
  contentEnd: Int32Array;
}

/**
 * The lines of a document; the newline that ends the file does not open another line.
 * @param document a read document (its `lineStarts` are trusted)
 */
export function lineTable(document: Document): LineTable {
  const { value } = document;
  const starts = document.lineStarts;
  let count = starts.length;
  if (count > 1 && starts[count - 1] === value.length) count--;
  if (value.length === 0) count = 0;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const contentStart = new Int32Array(count);
  const contentEnd = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const s = starts[i];
    let e = i + 1 < starts.length ? starts[i + 1] : value.length;
    if (e > s && value.charCodeAt(e - 1) === 10) e--;
    if (e > s && value.charCodeAt(e - 1) === 13) e--;
    start[i] = s;
    end[i] = e;
    let a = s;
    while (a < e && blankish(value.charCodeAt(a))) a++;
    let b = e;
    while (b > a && blankish(value.charCodeAt(b - 1))) b--;
    contentStart[i] = a;
    contentEnd[i] = b;
  }
  return { count, start, end, contentStart, contentEnd };
}

/** Spaces and invisible characters; a soft hyphen ends a line's content, since it marks a hyphenation. */
function blankish(c: number): boolean {
  return isSpace(c) || (isDropped(c) && c !== 0xad);
}

/**
 * One `sentence` segment per line, text exactly as given (a blank line gives text `''`).
 * @param document a read document
 */
export function segmentLines(document: Document): Segment[] {
  const lines = lineTable(document);
  const { value, lineStarts } = document;
  const segments: Segment[] = new Array(lines.count);
  for (let i = 0; i < lines.count; i++) {
    const s = lines.start[i];
    const e = lines.end[i];
    // Lines are known, so the points are built directly instead of by binary search.
    const start = { line: i + 1, column: 1, offset: s };
    const end = { line: i + 1, column: e - s + 1, offset: e };
    segments[i] = {
      id: `s${i + 1}`,
      index: i,
      kind: 'sentence',
      text: value.slice(s, e),
      position: { start, end },
      lang: 'und',
    };
  }
  return segments;
}

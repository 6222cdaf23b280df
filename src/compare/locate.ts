/** Segments and spans inside them → `Location`s of the file as given. */
import { originalOffset } from '../segment/index.js';
import { endLineOf, pointAt } from '../position.js';
import type { Location, Segment, SegmentedDocument } from '../types.js';
import { excerpt } from './excerpt.js';

/** A segment's place beyond line and column (PDF page, DOCX/ODT paragraph, XLIFF/TMX unit), as location fields. */
function placeOf(segment: Segment): Pick<Location, 'page' | 'lineOnPage' | 'paragraph' | 'unit'> {
  const l = segment.locator;
  if (l === undefined) return {};
  const out: Pick<Location, 'page' | 'lineOnPage' | 'paragraph' | 'unit'> = {};
  if (l.page !== undefined) out.page = l.page;
  if (l.lineOnPage !== undefined) out.lineOnPage = l.lineOnPage;
  if (l.paragraph !== undefined) out.paragraph = l.paragraph;
  if (l.unit !== undefined) out.unit = l.unit;
  return out;
}

/**
 * Where one or more consecutive segments lie.
 * @param doc the document the segments belong to
 * @param indices segment indices, in document order (at least one)
 * @returns a location from the first segment's start to the last one's end, with the first segment's id
 *   and their text (its start only, when long)
 */
export function locateSegments(doc: SegmentedDocument, indices: readonly number[]): Location {
  const first = doc.segments[indices[0]];
  const last = doc.segments[indices[indices.length - 1]];
  const lineStarts = doc.document.lineStarts;
  return {
    path: doc.document.path,
    line: first.position.start.line,
    endLine: endLineOf({ start: first.position.start, end: last.position.end }, lineStarts),
    segment: first.id,
    text: excerpt(indices.map((i) => doc.segments[i].text).join(' ')),
    start: first.position.start.offset,
    end: last.position.end.offset,
    column: first.position.start.column,
    ...placeOf(first),
  };
}

/**
 * Where a span of a segment's text lies (a date, a figure, a parenthetical).
 * @param textStart start index in `segment.text`
 * @param textEnd end index (exclusive) in `segment.text`
 * @returns a location whose `start`/`end`/`column` point at the span; `text` is the segment's, or an
 *   excerpt around the span in a long segment
 */
export function locateSpan(doc: SegmentedDocument, segment: Segment, textStart: number, textEnd: number): Location {
  const lineStarts = doc.document.lineStarts;
  const start = originalOffset(segment, textStart);
  const end = Math.max(start, originalOffset(segment, Math.max(textStart, textEnd - 1)) + (textEnd > textStart ? 1 : 0));
  const startPoint = pointAt(lineStarts, start);
  return {
    path: doc.document.path,
    line: startPoint.line,
    endLine: endLineOf({ start: startPoint, end: pointAt(lineStarts, end) }, lineStarts),
    segment: segment.id,
    text: excerpt(segment.text, textStart, textEnd),
    start,
    end,
    column: startPoint.column,
    ...placeOf(segment),
  };
}

/**
 * Where a region of the file lies, when it is not a segment (a repair, a skipped line).
 * @param start offset in `Document.value`
 * @param end offset after the region
 */
export function locateOffsets(doc: SegmentedDocument, start: number, end: number): Location {
  const lineStarts = doc.document.lineStarts;
  const startPoint = pointAt(lineStarts, start);
  return {
    path: doc.document.path,
    line: startPoint.line,
    endLine: endLineOf({ start: startPoint, end: pointAt(lineStarts, end) }, lineStarts),
    start,
    end,
    column: startPoint.column,
  };
}

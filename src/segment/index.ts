/** Stage 2, segment: a `Document` → clauses, sentences, items and headings with exact positions. */
import type { Document, Granularity, Segment, SegmentedDocument, Segmentation } from '../types.js';
import { InternalError } from '../errors.js';

/** Options for `segment`. */
export interface SegmentOptions {
  /** `sentence` (default) or `clause` (also cut long sentences at `;` and similar). */
  granularity?: Granularity;
  /** `auto` (default: reflow, structure, sentences) or `lines` (one segment per line, as in gold sets). */
  segmentation?: Segmentation;
}

/**
 * Cut a document into segments. Languages are left `und`; `detect/` fills them in.
 * @returns the segments, the repairs made and the lines skipped as page furniture
 */
export function segment(document: Document, options: SegmentOptions = {}): SegmentedDocument {
  void document; void options;
  throw new InternalError('segment: not implemented yet');
}

/**
 * Offset in `Document.value` of a character of `segment.text`.
 * @param textIndex 0-based index into `segment.text` (may equal its length)
 */
export function originalOffset(segment: Segment, textIndex: number): number {
  const map = segment.map;
  let k = 0;
  for (let i = 0; i < map.length; i += 2) {
    if (map[i] <= textIndex) k = i;
    else break;
  }
  return map[k + 1] + (textIndex - map[k]);
}

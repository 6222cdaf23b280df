import { computeLineStarts, positionOf } from '../../src/position.js';
import type { Segment, SegmentedDocument } from '../../src/types.js';

/**
 * A stand-in segmenter (the real one is another stage): one segment per
 * blank-line-separated block, whitespace folded.
 */
export function blocks(value: string, path = 'test.txt'): SegmentedDocument {
  const lineStarts = computeLineStarts(value);
  const segments: Segment[] = [];
  for (const match of value.matchAll(/\S[\s\S]*?(?=\r?\n[ \t\u00a0]*\r?\n|\s*$)/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const index = segments.length;
    segments.push({
      id: `s${index + 1}`, index, kind: 'sentence', text: match[0].replace(/\s+/g, ' '),
      position: positionOf(lineStarts, start, end), map: [0, start], lang: 'und',
    });
  }
  return {
    document: { path, value, encoding: 'utf-8', lineStarts, notes: [] },
    lang: 'und', segments, repairs: [], skipped: [],
  };
}


/** Hand-built segmented documents and alignments for the compare tests (the segmenter and aligner are tested elsewhere). */
import { computeLineStarts, positionOf } from '../../src/position.js';
import type { Alignment, Bead, Repair, Segment, SegmentKind, SegmentedDocument } from '../../src/types.js';

/** A segment to build: its text, or the text with a kind, section or language. */
export type SegmentSpec = string | { text: string; kind?: SegmentKind; section?: string; lang?: string };

/** Options for `makeDoc`. */
export interface DocOptions {
  path?: string;
  /** Lines placed before the first segment (to test that fingerprints ignore line shifts). */
  leadingLines?: number;
  repairs?: Repair[];
}

/**
 * A document with one segment per paragraph (segments separated by a blank line).
 * @param lang language of the document and (unless given) of every segment
 */
export function makeDoc(lang: string, specs: readonly SegmentSpec[], options: DocOptions = {}): SegmentedDocument {
  let value = '\n'.repeat(options.leadingLines ?? 0);
  const spans: [number, number][] = [];
  for (const spec of specs) {
    const text = typeof spec === 'string' ? spec : spec.text;
    spans.push([value.length, value.length + text.length]);
    value += `${text}\n\n`;
  }
  const lineStarts = computeLineStarts(value);
  const segments: Segment[] = specs.map((spec, index) => {
    const s = typeof spec === 'string' ? { text: spec } : spec;
    const [start, end] = spans[index];
    const segment: Segment = {
      id: `s${index + 1}`,
      index,
      kind: s.kind ?? 'sentence',
      text: s.text,
      position: positionOf(lineStarts, start, end),
      map: [0, start],
      lang: s.lang ?? lang,
    };
    if (s.section) segment.section = s.section;
    return segment;
  });
  return {
    document: { path: options.path ?? `${lang}.txt`, value, encoding: 'utf-8', lineStarts, notes: [] },
    lang,
    segments,
    repairs: options.repairs ?? [],
    skipped: [],
  };
}

/** A bead as `[source indices, target indices, score?, sure?]`; `sure` defaults to a score of at least SURE_ABOVE. */
export type BeadSpec = readonly [readonly number[], readonly number[], number?, boolean?];

/** In these hand-made alignments a bead scoring this or more is sure unless said otherwise. */
export const SURE_ABOVE = 0.3;

/** Sure (score 0.9) one-to-one beads down to the shorter document. */
export const SURE = 0.9;

/**
 * An alignment; without beads, one-to-one pairs in order (the longer side's rest one-sided).
 */
export function makeAlignment(source: SegmentedDocument, target: SegmentedDocument, beads?: readonly BeadSpec[]): Alignment {
  let list: Bead[];
  if (beads) list = beads.map(([s, t, score, sure]) => ({ source: [...s], target: [...t], score: score ?? SURE, sure: sure ?? (s.length > 0 && t.length > 0 && (score ?? SURE) >= SURE_ABOVE) }));
  else {
    list = [];
    const n = Math.max(source.segments.length, target.segments.length);
    for (let i = 0; i < n; i++) {
      list.push({ source: i < source.segments.length ? [i] : [], target: i < target.segments.length ? [i] : [], score: SURE, sure: i < source.segments.length && i < target.segments.length });
    }
  }
  return { source, target, beads: list };
}

/** Every rule id `compare` knows. */
export const ALL_RULES = ['date-mismatch', 'number-mismatch', 'name-mismatch', 'omission', 'addition', 'merge', 'split', 'duplicate', 'untranslated', 'encoding', 'structure-mismatch', 'text-change', 'low-confidence'];

/** Options that turn every rule off but the ones named. */
export function only(...rules: string[]): { severity: Record<string, 'off'> } {
  return { severity: Object.fromEntries(ALL_RULES.filter((r) => !rules.includes(r)).map((r) => [r, 'off' as const])) };
}

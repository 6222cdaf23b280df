/** What grouping and reference choice know of a document: its anchor values, words and shape. */
import { segmentAnchors } from '../anchors/index.js';
import type { AnchorKind, SegmentedDocument } from '../types.js';

/** Anchor kinds whose values are the same in every language (names and acronyms are translated). */
const NEUTRAL_KINDS: ReadonlySet<AnchorKind> = new Set<AnchorKind>(['date', 'number', 'url', 'email']);

// Words shorter than this are mostly function words, which say little about which text it is.
const MIN_WORD_LENGTH = 4;

/** A document's fingerprint for grouping. */
export interface DocFeatures {
  path: string;
  lang: string;
  /** Anchor values keyed by kind (`date:1999-12-31`, `name:ghent`), without duplicates. */
  anchors: string[];
  /** The language-neutral subset of `anchors` (dates, figures, URLs, e-mail addresses). */
  neutral: Set<string>;
  /** Language-neutral anchor values in document order, for the quick alignment score. */
  sequence: string[];
  /** Distinct content words keyed by language (`w:fr:terrorisme`), the fallback when anchors are few. */
  words: string[];
  headings: number;
  items: number;
  segments: number;
  /** Characters of normalised text. */
  length: number;
}

/** Collect the features of a segmented document. */
export function featuresOf(doc: SegmentedDocument): DocFeatures {
  const anchors = new Set<string>();
  const neutral = new Set<string>();
  const words = new Set<string>();
  const sequence: string[] = [];
  let headings = 0;
  let items = 0;
  let length = 0;
  for (const seg of doc.segments) {
    if (seg.kind === 'heading' || seg.kind === 'title') headings++;
    else if (seg.kind === 'item') items++;
    length += seg.text.length;
    for (const a of segmentAnchors(seg, doc.lang)) {
      const key = `${a.kind}:${a.value}`;
      anchors.add(key);
      if (NEUTRAL_KINDS.has(a.kind)) {
        neutral.add(key);
        sequence.push(key);
      }
    }
    for (const w of seg.text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (w.length >= MIN_WORD_LENGTH) words.add(`w:${doc.lang}:${w}`);
    }
  }
  return {
    path: doc.document.path,
    lang: doc.lang,
    anchors: [...anchors],
    neutral,
    sequence,
    words: [...words],
    headings,
    items,
    segments: doc.segments.length,
    length,
  };
}

/** Share of the smaller of two counts in the larger (1 when both are 0). */
export function ratio(a: number, b: number): number {
  const hi = Math.max(a, b);
  return hi === 0 ? 1 : Math.min(a, b) / hi;
}

/** How alike two documents are in shape: headings, items, segments and length. */
export function structureSimilarity(a: DocFeatures, b: DocFeatures): number {
  return (ratio(a.headings, b.headings) + ratio(a.items, b.items) + ratio(a.segments, b.segments) + ratio(a.length, b.length)) / 4;
}

/** Jaccard similarity of the language-neutral anchors (1 when neither has any). */
export function neutralAgreement(a: DocFeatures, b: DocFeatures): number {
  if (a.neutral.size === 0 && b.neutral.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.neutral.size <= b.neutral.size ? [a.neutral, b.neutral] : [b.neutral, a.neutral];
  for (const v of small) if (large.has(v)) shared++;
  return shared / (a.neutral.size + b.neutral.size - shared);
}

// Longer sequences are cut to this many values: the score stays cheap (at most this squared).
const MAX_SEQUENCE = 400;

/**
 * A quick alignment score: the share of dates and figures that appear in the same
 * order in both documents (longest common subsequence over the longer sequence).
 * @returns a value in [0, 1]; 0 when either has none
 */
export function orderAgreement(a: DocFeatures, b: DocFeatures): number {
  const x = a.sequence.slice(0, MAX_SEQUENCE);
  const y = b.sequence.slice(0, MAX_SEQUENCE);
  if (x.length === 0 || y.length === 0) return 0;
  let prev = new Uint16Array(y.length + 1);
  let row = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    [prev, row] = [row, prev];
  }
  return prev[y.length] / Math.max(x.length, y.length);
}

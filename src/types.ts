/**
 * The types that flow through the pipeline: read → segment → align → compare → report.
 *
 * Positions follow unist: `line` and `column` are 1-based, `offset` is 0-based
 * in UTF-16 code units of `Document.value` (the decoded file, BOM removed, never
 * rewritten), and `end` is the first character after the region.
 */

import type { Block, Format, Locator, Place, Replacement, Revision } from './ingest/formats/types.js';

export type { Block, Format, Locator, Place, Replacement, Revision };

/** One place in a document. */
export interface Point {
  /** 1-based line of the file as given (lines end at LF, CRLF or CR). */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
  /** 0-based offset into `Document.value`. */
  offset: number;
}

/** A region of a document; `end` is exclusive. */
export interface Position {
  start: Point;
  end: Point;
}

/** Encodings the reader recognises. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file as read: decoded text and where it came from. */
export interface Document {
  /** The path as the user gave it (`-` for standard input). */
  path: string;
  /** The decoded text, byte-order mark removed; never rewritten. */
  value: string;
  /** How the bytes were decoded. */
  encoding: Encoding;
  /** Offsets at which each line starts (`lineStarts[0] === 0`), for offset → line look-ups. */
  lineStarts: number[];
  /** Remarks on the reading a user should know about (e.g. "not valid UTF-8: read as Windows-1252"). */
  notes: string[];
  /** The format it was read as; absent for plain text. */
  format?: Format;
  /**
   * The blocks a format reader found (headings, paragraphs, items, cells, XLIFF unit sides), in
   * document order: the segmenter takes their kinds as given. Absent for plain text, whose
   * structure the segmenter reads from line shapes.
   */
  blocks?: Block[];
  /** Escapes in `value` (`&amp;`) and the characters they stand for, in offset order. */
  replacements?: Replacement[];
  /** Pending tracked changes (DOCX/ODT). */
  revisions?: Revision[];
  /** How the text was read where changes are pending: with them accepted (the default) or as before them. */
  revisionMode?: 'accepted' | 'original';
  /** A bilingual file (XLIFF, TMX) read as one of its sides: only that side's blocks are kept. */
  side?: 'source' | 'target';
}

/** Segment kinds, as in the JSON contract. */
export type SegmentKind = 'title' | 'heading' | 'item' | 'sentence' | 'clause';

/** A clause, sentence, list item or heading cut from a document. */
export interface Segment {
  /** Stable id within the document: `s1`, `s2`, … in document order. */
  id: string;
  /** 0-based position in the document's segment array. */
  index: number;
  kind: SegmentKind;
  /** Structural path (`"1"`, `"1.4"`) where the document has structure. */
  section?: string;
  /** A numbered list item's label as written (`4`, `b`, `2.1`), on its first segment. */
  label?: string;
  /** Normalised text: reflowed, repaired, one space between words. */
  text: string;
  /** Where the segment lies in `Document.value` (first to last non-space character). */
  position: Position;
  /**
   * Map from `text` indices back to `Document.value` offsets, as flat pairs
   * `[textIndex0, offset0, textIndex1, offset1, …]` sorted by text index: text
   * index `i` maps to `offset_k + (i - textIndex_k)` for the last `k` with
   * `textIndex_k <= i`. Use `originalOffset()` from `segment/` to read it. Absent where
   * the text is the file's own characters from `position.start.offset` on, one for one (every
   * segment of `segmentation: 'lines'`: a million two-number arrays were an eighth of the heap).
   */
  map?: number[];
  /** ISO 639-1 code, or `und` when undetermined. */
  lang: string;
  /**
   * 0-based number of the block (paragraph, list item, heading) the segment was cut from, where
   * the segmenter knows it; segments of one block are consecutive (`segment --format txt --paragraphs`).
   */
  paragraph?: number;
  /** Where the segment's block lies beyond line and column (PDF page, DOCX paragraph, XLIFF unit). */
  locator?: Locator;
  /** Index in `Document.blocks` of the block it was cut from (documents read by a format reader). */
  block?: number;
}

/** A character repair made while reading (lost apostrophe, mojibake, U+FFFD). */
export interface Repair {
  kind: 'encoding';
  /** 1-based line of the original file. */
  line: number;
  /** Offset of the damaged text in `Document.value`. */
  offset: number;
  /** The damaged word as found. */
  from: string;
  /** The word as repaired. */
  to: string;
}

/** Lines left out of the segments (page furniture), with the reason. */
export interface Skipped {
  line: number;
  endLine: number;
  start: number;
  end: number;
  reason: string;
}

/** A document read and cut into segments. */
export interface SegmentedDocument {
  document: Document;
  /** Language of the whole document: ISO 639-1 or `und`. */
  lang: string;
  segments: Segment[];
  repairs: Repair[];
  skipped: Skipped[];
}

/**
 * One step of an alignment: segment indices on each side (either may be
 * empty: an omission or an addition), in document order.
 */
export interface Bead {
  source: number[];
  target: number[];
  /** How well the two sides match, in [0, 1] (1 = identical texts). */
  score: number;
  /**
   * Whether the aligner is sure of this bead: it pairs both sides and no other local reading
   * comes close (see align/confidence.ts). The one flag align's `?`, diff's `low-confidence`
   * and every report use.
   */
  sure: boolean;
}

/** Two segmented documents and the beads between them. */
export interface Alignment {
  source: SegmentedDocument;
  target: SegmentedDocument;
  beads: Bead[];
}

/** Kinds of value that can be compared across languages. */
export type AnchorKind = 'date' | 'number' | 'name' | 'acronym' | 'url' | 'email';

/** A comparable value found in a segment's text (a date, a figure, a name…). */
export interface Anchor {
  kind: AnchorKind;
  /** The text as it stands in `Segment.text`. */
  surface: string;
  /**
   * The comparable value, the same across languages and formats:
   * dates ISO (`2018-02-27`, partial `2018-06`, `--05-29`, `2018`, ranges `a/b`),
   * numbers as plain decimals (`200`, `3.5`), names and acronyms accent- and case-folded.
   */
  value: string;
  /** Start index in `Segment.text`. */
  start: number;
  /** End index (exclusive) in `Segment.text`. */
  end: number;
}

/** Finding severities, least to most severe. */
export type Severity = 'info' | 'warning' | 'error';

/** Where a finding points: one segment (or region) of one file. */
export interface Location {
  path: string;
  line: number;
  endLine: number;
  /** Segment id (`s7`) where the finding is about a segment. */
  segment?: string;
  /** The segment's normalised text. */
  text?: string;
  /** Offsets in the decoded file (`end` exclusive). */
  start?: number;
  end?: number;
  /** 1-based column of `start`. */
  column?: number;
  /** PDF: 1-based page. */
  page?: number;
  /** PDF: 1-based line on that page. */
  lineOnPage?: number;
  /** DOCX/ODT: 1-based paragraph number in the body. */
  paragraph?: number;
  /** XLIFF/TMX: the unit id. */
  unit?: string;
}

/** A word-level change between two texts, as a word diff shows it. */
export interface WordChange {
  /** `equal` text is in both, `removed` only in the source, `added` only in the target. */
  op: 'equal' | 'removed' | 'added';
  /** The text as the source has it (as the target has it, for `added`). */
  value: string;
  /** For an `equal` run: the same words as the target spaces them, where that differs from `value`. */
  target?: string;
}

/** One divergence. Data, never an exception (after vfile-message). */
export interface Finding {
  /** Stable rule id (`date-mismatch`); see the spec's table. */
  rule: string;
  severity: Severity;
  message: string;
  source?: Location;
  target?: Location;
  /** The value in the source, where the rule compares values. */
  expected?: string;
  /** The value in the target. */
  actual?: string;
  /** Further explanation (e.g. why the aligner was unsure). */
  note?: string;
  /** Word diff between source and target text, for text changes and duplicates. */
  diff?: WordChange[];
  /** Versions beyond source and target (corpus mode). */
  versions?: Location[];
  /** Stable fingerprint by rule and content (not line numbers), for baselines and SARIF. */
  fingerprint?: string;
}

/** Per-document summary in a report. */
export interface DocumentSummary {
  path: string;
  language: string;
  segments: number;
}

/** Counts of findings by severity. */
export interface Summary {
  error: number;
  warning: number;
  info: number;
}

/** What `diff --format json` prints. */
export interface Report {
  version: 1;
  documents: DocumentSummary[];
  findings: Finding[];
  summary: Summary;
}

/** Segmentation granularity: sentences, or sentences further cut at clause boundaries. */
export type Granularity = 'sentence' | 'clause';

/** How to cut a document: by structure and sentences, or one segment per line (gold sets). */
export type Segmentation = 'auto' | 'lines';

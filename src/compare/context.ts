/** What the pair checks share: the alignment, bead look-ups, cached anchors, unsure regions. */
import { segmentAnchors } from '../anchors/index.js';
import type { Alignment, Anchor, AnchorKind, Finding, Segment, SegmentedDocument } from '../types.js';
import { evidenceWords, WordEvidence } from './evidence.js';
import { fold, forEachFoldedWord } from './text.js';

/** Which document of the pair. */
export type Side = 'source' | 'target';

/** What a check found: a finding without a severity, which only `compare` gives it (`severityOf` in `rules.ts`). */
export type Found = Omit<Finding, 'severity'> & {
  /** Never set by a check: `compare` alone decides it. */
  severity?: never;
  /** A minor variant of its rule (an accent-only name, a bare year, sentences joined in a paragraph); not printed. */
  minor?: boolean;
};

/** A finding with its place in the alignment, for sorting. */
export interface Emitted {
  /** Bead index (pair checks) or segment index (one-document checks). */
  order: number;
  finding: Found;
}

/** An anchor with the segment it was found in. */
export interface PlacedAnchor extends Anchor {
  segment: Segment;
  /** Where in its bead the anchor stands, from 0 (start of the first segment) to 1 (end of the last). */
  at: number;
}


/** A leading list or section number (`1.`, `2)`, `3 -`, `1.4.`) is numbering, not a figure of the text. */
const ENUMERATION = /^[\s\-–—•*·]*\(?\d+(?:\.\d+)*\s*[.)\-–—:](?=\s)/u;
/** In a heading even a bare leading number (`2 Scope`) is numbering. */
const HEADING_NUMBER = /^\s*\d+(?:\.\d+)*(?=\s)/u;

/** Shared state of one `compare` run. */
export class PairContext {
  readonly source: SegmentedDocument;
  readonly target: SegmentedDocument;
  readonly beads: Alignment['beads'];
  /** Both documents in one known language: strict comparison and text changes. */
  readonly sameLanguage: boolean;
  /** Per bead, 1 when it lies in a region the aligner is unsure of. */
  readonly unsure: Uint8Array;
  private readonly cache = { source: new Map<number, Anchor[]>(), target: new Map<number, Anchor[]>() };
  private readonly folded: Partial<Record<Side, string>> = {};
  private readonly words: Partial<Record<Side, Set<string>>> = {};
  private readonly acronyms: Partial<Record<Side, Map<string, number>>> = {};
  private readonly counts: Partial<Record<Side, Map<string, number>>> = {};
  private ratio: number | undefined;
  private readonly evidenceCache = { source: new Map<number, WordEvidence>(), target: new Map<number, WordEvidence>() };
  private readonly beadIndex: Partial<Record<Side, Int32Array>> = {};

  constructor(alignment: Alignment) {
    this.source = alignment.source;
    this.target = alignment.target;
    this.beads = alignment.beads;
    this.sameLanguage = alignment.source.lang !== 'und' && alignment.source.lang === alignment.target.lang;
    this.unsure = markUnsure(this);
  }

  /** The document of a side. */
  doc(side: Side): SegmentedDocument {
    return side === 'source' ? this.source : this.target;
  }

  /** A segment's anchors, without leading list numbers; cached. */
  anchors(side: Side, index: number): Anchor[] {
    const cache = this.cache[side];
    let anchors = cache.get(index);
    if (!anchors) cache.set(index, (anchors = this.findAnchors(side, index)));
    return anchors;
  }

  private findAnchors(side: Side, index: number): Anchor[] {
    const segment = this.doc(side).segments[index];
    const enumeration = ENUMERATION.exec(segment.text) ?? (segment.kind === 'heading' ? HEADING_NUMBER.exec(segment.text) : null);
    const skipBefore = enumeration ? enumeration[0].length : 0;
    const anchors = segmentAnchors(segment, this.doc(side).lang);
    return skipBefore > 0 ? anchors.filter((a) => !(a.kind === 'number' && a.end <= skipBefore)) : anchors;
  }

  /** The anchors of some kinds in a bead's segments on one side, in text order. */
  beadAnchors(side: Side, bead: number, kinds: readonly AnchorKind[]): PlacedAnchor[] {
    const out: PlacedAnchor[] = [];
    const segments = this.doc(side).segments;
    const indices = this.beads[bead][side];
    indices.forEach((index, k) => {
      const segment = segments[index];
      for (const anchor of this.anchors(side, index)) {
        const at = (k + anchor.start / Math.max(1, segment.text.length)) / indices.length;
        if (kinds.includes(anchor.kind)) out.push({ ...anchor, segment, at });
      }
    });
    return out;
  }

  /**
   * Values found in the nearest beads before and after that have segments on `side`:
   * where the aligner's boundaries jitter, a value may sit one bead away.
   */
  neighbourValues(side: Side, bead: number, kinds: readonly AnchorKind[]): Set<string> {
    const values = new Set<string>();
    for (const b of this.neighbours(side, bead)) for (const a of this.beadAnchors(side, b, kinds)) values.add(a.value);
    return values;
  }

  /** The nearest beads before and after `bead` that have segments on `side`. */
  neighbours(side: Side, bead: number): number[] {
    const out: number[] = [];
    for (const step of [-1, 1]) {
      let b = bead + step;
      while (b >= 0 && b < this.beads.length && this.beads[b][side].length === 0) b += step;
      if (b >= 0 && b < this.beads.length) out.push(b);
    }
    return out;
  }

  /** The folded text of a bead's segments on one side. */
  beadText(side: Side, bead: number): string {
    const segments = this.doc(side).segments;
    return fold(this.beads[bead][side].map((i) => segments[i].text).join(' '));
  }

  /** The words of a bead's segments on one side, for "has this word a counterpart there?" (cognates, countries); cached. */
  evidence(side: Side, bead: number): WordEvidence {
    let ev = this.evidenceCache[side].get(bead);
    if (!ev) {
      const segments = this.doc(side).segments;
      ev = new WordEvidence(this.beads[bead][side].flatMap((i) => evidenceWords(segments[i].text)));
      this.evidenceCache[side].set(bead, ev);
    }
    return ev;
  }

  /** How many times each acronym occurs in a whole document (anchor values). */
  acronymCounts(side: Side): Map<string, number> {
    let counts = this.acronyms[side];
    if (!counts) {
      counts = this.acronyms[side] = new Map();
      // Counted without caching every segment's anchors: the checks look again only at paired beads,
      // and keeping all of a 60 MB document's held ~200 MB to the end (issue 11).
      const cache = this.cache[side];
      for (let i = 0; i < this.doc(side).segments.length; i++) {
        for (const a of cache.get(i) ?? this.findAnchors(side, i)) if (a.kind === 'acronym') counts.set(a.value, (counts.get(a.value) ?? 0) + 1);
      }
    }
    return counts;
  }

  /** The folded text of a whole document (segments joined), for "appears anywhere" tests. */
  foldedText(side: Side): string {
    return (this.folded[side] ??= fold(this.doc(side).segments.map((s) => s.text).join('\n')));
  }

  /** The folded words of a whole document, for constant-time "occurs anywhere" tests. */
  wordSet(side: Side): Set<string> {
    return (this.words[side] ??= new Set(this.wordCounts(side).keys()));
  }

  /** How many times each folded word occurs in a whole document. */
  wordCounts(side: Side): Map<string, number> {
    let counts = this.counts[side];
    if (!counts) {
      counts = this.counts[side] = new Map();
      // Segment by segment, the words of `foldedText` (folding and words never cross the newline
      // joining two segments), without folding a whole 60 MB document: its copies held ~600 MB (issue 11).
      const add = (w: string) => counts!.set(w, (counts!.get(w) ?? 0) + 1);
      for (const s of this.doc(side).segments) forEachFoldedWord(fold(s.text), add);
    }
    return counts;
  }

  /**
   * How long the `toward` side's text runs for one character of the other's,
   * over the sure one-to-one pairs (1 when there are none): what a bead's length should be in translation.
   */
  lengthRatio(toward: Side): number {
    if (this.ratio === undefined) {
      let source = 0;
      let target = 0;
      for (let b = 0; b < this.beads.length; b++) {
        const bead = this.beads[b];
        if (bead.source.length !== 1 || bead.target.length !== 1 || !this.isSurePair(b)) continue;
        source += this.source.segments[bead.source[0]].text.length;
        target += this.target.segments[bead.target[0]].text.length;
      }
      this.ratio = source > 0 && target > 0 ? target / source : 1;
    }
    return toward === 'target' ? this.ratio : 1 / this.ratio;
  }

  /** The bead holding a segment (0 if none, which a valid alignment never has). */
  beadOf(side: Side, index: number): number {
    let map = this.beadIndex[side];
    if (!map) {
      map = this.beadIndex[side] = new Int32Array(this.doc(side).segments.length);
      this.beads.forEach((bead, b) => { for (const i of bead[side]) map![i] = b; });
    }
    return map[index] ?? 0;
  }

  /** Whether a bead pairs segments on both sides and the aligner is sure of it. */
  isSurePair(bead: number): boolean {
    const b = this.beads[bead];
    return b.source.length > 0 && b.target.length > 0 && this.unsure[bead] === 0;
  }
}

/**
 * Mark the unsure regions: low-score beads that pair segments on both sides
 * and share no date or figure (a shared value confirms the pairing, and a
 * divergence is exactly what lowers an aligner's score), plus low-score
 * one-sided beads caught between two of them.
 */
function markUnsure(ctx: PairContext): Uint8Array {
  const beads = ctx.beads;
  const unsure = new Uint8Array(beads.length);
  // The aligner's own flag (align/confidence.ts); compare keeps no threshold of its own.
  const low = (i: number) => !beads[i].sure;
  const paired = (i: number) => beads[i].source.length > 0 && beads[i].target.length > 0;
  for (let i = 0; i < beads.length; i++) if (low(i) && paired(i) && !anchored(ctx, i)) unsure[i] = 1;
  for (let i = 1; i < beads.length - 1; i++) {
    if (unsure[i] || paired(i) || !low(i) || !unsure[i - 1]) continue;
    let j = i;
    while (j < beads.length && !paired(j) && low(j)) j++;
    if (j < beads.length && unsure[j]) for (let k = i; k < j; k++) unsure[k] = 1;
  }
  return unsure;
}

/** Whether both sides of a bead share a date or a figure. */
function anchored(ctx: PairContext, bead: number): boolean {
  const kinds = ['date', 'number'] as const;
  const values = new Set(ctx.beadAnchors('source', bead, kinds).map((a) => a.value));
  return ctx.beadAnchors('target', bead, kinds).some((a) => values.has(a.value));
}

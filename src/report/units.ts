/**
 * Translation units from an alignment, for CAT tools (TMX, XLIFF): one per bead, except that a
 * merged bead is cut into sentence-level units wherever that can be done with confidence.
 *
 * A CAT tool matches segments exactly, one sentence at a time: a unit holding two source
 * sentences fills neither. A run of merged beads is split when its two sides then pair one to
 * one: as many segments on each side (the aligner merged what it could have paired), or, when
 * one side has fewer, as many once that side's long sentences are cut at clause boundaries
 * (`;`, a colon before lower case: the enumerations of official texts). Every pair must keep the
 * run's length ratio within LENGTH_TOLERANCE, and no two neighbouring pairs may share more
 * evidence crosswise than straight (figures, and words' first four letters: cognates and names),
 * as when a translator merged two items in the other order; otherwise the run stays whole.
 */
import type { Alignment, Bead, SegmentedDocument } from '../types.js';
import { clauseEnds } from '../segment/clauses.js';

/** One translation unit. */
export interface TranslationUnit {
  /** Source text (a segment, several joined by a space, or a clause of one). */
  source: string;
  /** Target text. */
  target: string;
  /** Index of the bead the unit comes from (0-based). */
  bead: number;
  /** Source segment indices the unit covers (a clause's segment once per clause). */
  sourceSegments: number[];
  /** Target segment indices the unit covers. */
  targetSegments: number[];
  /** Score of the bead it comes from. */
  score: number;
  /** The aligner's sure flag for that bead; a split unit is never sure. */
  sure: boolean;
  /** `split`: cut out of a merged bead; `merged`: a merged bead kept whole; `bead`: a bead as it is. */
  origin: 'bead' | 'split' | 'merged';
}

/** Largest factor by which a split pair's length ratio may differ from its run's before the run stays whole. */
const LENGTH_TOLERANCE = 1.8;

interface Piece {
  text: string;
  segment: number;
}

/**
 * The translation units of an alignment, in order; beads with an empty side give none.
 * @param split cut merged beads into sentence-level units where that is safe (default true)
 */
export function translationUnits(alignment: Alignment, split = true): TranslationUnit[] {
  const { beads } = alignment;
  const units: TranslationUnit[] = [];
  for (let b = 0; b < beads.length; b++) {
    const bead = beads[b];
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    if (!merged(bead) || !split) {
      units.push(unitOf(alignment, bead, b, merged(bead) ? 'merged' : 'bead'));
      continue;
    }
    // A run of neighbouring merged beads: the aligner may have cut one reading in two places.
    let e = b;
    while (e + 1 < beads.length && merged(beads[e + 1])) e++;
    // The whole run first; failing that, each bead of it on its own.
    const whole = splitRun(alignment, beads.slice(b, e + 1));
    for (let k = b; k <= e; k++) {
      const pairs = whole ?? splitRun(alignment, [beads[k]]);
      if (!pairs) {
        units.push(unitOf(alignment, beads[k], k, 'merged'));
        continue;
      }
      for (const [s, t] of pairs) {
        let at = b;
        while (at < e && !beads[at].source.includes(s.segment)) at++;
        units.push({ source: s.text, target: t.text, bead: at, sourceSegments: [s.segment], targetSegments: [t.segment], score: beads[at].score, sure: false, origin: 'split' });
      }
      if (whole) break;
    }
    b = e;
  }
  return units;
}

function merged(bead: Bead): boolean {
  return bead.source.length > 0 && bead.target.length > 0 && (bead.source.length > 1 || bead.target.length > 1);
}

function unitOf(alignment: Alignment, bead: Bead, b: number, origin: TranslationUnit['origin']): TranslationUnit {
  return {
    source: joined(alignment.source, bead.source),
    target: joined(alignment.target, bead.target),
    bead: b,
    sourceSegments: [...bead.source],
    targetSegments: [...bead.target],
    score: bead.score,
    sure: bead.sure,
    origin,
  };
}

function joined(doc: SegmentedDocument, indices: readonly number[]): string {
  return indices.map((i) => doc.segments[i]?.text ?? '').join(' ');
}

/** The run's segments paired one to one, or undefined when that cannot be done safely. */
function splitRun(alignment: Alignment, run: readonly Bead[]): Array<[Piece, Piece]> | undefined {
  let source = pieces(alignment.source, run.flatMap((x) => x.source), false);
  let target = pieces(alignment.target, run.flatMap((x) => x.target), false);
  if (source.length > target.length) target = pieces(alignment.target, run.flatMap((x) => x.target), true);
  else if (target.length > source.length) source = pieces(alignment.source, run.flatMap((x) => x.source), true);
  if (source.length !== target.length || source.length < 2) return undefined;
  const size = (p: Piece[]) => p.reduce((n, x) => n + letters(x.text), 0);
  const ratio = size(target) / Math.max(1, size(source));
  const pairs: Array<[Piece, Piece]> = source.map((s, k) => [s, target[k]]);
  for (const [s, t] of pairs) {
    const r = letters(t.text) / Math.max(1, letters(s.text)) / ratio;
    if (r > LENGTH_TOLERANCE || r < 1 / LENGTH_TOLERANCE) return undefined;
  }
  // Crosswise evidence: two items merged in the other order pair better swapped.
  const keys = pairs.map(([s, t]) => [evidence(s.text), evidence(t.text)] as const);
  for (let k = 0; k + 1 < keys.length; k++) {
    const straight = shared(keys[k][0], keys[k][1]) + shared(keys[k + 1][0], keys[k + 1][1]);
    const crossed = shared(keys[k][0], keys[k + 1][1]) + shared(keys[k + 1][0], keys[k][1]);
    if (crossed > straight) return undefined;
  }
  return pairs;
}

/** Figures and the first four letters of longer words, accent- and case-folded. */
function evidence(text: string): Set<string> {
  const out = new Set<string>();
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const w of folded.match(/\p{L}{5,}|\p{N}+/gu) ?? []) out.add(/\p{N}/u.test(w) ? w : w.slice(0, 4));
  return out;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** A side's segments, or their clauses when `clauses`. */
function pieces(doc: SegmentedDocument, indices: readonly number[], clauses: boolean): Piece[] {
  const out: Piece[] = [];
  for (const i of indices) {
    const text = doc.segments[i]?.text ?? '';
    if (!clauses) {
      out.push({ text, segment: i });
      continue;
    }
    let a = 0;
    for (const end of clauseEnds(text)) {
      const piece = text.slice(a, end).trim();
      if (piece) out.push({ text: piece, segment: i });
      a = end;
    }
  }
  return out;
}

function letters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

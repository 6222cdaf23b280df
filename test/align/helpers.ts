/** Helpers for aligner tests: build segmented documents and check bead invariants. */
import type { Bead, SegmentKind, SegmentedDocument } from '../../src/types.js';
import type { BeadCost } from '../../src/align/confidence.js';
import { BEAD_SHAPES, type Path } from '../../src/align/search.js';

/** A segment spec: text, optionally with kind and section. */
export type SegmentSpec = string | { text: string; kind?: SegmentKind; section?: string };

/** Build a SegmentedDocument from segment specs (one per line of a made-up file). */
export function doc(lang: string, specs: readonly SegmentSpec[]): SegmentedDocument {
  const value = specs.map((s) => (typeof s === 'string' ? s : s.text)).join('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  const segments = specs.map((spec, index) => {
    const s = typeof spec === 'string' ? { text: spec } : spec;
    lineStarts.push(offset);
    const start = { line: index + 1, column: 1, offset };
    offset += s.text.length;
    const end = { line: index + 1, column: s.text.length + 1, offset };
    offset += 1;
    return {
      id: `s${index + 1}`,
      index,
      kind: s.kind ?? 'sentence',
      section: s.section,
      text: s.text,
      position: { start, end },
      map: [0, start.offset],
      lang,
    };
  });
  return {
    document: { path: `${lang}.txt`, value, encoding: 'utf-8', lineStarts, notes: [] },
    lang,
    segments,
    repairs: [],
    skipped: [],
  };
}

/** Throw unless the beads cover 0..n-1 and 0..m-1 exactly once, in order, and never cross. */
export function checkCoverage(beads: readonly Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    for (const s of b.source) if (s !== i++) throw new Error(`source ${s} out of order (expected ${i - 1})`);
    for (const t of b.target) if (t !== j++) throw new Error(`target ${t} out of order (expected ${j - 1})`);
    if (b.source.length === 0 && b.target.length === 0) throw new Error('empty bead');
    if (!(b.score >= 0 && b.score <= 1)) throw new Error(`score ${b.score} outside [0, 1]`);
  }
  if (i !== n || j !== m) throw new Error(`covered ${i}/${n} source, ${j}/${m} target`);
}

/** Beads as compact strings (`0-1:0`), for readable assertions. */
export function shapes(beads: readonly Bead[]): string[] {
  return beads.map((b) => `${b.source.join(',')}:${b.target.join(',')}`);
}

/** Cost of leaving one segment unpaired in `madeUpCosts`. */
export const SKIP = 4.5;

/**
 * A cost function for made-up paths: the path's own beads cost what the path says, listed beads
 * (`i0,j0,a-b` → cost) their price, unpaired segments SKIP each, any other pairing 3 a segment.
 */
export function madeUpCosts(path: Path, listed: Record<string, number> = {}): BeadCost {
  const own = new Map<string, number>();
  let i = 0;
  let j = 0;
  path.a.forEach((a, k) => {
    own.set(`${i},${j},${a}-${path.b[k]}`, path.costs[k]);
    i += a;
    j += path.b[k];
  });
  return (i0, j0, t) => {
    const [a, b] = BEAD_SHAPES[t];
    const key = `${i0},${j0},${a}-${b}`;
    if (key in listed) return listed[key];
    if (own.has(key)) return own.get(key) as number;
    return a === 0 || b === 0 ? SKIP * (a + b) : 3 * (a + b);
  };
}

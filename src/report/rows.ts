/**
 * Rows of a multi-version alignment pivoting on one document: `align A B C…` aligns the first
 * with each of the others, and a row is the smallest stretch of the first document that no bead
 * of any of those alignments crosses. With two versions a row is a bead (a segment only the
 * second has is a row of its own).
 */
import type { Alignment, SegmentedDocument } from '../types.js';

/** One version's part of a row. */
export interface RowCell {
  /** Segment indices of that version. */
  segments: number[];
  /** Whether every bead behind the cell is sure (an empty cell, or a gap, is not). */
  sure: boolean;
  /** Lowest score of the beads behind the cell (1 when none). */
  score: number;
}

/** A row: the pivot's segments, then one cell per other version. */
export interface Row {
  pivot: RowCell;
  others: RowCell[];
}

/**
 * The rows of alignments that share their source document.
 * @param alignments pivot → version alignments, all with the same `source`
 */
export function pivotRows(alignments: readonly Alignment[]): Row[] {
  const n = alignments[0]?.source.segments.length ?? 0;
  // Pivot positions (0..n) where a bead ends, per alignment; rows break where all agree.
  const common = new Uint8Array(n + 1).fill(1);
  for (const a of alignments) {
    const ends = new Uint8Array(n + 1);
    ends[0] = 1;
    let p = 0;
    for (const b of a.beads) {
      p += b.source.length;
      ends[p] = 1;
    }
    for (let q = 0; q <= n; q++) common[q] &= ends[q];
  }
  const starts: number[] = [];
  for (let q = 0; q < n; q++) if (common[q]) starts.push(q);
  starts.push(n);

  // Each bead goes to the row of its first pivot segment; a target-only bead to an insertion row at its place.
  const rows = new Map<string, Row>();
  const keyOf = (start: number, insertion: boolean) => `${start}${insertion ? 'i' : ''}`;
  const order: string[] = [];
  const rowAt = (start: number, end: number, insertion: boolean): Row => {
    const key = keyOf(start, insertion);
    let row = rows.get(key);
    if (!row) {
      row = {
        pivot: { segments: insertion ? [] : range(start, end), sure: true, score: 1 },
        others: alignments.map(() => ({ segments: [], sure: true, score: 1 })),
      };
      rows.set(key, row);
    }
    return row;
  };
  for (let r = 0; r + 1 < starts.length; r++) {
    order.push(keyOf(starts[r], true), keyOf(starts[r], false));
    rowAt(starts[r], starts[r + 1], false);
  }
  order.push(keyOf(n, true));
  const rowOfPivot = new Int32Array(n);
  for (let r = 0; r + 1 < starts.length; r++) for (let q = starts[r]; q < starts[r + 1]; q++) rowOfPivot[q] = starts[r];
  alignments.forEach((a, k) => {
    let p = 0;
    for (const b of a.beads) {
      const row = b.source.length > 0 ? rows.get(keyOf(rowOfPivot[b.source[0]], false))! : rowAt(p, p, true);
      const cell = row.others[k];
      cell.segments.push(...b.target);
      const paired = b.source.length > 0 && b.target.length > 0;
      cell.sure = cell.sure && paired && b.sure;
      cell.score = Math.min(cell.score, b.score);
      if (b.target.length === 0) cell.sure = false;
      p += b.source.length;
    }
  });
  for (const row of rows.values()) {
    row.pivot.sure = row.others.every((c) => c.sure);
    row.pivot.score = Math.min(...row.others.map((c) => c.score));
    for (const c of row.others) if (c.segments.length === 0) c.sure = false;
  }
  return order.filter((k) => rows.has(k)).map((k) => rows.get(k)!);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, k) => a + k);
}

/** The documents of a pivoted set: the pivot, then each other version. */
export function pivotDocuments(alignments: readonly Alignment[]): SegmentedDocument[] {
  return alignments.length === 0 ? [] : [alignments[0].source, ...alignments.map((a) => a.target)];
}

/** Line-per-bead formats of `align`: `beads` (the gold-set format) and `tsv`. */
import type { Alignment, SegmentedDocument } from '../../types.js';
import { score6 } from '../common.js';
import { endLineOf } from '../../position.js';

/**
 * `align --format beads`: one line per bead, `[0]:[0, 1]:0.910000`, as in the
 * standard sentence-alignment test sets (0-based indices; `[]` for an empty side).
 */
export function beadsLines(alignment: Alignment): string {
  return [...beadsPieces(alignment)].join('');
}

/** `beadsLines` in pieces of a few thousand lines, for output written as it is made. */
export function beadsPieces(alignment: Alignment): Iterable<string> {
  return linePieces(alignment.beads.length, (k) => {
    const b = alignment.beads[k];
    return `[${b.source.join(', ')}]:[${b.target.join(', ')}]:${score6(b.score)}\n`;
  });
}

/** Lines per piece in `linePieces`. */
const CHUNK_LINES = 4096;

/**
 * `count` lines in flat pieces of CHUNK_LINES: a million `+=` made a rope whose pieces all stayed
 * alive until the output was written (half a gigabyte at a million beads), and a million TSV rows
 * joined into one string before writing took the run to 2.7 GB.
 */
function* linePieces(count: number, lineAt: (k: number) => string, head = ''): Generator<string> {
  if (head !== '') yield head;
  let chunk: string[] = [];
  for (let k = 0; k < count; k++) {
    chunk.push(lineAt(k));
    if (chunk.length === CHUNK_LINES) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

/**
 * `align --format tsv`: a header row, then one line per bead (line n + 1 is bead n):
 * `source, target, score, sure, source_lines, target_lines`. The first three columns are the
 * contract's (`cut -f1` still gives the source side); `sure` is `yes` or `no` (the aligner's
 * flag); the line columns give the lines of each side in the file as given (`12` or `12-14`,
 * empty for an empty side), so a spreadsheet row leads back to the files. Several segments on
 * one side are joined by a space; tabs and line breaks inside texts become spaces; the score has
 * six decimals.
 */
export function tsvLines(alignment: Alignment): string {
  return [...tsvPieces(alignment)].join('');
}

/** `tsvLines` in pieces of a few thousand rows, for output written as it is made. */
export function tsvPieces(alignment: Alignment): Iterable<string> {
  return linePieces(alignment.beads.length, (k) => {
    const b = alignment.beads[k];
    const cells = [
      sideText(alignment.source, b.source),
      sideText(alignment.target, b.target),
      score6(b.score),
      b.sure ? 'yes' : 'no',
      lineSpan(alignment.source, b.source),
      lineSpan(alignment.target, b.target),
    ];
    return cells.join('\t') + '\n';
  }, TSV_HEADER.join('\t') + '\n');
}

/** Column names of `align --format tsv`. */
export const TSV_HEADER = ['source', 'target', 'score', 'sure', 'source_lines', 'target_lines'] as const;

/** `12` or `12-14`: the lines a side of a bead spans in its file; empty for an empty side. */
export function lineSpan(doc: SegmentedDocument, indices: readonly number[]): string {
  if (indices.length === 0) return '';
  const first = doc.segments[indices[0]];
  const last = doc.segments[indices[indices.length - 1]];
  if (!first || !last) return '';
  const a = first.position.start.line;
  const b = endLineOf(last.position, doc.document.lineStarts);
  return a === b ? String(a) : `${a}-${b}`;
}

function sideText(doc: SegmentedDocument, indices: readonly number[]): string {
  return indices.map((i) => doc.segments[i]?.text ?? '').join(' ').replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ');
}

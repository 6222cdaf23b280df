/** Line-per-bead formats of `align`: `beads` (the gold-set format) and `tsv`. */
import type { Alignment, SegmentedDocument } from '../../types.js';
import { score6 } from '../common.js';

/**
 * `align --format beads`: one line per bead, `[0]:[0, 1]:0.910000`, as in the
 * standard sentence-alignment test sets (0-based indices; `[]` for an empty side).
 */
export function beadsLines(alignment: Alignment): string {
  let out = '';
  for (const b of alignment.beads) out += `[${b.source.join(', ')}]:[${b.target.join(', ')}]:${score6(b.score)}\n`;
  return out;
}

/**
 * `align --format tsv`: one line per bead, `source<TAB>target<TAB>score`, with
 * no header line (as hunalign's text output), so that line n is bead n and
 * `cut -f1` gives the source side. Several segments on one side are joined by
 * a space; an empty side is an empty field; tabs and line breaks inside texts
 * become spaces; the score has six decimals.
 */
export function tsvLines(alignment: Alignment): string {
  let out = '';
  for (const b of alignment.beads) {
    out += `${sideText(alignment.source, b.source)}\t${sideText(alignment.target, b.target)}\t${score6(b.score)}\n`;
  }
  return out;
}

function sideText(doc: SegmentedDocument, indices: readonly number[]): string {
  return indices.map((i) => doc.segments[i]?.text ?? '').join(' ').replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ');
}

/** `align --format text`: the two documents side by side, one row per bead. */
import type { Alignment, Bead, SegmentedDocument } from '../../types.js';
import { makeChalk } from '../color.js';
import { count, lineRange, widest } from '../common.js';
import type { FormatOptions } from '../index.js';
import { renderTable, tableWidth } from '../table.js';
import { displayWidth, wrapSpans } from '../wrap.js';
import { endLineOf } from '../../position.js';

/** Beads scoring below this are shown as unsure (the aligner's own scale: 0.5 = as likely wrong as right). */
export const UNSURE_SCORE = 0.5;

/** Narrowest text column; below it the table is allowed to exceed the terminal. */
const MIN_TEXT_COLUMN = 12;

/**
 * A side-by-side table (source lines, source text, target text, target lines,
 * score), texts wrapped to the terminal width, each segment of a side on its
 * own line. Omissions and additions say `(no counterpart)`; unsure beads
 * (score below `UNSURE_SCORE`) get a `?` after the score. With colour, both
 * are also highlighted (red and yellow). A header names both documents and a
 * footer counts beads by type.
 */
export function alignmentText(alignment: Alignment, options: FormatOptions): string {
  const chalk = makeChalk(options.color);
  const { source, target, beads } = alignment;
  const rows = beads.map((b) => {
    const lost = b.source.length === 0 || b.target.length === 0;
    const unsure = b.score < UNSURE_SCORE;
    const paint = (text: string) => (lost ? chalk.red(text) : unsure ? chalk.yellow(text) : text);
    const score = b.score.toFixed(2) + (unsure ? ' ?' : '');
    return {
      cells: [lines(source, b.source), sideText(source, b.source), sideText(target, b.target), lines(target, b.target), score],
      paint,
    };
  });
  const head = ['lines', `source (${source.lang})`, `target (${target.lang})`, 'lines', 'score'];
  const narrow = [0, 3, 4].map((c) => 2 + widest(rows.map((r) => r.cells[c]), displayWidth(head[c]), displayWidth));
  const textWidth = Math.max(MIN_TEXT_COLUMN, Math.floor((tableWidth(options.width) - 6 - narrow[0] - narrow[1] - narrow[2]) / 2));
  // Texts are wrapped here rather than by cli-table3, which cuts words longer than the column.
  const plain = makeChalk(false);
  const wrapCell = (text: string) => text.split('\n').flatMap((t) => wrapSpans([{ text: t, style: 'plain' }], textWidth - 2, plain));
  // One table row per line of a bead, cells of one line each: cli-table3's time grows faster than
  // the square of a cell's line count (80 lines took 27 s). A rule between beads keeps them apart.
  const body: string[][] = [];
  const ruleBefore: boolean[] = [];
  for (const row of rows) {
    const columns = row.cells.map((cell, c) => (c === 1 || c === 2 ? wrapCell(cell).map(row.paint) : (c === 4 ? row.paint(cell) : cell).split('\n')));
    const height = columns.reduce((h, lines) => Math.max(h, lines.length), 0);
    for (let k = 0; k < height; k++) {
      body.push(columns.map((lines) => lines[k] ?? ''));
      ruleBefore.push(k === 0);
    }
  }

  let out = `source: ${describe(source)}\ntarget: ${describe(target)}\n`;
  out += renderTable({ head, colWidths: [narrow[0], textWidth, textWidth, narrow[1], narrow[2]], wrap: true }, body, chalk, ruleBefore);
  out += footer(beads) + '\n';
  return out;
}

function describe(doc: SegmentedDocument): string {
  return `${doc.document.path} (${doc.lang}, ${count(doc.segments.length, 'segment')})`;
}

function lines(doc: SegmentedDocument, indices: readonly number[]): string {
  if (indices.length === 0) return '';
  const first = doc.segments[indices[0]];
  const last = doc.segments[indices[indices.length - 1]];
  if (!first || !last) return '?';
  return lineRange(first.position.start.line, endLineOf(last.position, doc.document.lineStarts));
}

function sideText(doc: SegmentedDocument, indices: readonly number[]): string {
  if (indices.length === 0) return '(no counterpart)';
  return indices.map((i) => (doc.segments[i]?.text ?? '').replace(/\s+/g, ' ')).join('\n');
}

/** `12 beads (1-1: 9, 2-1: 1, 1-0: 1, 0-1: 1); 2 unsure (score < 0.50, marked ?)`. */
function footer(beads: readonly Bead[]): string {
  const byType = new Map<string, number>();
  for (const b of beads) {
    const type = `${b.source.length}-${b.target.length}`;
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  // 1-1 first, then by decreasing count, ties by type, so the usual case leads.
  const types = [...byType].sort((a, b) => (a[0] === '1-1' ? -1 : b[0] === '1-1' ? 1 : b[1] - a[1] || a[0].localeCompare(b[0])));
  const unsure = beads.filter((b) => b.score < UNSURE_SCORE).length;
  const parts = types.map(([t, n]) => `${t}: ${n}`).join(', ');
  return `${count(beads.length, 'bead')}${parts ? ` (${parts})` : ''}; ${unsure} unsure (score < ${UNSURE_SCORE.toFixed(2)}, marked ?)`;
}

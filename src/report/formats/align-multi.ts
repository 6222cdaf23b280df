/** `align A B C…` in text and TSV: three or more versions side by side, pivoting on the first. */
import type { Alignment, SegmentedDocument } from '../../types.js';
import { makeChalk } from '../color.js';
import { count } from '../common.js';
import type { FormatOptions } from '../index.js';
import { pivotDocuments, pivotRows, type Row } from '../rows.js';
import { renderTable, tableWidth } from '../table.js';
import { wrapSpans } from '../wrap.js';
import { lineSpan } from './bitext.js';

/** Narrowest text column; below it the table is allowed to exceed the terminal. */
const MIN_TEXT_COLUMN = 12;
/** Width of the score column (`0.50 ?` plus padding). */
const FLAG_COLUMN = 8;

/**
 * A table with one text column per version (the first is the pivot), each cell starting with
 * its lines in brackets and each segment on its own line, and a score column marked `?` where
 * any of the row's beads is unsure. Header lines name the documents; a footer counts rows.
 */
export function multiAlignmentText(alignments: readonly Alignment[], options: FormatOptions): string {
  const chalk = makeChalk(options.color);
  const docs = pivotDocuments(alignments);
  const rows = pivotRows(alignments);
  const columns = docs.length;
  const textWidth = Math.max(MIN_TEXT_COLUMN, Math.floor((tableWidth(options.width) - (columns + 2) - FLAG_COLUMN) / columns));
  const plain = makeChalk(false);
  const body: string[][] = [];
  const ruleBefore: boolean[] = [];
  for (const row of rows) {
    const unsure = !row.pivot.sure;
    const paint = (t: string) => (unsure ? chalk.yellow(t) : t);
    const cells = [row.pivot, ...row.others].map((cell, v) =>
      cellLines(docs[v], cell.segments).flatMap((t) => wrapSpans([{ text: t, style: 'plain' }], textWidth - 2, plain)).map(paint),
    );
    cells.push([paint(`${row.pivot.score.toFixed(2)}${unsure ? ' ?' : ''}`)]);
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      body.push(cells.map((c) => c[k] ?? ''));
      ruleBefore.push(k === 0);
    }
  }
  const head = [...docs.map((d, v) => `${v === 0 ? 'pivot' : `v${v + 1}`} (${d.lang})`), 'score'];
  let out = docs.map((d, v) => `${v === 0 ? 'pivot' : `v${v + 1}`}: ${d.document.path} (${d.lang}, ${count(d.segments.length, 'segment')})\n`).join('');
  out += renderTable({ head, colWidths: [...docs.map(() => textWidth), FLAG_COLUMN], wrap: true }, body, chalk, ruleBefore);
  out += `${count(rows.length, 'row')}; ${rows.filter((r) => !r.pivot.sure).length} unsure (marked ?)\n`;
  return out;
}

function cellLines(doc: SegmentedDocument, indices: readonly number[]): string[] {
  if (indices.length === 0) return ['(no counterpart)'];
  const lines = indices.map((i) => (doc.segments[i]?.text ?? '').replace(/\s+/g, ' '));
  lines[0] = `[${lineSpan(doc, indices)}] ${lines[0]}`;
  return lines;
}

/**
 * TSV of three or more versions: a header row, then one line per row: for each version its text
 * (segments joined by a space) and its lines, then the lowest score and the sure flag.
 */
export function multiAlignmentTsv(alignments: readonly Alignment[]): string {
  const docs = pivotDocuments(alignments);
  const head = [...docs.flatMap((_, v) => [`text${v + 1}`, `lines${v + 1}`]), 'score', 'sure'];
  const clean = (t: string) => t.replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ');
  const line = (row: Row) => {
    const cells = [row.pivot, ...row.others].flatMap((cell, v) => [clean(cell.segments.map((i) => docs[v].segments[i]?.text ?? '').join(' ')), lineSpan(docs[v], cell.segments)]);
    return [...cells, row.pivot.score.toFixed(6), row.pivot.sure ? 'yes' : 'no'].join('\t');
  };
  return [head.join('\t'), ...pivotRows(alignments).map(line)].join('\n') + '\n';
}

/** `segment --format text`: a table of the segments, then a line of counts and the reading notes. */
import type { SegmentedDocument } from '../../types.js';
import { makeChalk } from '../color.js';
import { count, lineRange, segmentLines, widest } from '../common.js';
import type { FormatOptions } from '../index.js';
import { renderTable, tableWidth } from '../table.js';
import { clipToWidth, displayWidth } from '../wrap.js';

/** Narrowest text column; below it the table is allowed to exceed the terminal. */
const MIN_TEXT_COLUMN = 16;

/**
 * The segments as a table (id, section, kind, lines, text cut to the terminal
 * width with `…`), then `path (lang, encoding): N segments, N repairs, N skipped lines`
 * and one `note:` line per reading note.
 */
export function segmentsText(doc: SegmentedDocument, options: FormatOptions): string {
  const chalk = makeChalk(options.color);
  const rows = doc.segments.map((s) => {
    const [line, endLine] = segmentLines(doc, s);
    return [s.id, s.section ?? '', s.kind, lineRange(line, endLine), s.text.replace(/\s+/g, ' ')];
  });
  const head = ['id', 'section', 'kind', 'lines', 'text'];
  const fixed = [0, 1, 2, 3].map((c) => 2 + widest(rows.map((r) => r[c]), displayWidth(head[c]), displayWidth));
  const borders = head.length + 1;
  const textWidth = Math.max(MIN_TEXT_COLUMN, tableWidth(options.width) - borders - fixed.reduce((a, b) => a + b, 0));

  const skippedLines = doc.skipped.reduce((n, s) => n + (s.endLine - s.line + 1), 0);
  const counts = [count(doc.segments.length, 'segment'), count(doc.repairs.length, 'repair'), count(skippedLines, 'skipped line')].join(', ');
  // Cut here (cli-table3's own cut is quadratic); 2 columns are its padding.
  for (const row of rows) row[4] = clipToWidth(row[4], textWidth - 2);
  let out = renderTable({ head, colWidths: [...fixed, textWidth] }, rows, chalk);
  out += `${doc.document.path} (${doc.lang}, ${doc.document.encoding}): ${counts}\n`;
  for (const note of doc.document.notes) out += chalk.yellow(`note: ${note}`) + '\n';
  return out;
}

/** cli-table3 tables with fbcoop's defaults: no colours of cli-table3's own, widths fixed by us. */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';

/** Default terminal width when the CLI gives none (not a terminal, or unknown). */
export const DEFAULT_WIDTH = 100;

/** Narrowest terminal we lay tables out for; narrower ones get this and wrap. */
export const MIN_WIDTH = 40;

/** Options of `makeTable`. */
export interface TableSpec {
  head: string[];
  /** Column widths including cli-table3's one-space padding on each side; sized to content when absent. */
  colWidths?: number[];
  /** Wrap long cells onto several lines instead of cutting them with `…`. */
  wrap?: boolean;
}

/**
 * A cli-table3 table whose colours come only from our chalk instance
 * (cli-table3's own `@colors/colors` decides by itself, which would break `--no-color`).
 */
export function makeTable(spec: TableSpec, chalk: ChalkInstance): InstanceType<typeof Table> {
  return new Table({
    head: spec.head.map((h) => chalk.bold(h)),
    ...(spec.colWidths ? { colWidths: spec.colWidths } : {}),
    wordWrap: spec.wrap ?? false,
    style: { head: [], border: [] },
  });
}

/**
 * Rows per cli-table3 table: its layout costs grow with the square of the row
 * count (20,000 rows took minutes), so long tables are drawn in chunks of this
 * many rows with the same column widths and stitched into one.
 */
const CHUNK_ROWS = 40;

/** One table row: a cell per column. */
export type Row = string[];

/**
 * Draw a table with a header and rows, linear in the number of rows. Only the
 * header has a rule under it, and the rows `ruleBefore` marks (cli-table3 draws
 * the same rule between every row, or none at all).
 * @param ruleBefore per row, whether a rule separates it from the row above
 * @returns the table, ending with a newline
 */
export function renderTable(spec: TableSpec, rows: readonly Row[], chalk: ChalkInstance, ruleBefore?: readonly boolean[]): string {
  const draw = (chunk: readonly Row[], head: boolean): string[] => {
    const table = makeTable({ ...spec, head: head ? spec.head : [] }, chalk);
    for (const row of chunk) table.push(row);
    return table.toString().split('\n');
  };
  // Without fixed widths each chunk would size its own columns: draw in one go.
  const size = spec.colWidths ? CHUNK_ROWS : Math.max(1, rows.length);
  const first = draw(rows.slice(0, size), true);
  // first = top border, header, rule, rows with a rule between each, bottom border.
  const rule = first[2];
  const lines = first.slice(0, -1);
  for (let at = size; at < rows.length; at += size) {
    lines.push(rule);
    for (const l of draw(rows.slice(at, at + size), false).slice(1, -1)) lines.push(l);
  }
  lines.push(first[first.length - 1]);
  // Keep the header's rule and those before the rows `ruleBefore` marks.
  let row = 0;
  return lines.filter((line, i) => i <= 2 || !line.startsWith('├') || ruleBefore?.[++row] === true).join('\n') + '\n';
}

/** Width the tables should fill: the option, bounded below by `MIN_WIDTH`. */
export function tableWidth(width: number | undefined): number {
  return Math.max(MIN_WIDTH, Math.floor(width ?? DEFAULT_WIDTH));
}

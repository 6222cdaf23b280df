/**
 * PDF page layout, from positioned text items to lines in reading order: items joined into lines,
 * running headers, footers and page numbers dropped as furniture, two columns read one after the
 * other. Pure functions over pdf.js's text items (no pdf.js here), so they are tested on their own.
 */

/** A text item as pdf.js gives it, reduced to what layout needs (PDF units, y upwards). */
export interface TextItem {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

/** One line of text on a page. */
export interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** A bullet glyph or list number that opened the line, set apart from its text, cut from `text`. */
  bullet?: string;
  /** A footnote call (a smaller raised number) that opened the line, cut from `text`: the line may start a note. */
  noteCall?: string;
  /** 0 for one column or the left one, 1 for the right column; -1 for a line across both. */
  column: number;
  /** Left edge of the line's column (the page's text left edge in one column). */
  columnLeft: number;
  /** Right edge of the line's column. */
  columnRight: number;
}

/** Same baseline: items closer than this fraction of the font size vertically are one line (sub- and superscripts are not). */
const SAME_BASELINE = 0.3;
/** Items further apart than this many font sizes horizontally are separate lines (a column gutter; justified spaces come as items of their own). */
const MAX_WORD_GAP = 1.0;
/** A gap above this fraction of the font size between two items is a space the PDF did not write. */
const MISSING_SPACE = 0.15;
/** Glyphs that open a list item when they stand alone before the text. */
const BULLETS = /^[•◦▪▫‣⁃–—\-*·●○■□➢►✓]$/;
/** A list number written as a text item of its own (word processors set the number, then a tab): `3.`, `b)`, `(iv)`. */
const LIST_NUMBER = /^\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]$/;
/** A list number must stand this many font sizes clear of its text (a tab), not a word space. */
const LIST_NUMBER_GAP = 0.5;

/** A lone bullet glyph or list number: the label of the text after it. */
function isMarker(text: string): boolean {
  const trimmed = text.trim();
  return BULLETS.test(trimmed) || LIST_NUMBER.test(trimmed);
}
/** A line is furniture when it repeats, at the same height, on more than this share of the pages (on this share, in the margins). */
const FURNITURE_SHARE = 0.5;
/** The top and bottom tenth of a page's text are its margins, where running heads and feet lie. */
const MARGIN_BAND = 0.1;
/** Heights within this many points are "the same height" for furniture. */
const FURNITURE_DY = 3;
/** A page number standing alone: `3`, `- 3 -`, `Page 3`, `3 / 10`, `page 3 sur 10`. */
const PAGE_NUMBER = /^(?:(?:page|p\.|pagina|seite)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|sur|de|van|von)\s*\d{1,4})?$/i;
/** A page is read as two columns when at least this share of its lines lies on each side of a gutter. */
const COLUMN_SHARE = 0.15;
/** …and at most this share of its lines crosses the gutter (titles, running headers, spanning headings). */
const MAX_CROSSING_SHARE = 0.25;

/** A superscript or subscript is this much smaller than its line's text. */
const SCRIPT_SIZE = 0.85;
/** Footnote calls: digits and the usual symbols. */
const NOTE_CALL = /^(?:\d{1,3}|[*†‡§¶]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/;

/** A smaller item just above or below a line's baseline, right after its text: a superscript or subscript of that line. */
function raisedOrLowered(item: TextItem, line: Line): boolean {
  const shift = item.y - line.y;
  const gap = item.x - line.x1;
  return item.size < SCRIPT_SIZE * line.size && Math.abs(shift) >= SAME_BASELINE * item.size && shift < 0.7 * line.size && shift > -0.4 * line.size
    && gap > -0.5 * line.size && gap < MAX_WORD_GAP * line.size;
}

/**
 * Join a page's items into lines, in the order the page writes them.
 * @param items the page's text items, in content order
 * @param page 1-based page number
 */
export function itemsToLines(items: TextItem[], page: number): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    if (item.text === '') continue;
    const blank = item.text.trim() === '';
    const size = item.size || 1;
    if (current && !blank && raisedOrLowered(item, current)) {
      // a footnote call is not text (the DOCX and ODT readers leave it out too); "1er", "m²" are
      if (!NOTE_CALL.test(item.text.trim())) current.text += item.text.trim();
      current.x1 = Math.max(current.x1, item.x + item.width);
      continue;
    }
    // nothing joins a lone bullet glyph or list number that opens a line: it may label the text after it
    if (current && !isMarker(current.text)) {
      const scale = Math.max(size, current.size);
      const sameBaseline = Math.abs(item.y - current.y) < SAME_BASELINE * scale;
      const gap = item.x - current.x1;
      if (sameBaseline && gap > -0.5 * scale && gap < MAX_WORD_GAP * scale) {
        if (!blank && gap > MISSING_SPACE * scale && !/\s$/.test(current.text)) current.text += ' ';
        current.text += item.text;
        current.x1 = Math.max(current.x1, item.x + item.width);
        if (!blank) current.size = Math.max(current.size, size);
        continue;
      }
    }
    if (blank) continue;
    current = { page, text: item.text, x0: item.x, x1: item.x + item.width, y: item.y, size, column: 0, columnLeft: 0, columnRight: 0 };
    lines.push(current);
  }
  const merged: Line[] = [];
  for (const line of lines) {
    line.text = line.text.replace(/\s+/g, ' ').trim();
    const previous = merged[merged.length - 1];
    const gap = previous ? line.x0 - previous.x1 : 0;
    // a smaller raised number before a line's text: the call of the footnote the line starts
    if (previous && previous.bullet === undefined && previous.noteCall === undefined && NOTE_CALL.test(previous.text) && previous.size < SCRIPT_SIZE * line.size
      && previous.y - line.y >= 0.15 * line.size && previous.y - line.y < 0.7 * line.size && gap > -0.5 * line.size && gap < 2 * line.size) {
      previous.noteCall = previous.text;
      Object.assign(previous, { text: line.text, x1: line.x1, y: line.y, size: line.size });
      continue;
    }
    // a bullet glyph set apart from its text on the same baseline
    if (previous && previous.bullet === undefined && isMarker(previous.text) && Math.abs(previous.y - line.y) < SAME_BASELINE * line.size
      && gap > (BULLETS.test(previous.text) ? 0 : LIST_NUMBER_GAP * line.size) && gap < 4 * line.size) {
      previous.bullet = previous.text;
      previous.text = line.text;
      previous.x1 = line.x1;
      previous.size = line.size;
      continue;
    }
    if (line.text !== '') merged.push(line);
  }
  // a number that did not label a text after it is text again ("see page 3." ends in "3." at times)
  for (let i = 1; i < merged.length; i++) {
    const a = merged[i - 1];
    const b = merged[i];
    if (a.bullet === undefined && LIST_NUMBER.test(a.text) && Math.abs(a.y - b.y) < SAME_BASELINE * b.size && b.x0 >= a.x1 && b.x0 - a.x1 < LIST_NUMBER_GAP * b.size) {
      a.text += ` ${b.text}`;
      a.x1 = b.x1;
      merged.splice(i--, 1);
    }
  }
  for (const line of merged) {
    // a bullet typed with its text ("• text", "- text")
    const typed = /^([•◦▪▫‣⁃●○■□➢►✓])\s+(.*)$/u.exec(line.text);
    if (line.bullet === undefined && typed) { line.bullet = typed[1]; line.text = typed[2]; }
  }
  return merged;
}

/** Text with digits folded, so "Page 2" and "Page 3" are one furniture line. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Drop running headers, footers and page numbers: lines repeated at the same height on most
 * pages (digits folded), and a lone page number above or below everything else on its page.
 * @param pages each page's lines
 * @returns the pages without furniture, and how many lines were dropped
 */
export function dropFurniture(pages: Line[][]): { pages: Line[][]; dropped: number } {
  const byKey = new Map<string, Line[]>();
  for (const lines of pages) {
    for (const line of lines) {
      const key = furnitureKey(line.text);
      const group = byKey.get(key) ?? [];
      group.push(line);
      byKey.set(key, group);
    }
  }
  const furniture = new Set<Line>();
  if (pages.length >= 2) {
    // running heads that alternate between left and right pages recur on half the pages, in the margins
    const band = new Map<number, { top: number; bottom: number }>();
    for (const lines of pages) {
      if (lines.length === 0) continue;
      const top = Math.max(...lines.map((l) => l.y));
      const bottom = Math.min(...lines.map((l) => l.y));
      band.set(lines[0].page, { top: top - MARGIN_BAND * (top - bottom), bottom: bottom + MARGIN_BAND * (top - bottom) });
    }
    const inMargin = (line: Line): boolean => {
      const b = band.get(line.page);
      return b !== undefined && (line.y >= b.top || line.y <= b.bottom);
    };
    const needed = Math.max(2, Math.floor(pages.length * FURNITURE_SHARE) + 1);
    const neededInMargin = Math.max(2, Math.ceil(pages.length * FURNITURE_SHARE));
    for (const group of byKey.values()) {
      if (group.length < neededInMargin) continue;
      // pages with this text within FURNITURE_DY of each line's height: a window over the lines sorted by height
      const sorted = [...group].sort((a, b) => a.y - b.y);
      const count = new Map<number, number>();
      let lo = 0;
      let hi = 0;
      for (const line of sorted) {
        while (hi < sorted.length && sorted[hi].y <= line.y + FURNITURE_DY) { count.set(sorted[hi].page, (count.get(sorted[hi].page) ?? 0) + 1); hi++; }
        while (sorted[lo].y < line.y - FURNITURE_DY) {
          const page = sorted[lo].page;
          const left = (count.get(page) ?? 1) - 1;
          if (left === 0) count.delete(page); else count.set(page, left);
          lo++;
        }
        if (count.size >= needed || (count.size >= neededInMargin && inMargin(line))) furniture.add(line);
      }
    }
  }
  for (const lines of pages) {
    const kept = lines.filter((line) => !furniture.has(line));
    if (kept.length < 2) continue;
    const top = kept.reduce((a, b) => (b.y > a.y ? b : a));
    const bottom = kept.reduce((a, b) => (b.y < a.y ? b : a));
    for (const edge of [top, bottom]) if (PAGE_NUMBER.test(edge.text)) furniture.add(edge);
  }
  return { pages: pages.map((lines) => lines.filter((line) => !furniture.has(line))), dropped: furniture.size };
}

/**
 * Put a page's lines in reading order: top to bottom in one column; in two columns, the left
 * column then the right one, band by band between lines that cross the gutter.
 * @param lines one page's lines (furniture dropped)
 */
export function readingOrder(lines: Line[]): Line[] {
  if (lines.length === 0) return lines;
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const gutter = findGutter(lines, left, right);
  const byPosition = (a: Line, b: Line): number => (Math.abs(a.y - b.y) < SAME_BASELINE * Math.max(a.size, b.size) ? a.x0 - b.x0 : b.y - a.y);
  if (gutter === undefined) {
    for (const line of lines) { line.column = 0; line.columnLeft = left; line.columnRight = right; }
    return [...lines].sort(byPosition);
  }
  const leftLines = lines.filter((l) => l.x1 <= gutter);
  const rightLines = lines.filter((l) => l.x0 >= gutter);
  const leftEdge = [Math.min(...leftLines.map((l) => l.x0)), Math.max(...leftLines.map((l) => l.x1))];
  const rightEdge = [Math.min(...rightLines.map((l) => l.x0)), Math.max(...rightLines.map((l) => l.x1))];
  for (const line of lines) {
    if (line.x1 <= gutter) { line.column = 0; [line.columnLeft, line.columnRight] = leftEdge; }
    else if (line.x0 >= gutter) { line.column = 1; [line.columnLeft, line.columnRight] = rightEdge; }
    else { line.column = -1; line.columnLeft = left; line.columnRight = right; }
  }
  const sorted = [...lines].sort(byPosition);
  const ordered: Line[] = [];
  let band: Line[] = [];
  const flush = (): void => {
    ordered.push(...band.filter((l) => l.column === 0), ...band.filter((l) => l.column === 1));
    band = [];
  };
  for (const line of sorted) {
    if (line.column === -1) { flush(); ordered.push(line); } else band.push(line);
  }
  flush();
  return ordered;
}

/** The x of a vertical gutter with enough lines on both sides and few across, if the page has one. */
function findGutter(lines: Line[], left: number, right: number): number | undefined {
  const width = right - left;
  if (width <= 0 || lines.length < 6) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = left + 0.3 * width; x <= left + 0.7 * width; x += 1) {
    let crossing = 0;
    let before = 0;
    let after = 0;
    for (const line of lines) {
      if (line.x1 <= x) before++;
      else if (line.x0 >= x) after++;
      else crossing++;
    }
    if (before < COLUMN_SHARE * lines.length || after < COLUMN_SHARE * lines.length) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > MAX_CROSSING_SHARE * lines.length) return undefined;
  return best.x;
}

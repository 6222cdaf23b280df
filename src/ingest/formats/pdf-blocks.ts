/**
 * PDF lines in reading order → paragraphs, headings and list items: a block ends at a vertical
 * gap wider than the body's line pitch, a bullet, a change of font size or a first-line indent;
 * it runs on across a column or page break unless its last line ends a sentence. Line-end
 * hyphens are joined by the document's own evidence.
 */
import type { BlockKind } from './types.js';
import type { Line } from './pdf-layout.js';
import { RenditionBuilder, type BlockMeta, type Piece } from './rendition.js';

/** A gap between lines wider than this many line pitches ends a paragraph (LibreOffice's 0.2 cm paragraph spacing at 11 pt gives 1.45). */
const PARAGRAPH_GAP = 1.25;
/** Text this much bigger than the body is a heading. */
const HEADING_SIZE = 1.12;
/** A line starting this many font sizes right of its column's edge, after one that does not, opens a paragraph (first-line indent). */
const FIRST_LINE_INDENT = 0.8;
/** A line ending within this share of its column's width from the right edge is full. */
const FULL_LINE_SLACK = 0.1;
/**
 * Share of body lines ending in a hyphen above which the document hyphenates automatically, so a
 * word split at a line end is joined even when it occurs nowhere else. The justified two-column
 * fixtures hyphenate 13–19 % of their lines; the seed texts, whose line-end hyphens are real
 * compounds (counter-terrorism, Hauts-de-France), 0.5–1.5 %.
 */
const AUTO_HYPHENATION_SHARE = 0.05;

/** What the blocks of a PDF say about its hyphens, for the README's figures and the tests. */
export interface HyphenStats {
  lineEndHyphens: number;
  joined: number;
  kept: number;
  automatic: boolean;
  /** The words met at line-end hyphens, as rebuilt (joined, or with their hyphen kept). */
  words: string[];
}

/**
 * Build the rendition of a PDF from its lines.
 * @param lines every page's lines, in reading order, furniture dropped
 * @param out the rendition to add blocks to
 * @returns the hyphen counts
 */
export function linesToBlocks(lines: Line[], out: RenditionBuilder): HyphenStats {
  const bodySize = mostCommonSize(lines);
  const pitch = linePitch(lines, bodySize);
  const headingSizes = [...new Set(lines.filter((l) => l.size > bodySize * HEADING_SIZE).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const hyphens = hyphenEvidence(lines);
  const lineOnPage = new Map<Line, number>();
  let page = 0;
  let counter = 0;
  for (const line of lines) {
    if (line.page !== page) { page = line.page; counter = 0; }
    lineOnPage.set(line, ++counter);
  }

  type Group = { kind: BlockKind; level?: number; label?: string; lines: Line[]; note?: boolean };
  const groups: Group[] = [];
  const isHeading = (line: Line): boolean => line.size > bodySize * HEADING_SIZE;
  const notes = footnoteLines(lines);
  let lastBody: Group | undefined;
  let lastNote: Group | undefined;
  for (const line of lines) {
    if (notes.has(line)) {
      if (line.noteCall !== undefined || !lastNote || lastNote.lines[lastNote.lines.length - 1].page !== line.page) {
        lastNote = { kind: 'paragraph', lines: [line], note: true, ...(line.noteCall !== undefined ? { label: line.noteCall } : {}) };
        groups.push(lastNote);
      } else {
        lastNote.lines.push(line);
      }
      continue;
    }
    if (line.noteCall !== undefined) line.text = `${line.noteCall} ${line.text}`;
    // a numbered heading keeps its number in its text, as typed headings do
    if (line.bullet !== undefined && isHeading(line)) {
      line.text = `${line.bullet} ${line.text}`;
      delete line.bullet;
    }
    const group = lastBody;
    const previous = group?.lines[group.lines.length - 1];
    if (group && previous && !line.bullet && continues(group, previous, line)) {
      group.lines.push(line);
      continue;
    }
    if (line.bullet) {
      const level = line.x0 - line.columnLeft > 1.5 * line.size ? 2 : 1;
      lastBody = { kind: 'item', level, label: line.bullet, lines: [line] };
    } else if (isHeading(line)) {
      lastBody = { kind: 'heading', level: headingSizes.indexOf(Math.round(line.size * 2) / 2) + 1, lines: [line] };
    } else {
      lastBody = { kind: 'paragraph', lines: [line] };
    }
    groups.push(lastBody);
  }
  // the document's single biggest heading, when it opens the document, is its title
  const first = groups.find((g) => !g.note);
  if (first?.kind === 'heading' && first.level === 1 && groups.filter((g) => g.kind === 'heading' && g.level === 1).length === 1) {
    first.kind = 'title';
    delete first.level;
  }

  function continues(group: Group, previous: Line, line: Line): boolean {
    if (isHeading(line) !== isHeading(previous) || Math.abs(line.size - previous.size) > 0.5) return false;
    const sameFlow = line.page === previous.page && line.column === previous.column && line.y < previous.y;
    if (sameFlow) {
      if (previous.y - line.y > pitch * PARAGRAPH_GAP * (line.size / bodySize)) return false;
      const first = group.lines[0];
      // an item's lines start at or right of its first line's start, in their own column
      if (group.kind === 'item') return line.x0 - line.columnLeft >= first.x0 - first.columnLeft - 0.5 * line.size;
      if (group.kind !== 'paragraph') return true;
      // a first-line indent; a short centred line is not one
      const indent = FIRST_LINE_INDENT * line.size;
      const long = line.x1 >= line.columnRight - 3 * FULL_LINE_SLACK * (line.columnRight - line.columnLeft);
      return !(long && line.x0 - line.columnLeft > indent && previous.x0 - previous.columnLeft <= indent);
    }
    // across a column or page: a heading ends there; a paragraph runs on unless it ended a sentence
    if (group.kind === 'heading' || group.kind === 'title') return false;
    if (/^\p{Ll}/u.test(line.text)) return true;
    // a line that runs to the column's edge goes on (a paragraph's last line rarely fills it)
    if (previous.x1 >= previous.columnRight - FULL_LINE_SLACK * (previous.columnRight - previous.columnLeft)) return true;
    return !/[.!?:;…]["”»’)\]]?$/u.test(previous.text);
  }

  const stats: HyphenStats = { lineEndHyphens: 0, joined: 0, kept: 0, automatic: hyphens.automatic, words: [] };
  for (const group of groups) {
    const pieces: Piece[] = [];
    let carry = '';
    group.lines.forEach((line, index) => {
      let text = line.text;
      if (carry !== '') {
        text = text.slice(carry.length).replace(/^\s+/, '');
        carry = '';
      }
      const next = group.lines[index + 1];
      // the next line's first word, with the punctuation stuck to it, comes up to end this line
      const token = next ? /^\S+/.exec(next.text)?.[0] : undefined;
      if (token !== undefined) {
        const split = /(\p{L}[\p{L}'’-]*)[-\u00ad\u2010]$/u.exec(text);
        const word = /^\p{L}[\p{L}'’-]*/u.exec(token)?.[0].replace(/[-'’]+$/, '');
        if (split && word) {
          stats.lineEndHyphens++;
          const left = split[1];
          // a capital after the hyphen (Hauts-de-France) is never a split word
          // a soft hyphen is by definition the typesetter's
          if (/^\p{Ll}/u.test(word) && (text.endsWith('\u00ad') || hyphens.join(left, word))) {
            text = text.slice(0, -1) + token;
            stats.joined++;
            stats.words.push(left + word);
          } else {
            text += token;
            stats.kept++;
            stats.words.push(`${left}-${word}`);
          }
          carry = token;
        } else if (/\p{L}\/$/u.test(text)) {
          // "entry/" + "exit": a line broken after a slash
          text += token;
          carry = token;
        }
      }
      const place = { page: line.page, lineOnPage: lineOnPage.get(line) ?? 0 };
      if (index > 0) pieces.push({ text: '\n', shown: true });
      pieces.push({ text, shown: true, place });
    });
    const meta: BlockMeta = { kind: group.kind, locator: { page: group.lines[0].page, lineOnPage: lineOnPage.get(group.lines[0]) ?? 0 } };
    if (group.level !== undefined) meta.level = group.level;
    if (group.label !== undefined) meta.label = group.label;
    if (group.note) meta.part = 'footnote';
    out.addBlock(pieces, meta);
  }
  return stats;
}

/**
 * Footnotes: on each page, from the first line in the lower half of the page that opens with a
 * footnote call (a smaller raised number), that line and the lines after it on the page.
 */
function footnoteLines(lines: Line[]): Set<Line> {
  const notes = new Set<Line>();
  const byPage = new Map<number, Line[]>();
  for (const line of lines) {
    const pageLines = byPage.get(line.page);
    if (pageLines) pageLines.push(line); else byPage.set(line.page, [line]);
  }
  for (const pageLines of byPage.values()) {
    const top = Math.max(...pageLines.map((l) => l.y));
    const bottom = Math.min(...pageLines.map((l) => l.y));
    const start = pageLines.findIndex((l) => l.noteCall !== undefined && l.y < (top + bottom) / 2);
    if (start < 0) continue;
    const first = pageLines[start];
    for (const line of pageLines.slice(start)) if (line.y <= first.y + 0.5 * first.size) notes.add(line);
  }
  return notes;
}

/** The font size most characters are set in. */
function mostCommonSize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) { best = size; bestWeight = w; }
  return best || 10;
}

/** The usual distance between two lines of one paragraph: the lower quartile of body-size gaps (paragraph gaps are fewer than line gaps). */
function linePitch(lines: Line[], bodySize: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.page === b.page && a.column === b.column && Math.abs(a.size - bodySize) < 0.6 && Math.abs(b.size - bodySize) < 0.6) {
      const gap = a.y - b.y;
      if (gap > 0.5 * bodySize && gap < 3 * bodySize) gaps.push(gap);
    }
  }
  if (gaps.length === 0) return bodySize * 1.2;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 4)];
}

/**
 * The document's evidence on its line-end hyphens: the words it writes whole and with hyphens
 * inside lines, and whether it hyphenates automatically.
 */
function hyphenEvidence(lines: Line[]): { automatic: boolean; join: (left: string, right: string) => boolean } {
  const words = new Set<string>();
  let hyphenated = 0;
  let afterHyphen = false;
  for (const line of lines) {
    const tokens = line.text.split(/\s+/);
    const endsHyphen = /\p{L}[-\u00ad\u2010]$/u.test(line.text);
    if (endsHyphen) hyphenated++;
    tokens.forEach((token, i) => {
      if (i === 0 && afterHyphen) return;
      if (i === tokens.length - 1 && endsHyphen) return;
      const word = token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (word !== '') words.add(word);
    });
    afterHyphen = endsHyphen;
  }
  const automatic = lines.length > 0 && hyphenated / lines.length >= AUTO_HYPHENATION_SHARE;
  return {
    automatic,
    join(left: string, right: string): boolean {
      const l = left.toLowerCase();
      const r = right.toLowerCase();
      // a compound the document writes with its hyphen elsewhere keeps it
      if (words.has(`${l}-${r}`)) return false;
      if (words.has(l + r)) return true;
      // two words the document uses on their own ("case-" + "law") make a compound; automatic
      // hyphenation leaves fragments ("particu-" + "lièrement")
      if (words.has(l) && words.has(r) && l.length > 1 && r.length > 1) return false;
      // "Hauts-de-" + "France", "counter-" + "terrorism" in text that does not hyphenate by itself
      return automatic && !left.includes('-');
    },
  };
}

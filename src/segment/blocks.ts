/**
 * Units from the blocks a format reader gave (HTML, Markdown, XLIFF, DOCX, ODT, PDF): the kinds
 * are taken as given, not guessed from line shapes. Only list markers typed into the text itself
 * (`– `, `1- `) are still read, as the plain-text path reads them, so that a heading `1- Titre`
 * has section `1` in every format.
 */
import type { Block, Document, Skipped } from '../types.js';
import { pointAt } from '../position.js';
import { BULLET, NUMBERED, markerAt } from './markers.js';
import { JOIN_NONE, JOIN_SPACE, type Unit } from './structure.js';
import { isLetter, isSpace } from './chars.js';
import { decideHyphens, type HyphenJoin } from './reflow.js';

/** Units of a document read by a format reader, and the blocks left out (headers, footers, notes). */
export interface BlockUnits {
  units: Unit[];
  skipped: Skipped[];
}

/**
 * Cut a document's blocks into units (title, headings, items, paragraphs) with section paths.
 * @param document a document whose `blocks` are set; when `side` is set only that side's blocks count
 * @param furniture regions of page furniture: a block wholly inside one is skipped with its reason
 */
export function unitsFromBlocks(document: Document, furniture: readonly Skipped[] = []): BlockUnits {
  const { value, lineStarts } = document;
  const blocks = document.blocks ?? [];
  const units: Unit[] = [];
  const skipped: Skipped[] = [];
  let section: string | undefined;
  let headings = 0;
  let items = 0;
  let seenText = false;
  // Markdown and HTML text is the file itself: a word hyphenated at a line end of the source is
  // decided as in plain text, by the document's own evidence.
  const hyphens: HyphenJoin[] | undefined = document.format === 'markdown' || document.format === 'html' ? [] : undefined;
  blocks.forEach((block, index) => {
    if (document.side !== undefined && block.side !== document.side) return;
    const r = block.ranges;
    if (block.part !== undefined && block.part !== 'body') {
      if (r.length >= 2) {
        const start = r[0];
        const end = r[r.length - 1];
        skipped.push({ line: pointAt(lineStarts, start).line, endLine: pointAt(lineStarts, Math.max(start, end - 1)).line, start, end, reason: `not body text: ${block.part}` });
      }
      return;
    }
    // A body block that lies wholly in page furniture (a source URL line) is left out like it.
    const inFurniture = r.length >= 2 && furniture.find((f) => f.start <= r[0] && r[r.length - 1] <= f.end);
    if (inFurniture) {
      skipped.push({ ...inFurniture });
      return;
    }
    const ranges = hyphens ? splitAtHyphens(value, joinedRanges(r), hyphens) : joinedRanges(r);
    if (!hasText(value, r)) {
      // An empty unit side still counts: it keeps bilingual units in step.
      if (document.side !== undefined) units.push({ kind: 'paragraph', section, ranges: [], block: index, locator: block.locator });
      return;
    }
    const first = firstText(value, r);
    const marker = first < 0 ? undefined : markerAt(value, first, rangeEndAt(r, first));
    let kind = block.kind === 'cell' ? 'paragraph' : block.kind;
    if (kind === 'title' && seenText) kind = 'heading';
    if (kind === 'heading' && !seenText && block.level === 1 && document.side === undefined) kind = 'title';
    seenText = true;
    let label = labelOf(block.label);
    if (kind === 'paragraph' && marker?.kind === BULLET && document.side === undefined) kind = 'item';
    if (kind === 'item' && marker !== undefined && marker.kind !== 0) {
      // The marker is in the text (a typed bullet or number): drop it from the item, as for plain text.
      cut(ranges, marker.end);
      if (label === undefined && marker.kind === NUMBERED) label = marker.label;
    }
    const unit: Unit = { kind: kind as Unit['kind'], ranges, block: index };
    if (block.locator !== undefined) unit.locator = block.locator;
    if (block.places !== undefined && block.places.length > 0) unit.places = block.places;
    if (block.lang !== undefined) unit.lang = block.lang;
    if (kind === 'title') {
      units.push(unit);
      return;
    }
    if (kind === 'heading') {
      headings++;
      section = marker?.kind === NUMBERED ? marker.label : String(headings);
      items = 0;
      unit.section = section;
      units.push(unit);
      return;
    }
    if (kind === 'item') {
      items++;
      unit.section = section === undefined ? String(items) : `${section}.${items}`;
      if (label !== undefined) unit.label = label;
      units.push(unit);
      return;
    }
    unit.section = section;
    units.push(unit);
  });
  if (hyphens && hyphens.length > 0) decideHyphens(value, hyphens);
  return { units, skipped };
}

/**
 * Cut unit ranges after each line-end hyphen inside a word (`coopé-` / `ration`), the next line
 * joining directly, and record the join for `decideHyphens`.
 */
function splitAtHyphens(value: string, ranges: number[], hyphens: HyphenJoin[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < ranges.length; k += 3) {
    let a = ranges[k];
    const b = ranges[k + 1];
    let join = ranges[k + 2];
    for (let i = value.indexOf('-\n', a); i >= 0 && i < b; i = value.indexOf('-\n', i + 1)) {
      let next = i + 2;
      while (next < b && (value.charCodeAt(next) === 32 || value.charCodeAt(next) === 9)) next++;
      if (i === a || !isLetter(value.charCodeAt(i - 1)) || next >= b || !isLetter(value.charCodeAt(next))) continue;
      out.push(a, i + 1, join);
      hyphens.push({ ranges: out, index: out.length - 2, before: wordBefore(value, i), after: wordAfter(value, next, b) });
      a = next;
      join = JOIN_NONE;
    }
    out.push(a, b, join);
  }
  return out;
}

function wordBefore(value: string, end: number): string {
  let a = end;
  while (a > 0 && (isLetter(value.charCodeAt(a - 1)) || value.charCodeAt(a - 1) === 45)) a--;
  return value.slice(a, end);
}

function wordAfter(value: string, start: number, limit: number): string {
  let b = start;
  while (b < limit && isLetter(value.charCodeAt(b))) b++;
  return value.slice(start, b);
}

/** A list label as the contract writes it: `3.` → `3`, `b)` → `b`; bullets have none. */
function labelOf(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const m = /^[(]?([0-9]+(?:\.[0-9]+)*|[A-Za-z]|[ivxlcIVXLC]+)[.)\-–]?$/.exec(label.trim());
  return m ? m[1] : undefined;
}

/** Block ranges as unit ranges: `[start, end, join]`, joined directly, an empty range standing for a space. */
function joinedRanges(r: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < r.length; k += 2) out.push(r[k], r[k + 1], r[k] === r[k + 1] ? JOIN_SPACE : JOIN_NONE);
  return out;
}

function hasText(value: string, r: readonly number[]): boolean {
  return firstText(value, r) >= 0;
}

/** Offset of the block's first non-space character, or -1. */
function firstText(value: string, r: readonly number[]): number {
  for (let k = 0; k + 1 < r.length; k += 2) {
    for (let i = r[k]; i < r[k + 1]; i++) {
      const c = value.charCodeAt(i);
      if (!isSpace(c) && c !== 10 && c !== 13) return i;
    }
  }
  return -1;
}

/** End of the range holding `offset`. */
function rangeEndAt(r: readonly number[], offset: number): number {
  for (let k = 0; k + 1 < r.length; k += 2) if (offset >= r[k] && offset < r[k + 1]) return r[k + 1];
  return offset;
}

/** Drop everything before `offset` from unit ranges `[start, end, join, …]`. */
function cut(ranges: number[], offset: number): void {
  // Emptied in place, not spliced: hyphen joins hold indices into this array.
  for (let k = 0; k + 2 < ranges.length && ranges[k] < offset; k += 3) {
    if (ranges[k + 1] <= offset) {
      ranges[k] = ranges[k + 1];
      ranges[k + 2] = JOIN_NONE;
    } else ranges[k] = offset;
  }
}

/**
 * The language a document's format declares for its text (the one language of the side read), or
 * undefined when it declares none or several.
 */
export function declaredLanguage(document: Document): string | undefined {
  if (document.blocks === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const b of document.blocks) {
    if (b.lang === undefined || (document.side !== undefined && b.side !== document.side)) continue;
    counts.set(b.lang, (counts.get(b.lang) ?? 0) + 1);
  }
  // A page that declares several languages (`<div lang="nl">` in an English page) is left to detection, segment by segment.
  if (counts.size !== 1) return undefined;
  return [...counts.keys()][0];
}

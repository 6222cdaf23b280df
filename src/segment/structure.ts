/**
 * Structure: the title, section headings, list items and paragraphs of a document,
 * each as a list of original ranges to be joined (reflow across hard line breaks and
 * page-break gaps, line-end hyphens kept or dropped).
 */
import type { Locator, Place } from '../types.js';
import type { LineTable } from './lines.js';
import { BULLET, NO_MARKER, NUMBERED, type Marker } from './markers.js';
import { PAGE_NUMBER_REASON, endsSentence, type Furniture } from './furniture.js';
import { decideHyphens, type HyphenJoin } from './reflow.js';
import { isLetter, isLower, isUpper, isDigit, isOpener, isSpace, isTerminal, isCloser } from './chars.js';

/** Unit kinds before sentence splitting. */
export type UnitKind = 'title' | 'heading' | 'item' | 'paragraph';

/** A range joins the one before it with a space (a line break in running text). */
export const JOIN_SPACE = 0;
/** A range joins the one before it directly (after a line-end hyphen or soft hyphen). */
export const JOIN_NONE = 1;

/** A structural unit: its kind, section path and original ranges as flat `[start, end, join, …]`. */
export interface Unit {
  kind: UnitKind;
  section?: string;
  /** A numbered item's label as written. */
  label?: string;
  ranges: number[];
  /** Index of the format reader's block it came from (absent for plain text). */
  block?: number;
  /** The block's locator (page, paragraph, unit). */
  locator?: Locator;
  /** Where each line of the block starts (a PDF paragraph over lines and pages). */
  places?: Place[];
  /** The language the format declares for the block. */
  lang?: string;
}

/** Longest line that can be a title. */
const MAX_TITLE_CHARS = 200;
/** Longest numbered line that can be a section heading (a long title after its number). */
const MAX_NUMBERED_HEADING_CHARS = 160;
/** Longest unnumbered heading (`In security matters:`, an article's subheading). */
const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 12;
/** A heading ending in `:` is a short label; a longer line is a sentence introducing the list. */
const MAX_COLON_HEADING_WORDS = 8;
/** A line this long ending a sentence is a whole paragraph (one-paragraph-per-line layout), not a wrapped line. */
const PARAGRAPH_LINE_CHARS = 200;


/** Line kinds while classifying (0 = plain text). */
const L_TITLE = 1, L_HEADING = 2, L_ITEM = 3, L_HEADING_MORE = 4;

/**
 * Cut a document into units.
 * @param value document text
 * @param lines its line table
 * @param markers list marker of each line
 * @param furniture page furniture (those lines are left out)
 */
export function buildUnits(value: string, lines: LineTable, markers: readonly Marker[], furniture: Furniture): Unit[] {
  const hyphens: HyphenJoin[] = [];
  const n = lines.count;
  const cs = lines.contentStart;
  const ce = new Int32Array(lines.contentEnd);
  for (const [line, end] of furniture.cut) ce[line] = end;
  const content = (i: number): boolean => cs[i] < ce[i] && furniture.reason[i] === 0;
  // Next and previous content line, and whether only page numbers lie in the gap.
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const cleanGap = new Uint8Array(n); // 1 if the gap before line i holds only blanks and page numbers
  {
    let last = -1;
    let clean = 1;
    for (let i = 0; i < n; i++) {
      if (content(i)) {
        prev[i] = last;
        if (last >= 0) next[last] = i;
        cleanGap[i] = clean;
        last = i;
        clean = 1;
      } else if (cs[i] < ce[i] && furniture.reason[i] !== PAGE_NUMBER_REASON) clean = 0;
    }
  }
  const gapBefore = (i: number): boolean => prev[i] < 0 || prev[i] !== i - 1;
  const gapAfter = (i: number): boolean => next[i] < 0 || next[i] !== i + 1;
  const text = (i: number): string => value.slice(cs[i], ce[i]);
  const lastChar = (i: number): number => lastSignificant(value, cs[i], ce[i]);

  // Classify lines.
  const kind = new Uint8Array(n);
  let first = -1;
  for (let i = 0; i < n; i++) if (content(i)) { first = i; break; }
  for (let i = first; i >= 0; i = next[i]) {
    const m = markers[i];
    const len = ce[i] - cs[i];
    if (kind[i] === L_HEADING_MORE) continue;
    if (m.kind === NUMBERED && isNumberedHeading(i, m, len)) kind[i] = L_HEADING;
    else if (m.kind === NUMBERED && isWrappedHeading(i, m, len)) { kind[i] = L_HEADING; kind[next[i]] = L_HEADING_MORE; }
    else if (m.kind !== NO_MARKER && !isDashContinuation(i)) kind[i] = L_ITEM;
    else if (i === first && next[i] >= 0 && gapAfter(i) && len <= MAX_TITLE_CHARS && !endsSentence(text(i))
      && !startsLower(i) && !startsLower(next[i])) kind[i] = L_TITLE;
    else if (isHeading(i, len)) kind[i] = L_HEADING;
  }

  // Walk the lines into units.
  const units: Unit[] = [];
  let section: string | undefined;
  let headings = 0;
  let items = 0;
  let cur: Unit | null = null;
  let curLast = -1;
  // The current list: items so far, and whether any ran onto a second line.
  let listItems = 0;
  let listWrapped = false;
  for (let i = first; i >= 0; i = next[i]) {
    const k = kind[i];
    if (k === L_HEADING_MORE) {
      units[units.length - 1].ranges.push(cs[i], ce[i], JOIN_SPACE);
      continue;
    }
    if (k === L_TITLE || k === L_HEADING) {
      cur = null;
      listItems = 0;
      if (k === L_HEADING) {
        headings++;
        const m = markers[i];
        section = m.kind === NUMBERED ? m.label : String(headings);
        items = 0;
      }
      units.push({ kind: k === L_TITLE ? 'title' : 'heading', section: k === L_TITLE ? undefined : section, ranges: [cs[i], ce[i], JOIN_SPACE] });
      continue;
    }
    if (k === L_ITEM) {
      items++;
      cur = { kind: 'item', section: section === undefined ? String(items) : `${section}.${items}`, ranges: [markers[i].end, ce[i], JOIN_SPACE] };
      if (markers[i].kind === NUMBERED) cur.label = markers[i].label;
      units.push(cur);
      curLast = i;
      if (listItems++ === 0) listWrapped = false;
      continue;
    }
    if (cur && joins(curLast, i) && !(cur.kind === 'item' && endsList(curLast))) {
      if (cur.kind === 'item') listWrapped = true;
      appendRange(cur, i);
      curLast = i;
      continue;
    }
    listItems = 0;
    cur = { kind: 'paragraph', section, ranges: [cs[i], ce[i], JOIN_SPACE] };
    units.push(cur);
    curLast = i;
  }
  if (hyphens.length > 0) decideHyphens(value, hyphens);
  return units;

  /** `– not least …` after an unfinished line is a parenthetical dash, not a bullet. */
  function isDashContinuation(i: number): boolean {
    const c = value.charCodeAt(cs[i]);
    if (c !== 0x2013 && c !== 0x2014) return false;
    const p = prev[i];
    if (p < 0 || gapBefore(i)) return false;
    const pl = lastChar(p);
    return !(isTerminal(pl) || pl === 58 || pl === 59) && isLower(value.charCodeAt(markers[i].end));
  }

  function startsLower(i: number): boolean {
    return isLower(value.charCodeAt(cs[i]));
  }

  /** `1- titre`, `2. On security —`, `3. Samenwerking`: a short numbered line standing on its own. */
  function isNumberedHeading(i: number, m: Marker, len: number): boolean {
    if (len > MAX_NUMBERED_HEADING_CHARS || m.style === ')' || m.style === '()') return false;
    const last = lastChar(i);
    if (isTerminal(last) && last !== 0x2026 || last === 59 || last === 44) return false;
    if (!hasLetter(m.end, ce[i])) return false;
    const p = prev[i];
    if (p >= 0 && !gapBefore(i)) {
      const pl = lastChar(p);
      if (!(isTerminal(pl) || pl === 58)) return false;
    }
    const nx = next[i];
    if (nx >= 0 && !gapAfter(i) && startsLower(nx)) return false;
    // Consecutive numbers in the same style make a numbered list, not headings.
    if (nx >= 0 && markers[nx].kind === NUMBERED && markers[nx].style === m.style && markers[nx].value === m.value + 1) return false;
    if (p >= 0 && markers[p].kind === NUMBERED && markers[p].style === m.style && markers[p].value === m.value - 1
      && kind[p] !== L_HEADING) return false;
    return true;
  }

  /** A numbered heading wrapped onto a second, lower-case line that ends it (`1- Coopération en matière` + `de sécurité`). */
  function isWrappedHeading(i: number, m: Marker, len: number): boolean {
    const nx = next[i];
    if (nx < 0 || gapAfter(i) || !startsLower(nx) || !gapAfter(nx)) return false;
    if (len + ce[nx] - cs[nx] + 1 > MAX_NUMBERED_HEADING_CHARS || markers[nx].kind !== NO_MARKER) return false;
    const last = lastChar(nx);
    if (isTerminal(last) && last !== 0x2026 || last === 59 || last === 44) return false;
    const p = prev[i];
    if (p >= 0 && !gapBefore(i) && !(isTerminal(lastChar(p)) || lastChar(p) === 58)) return false;
    return m.style !== ')' && m.style !== '()' && hasLetter(m.end, ce[i]);
  }

  /** An unnumbered heading: a short line standing alone, ending in `:` before a list, or unpunctuated before text. */
  function isHeading(i: number, len: number): boolean {
    if (len > MAX_HEADING_CHARS || !gapBefore(i) && prev[i] >= 0 && !isTerminal(lastChar(prev[i])) && lastChar(prev[i]) !== 58) return false;
    const nx = next[i];
    if (nx < 0) return false;
    const c = value.charCodeAt(cs[i]);
    if (!(isUpper(c) || isDigit(c) || isOpener(c))) return false;
    if (words(i) > MAX_HEADING_WORDS) return false;
    const last = lastChar(i);
    if (last === 58) {
      // A label before a list (`In security matters:`), not a sentence introducing it.
      if (words(i) > MAX_COLON_HEADING_WORDS) return false;
      const m = markers[nx];
      return m.kind === BULLET || (m.kind === NUMBERED && !isNumberedHeading(nx, m, ce[nx] - cs[nx]));
    }
    if (!gapAfter(i) || !gapBefore(i)) return false;
    if (endsSentence(text(i)) || startsLower(nx)) return false;
    return true;
  }

  function words(i: number): number {
    let w = 0;
    let inWord = false;
    for (let k = cs[i]; k < ce[i]; k++) {
      const sp = isSpace(value.charCodeAt(k));
      if (!sp && !inWord) w++;
      inWord = !sp;
    }
    return w;
  }

  function hasLetter(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (isLetter(value.charCodeAt(k))) return true;
    return false;
  }

  /** Whether line `i` continues the unit whose last line is `p`. */
  function joins(p: number, i: number): boolean {
    const pl = lastChar(p);
    const ended = isTerminal(pl) || pl === 58 || pl === 59;
    if (!gapBefore(i)) {
      if (!ended) return true;
      // After a finished sentence, an indented line or a paragraph-long line starts a new paragraph.
      const indented = cs[i] > lines.start[i];
      return !indented && ce[p] - cs[p] < PARAGRAPH_LINE_CHARS;
    }
    // A page-break gap: the sentence goes on if it was not finished and the next line continues it.
    if (ended || !cleanGap[i]) return false;
    const c = value.charCodeAt(cs[i]);
    if (isLower(c)) return true;
    return pl === 44 || pl === 45 || pl === 40 || pl === 0x2013 || pl === 0xad;
  }

  /**
   * An unmarked line after an item's finished sentence starts a paragraph when the list's earlier
   * items each fit on one line: that list is not hard-wrapped (`5. …conference.` then `Any other business: …`).
   */
  function endsList(last: number): boolean {
    const pl = lastChar(last);
    return listItems > 1 && !listWrapped && (isTerminal(pl) || pl === 58 || pl === 59);
  }

  function appendRange(unit: Unit, i: number): void {
    const r = unit.ranges;
    const end = r[r.length - 2];
    const last = value.charCodeAt(end - 1);
    const c = value.charCodeAt(cs[i]);
    if (last === 0xad) { r.push(cs[i], ce[i], JOIN_NONE); return; }
    if (last === 45 && end - 2 >= 0 && isLetter(value.charCodeAt(end - 2)) && isLetter(c)) {
      hyphens.push({ ranges: r, index: r.length - 2, before: wordBefore(end - 1), after: wordAfter(cs[i], ce[i]) });
      r.push(cs[i], ce[i], JOIN_NONE);
      return;
    }
    r.push(cs[i], ce[i], JOIN_SPACE);
  }

  function wordBefore(end: number): string {
    let a = end;
    while (a > 0 && (isLetter(value.charCodeAt(a - 1)) || value.charCodeAt(a - 1) === 45)) a--;
    return value.slice(a, end);
  }

  function wordAfter(start: number, limit: number): string {
    let b = start;
    while (b < limit && isLetter(value.charCodeAt(b))) b++;
    return value.slice(start, b);
  }
}

/** The last character of `[a, b)` that is not a closing quote or bracket (0 if none). */
function lastSignificant(value: string, a: number, b: number): number {
  let k = b - 1;
  while (k >= a && isCloser(value.charCodeAt(k))) k--;
  while (k >= a && isSpace(value.charCodeAt(k))) k--;
  while (k >= a && isCloser(value.charCodeAt(k))) k--;
  return k >= a ? value.charCodeAt(k) : 0;
}

/** Stage 2, segment: a `Document` → clauses, sentences, items and headings with exact positions. */
import type { Document, Granularity, Locator, Place, Repair, Segment, SegmentKind, SegmentedDocument, Segmentation, Skipped } from '../types.js';
import { pointAt } from '../position.js';
import { lineTable, segmentLines } from './lines.js';
import { markerAt, type Marker } from './markers.js';
import { findFurniture } from './furniture.js';
import { buildUnits, JOIN_SPACE, type Unit } from './structure.js';
import { planRepairs } from './repair.js';
import { TextBuilder } from './text-builder.js';
import { sentenceEnds } from './sentences.js';
import { clauseEnds } from './clauses.js';
import { unitsFromBlocks } from './blocks.js';

export { declaredLanguage } from './blocks.js';
import { withReplacements } from './replacements.js';

/** Options for `segment`. */
export interface SegmentOptions {
  /** `sentence` (default) or `clause` (also cut long sentences at `;` and similar). */
  granularity?: Granularity;
  /** `auto` (default: reflow, structure, sentences) or `lines` (one segment per line, as in gold sets). */
  segmentation?: Segmentation;
}

/**
 * Cut a document into segments. Languages are left `und`; `detect/` fills them in.
 * @returns the segments, the repairs made and the lines skipped as page furniture
 */
export function segment(document: Document, options: SegmentOptions = {}): SegmentedDocument {
  if (options.segmentation === 'lines') {
    return { document, lang: 'und', segments: segmentLines(document), repairs: [], skipped: [] };
  }
  const { value, lineStarts } = document;
  let units: Unit[];
  let skipped: Skipped[];
  if (document.blocks !== undefined) {
    // A format reader gave the blocks and their kinds: no guessing from line shapes. A text
    // rendition (DOCX, ODT, PDF) still has the plain-text furniture (a source URL, a subscription
    // prompt) looked for, block by block; HTML readers drop their own.
    const rendition = document.format === 'docx' || document.format === 'odt' || document.format === 'pdf';
    ({ units, skipped } = unitsFromBlocks(document, rendition ? renditionFurniture(document) : []));
  } else {
    const lines = lineTable(document);
    const markers: Marker[] = new Array(lines.count);
    for (let i = 0; i < lines.count; i++) markers[i] = markerAt(value, lines.contentStart[i], lines.contentEnd[i]);
    const furniture = findFurniture(value, lines, markers);
    units = buildUnits(value, lines, markers, furniture);
    skipped = furniture.skipped;
  }
  const plan = withReplacements(planRepairs(value), document.replacements);
  const builder = new TextBuilder(value, plan);
  const clauses = options.granularity === 'clause';
  const segments: Segment[] = [];
  let paragraph = -1;

  let unit: Unit | undefined;
  const emit = (kind: SegmentKind, section: string | undefined, a: number, b: number, text?: string, label?: string): void => {
    const start = builder.from[a];
    const end = builder.endOf(b - 1);
    const seg: Segment = {
      id: `s${segments.length + 1}`,
      index: segments.length,
      kind,
      text: text ?? builder.text(a, b),
      position: { start: pointAt(lineStarts, start), end: pointAt(lineStarts, end) },
      map: builder.map(a, b),
      lang: 'und',
      paragraph,
    };
    if (section !== undefined) seg.section = section;
    if (label !== undefined) seg.label = label;
    const locator = unit?.places !== undefined ? placeAt(unit.places, start) ?? unit.locator : unit?.locator;
    if (locator !== undefined) seg.locator = locator;
    if (unit?.block !== undefined) seg.block = unit.block;
    segments.push(seg);
  };

  for (unit of units) {
    build(builder, unit);
    if (builder.length === 0) continue;
    paragraph++;
    if (unit.kind === 'title' || unit.kind === 'heading') {
      emit(unit.kind, unit.section, 0, builder.length);
      continue;
    }
    const text = builder.text();
    const spans = trimmedSpans(text, sentenceEnds(text), 0);
    const whole: SegmentKind = unit.kind === 'item' && spans.length === 2 ? 'item' : 'sentence';
    for (let s = 0; s < spans.length; s += 2) {
      const a = spans[s];
      const b = spans[s + 1];
      if (clauses) {
        const sentence = text.slice(a, b);
        const parts = trimmedSpans(sentence, clauseEnds(sentence), a);
        if (parts.length > 2) {
          for (let p = 0; p < parts.length; p += 2) emit('clause', unit.section, parts[p], parts[p + 1], text.slice(parts[p], parts[p + 1]), p === 0 && s === 0 ? unit.label : undefined);
          continue;
        }
      }
      emit(whole, unit.section, a, b, text.slice(a, b), s === 0 ? unit.label : undefined);
    }
  }

  const repairs: Repair[] = [];
  plan.words.forEach((w, k) => {
    if (!builder.usedWords[k]) return;
    repairs.push({ kind: 'encoding', line: pointAt(lineStarts, w.offset).line, offset: w.offset, from: w.from, to: w.to });
  });
  return { document, lang: 'und', segments, repairs, skipped };
}

/** Build a unit's normalised text: its ranges joined by one space, or none after a line-end hyphen. */
function build(builder: TextBuilder, unit: Unit): void {
  builder.reset();
  const r = unit.ranges;
  for (let k = 0; k < r.length; k += 3) {
    if (k > 0 && r[k + 2] === JOIN_SPACE) builder.space(r[k - 2]);
    builder.piece(r[k], r[k + 1]);
  }
  builder.trimEnd();
}

/** Cut `text` at `ends` into spans `[a, b, …]` without outer spaces (offset by `base`), dropping empty ones. */
function trimmedSpans(text: string, ends: number[], base: number): number[] {
  const out: number[] = [];
  let a = 0;
  for (const end of ends) {
    let s = a;
    let e = end;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) out.push(base + s, base + e);
    a = end;
  }
  return out;
}

/** Page furniture of a text rendition, found as in plain text. */
function renditionFurniture(document: Document): Skipped[] {
  const lines = lineTable(document);
  const markers: Marker[] = new Array(lines.count);
  for (let i = 0; i < lines.count; i++) markers[i] = markerAt(document.value, lines.contentStart[i], lines.contentEnd[i]);
  return findFurniture(document.value, lines, markers).skipped;
}

/** The locator of the line a segment starts on: the last place at or before `offset`. */
function placeAt(places: readonly Place[], offset: number): Locator | undefined {
  let found: Locator | undefined;
  for (const p of places) {
    if (p.offset > offset) break;
    found = p.locator;
  }
  return found;
}

/**
 * Offset in `Document.value` of a character of `segment.text`.
 * @param textIndex 0-based index into `segment.text` (may equal its length)
 */
export function originalOffset(segment: Segment, textIndex: number): number {
  const map = segment.map;
  if (map === undefined) return segment.position.start.offset + textIndex;
  // Binary search for the last pair whose text index is ≤ textIndex.
  let lo = 0;
  let hi = (map.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid * 2] <= textIndex) lo = mid;
    else hi = mid - 1;
  }
  return map[lo * 2 + 1] + (textIndex - map[lo * 2]);
}

/**
 * The text rendition of a binary document (DOCX, ODT, PDF): one block after another, separated
 * by a blank line, as `segment --format txt` writes it. Builds `FormatReading.value`, its blocks
 * and the offsets of tracked changes in one pass.
 */
import type { Block, BlockKind, Locator, Revision } from './types.js';

/** A pending tracked change as a reader meets it; pieces of one change share one mark. */
export interface RevisionMark {
  type: 'insertion' | 'deletion';
  author?: string;
  date?: string;
  /** 1-based body paragraph; 0 outside the body (such changes are applied but not listed). */
  paragraph: number;
}

/** A run of text in a block; `shown: false` for text of the other reading of a tracked change. */
export interface Piece {
  text: string;
  shown: boolean;
  mark?: RevisionMark;
  /** A line of the document starts with this piece (PDF): recorded in the block's `places`. */
  place?: Locator;
}

/** What a block is, besides its text. */
export interface BlockMeta {
  kind: BlockKind;
  level?: number;
  /** Number or bullet the format computes (not in the text): written before the text. */
  label?: string;
  /** What follows the label in the rendition (a space unless the format says nothing). */
  labelSuffix?: string;
  locator?: Locator;
  part?: Block['part'];
}

/** Block separator in the rendition: a blank line, as the plain-text reader sees paragraphs. */
const BLOCK_SEPARATOR = '\n\n';

/** Accumulates the rendition. */
export class RenditionBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  readonly blocks: Block[] = [];
  readonly revisions: Revision[] = [];
  /** Tracked changes outside the body: applied, not listed. */
  unlistedRevisions = 0;

  /**
   * Add a block (nothing when its text is empty; its tracked changes are still listed).
   * A computed heading number is part of the block's range (as a numbered heading typed in
   * plain text is); a list item's number or bullet, or a footnote's call, is not (the plain-text
   * reader strips typed bullets too): it stays in `label`.
   * @param pieces the block's text, in order; a `\n` piece is a line break
   * @param meta kind, level, label, locator, part
   */
  addBlock(pieces: Piece[], meta: BlockMeta): void {
    let text = '';
    const places: { at: number; locator: Locator }[] = [];
    const spans = new Map<RevisionMark, { start: number; end: number; text: string }>();
    for (const piece of pieces) {
      let shown = piece.shown ? piece.text : '';
      // a blank line inside a block would read as a block break
      if (shown.startsWith('\n') && (text === '' || text.endsWith('\n'))) shown = shown.replace(/^\n+/, '');
      shown = shown.replace(/\n{2,}/g, '\n');
      const start = text.length;
      if (piece.place) places.push({ at: start, locator: piece.place });
      text += shown;
      if (piece.mark) {
        const span = spans.get(piece.mark);
        if (span) { span.end = text.length; span.text += piece.text; } else spans.set(piece.mark, { start, end: text.length, text: piece.text });
      }
    }
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const clamp = (offset: number): number => Math.min(Math.max(offset - lead, 0), trimmed.length);
    if (trimmed === '') {
      for (const [mark, span] of spans) this.addRevision(mark, span.text, this.length, this.length);
      return;
    }
    if (this.length > 0) this.push(BLOCK_SEPARATOR);
    const blockStart = this.length;
    const label = meta.label ?? '';
    if (label !== '') this.push(label + (meta.labelSuffix ?? ' '));
    const textStart = this.length;
    this.push(trimmed);
    const block: Block = { kind: meta.kind, ranges: [meta.kind === 'heading' || meta.kind === 'title' ? blockStart : textStart, this.length] };
    if (meta.level !== undefined) block.level = meta.level;
    if (label !== '') block.label = label;
    if (meta.locator) block.locator = meta.locator;
    if (places.length > 0) block.places = places.map((place) => ({ offset: textStart + clamp(place.at), locator: place.locator }));
    block.part = meta.part ?? 'body';
    this.blocks.push(block);
    for (const [mark, span] of spans) this.addRevision(mark, span.text, textStart + clamp(span.start), textStart + clamp(span.end));
  }

  /** The rendition built so far. */
  get value(): string {
    return this.chunks.join('');
  }

  private push(text: string): void {
    this.chunks.push(text);
    this.length += text.length;
  }

  private addRevision(mark: RevisionMark, text: string, start: number, end: number): void {
    if (text.trim() === '') return;
    if (mark.paragraph === 0) { this.unlistedRevisions++; return; }
    const revision: Revision = { type: mark.type, text, paragraph: mark.paragraph, start, end };
    if (mark.author) revision.author = mark.author;
    if (mark.date) revision.date = mark.date;
    this.revisions.push(revision);
  }
}

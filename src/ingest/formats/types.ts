/**
 * What a format reader gives the segmenter: the text it reads (for plain text,
 * HTML, Markdown and XLIFF the file itself; for DOCX, ODT and PDF a text
 * rendition, as `segment --format txt` writes it) and the blocks of that text
 * with their kind and where they came from. The segmenter takes the kinds as
 * given instead of guessing them from line shapes.
 */

/** Formats fbcoop reads, chosen by content (magic bytes, XML root element), not by extension alone. */
export type Format = 'text' | 'markdown' | 'html' | 'xliff' | 'tmx' | 'docx' | 'odt' | 'pdf';

/** What a block is in its document. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'item' | 'cell';

/** Where a block lies in a format that has no lines of its own (or more than lines). */
export interface Locator {
  /** PDF: 1-based page. */
  page?: number;
  /** PDF: 1-based line on the page. */
  lineOnPage?: number;
  /** DOCX/ODT: 1-based paragraph number in the body. */
  paragraph?: number;
  /** XLIFF/TMX: the unit id. */
  unit?: string;
}

/** A line's start in `value` and where that line lies in the document. */
export interface Place {
  offset: number;
  locator: Locator;
}

/** One block of a document: a heading, a paragraph, a list item, a table cell. */
export interface Block {
  kind: BlockKind;
  /** Heading level (1 = top) or list nesting level (1 = outermost). */
  level?: number;
  /**
   * A list item's number or bullet as rendered (`3.`, `b)`, `•`), where the format computes it.
   * DOCX/ODT/PDF write it before the block's text in `value`; an item's ranges leave it out (as the
   * plain-text reader leaves out a typed bullet), a numbered heading's include it (`1. On …`).
   */
  label?: string;
  /**
   * Text ranges of the block in `FormatReading.value`: `[start0, end0, start1, end1, …]`, in order,
   * joined as they are (inline markup between two ranges joins words); white space inside folds to
   * one space. An empty range (`start === end`) stands for a line break (`<br>`): one space.
   */
  ranges: number[];
  /** Where the block lies, beyond line and column of `value`. */
  locator?: Locator;
  /**
   * Where each line of the block starts, for a block that spans places (a PDF paragraph over
   * lines, columns and pages): offsets in `value`, in order; the first is `locator`'s.
   */
  places?: Place[];
  /** Part of the document; only `body` is compared by default. */
  part?: 'body' | 'header' | 'footer' | 'footnote' | 'comment';
  /** Language the format declares for the block (HTML `lang`, XLIFF `xml:lang`), ISO 639-1. */
  lang?: string;
  /** Bilingual formats (XLIFF, TMX): which side of its unit the block is. */
  side?: 'source' | 'target';
}

/**
 * A character the file writes as an escape or markup (`&amp;`, `&#8217;`): the segment text has
 * `text`, and its map points at the `length` characters of the file from `offset`.
 */
export interface Replacement {
  offset: number;
  length: number;
  text: string;
}

/** A pending tracked change in a DOCX/ODT. */
export interface Revision {
  type: 'insertion' | 'deletion';
  author?: string;
  date?: string;
  /** The inserted or deleted text. */
  text: string;
  /** 1-based body paragraph it is in. */
  paragraph: number;
  /** Offsets in `FormatReading.value` where it stands (or, for a deletion in the accepted text, would stand). */
  start: number;
  end: number;
}

/** What a reader returns. */
export interface FormatReading {
  format: Format;
  /** The text the blocks point into (the decoded file, or the text rendition of a binary format). */
  value: string;
  blocks: Block[];
  /** Pending tracked changes (DOCX/ODT). */
  revisions?: Revision[];
  /** Escapes in `value` and what they stand for, in offset order (HTML and XML entities). */
  replacements?: Replacement[];
  /** Remarks a user should know about (one line each). */
  notes: string[];
}

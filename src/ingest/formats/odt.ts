/**
 * ODT reader: OpenDocument text read from the zip with fflate and fast-xml-parser. Body
 * paragraphs, headings (`text:h` outline levels, numbered by the outline style), list items with
 * the numbers of their list style, table cells, headers, footers and notes as separate parts;
 * comments (`office:annotation`), indexes and frames left out. Tracked changes: the accepted
 * text by default, the original on request, every pending one listed.
 */
import { styleChain } from './style-chain.js';
import type { FormatReading } from './types.js';
import type { OfficeReadOptions } from './docx.js';
import { readZipParts } from './zip.js';
import { damaged, errorLine } from './damaged.js';
import { parseXml, child, find, findAll, textContent, type XmlNode } from './xml-tree.js';
import { RenditionBuilder, type Piece, type RevisionMark, type BlockMeta } from './rendition.js';
import { formatNumber, normalizeBullet, type NumberStyle } from './list-labels.js';

interface ParagraphStyle {
  parent?: string;
  displayName: string;
  outlineLevel?: number;
}

interface LevelStyle {
  bullet?: string;
  format: NumberStyle;
  prefix: string;
  suffix: string;
  start: number;
  displayLevels: number;
  /** LibreOffice's full label pattern (`%1%.%2%.`), when written. */
  pattern?: string;
}

interface Change {
  type: 'insertion' | 'deletion' | 'format';
  author?: string;
  date?: string;
  /** A deletion's removed paragraphs. */
  deleted: XmlNode[];
}

interface ListState {
  style: string;
  counters: (number | undefined)[];
}

type Part = 'body' | 'header' | 'footer' | 'footnote';

/** Style names that mean a heading of that level when a producer writes one as `text:p`. */
const HEADING_STYLE = /^(?:heading|titre|titel|kop|überschrift|encabezado|título|titolo|otsikko|rubrik)\s*([1-9])$/i;
/** Style names that mean the document's title. */
const TITLE_STYLE = /^(?:title|titre|titel|título|titolo|otsikko)$/i;
const NUM_FORMATS: Record<string, NumberStyle> = { '1': 'decimal', a: 'lower-letter', A: 'upper-letter', i: 'lower-roman', I: 'upper-roman', '': 'none' };
/** Generated content that is not the author's text. */
const SKIPPED_BLOCKS = new Set([
  'text:tracked-changes', 'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'text:dde-connection-decls',
  'office:forms', 'text:table-of-content', 'text:alphabetical-index', 'text:illustration-index', 'text:table-index',
  'text:object-index', 'text:user-index', 'text:bibliography', 'text:soft-page-break', 'office:annotation', 'office:annotation-end',
  'table:table-columns', 'table:table-column', 'table:table-column-group', 'table:table-header-columns',
]);

/**
 * Read an ODT file.
 * @param bytes the file's content
 * @param options which reading of tracked changes; the path for messages
 * @returns the text rendition, its blocks (paragraph numbers in `locator.paragraph`) and the pending tracked changes
 * @throws FbcoopError `E_INPUT_DAMAGED` for a truncated or corrupt file, or one without content.xml
 */
export function readOdt(bytes: Uint8Array, options: OfficeReadOptions = {}): FormatReading {
  const parts = readZipParts(bytes, 'ODT', (name) => name === 'content.xml' || name === 'styles.xml', options.path);
  const xml = (name: string): XmlNode[] => {
    const text = parts.get(name);
    if (text === undefined) return [];
    try {
      return parseXml(text);
    } catch (error) {
      throw damaged('ODT', `${name} is not well-formed XML (${errorLine(error)})`, options.path, error);
    }
  };
  if (!parts.has('content.xml')) throw damaged('ODT', 'no content.xml in the archive', options.path);
  const content = xml('content.xml');
  const styles = xml('styles.xml');
  const reader = new OdtReader([...styles, ...content], options.revisions ?? 'accepted');
  const text = find(content, 'office:text');
  if (text) reader.readContainer(text.children, 'body');
  reader.readNotes();
  for (const page of findAll(styles, 'style:master-page')) {
    for (const region of page.children) {
      if (region.tag.startsWith('style:header')) reader.readContainer(region.children, 'header');
      else if (region.tag.startsWith('style:footer')) reader.readContainer(region.children, 'footer');
    }
  }
  return reader.result();
}

class OdtReader {
  private readonly out = new RenditionBuilder();
  private readonly notes: string[] = [];
  private readonly paragraphStyles = new Map<string, ParagraphStyle>();
  private readonly listStyles = new Map<string, Map<number, LevelStyle>>();
  private outline = new Map<number, LevelStyle>();
  private readonly outlineCounters: (number | undefined)[] = [];
  private readonly changes = new Map<string, Change>();
  private readonly openInsertions: { id: string; mark: RevisionMark }[] = [];
  private readonly listsById = new Map<string, ListState>();
  private readonly lastListByStyle = new Map<string, ListState>();
  private readonly footnotes: XmlNode[] = [];
  private paragraph = 0;
  private skippedFrames = 0;

  constructor(nodes: XmlNode[], private readonly mode: 'accepted' | 'original') {
    for (const style of findAll(nodes, 'style:style')) {
      if (style.attrs['style:family'] !== 'paragraph') continue;
      const name = style.attrs['style:name'];
      if (!name) continue;
      const info: ParagraphStyle = { displayName: style.attrs['style:display-name'] ?? name.replace(/_20_/g, ' ') };
      if (style.attrs['style:parent-style-name']) info.parent = style.attrs['style:parent-style-name'];
      if (style.attrs['style:default-outline-level']) info.outlineLevel = Number(style.attrs['style:default-outline-level']);
      this.paragraphStyles.set(name, info);
    }
    for (const list of findAll(nodes, 'text:list-style')) this.listStyles.set(list.attrs['style:name'] ?? '', readLevels(list));
    const outline = find(nodes, 'text:outline-style');
    if (outline) this.outline = readLevels(outline);
    for (const region of findAll(nodes, 'text:changed-region')) {
      const id = region.attrs['text:id'] ?? region.attrs['xml:id'];
      const body = region.children.find((c) => c.tag !== '#text');
      if (!id || !body) continue;
      const info = child(body, 'office:change-info');
      const change: Change = {
        type: body.tag === 'text:insertion' ? 'insertion' : body.tag === 'text:deletion' ? 'deletion' : 'format',
        deleted: body.children.filter((c) => c.tag !== 'office:change-info' && c.tag !== '#text'),
      };
      const author = info ? child(info, 'dc:creator') : undefined;
      const date = info ? child(info, 'dc:date') : undefined;
      if (author) change.author = textContent(author);
      if (date) change.date = textContent(date);
      this.changes.set(id, change);
    }
  }

  /** Block-level content: paragraphs, headings, lists, tables, sections. */
  readContainer(nodes: XmlNode[], part: Part): void {
    for (const node of nodes) {
      if (SKIPPED_BLOCKS.has(node.tag) || node.tag === '#text') continue;
      switch (node.tag) {
        case 'text:p': case 'text:h': this.readParagraph(node, part); break;
        case 'text:list': this.readList(node, part, 1, undefined); break;
        case 'table:table': this.readTable(node, part); break;
        case 'text:change': {
          // a deleted paragraph: its text is a block of the original reading, listed either way
          const number = part === 'body' ? this.paragraph + 1 : 0;
          this.out.addBlock(this.paragraphPieces([node], number), { kind: 'paragraph', part, ...(number > 0 ? { locator: { paragraph: number } } : {}) });
          break;
        }
        case 'text:change-start': case 'text:change-end': this.paragraphPieces([node], part === 'body' ? this.paragraph + 1 : 0); break;
        default: this.readContainer(node.children, part);
      }
    }
  }

  /** Footnotes and endnotes met in the body, as their own part. */
  readNotes(): void {
    for (const note of this.footnotes) {
      const body = child(note, 'text:note-body');
      if (body) this.readContainer(body.children, 'footnote');
    }
  }

  result(): FormatReading {
    if (this.out.unlistedRevisions > 0) this.notes.push(`${this.out.unlistedRevisions} tracked change(s) in headers, footers or notes applied but not listed`);
    if (this.skippedFrames > 0) this.notes.push(`${this.skippedFrames} frame(s) (text boxes, images) not read`);
    return { format: 'odt', value: this.out.value, blocks: this.out.blocks, revisions: this.out.revisions, notes: this.notes };
  }

  private nextParagraph(part: Part): number {
    return part === 'body' ? ++this.paragraph : 0;
  }

  private readParagraph(p: XmlNode, part: Part): void {
    const number = this.nextParagraph(part);
    const pieces = this.paragraphPieces(p.children, number);
    const meta = this.paragraphMeta(p);
    if (number > 0) meta.locator = { paragraph: number };
    meta.part = part;
    this.out.addBlock(pieces, meta);
  }

  private styleChain(name: string | undefined): ParagraphStyle[] {
    return styleChain(name, this.paragraphStyles, (style) => style.parent);
  }

  private paragraphMeta(p: XmlNode): BlockMeta {
    const styleName = p.attrs['text:style-name'];
    const chain = this.styleChain(styleName);
    // a style used but not defined (pandoc's "Title") still says what it is by its name
    if (chain.length === 0 && styleName) chain.push({ displayName: styleName.replace(/_20_/g, ' ') });
    if (chain.some((s) => TITLE_STYLE.test(s.displayName))) return { kind: 'title' };
    if (p.tag === 'text:h') {
      const level = Number(p.attrs['text:outline-level'] ?? chain.find((s) => s.outlineLevel !== undefined)?.outlineLevel ?? 1);
      const meta: BlockMeta = { kind: 'heading', level };
      if (p.attrs['text:is-list-header'] !== 'true') {
        if (p.attrs['text:restart-numbering'] === 'true') this.outlineCounters[level - 1] = Number(p.attrs['text:start-value'] ?? 1) - 1;
        const label = nextLabel(this.outline, this.outlineCounters, level);
        if (label) { meta.label = label.text; meta.labelSuffix = label.suffix; }
      }
      return meta;
    }
    for (const style of chain) {
      const match = HEADING_STYLE.exec(style.displayName);
      if (match) return { kind: 'heading', level: Number(match[1]) };
    }
    return { kind: 'paragraph' };
  }

  private readList(list: XmlNode, part: Part, level: number, outer: ListState | undefined): void {
    let state = outer;
    if (!state) {
      const style = list.attrs['text:style-name'] ?? '';
      const continued = list.attrs['text:continue-list'] !== undefined
        ? this.listsById.get(list.attrs['text:continue-list'])
        : list.attrs['text:continue-numbering'] === 'true' ? this.lastListByStyle.get(style) : undefined;
      state = continued ?? { style, counters: [] };
      this.lastListByStyle.set(style, state);
      const id = list.attrs['xml:id'] ?? list.attrs['text:id'];
      if (id) this.listsById.set(id, state);
    }
    const levels = this.listStyles.get(list.attrs['text:style-name'] ?? state.style) ?? this.listStyles.get(state.style) ?? new Map<number, LevelStyle>();
    for (const item of list.children) {
      if (item.tag !== 'text:list-item' && item.tag !== 'text:list-header') continue;
      const pieces: Piece[] = [];
      let first = 0;
      let meta: BlockMeta | undefined;
      const flush = (): void => {
        if (meta && pieces.length > 0) this.out.addBlock(pieces.splice(0), meta);
        meta = undefined;
      };
      for (const node of item.children) {
        if (node.tag === 'text:p' || node.tag === 'text:h') {
          const number = this.nextParagraph(part);
          if (!meta) {
            first = number;
            meta = { kind: 'item', level, part };
            if (first > 0) meta.locator = { paragraph: first };
            if (item.tag === 'text:list-item') {
              if (item.attrs['text:start-value'] !== undefined) state.counters[level - 1] = Number(item.attrs['text:start-value']) - 1;
              const label = nextLabel(levels, state.counters, level);
              if (label) { meta.label = label.text; meta.labelSuffix = label.suffix; }
            }
          } else {
            pieces.push({ text: '\n', shown: true });
          }
          pieces.push(...this.paragraphPieces(node.children, number));
        } else if (node.tag === 'text:list') {
          flush();
          this.readList(node, part, level + 1, state);
        } else if (node.tag === 'table:table') {
          flush();
          this.readTable(node, part);
        }
      }
      flush();
    }
  }

  private readTable(table: XmlNode, part: Part): void {
    for (const row of findAll(table.children, 'table:table-row')) {
      for (const cell of row.children) {
        if (cell.tag !== 'table:table-cell') continue;
        const pieces: Piece[] = [];
        let first = 0;
        for (const node of cell.children) {
          if (node.tag === 'text:p' || node.tag === 'text:h') {
            const number = this.nextParagraph(part);
            if (first === 0) first = number;
            if (pieces.length > 0) pieces.push({ text: '\n', shown: true });
            pieces.push(...this.paragraphPieces(node.children, number));
          } else if (node.tag === 'text:list') {
            for (const p of findAll(node.children, 'text:p')) {
              const number = this.nextParagraph(part);
              if (first === 0) first = number;
              if (pieces.length > 0) pieces.push({ text: '\n', shown: true });
              pieces.push(...this.paragraphPieces(p.children, number));
            }
          } else if (node.tag === 'table:table') {
            // the cell's text so far, then the nested table's cells, in reading order
            this.out.addBlock(pieces.splice(0), { kind: 'cell', part, ...(first > 0 ? { locator: { paragraph: first } } : {}) });
            first = 0;
            this.readTable(node, part);
          }
        }
        this.out.addBlock(pieces, { kind: 'cell', part, ...(first > 0 ? { locator: { paragraph: first } } : {}) });
      }
    }
  }

  /** A paragraph's text, with tracked changes as pieces shown or not in this reading. */
  private paragraphPieces(nodes: XmlNode[], paragraph: number): Piece[] {
    const pieces: Piece[] = [];
    const add = (text: string, shown = true, mark?: RevisionMark): void => {
      const open = this.openInsertions[this.openInsertions.length - 1];
      const insertion = mark ?? open?.mark;
      const visible = shown && (open === undefined || this.mode === 'accepted');
      pieces.push(insertion ? { text, shown: visible, mark: insertion } : { text, shown: visible });
    };
    const walk = (list: XmlNode[]): void => {
      for (const node of list) {
        switch (node.tag) {
          case '#text':
            // ODF collapses white space in text content; text:s and text:tab carry the real ones
            add(node.text.replace(/[ \t\r\n]+/g, ' '));
            break;
          case 'text:s': add(' '.repeat(Number(node.attrs['text:c'] ?? 1))); break;
          case 'text:tab': add('\t'); break;
          case 'text:line-break': add('\n'); break;
          case 'text:soft-hyphen': break;
          case 'text:note': this.footnotes.push(node); break;
          case 'office:annotation': case 'office:annotation-end': case 'text:number': case 'text:ruby-text':
          case 'text:bookmark': case 'text:bookmark-start': case 'text:bookmark-end': case 'text:soft-page-break':
          case 'text:reference-mark': case 'text:reference-mark-start': case 'text:reference-mark-end':
          case 'text:alphabetical-index-mark': case 'text:toc-mark': case 'text:user-index-mark':
            break;
          case 'draw:frame': case 'draw:a': case 'draw:custom-shape': case 'draw:g':
            this.skippedFrames++;
            break;
          case 'text:change-start': {
            const id = node.attrs['text:change-id'] ?? '';
            const change = this.changes.get(id);
            if (change?.type === 'insertion') this.openInsertions.push({ id, mark: this.mark(change, 'insertion', paragraph) });
            break;
          }
          case 'text:change-end': {
            const id = node.attrs['text:change-id'] ?? '';
            const at = this.openInsertions.findIndex((open) => open.id === id);
            if (at >= 0) this.openInsertions.splice(at, 1);
            break;
          }
          case 'text:change': {
            const change = this.changes.get(node.attrs['text:change-id'] ?? '');
            if (change?.type !== 'deletion') break;
            const mark = this.mark(change, 'deletion', paragraph);
            const text = change.deleted.map(textContent).join('\n').replace(/[ \t\r]+/g, ' ');
            pieces.push({ text, shown: this.mode === 'original', mark });
            break;
          }
          default:
            walk(node.children);
        }
      }
    };
    walk(nodes);
    return pieces;
  }

  private mark(change: Change, type: 'insertion' | 'deletion', paragraph: number): RevisionMark {
    const mark: RevisionMark = { type, paragraph };
    if (change.author) mark.author = change.author;
    if (change.date) mark.date = change.date;
    return mark;
  }
}

/** The levels of a list style or of the outline style. */
function readLevels(node: XmlNode): Map<number, LevelStyle> {
  const levels = new Map<number, LevelStyle>();
  for (const level of node.children) {
    if (level.tag === '#text') continue;
    const n = Number(level.attrs['text:level'] ?? 1);
    const style: LevelStyle = {
      format: NUM_FORMATS[level.attrs['style:num-format'] ?? ''] ?? 'decimal',
      prefix: level.attrs['style:num-prefix'] ?? '',
      suffix: level.attrs['style:num-suffix'] ?? '',
      start: Number(level.attrs['text:start-value'] ?? 1),
      displayLevels: Number(level.attrs['text:display-levels'] ?? 1),
    };
    if (level.tag === 'text:list-level-style-bullet') style.bullet = normalizeBullet(level.attrs['text:bullet-char'] ?? '');
    const pattern = level.attrs['loext:num-list-format'];
    if (pattern) style.pattern = pattern;
    levels.set(n, style);
  }
  return levels;
}

/** The label of the next item at this level, advancing the counters (deeper levels restart). */
function nextLabel(levels: Map<number, LevelStyle>, counters: (number | undefined)[], level: number): { text: string; suffix: string } | undefined {
  const style = levels.get(level);
  counters[level - 1] = (counters[level - 1] ?? (style?.start ?? 1) - 1) + 1;
  for (let deeper = level; deeper < 10; deeper++) counters[deeper] = undefined;
  if (!style) return undefined;
  if (style.bullet !== undefined) return { text: style.bullet, suffix: ' ' };
  if (style.format === 'none') return undefined;
  const value = (n: number): string => {
    const own = levels.get(n);
    return formatNumber(counters[n - 1] ?? own?.start ?? 1, own?.format === 'none' || !own ? 'decimal' : own.format);
  };
  let text: string;
  if (style.pattern) {
    text = style.pattern.replace(/%(\d+)%/g, (_, digit: string) => value(Number(digit)));
  } else {
    const shown: string[] = [];
    for (let n = Math.max(1, level - style.displayLevels + 1); n <= level; n++) shown.push(value(n));
    text = style.prefix + shown.join('.') + style.suffix;
  }
  text = text.trim();
  return text === '' ? undefined : { text, suffix: ' ' };
}


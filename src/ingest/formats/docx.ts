/**
 * DOCX reader: WordprocessingML read from the zip with fflate and fast-xml-parser. Body
 * paragraphs, headings (outline levels, then Heading N / Titre N style names), list items with
 * the numbers Word would render from numbering.xml, table cells, headers, footers and footnotes
 * as separate parts; comments, field codes and text boxes left out. Tracked changes: the
 * accepted text by default, the original on request, every pending one listed.
 */
import { styleChain } from './style-chain.js';
import type { FormatReading, Locator } from './types.js';
import { readZipParts } from './zip.js';
import { damaged, errorLine } from './damaged.js';
import { parseXml, child, childrenNamed, find, type XmlNode } from './xml-tree.js';
import { RenditionBuilder, type Piece, type RevisionMark, type BlockMeta } from './rendition.js';
import { formatNumber, normalizeBullet, type NumberStyle } from './list-labels.js';

/** Options of the DOCX and ODT readers. */
export interface OfficeReadOptions {
  /** Tracked changes: the text with them accepted (default) or as it was before them. */
  revisions?: 'accepted' | 'original';
  /** The file's path, for error messages. */
  path?: string;
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

interface LevelDef {
  start: number;
  style: NumberStyle | 'bullet';
  text: string;
  suffix: string;
  /** Restart after this (0-based) level; -1 never. Word's default: after any higher level. */
  restartAfter?: number;
}

interface Numbering {
  abstract: Map<string, Map<number, LevelDef>>;
  nums: Map<string, { abstractId: string; overrides: Map<number, { start?: number; level?: LevelDef }> }>;
}

/** Style names (lower case, any digit after) that mean a heading of that level, in the languages of the corpus and their neighbours. */
const HEADING_STYLE = /^(?:heading|titre|titel|kop|überschrift|encabezado|título|titolo|otsikko|rubrik)\s*([1-9])$/i;
/** Style names that mean the document's title. */
const TITLE_STYLE = /^(?:title|titre|titel|título|titolo|otsikko)$/i;

/**
 * Read a DOCX file.
 * @param bytes the file's content
 * @param options which reading of tracked changes; the path for messages
 * @returns the text rendition, its blocks (paragraph numbers in `locator.paragraph`) and the pending tracked changes
 * @throws FbcoopError `E_INPUT_DAMAGED` for a truncated or corrupt file, or one without a document part
 */
export function readDocx(bytes: Uint8Array, options: OfficeReadOptions = {}): FormatReading {
  const wanted = (name: string): boolean =>
    name === '_rels/.rels' || /^word\/[^/]+\.xml$/.test(name) || /^word\/_rels\/[^/]+\.rels$/.test(name);
  const parts = readZipParts(bytes, 'DOCX', wanted, options.path);
  const mainName = mainDocumentName(parts);
  const main = parts.get(mainName);
  if (main === undefined) throw damaged('DOCX', `no ${mainName} in the archive`, options.path);
  const xml = (name: string): XmlNode[] => {
    const text = parts.get(name);
    if (text === undefined) return [];
    try {
      return parseXml(text);
    } catch (error) {
      throw damaged('DOCX', `${name} is not well-formed XML (${errorLine(error)})`, options.path, error);
    }
  };
  const folder = mainName.slice(0, mainName.lastIndexOf('/') + 1);
  const reader = new DocxReader(readStyles(xml(`${folder}styles.xml`)), readNumbering(xml(`${folder}numbering.xml`)), options.revisions ?? 'accepted');
  const body = find(xml(mainName), 'w:body');
  if (body) reader.readContainer(body, 'body');
  // headers and footers in the order the document's relationships list them, then notes
  for (const name of relatedParts(parts, folder, mainName, /\/header$/)) reader.readPart(xml(name), 'w:hdr', 'header');
  for (const name of relatedParts(parts, folder, mainName, /\/footer$/)) reader.readPart(xml(name), 'w:ftr', 'footer');
  reader.readNotes(xml(`${folder}footnotes.xml`), 'w:footnote');
  reader.readNotes(xml(`${folder}endnotes.xml`), 'w:endnote');
  return reader.result();
}

/** The main document part named by the package relationships (`word/document.xml` in practice). */
function mainDocumentName(parts: Map<string, string>): string {
  const rels = parts.get('_rels/.rels');
  const match = rels?.match(/<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/);
  const target = match?.[0].match(/Target="\/?([^"]+)"/)?.[1];
  return target ?? 'word/document.xml';
}

/** Parts the main document relates to with this relationship type, in the relationships' order. */
function relatedParts(parts: Map<string, string>, folder: string, mainName: string, type: RegExp): string[] {
  const rels = parts.get(`${folder}_rels/${mainName.slice(folder.length)}.rels`) ?? '';
  const names: string[] = [];
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const relType = rel.match(/Type="([^"]+)"/)?.[1] ?? '';
    const target = rel.match(/Target="([^"]+)"/)?.[1];
    if (target && type.test(relType)) {
      const name = target.startsWith('/') ? target.slice(1) : folder + target;
      if (parts.has(name) && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

function readStyles(nodes: XmlNode[]): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  const root = find(nodes, 'w:styles');
  if (!root) return styles;
  for (const style of childrenNamed(root, 'w:style')) {
    if ((style.attrs['w:type'] ?? 'paragraph') !== 'paragraph') continue;
    const id = style.attrs['w:styleId'];
    if (!id) continue;
    const info: StyleInfo = { name: child(style, 'w:name')?.attrs['w:val'] ?? id };
    const basedOn = child(style, 'w:basedOn')?.attrs['w:val'];
    if (basedOn) info.basedOn = basedOn;
    const pPr = child(style, 'w:pPr');
    if (pPr) {
      const outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'];
      if (outline !== undefined) info.outlineLevel = Number(outline);
      const numPr = child(pPr, 'w:numPr');
      if (numPr) {
        info.numId = child(numPr, 'w:numId')?.attrs['w:val'] ?? undefined;
        const ilvl = child(numPr, 'w:ilvl')?.attrs['w:val'];
        if (ilvl !== undefined) info.ilvl = Number(ilvl);
      }
    }
    styles.set(id, info);
  }
  return styles;
}

const NUM_FORMATS: Record<string, NumberStyle | 'bullet'> = {
  decimal: 'decimal', decimalZero: 'decimal-zero', lowerLetter: 'lower-letter', upperLetter: 'upper-letter',
  lowerRoman: 'lower-roman', upperRoman: 'upper-roman', bullet: 'bullet', none: 'none',
};

function readLevel(lvl: XmlNode): LevelDef {
  const fmt = child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal';
  const suff = child(lvl, 'w:suff')?.attrs['w:val'] ?? 'tab';
  const def: LevelDef = {
    start: Number(child(lvl, 'w:start')?.attrs['w:val'] ?? 1),
    style: NUM_FORMATS[fmt] ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
    suffix: suff === 'nothing' ? '' : ' ',
  };
  const restart = child(lvl, 'w:lvlRestart')?.attrs['w:val'];
  if (restart !== undefined) def.restartAfter = Number(restart) - 1;
  return def;
}

function readNumbering(nodes: XmlNode[]): Numbering {
  const numbering: Numbering = { abstract: new Map(), nums: new Map() };
  const root = find(nodes, 'w:numbering');
  if (!root) return numbering;
  for (const abstract of childrenNamed(root, 'w:abstractNum')) {
    const levels = new Map<number, LevelDef>();
    for (const lvl of childrenNamed(abstract, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl));
    numbering.abstract.set(abstract.attrs['w:abstractNumId'] ?? '', levels);
  }
  for (const num of childrenNamed(root, 'w:num')) {
    const overrides = new Map<number, { start?: number; level?: LevelDef }>();
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const entry: { start?: number; level?: LevelDef } = {};
      const start = child(override, 'w:startOverride')?.attrs['w:val'];
      if (start !== undefined) entry.start = Number(start);
      const lvl = child(override, 'w:lvl');
      if (lvl) entry.level = readLevel(lvl);
      overrides.set(Number(override.attrs['w:ilvl'] ?? 0), entry);
    }
    numbering.nums.set(num.attrs['w:numId'] ?? '', { abstractId: child(num, 'w:abstractNumId')?.attrs['w:val'] ?? '', overrides });
  }
  return numbering;
}

type Part = 'body' | 'header' | 'footer' | 'footnote';

/** How a tracked change of a paragraph mark is listed (it has no text of its own). */
const PARAGRAPH_MARK = '¶';

class DocxReader {
  private readonly out = new RenditionBuilder();
  private readonly notes: string[] = [];
  private paragraph = 0;
  /** Counters per abstract numbering, per level (Word continues a list across num instances of one definition). */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly startedNums = new Set<string>();
  private skippedTextBoxes = 0;
  /** A paragraph whose mark a tracked change removes, waiting to be joined to the next. */
  private carried: { pieces: Piece[]; number: number } | undefined;
  private defaultStyle: string | undefined | null = null;

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly numbering: Numbering,
    private readonly mode: 'accepted' | 'original',
  ) {}

  /** Body-level content: paragraphs, tables, content controls. */
  readContainer(node: XmlNode, part: Part): void {
    for (const item of node.children) {
      switch (item.tag) {
        case 'w:p': this.readParagraph(item, part); break;
        case 'w:tbl': this.flushCarried(part); this.readTable(item, part); break;
        case 'w:sdt': { const content = child(item, 'w:sdtContent'); if (content) this.readContainer(content, part); break; }
        case 'w:customXml': case 'w:ins': case 'w:moveTo': this.readContainer(item, part); break;
        default: break;
      }
    }
    this.flushCarried(part);
  }

  readPart(nodes: XmlNode[], rootTag: string, part: Part): void {
    const root = find(nodes, rootTag);
    if (root) this.readContainer(root, part);
  }

  readNotes(nodes: XmlNode[], tag: string): void {
    const root = find(nodes, tag === 'w:footnote' ? 'w:footnotes' : 'w:endnotes');
    if (!root) return;
    for (const note of childrenNamed(root, tag)) {
      // separators are the rule above the notes, not text
      if (note.attrs['w:type'] === 'separator' || note.attrs['w:type'] === 'continuationSeparator' || note.attrs['w:type'] === 'continuationNotice') continue;
      this.readContainer(note, 'footnote');
    }
  }

  result(): FormatReading {
    if (this.out.unlistedRevisions > 0) this.notes.push(`${this.out.unlistedRevisions} tracked change(s) in headers, footers or notes applied but not listed`);
    if (this.skippedTextBoxes > 0) this.notes.push(`${this.skippedTextBoxes} text box(es) and drawing(s) not read`);
    const reading: FormatReading = { format: 'docx', value: this.out.value, blocks: this.out.blocks, notes: this.notes };
    reading.revisions = this.out.revisions;
    return reading;
  }

  private readTable(table: XmlNode, part: Part): void {
    for (const row of table.children) {
      if (row.tag !== 'w:tr') continue;
      for (const cell of row.children) {
        if (cell.tag !== 'w:tc') continue;
        const pieces: Piece[] = [];
        let first = 0;
        for (const item of cell.children) {
          if (item.tag === 'w:p') {
            const number = this.nextParagraph(part);
            if (first === 0) first = number;
            if (pieces.length > 0) pieces.push({ text: '\n', shown: true });
            pieces.push(...this.paragraphPieces(item, number));
          } else if (item.tag === 'w:tbl') {
            // the cell's text so far, then the nested table's cells, in reading order
            this.out.addBlock(pieces.splice(0), { kind: 'cell', part, ...(part === 'body' && first > 0 ? { locator: { paragraph: first } } : {}) });
            first = 0;
            this.readTable(item, part);
          }
        }
        this.out.addBlock(pieces, { kind: 'cell', part, ...(part === 'body' && first > 0 ? { locator: { paragraph: first } } : {}) });
      }
    }
  }

  private nextParagraph(part: Part): number {
    if (part !== 'body') return 0;
    return ++this.paragraph;
  }

  private readParagraph(p: XmlNode, part: Part): void {
    const number = this.nextParagraph(part);
    const pieces = this.paragraphPieces(p, number);
    // a tracked deletion (insertion) of the paragraph mark joins this paragraph to the next in the accepted (original) text
    const mark = this.paragraphMarkChange(p, number);
    if (mark) pieces.push({ text: PARAGRAPH_MARK, shown: false, mark });
    const joined = this.carried ? [...this.carried.pieces, ...pieces] : pieces;
    const first = this.carried?.number ?? number;
    this.carried = undefined;
    if (mark && (mark.type === 'deletion') === (this.mode === 'accepted')) {
      this.carried = { pieces: joined, number: first };
      return;
    }
    const meta = this.paragraphMeta(p);
    if (first > 0) meta.locator = { paragraph: first } satisfies Locator;
    meta.part = part;
    this.out.addBlock(joined, meta);
  }

  /** A paragraph whose mark was deleted last in its container stands alone. */
  private flushCarried(part: Part): void {
    if (!this.carried) return;
    const { pieces, number } = this.carried;
    this.carried = undefined;
    this.out.addBlock(pieces, { kind: 'paragraph', part, ...(number > 0 ? { locator: { paragraph: number } } : {}) });
  }

  private paragraphMarkChange(p: XmlNode, paragraph: number): RevisionMark | undefined {
    const rPr = child(p, 'w:pPr') && child(child(p, 'w:pPr') as XmlNode, 'w:rPr');
    const change = rPr ? (child(rPr, 'w:del') ?? child(rPr, 'w:ins')) : undefined;
    if (!change) return undefined;
    const mark: RevisionMark = { type: change.tag === 'w:del' ? 'deletion' : 'insertion', paragraph };
    if (change.attrs['w:author']) mark.author = change.attrs['w:author'];
    if (change.attrs['w:date']) mark.date = change.attrs['w:date'];
    return mark;
  }

  private paragraphMeta(p: XmlNode): BlockMeta {
    const pPr = child(p, 'w:pPr');
    const styleId = pPr ? child(pPr, 'w:pStyle')?.attrs['w:val'] : undefined;
    const chain = this.styleChain(styleId);
    let outline = pPr ? child(pPr, 'w:outlineLvl')?.attrs['w:val'] : undefined;
    let outlineLevel = outline !== undefined ? Number(outline) : chain.find((s) => s.outlineLevel !== undefined)?.outlineLevel;
    const own = chain[0];
    if (outlineLevel === undefined && own) {
      const match = HEADING_STYLE.exec(own.name) ?? HEADING_STYLE.exec(styleId ?? '');
      if (match) outlineLevel = Number(match[1]) - 1;
    }
    const isTitle = own !== undefined && (TITLE_STYLE.test(own.name) || TITLE_STYLE.test(styleId ?? ''));
    // numbering: the paragraph's own, else its style's
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    let numId = numPr ? child(numPr, 'w:numId')?.attrs['w:val'] : undefined;
    let ilvlText = numPr ? child(numPr, 'w:ilvl')?.attrs['w:val'] : undefined;
    if (numId === undefined) {
      const styled = chain.find((s) => s.numId !== undefined);
      if (styled) { numId = styled.numId; if (ilvlText === undefined && styled.ilvl !== undefined) ilvlText = String(styled.ilvl); }
    }
    const ilvl = ilvlText !== undefined ? Number(ilvlText) : 0;
    const label = numId !== undefined && numId !== '0' ? this.nextLabel(numId, ilvl) : undefined;
    const meta: BlockMeta = { kind: 'paragraph' };
    if (isTitle) meta.kind = 'title';
    else if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9) { meta.kind = 'heading'; meta.level = outlineLevel + 1; }
    else if (label !== undefined) { meta.kind = 'item'; meta.level = ilvl + 1; }
    if (label !== undefined && label.text !== '') { meta.label = label.text; meta.labelSuffix = label.suffix; }
    return meta;
  }

  private styleChain(styleId: string | undefined): StyleInfo[] {
    if (this.defaultStyle === null) this.defaultStyle = [...this.styles.entries()].find(([, s]) => s.name.toLowerCase() === 'normal')?.[0];
    return styleChain(styleId ?? this.defaultStyle, this.styles, (style) => style.basedOn);
  }

  /** The number Word renders for the next paragraph of this list at this level. */
  private nextLabel(numId: string, ilvl: number): { text: string; suffix: string } | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    const levels = this.numbering.abstract.get(num.abstractId);
    if (!levels) return undefined;
    const levelDef = (level: number): LevelDef | undefined => num.overrides.get(level)?.level ?? levels.get(level);
    const def = levelDef(ilvl);
    if (!def) return undefined;
    const counters = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counters);
    if (!this.startedNums.has(numId)) {
      this.startedNums.add(numId);
      for (const [level, override] of num.overrides) if (override.start !== undefined) counters[level] = override.start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? def.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      // lvlRestart: restart after that (1-based) level; 0 never; absent after any higher level
      const restartAfter = levelDef(deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter >= 0 && ilvl <= restartAfter)) counters[deeper] = undefined;
    }
    if (def.style === 'bullet') return { text: normalizeBullet(def.text), suffix: def.suffix };
    const text = def.text.replace(/%([1-9])/g, (_, digit: string) => {
      const level = Number(digit) - 1;
      const ldef = levelDef(level);
      const value = counters[level] ?? ldef?.start ?? 1;
      return formatNumber(value, ldef?.style === 'bullet' || ldef === undefined ? 'decimal' : ldef.style);
    });
    return { text: text.trim(), suffix: def.suffix };
  }

  /** A paragraph's text, with tracked changes as pieces shown or not in this reading. */
  private paragraphPieces(p: XmlNode, paragraph: number): Piece[] {
    const pieces: Piece[] = [];
    const state = { inField: 0, fieldCode: [] as boolean[] };
    const walk = (nodes: XmlNode[], mark: RevisionMark | undefined, shown: boolean): void => {
      for (const node of nodes) {
        switch (node.tag) {
          case 'w:r': {
            // hidden text (w:vanish) is not shown by Word
            const vanish = child(node, 'w:rPr') && child(child(node, 'w:rPr') as XmlNode, 'w:vanish');
            if (vanish && !['false', '0', 'off'].includes(vanish.attrs['w:val'] ?? 'true')) break;
            walk(node.children, mark, shown);
            break;
          }
          case 'w:pPr': case 'w:rPr': case 'w:commentReference': case 'w:footnoteReference': case 'w:endnoteReference':
          case 'w:instrText': case 'w:delInstrText': case 'w:commentRangeStart': case 'w:commentRangeEnd':
          case 'w:bookmarkStart': case 'w:bookmarkEnd': case 'w:proofErr': case 'w:lastRenderedPageBreak':
            break;
          case 'w:drawing': case 'w:pict': case 'mc:AlternateContent': case 'w:object':
            this.skippedTextBoxes++;
            break;
          case 'w:ins': case 'w:moveTo': case 'w:del': case 'w:moveFrom': {
            const insertion = node.tag === 'w:ins' || node.tag === 'w:moveTo';
            const own: RevisionMark = { type: insertion ? 'insertion' : 'deletion', paragraph };
            if (node.attrs['w:author']) own.author = node.attrs['w:author'];
            if (node.attrs['w:date']) own.date = node.attrs['w:date'];
            const show = insertion ? this.mode === 'accepted' : this.mode === 'original';
            walk(node.children, own, shown && show);
            break;
          }
          case 'w:fldChar': {
            const type = node.attrs['w:fldCharType'];
            // between begin and separate stands the field code (PAGE, HYPERLINK "…"), not text
            if (type === 'begin') state.fieldCode.push(true);
            else if (type === 'separate') state.fieldCode[state.fieldCode.length - 1] = false;
            else if (type === 'end') state.fieldCode.pop();
            break;
          }
          case 'w:t': case 'w:delText':
            if (!state.fieldCode.includes(true)) pieces.push(piece(node.children.map((c) => c.text).join(''), shown, mark));
            break;
          case 'w:tab': case 'w:ptab':
            if (!state.fieldCode.includes(true)) pieces.push(piece('\t', shown, mark));
            break;
          case 'w:br': case 'w:cr':
            if (!state.fieldCode.includes(true)) pieces.push(piece('\n', shown, mark));
            break;
          case 'w:noBreakHyphen':
            pieces.push(piece('-', shown, mark));
            break;
          case 'w:softHyphen':
            break;
          case 'w:sym': {
            const code = Number.parseInt(node.attrs['w:char'] ?? '', 16);
            if (Number.isFinite(code)) pieces.push(piece(code >= 0xf000 && code <= 0xf0ff ? String.fromCharCode(code - 0xf000) : String.fromCharCode(code), shown, mark));
            break;
          }
          case '#text':
            break;
          default:
            walk(node.children, mark, shown);
        }
      }
    };
    walk(p.children, undefined, true);
    return pieces;
  }
}

function piece(text: string, shown: boolean, mark: RevisionMark | undefined): Piece {
  return mark ? { text, shown, mark } : { text, shown };
}

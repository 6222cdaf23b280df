/**
 * XML parts of DOCX and ODT as ordered trees (fast-xml-parser with `preserveOrder`): document
 * order matters (runs, tracked-change markers), so the order-preserving form is the one read.
 */
import { XMLParser } from 'fast-xml-parser';

/** One node: an element (`tag`, `attrs`, `children`) or a text node (`tag === '#text'`). */
export interface XmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The text of a text node. */
  text: string;
}

type RawNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // entities are decoded here, in one pass (fast-xml-parser leaves numeric references in attributes)
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Parse an XML part into ordered nodes.
 * @param xml the part's text
 * @returns the top-level nodes (the root element among them)
 * @throws Error when the XML is malformed
 */
export function parseXml(xml: string): XmlNode[] {
  const parsed: unknown = parser.parse(xml, true);
  if (!Array.isArray(parsed)) throw new Error('not XML');
  return convert(parsed as RawNode[]);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode XML's five named entities and numeric character references. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref];
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function convert(raw: RawNode[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of raw) {
    const rawAttrs = (item[':@'] as Record<string, string> | undefined) ?? {};
    const attrs: Record<string, string> = {};
    for (const [name, value] of Object.entries(rawAttrs)) attrs[name] = decodeEntities(String(value));
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        nodes.push({ tag: '#text', attrs: {}, children: [], text: decodeEntities(String(item[key])) });
      } else {
        nodes.push({ tag: key, attrs, children: convert((item[key] as RawNode[]) ?? []), text: '' });
      }
    }
  }
  return nodes;
}

/** The first child element with this tag, if any. */
export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return node.children.find((c) => c.tag === tag);
}

/** All child elements with this tag. */
export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return node.children.filter((c) => c.tag === tag);
}

/** The first element with this tag at any depth (depth-first, document order). */
export function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (node.tag === tag) return node;
    const inner = find(node.children, tag);
    if (inner) return inner;
  }
  return undefined;
}

/** Every element with this tag at any depth, in document order (not looking inside matches). */
export function findAll(nodes: XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (node.tag === tag) out.push(node);
    else findAll(node.children, tag, out);
  }
  return out;
}

/** All the text under a node, concatenated. */
export function textContent(node: XmlNode): string {
  if (node.tag === '#text') return node.text;
  return node.children.map(textContent).join('');
}

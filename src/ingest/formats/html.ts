/**
 * HTML: the page's main content as blocks (headings, paragraphs, list items, table cells) whose
 * ranges point at the text nodes of the file itself, read with parse5 and its source locations.
 * The content is `<main>` (or `role="main"`), else the largest `<article>`, else the element that
 * holds the most paragraph text; page furniture is dropped wherever it sits (navigation, header,
 * footer, aside, forms, scripts, cookie or consent banners, share and related-link lists).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { decodeHTML } from 'entities/decode';
import type { Block, BlockKind, FormatReading, Replacement } from './types.js';
import { primaryLanguage } from './xliff.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** Elements that are never page content. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'form',
  'button', 'input', 'select', 'textarea', 'nav', 'header', 'footer', 'aside', 'dialog', 'head', 'figcaption', 'img', 'video', 'audio']);

/**
 * Class, id, role and aria-label words of furniture blocks: banners, sharing and link lists that
 * sites put around an article (seen on news and government pages: cookie bars, "share on …",
 * "related articles", "latest news", newsletter prompts, breadcrumbs).
 */
const FURNITURE_WORDS = /(^|[\s_-])(cookie|cookies|consent|gdpr|banner|share|sharing|social|related|latest|newsletter|subscribe|subscription|breadcrumbs?|sidebar|menu|navbar|navigation|toolbar|advert|ads|promo|comments?|skip-link|sr-only|visually-hidden)($|[\s_-])/i;
/** Roles of furniture. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'form']);

/** Elements that make a block of their own. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCK_ELEMENTS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'pre', 'caption', 'blockquote', 'div', 'section', 'article',
  'main', 'body', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'address', 'hgroup', 'center', 'details', 'summary', 'hr', 'html']);

/**
 * Share of the page's paragraph text an element must hold to be taken as its main content without
 * `<main>` or `<article>`: a content block holds nearly all of it (the fixture pages' `<div
 * id="content">`: everything but the furniture already dropped); below half, the text is spread over
 * several blocks and the whole body, furniture removed, loses less.
 */
const DENSEST_MIN_SHARE = 0.5;

/**
 * Read an HTML page.
 * @param value the decoded file
 */
export function readHtml(value: string): FormatReading {
  const document = parse(value, { sourceCodeLocationInfo: true });
  const html = children(document).find((n): n is Element => isElement(n) && n.tagName === 'html');
  const notes: string[] = [];
  const root = html ? mainContent(html, notes) : undefined;
  const blocks: Block[] = [];
  const replacements: Replacement[] = [];
  if (root) new Walker(value, blocks, replacements).block(root, inheritedLang(root));
  return { format: 'html', value, blocks, replacements, notes };
}

function isElement(node: Node): node is Element {
  return (node as Element).tagName !== undefined;
}

function children(node: Node): Node[] {
  return (node as { childNodes?: Node[] }).childNodes ?? [];
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Whether an element is page furniture, by its tag, role or the words of its class, id and label. */
function isFurniture(el: Element): boolean {
  if (DROPPED.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role !== undefined && FURNITURE_ROLES.has(role)) return true;
  const words = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'aria-label') ?? ''}`;
  return FURNITURE_WORDS.test(words);
}

/** The element holding the page's content. */
function mainContent(html: Element, notes: string[]): Element {
  const body = children(html).find((n): n is Element => isElement(n) && n.tagName === 'body') ?? html;
  const mains: Element[] = [];
  const articles: Element[] = [];
  visit(body, (el) => {
    if (el.tagName === 'main' || attr(el, 'role') === 'main') mains.push(el);
    else if (el.tagName === 'article') articles.push(el);
  });
  if (mains.length > 0) return mains[0];
  if (articles.length > 0) return articles.reduce((a, b) => (paragraphText(b) > paragraphText(a) ? b : a));
  // No landmark: the deepest element that still holds most of the page's paragraph text.
  const total = paragraphText(body);
  let best = body;
  for (;;) {
    const next = children(best).filter(isElement).find((c) => !isFurniture(c) && paragraphText(c) >= total * DENSEST_MIN_SHARE && c.tagName !== 'p');
    if (!next || !BLOCK_ELEMENTS.has(next.tagName)) break;
    best = next;
  }
  if (best !== body) notes.push(`HTML: no <main> or <article>; read <${best.tagName}${attr(best, 'id') ? ` id="${attr(best, 'id')}"` : ''}>, which holds most of the text`);
  return best;
}

/** Visit elements, not entering furniture. */
function visit(node: Node, on: (el: Element) => void): void {
  for (const c of children(node)) {
    if (!isElement(c) || isFurniture(c)) continue;
    on(c);
    visit(c, on);
  }
}

/** Characters of text in paragraphs, items, cells and headings under `el`, outside furniture and links. */
function paragraphText(el: Element): number {
  let n = 0;
  const count = (node: Node, inText: boolean, inLink: boolean): void => {
    for (const c of children(node)) {
      if (isElement(c)) {
        if (isFurniture(c)) continue;
        const t = c.tagName;
        count(c, inText || t === 'p' || t === 'li' || t === 'td' || HEADINGS.has(t), inLink || t === 'a');
      } else if (inText && !inLink && (c as TextNode).value !== undefined) n += (c as TextNode).value.trim().length;
    }
  };
  count(el, el.tagName === 'p', false);
  return n;
}

/** The `lang` in force at `el` (its own or an ancestor's). */
function inheritedLang(el: Element): string | undefined {
  for (let e: Element | null = el; e; e = (e.parentNode as Element | null)) {
    if (!isElement(e as Node)) break;
    const lang = attr(e, 'lang') ?? attr(e, 'xml:lang');
    if (lang !== undefined) return primaryLanguage(lang);
  }
  return undefined;
}

/** Turns the content element into blocks. */
class Walker {
  /** The block being filled with inline text (an anonymous paragraph between block elements, or a `<p>`). */
  private open: Block | undefined;
  private firstHeading = true;
  private listDepth = 0;

  constructor(private readonly value: string, private readonly blocks: Block[], private readonly replacements: Replacement[]) {}

  /** Walk a block container: its block children make blocks, loose inline text makes paragraphs. */
  block(el: Element, lang: string | undefined): void {
    const own = attr(el, 'lang');
    if (own !== undefined) lang = primaryLanguage(own);
    let number = Number(attr(el, 'start') ?? '1');
    if (!Number.isFinite(number)) number = 1;
    for (const c of children(el)) {
      if (!isElement(c)) {
        this.inline(c, () => this.anonymous(lang));
        continue;
      }
      if (isFurniture(c)) continue;
      const t = c.tagName;
      if (HEADINGS.has(t)) {
        this.close();
        const level = Number(t[1]);
        this.leaf(c, 'heading', lang, { level });
      } else if (t === 'li') {
        this.close();
        const label = el.tagName === 'ol' ? `${attr(c, 'value') ?? number}.` : undefined;
        number = Number(attr(c, 'value') ?? number) + 1;
        this.listDepth++;
        this.leaf(c, 'item', lang, { level: this.listDepth, ...(label ? { label } : {}) });
        this.listDepth--;
      } else if (t === 'td' || t === 'th') {
        this.close();
        this.leaf(c, 'cell', lang, {});
      } else if (t === 'p' || t === 'dt' || t === 'dd' || t === 'pre' || t === 'caption' || t === 'summary' || t === 'address') {
        this.close();
        this.leaf(c, 'paragraph', lang, {});
      } else if (t === 'br') {
        if (this.open) this.open.ranges.push(c.sourceCodeLocation!.startOffset, c.sourceCodeLocation!.startOffset);
      } else if (BLOCK_ELEMENTS.has(t)) {
        this.close();
        this.block(c, lang);
        this.close();
      } else {
        this.inline(c, () => this.anonymous(lang));
      }
    }
  }

  /** A block element: its inline text is one block; block elements inside it (a list in an item) follow it. */
  private leaf(el: Element, kind: BlockKind, lang: string | undefined, extra: Partial<Block>): void {
    const own = attr(el, 'lang');
    if (own !== undefined) lang = primaryLanguage(own);
    if (kind === 'heading' && this.firstHeading && this.blocks.length === 0 && extra.level === 1) kind = 'title';
    if (kind === 'heading') this.firstHeading = false;
    const block: Block = { kind, ranges: [], ...extra, ...(lang ? { lang } : {}) };
    this.blocks.push(block);
    this.open = block;
    const nested: Element[] = [];
    for (const c of children(el)) {
      if (isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'table' || c.tagName === 'blockquote')) {
        if (!isFurniture(c)) nested.push(c);
        continue;
      }
      if (nested.length > 0) continue;
      // Paragraphs inside an item or a cell (a loose list: `<li><p>…</p></li>`) are its text, a line apart.
      if (isElement(c) && (c.tagName === 'p' || c.tagName === 'div') && block.ranges.length > 0) {
        const at = c.sourceCodeLocation!.startOffset;
        block.ranges.push(at, at);
      }
      this.inline(c, () => block);
    }
    this.open = undefined;
    if (block.ranges.length === 0) this.drop(block);
    for (const c of nested) this.block(c, lang);
    this.open = undefined;
  }

  /** Inline content: text nodes become ranges of the current block; furniture and code-only elements are skipped. */
  private inline(node: Node, target: () => Block): void {
    if (isElement(node)) {
      if (isFurniture(node)) return;
      if (node.tagName === 'br') {
        const at = node.sourceCodeLocation!.startOffset;
        target().ranges.push(at, at);
        return;
      }
      for (const c of children(node)) this.inline(c, target);
      return;
    }
    const loc = (node as TextNode).sourceCodeLocation;
    if ((node as TextNode).value === undefined || !loc) return;
    if ((node as TextNode).value.trim() === '' && this.open === undefined) return;
    const block = target();
    block.ranges.push(loc.startOffset, loc.endOffset);
    this.escapes(loc.startOffset, loc.endOffset);
  }

  /** The paragraph that loose text between block elements goes into. */
  private anonymous(lang: string | undefined): Block {
    if (!this.open) {
      this.open = { kind: 'paragraph', ranges: [], ...(lang ? { lang } : {}) };
      this.blocks.push(this.open);
    }
    return this.open;
  }

  private close(): void {
    const b = this.open;
    if (b && !b.ranges.some((_, k) => k % 2 === 0 && this.value.slice(b.ranges[k], b.ranges[k + 1]).trim() !== '')) this.drop(b);
    this.open = undefined;
  }

  /** Remove a block that got no text (it is the last one pushed, so this is constant time). */
  private drop(block: Block): void {
    const i = this.blocks.lastIndexOf(block);
    if (i >= 0) this.blocks.splice(i, 1);
  }

  /** Character references in a text node, mapped to the characters they stand for. */
  private escapes(start: number, end: number): void {
    const v = this.value;
    for (let k = v.indexOf('&', start); k >= 0 && k < end; k = v.indexOf('&', k + 1)) {
      const m = /^&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/.exec(v.slice(k, Math.min(end, k + 40)));
      if (!m) continue;
      const text = decodeHTML(m[0]);
      if (text !== m[0]) this.replacements.push({ offset: k, length: m[0].length, text: text.startsWith('&') ? text : text });
    }
  }
}

/**
 * Markdown (CommonMark, with YAML or TOML front matter): headings, paragraphs, list items, table
 * cells and block quotes as blocks whose ranges point at the text of the file itself, read with
 * mdast-util-from-markdown (micromark). Front matter, code blocks and raw HTML are not text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { decodeHTML } from 'entities/decode';
import type { Nodes, Parents, RootContent } from 'mdast';
import type { Block, BlockKind, FormatReading, Replacement } from './types.js';
import { primaryLanguage } from './xliff.js';

/**
 * Read a Markdown file.
 * @param value the decoded file
 */
export function readMarkdown(value: string): FormatReading {
  const tree = fromMarkdown(value, {
    extensions: [frontmatter(['yaml', 'toml']), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmTableFromMarkdown()],
  });
  const blocks: Block[] = [];
  const replacements: Replacement[] = [];
  let lang: string | undefined;
  const notes: string[] = [];
  const first = tree.children[0];
  if (first && (first.type === 'yaml' || (first as { type: string }).type === 'toml')) {
    const m = /^\s*(?:lang|language)\s*[:=]\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)/m.exec((first as { value: string }).value);
    if (m) lang = primaryLanguage(m[1]);
  }

  const walk = (nodes: readonly RootContent[], listDepth: number): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          push('heading', node, { level: node.depth });
          break;
        case 'paragraph':
          push('paragraph', node, {});
          break;
        case 'blockquote':
          walk(node.children, listDepth);
          break;
        case 'list': {
          let n = node.start ?? 1;
          for (const item of node.children) {
            const label = node.ordered ? `${n++}.` : undefined;
            const [head, ...rest] = item.children;
            if (head && head.type === 'paragraph') push('item', head, { level: listDepth + 1, ...(label ? { label } : {}) });
            walk(head && head.type === 'paragraph' ? rest : item.children, listDepth + 1);
          }
          break;
        }
        case 'table':
          for (const row of node.children) for (const cell of row.children) push('cell', cell, {});
          break;
        default:
          // Front matter, code, raw HTML, thematic breaks, definitions: not prose.
          break;
      }
    }
  };

  const push = (kind: BlockKind, node: Parents, extra: Partial<Block>): void => {
    const ranges: number[] = [];
    inline(node, ranges);
    if (ranges.length === 0) return;
    blocks.push({ kind, ranges, ...extra, ...(lang ? { lang } : {}) });
  };

  const inline = (node: Nodes, ranges: number[]): void => {
    const pos = node.position;
    switch (node.type) {
      case 'text': {
        if (pos?.start.offset === undefined || pos.end.offset === undefined) return;
        ranges.push(pos.start.offset, pos.end.offset);
        escapes(pos.start.offset, pos.end.offset);
        return;
      }
      case 'inlineCode': {
        if (pos?.start.offset === undefined || pos.end.offset === undefined) return;
        let a = pos.start.offset;
        let b = pos.end.offset;
        while (a < b && value.charCodeAt(a) === 96) a++;
        while (b > a && value.charCodeAt(b - 1) === 96) b--;
        ranges.push(a, b);
        return;
      }
      case 'break':
        if (pos?.start.offset !== undefined) ranges.push(pos.start.offset, pos.start.offset);
        return;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) for (const c of node.children as Nodes[]) inline(c, ranges);
    }
  };

  /** Backslash escapes and character references in a text node's source, mapped to the characters they stand for. */
  const escapes = (start: number, end: number): void => {
    const re = /\\([!-/:-@[-`{-~])|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
    const slice = value.slice(start, end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const text = m[1] !== undefined ? m[1] : decodeHTML(m[0]);
      if (text !== m[0]) replacements.push({ offset: start + m.index, length: m[0].length, text });
    }
  };

  walk(tree.children, 0);
  return { format: 'markdown', value, blocks, replacements, notes };
}

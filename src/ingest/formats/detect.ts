/**
 * Which format a file is in, judged by its content: magic bytes for binary formats (a ZIP holding
 * `word/document.xml` or an OpenDocument text mimetype, `%PDF-`), the root element for XML, the
 * doctype or tags for HTML, and front matter or headings for Markdown. The extension only breaks
 * a tie for Markdown, whose cues (`# Title`) are also plain text.
 */
import type { Format } from './types.js';

/** A format fbcoop reads, or why the file is not one. */
export type Detected = { format: Format } | { unsupported: string };

/** Bytes of a ZIP archive searched for the names of its entries (the central directory sits at the end). */
const ZIP_NAME_SCAN = 1 << 20;

/** Characters of a text file's start examined for its root element or Markdown cues. */
const TEXT_HEAD = 4096;

/** Extensions under which `#` headings and the like make a file Markdown rather than text. */
const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd)$/i;

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/**
 * The binary format of `bytes`, if they start with the signature of one.
 * @returns the format, an unsupported binary format's reason, or undefined when the bytes are not a known binary format
 */
export function detectBinary(bytes: Uint8Array): Detected | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipFormat(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { unsupported: 'old Office document (.doc): save it as .docx' };
  return undefined;
}

/** A ZIP archive: DOCX by its `word/document.xml` entry, ODT by its mimetype (stored first, uncompressed). */
function zipFormat(bytes: Uint8Array): Detected {
  const head = latin1(bytes, 0, Math.min(bytes.length, 200));
  if (head.includes('mimetype') && head.includes('application/vnd.oasis.opendocument.text')) return { format: 'odt' };
  if (head.includes('application/vnd.oasis.opendocument')) return { unsupported: 'OpenDocument file that is not a text document' };
  const scanFrom = Math.max(0, bytes.length - ZIP_NAME_SCAN);
  const names = latin1(bytes, scanFrom, bytes.length) + (scanFrom > 0 ? latin1(bytes, 0, Math.min(bytes.length, ZIP_NAME_SCAN)) : '');
  if (names.includes('word/document.xml')) return { format: 'docx' };
  return { unsupported: 'ZIP archive that is not a DOCX or ODT document' };
}

function latin1(bytes: Uint8Array, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/**
 * The format of a decoded text file.
 * @param value the decoded text (BOM removed)
 * @param path the path, whose extension only decides between Markdown and plain text
 */
export function detectText(value: string, path: string): Detected {
  const head = value.slice(0, TEXT_HEAD);
  const lead = head.replace(/^\s+/, '');
  if (lead.startsWith('<')) {
    const root = rootElement(lead);
    if (root !== undefined) {
      const local = root.replace(/^.*:/, '').toLowerCase();
      if (local === 'xliff') return { format: 'xliff' };
      if (local === 'tmx') return { format: 'tmx' };
      if (local === 'html') return { format: 'html' };
      if (/^<!doctype\s+html/i.test(lead)) return { format: 'html' };
      if (/^(head|body|div|p|section|article|main|h[1-6]|table|ul|ol)$/.test(local)) return { format: 'html' };
      if (/^<\?xml/.test(lead)) return { unsupported: `XML document with root <${root}>, not a format fbcoop reads` };
    }
    if (/^<!doctype\s+html/i.test(lead)) return { format: 'html' };
  }
  if (isMarkdown(head, path)) return { format: 'markdown' };
  return { format: 'text' };
}

/** The name of the first element, after any XML declaration, comments, processing instructions and doctype. */
function rootElement(text: string): string | undefined {
  let i = 0;
  for (let guard = 0; guard < 64; guard++) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else if (text.startsWith('<!', i)) i = after(text, '>', i);
    else break;
    if (i < 0) return undefined;
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
  return m ? m[1] : undefined;
}

function after(text: string, close: string, from: number): number {
  const k = text.indexOf(close, from);
  return k < 0 ? -1 : k + close.length;
}

/**
 * Markdown: YAML front matter (`---` lines around `key: value` lines) whatever the name, or, in a
 * file named `.md`, an ATX heading, a setext underline, a fenced block or a link.
 */
function isMarkdown(head: string, path: string): boolean {
  if (/^(?:\ufeff)?---[ \t]*\r?\n(?:[ \t]*(?:#.*|[\w-]+[ \t]*:.*|-[ \t].*|)\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(head)
    && /^[\w-]+[ \t]*:/m.test(head)) return true;
  if (!MARKDOWN_EXTENSIONS.test(path)) return false;
  return /^#{1,6}[ \t]+\S/m.test(head) || /^\S.*\r?\n(?:=+|-+)[ \t]*$/m.test(head) || /^(?:```|~~~)/m.test(head) || /\[[^\]\n]+\]\([^)\s]+\)/.test(head);
}

/**
 * PDF reader, best effort: pdf.js (bundled by unpdf, which runs on Node 20 without a native
 * canvas) gives each page's text items with their positions; `pdf-layout` makes lines in reading
 * order without furniture and `pdf-blocks` rebuilds paragraphs, headings and list items.
 * Loaded only when a PDF is seen.
 */
import type { FormatReading } from './types.js';
import { FbcoopError } from '../../errors.js';
import { damaged, errorLine } from './damaged.js';
import { itemsToLines, dropFurniture, readingOrder, type Line, type TextItem } from './pdf-layout.js';
import { linesToBlocks } from './pdf-blocks.js';
import { RenditionBuilder } from './rendition.js';

/** Options of the PDF reader. */
export interface PdfReadOptions {
  /** Accepted for symmetry with DOCX and ODT: a PDF has no tracked changes. */
  revisions?: 'accepted' | 'original';
  /** The file's path, for error messages. */
  path?: string;
}

/** Longest a PDF may take to open and read (ms): pdf.js on a hostile file must not hang the run. */
const PDF_TIMEOUT_MS = 60_000;

interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/**
 * Read a PDF file.
 * @param bytes the file's content
 * @param options the path for messages
 * @returns the text rendition; blocks carry `page`/`lineOnPage` in `locator` and each line's in `places`
 * @throws FbcoopError `E_INPUT_DAMAGED` for a damaged or encrypted file, `E_INPUT_EMPTY` for one with no text (a scan)
 */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<FormatReading> {
  const pages = await withTimeout(extractPages(bytes, options.path), PDF_TIMEOUT_MS, options.path);
  const notes: string[] = [];
  const { pages: kept, dropped } = dropFurniture(pages);
  const lines: Line[] = kept.flatMap((pageLines) => readingOrder(pageLines));
  if (lines.length === 0) {
    const prefix = options.path === undefined ? '' : `${options.path}: `;
    throw new FbcoopError('E_INPUT_EMPTY', `${prefix}no text in this PDF (a scan needs OCR first)`);
  }
  const out = new RenditionBuilder();
  const hyphens = linesToBlocks(lines, out);
  if (dropped > 0) notes.push(`${dropped} running header, footer or page-number line(s) dropped`);
  if (hyphens.lineEndHyphens > 0) {
    notes.push(`${hyphens.lineEndHyphens} line-end hyphen(s): ${hyphens.joined} joined, ${hyphens.kept} kept${hyphens.automatic ? ' (the text is hyphenated automatically)' : ''}`);
  }
  return { format: 'pdf', value: out.value, blocks: out.blocks, notes };
}

async function extractPages(bytes: Uint8Array, path: string | undefined): Promise<Line[][]> {
  const { getDocumentProxy } = await import('unpdf');
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false });
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw damaged('PDF', 'it is encrypted with a password', path, error);
    throw damaged('PDF', `pdf.js cannot open it (${errorLine(error)})`, path, error);
  }
  try {
    const pages: Line[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items as PdfJsTextItem[]) {
        const t = raw.transform;
        if (raw.str === undefined || !t || t.length < 6) continue;
        // rotated or vertical text (margin notes, stamps) is not part of the reading flow
        if (Math.abs(t[1]) > 0.1 * Math.abs(t[0]) || t[0] <= 0) continue;
        items.push({ text: raw.str, x: t[4], y: t[5], width: raw.width ?? 0, size: Math.hypot(t[2], t[3]) || Math.abs(t[0]) });
      }
      pages.push(itemsToLines(items, number));
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw damaged('PDF', `a page cannot be read (${errorLine(error)})`, path, error);
  } finally {
    void document.loadingTask.destroy();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, path: string | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(damaged('PDF', `reading it took over ${ms / 1000} s`, path)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

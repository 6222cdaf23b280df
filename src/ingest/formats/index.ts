/**
 * The format layer: one reader per format, each loaded only when its format is seen (a dynamic
 * `import()`), so reading plain text costs what it always did. Text formats are read from the
 * decoded file, binary ones from its bytes.
 */
import type { Format, FormatReading } from './types.js';

export type { Block, BlockKind, Format, FormatReading, Locator, Replacement, Revision } from './types.js';
export { detectBinary, detectText, type Detected } from './detect.js';

/** Options every reader may take. */
export interface FormatOptions {
  /** Documents with tracked changes: read them accepted (default) or as they were before. */
  revisions?: 'accepted' | 'original';
}

/** Formats whose reader takes the decoded text. */
export type TextFormat = 'markdown' | 'html' | 'xliff' | 'tmx';
/** Formats whose reader takes the bytes. */
export type BinaryFormat = 'docx' | 'odt' | 'pdf';

/** Names users know the formats by, for messages. */
export const FORMAT_NAMES: Record<Format, string> = {
  text: 'plain text', markdown: 'Markdown', html: 'HTML', xliff: 'XLIFF', tmx: 'TMX', docx: 'DOCX', odt: 'ODT', pdf: 'PDF',
};

/**
 * Imports a reader. The bundled CLI runs inside `vm.Script` (for its code cache), where `import()`
 * needs a flag on Node 20: its loader (`bin/load.js`) then provides this hook instead.
 */
const importHook = (globalThis as { __fbcoopImportReader?: (name: string) => Promise<unknown> }).__fbcoopImportReader;

const html = async (): Promise<typeof import('./html.js')> => (importHook ? importHook('html') : import('./html.js')) as Promise<typeof import('./html.js')>;
const markdown = async (): Promise<typeof import('./markdown.js')> => (importHook ? importHook('markdown') : import('./markdown.js')) as Promise<typeof import('./markdown.js')>;
const xliff = async (): Promise<typeof import('./xliff.js')> => (importHook ? importHook('xliff') : import('./xliff.js')) as Promise<typeof import('./xliff.js')>;
const docx = async (): Promise<typeof import('./docx.js')> => (importHook ? importHook('docx') : import('./docx.js')) as Promise<typeof import('./docx.js')>;
const odt = async (): Promise<typeof import('./odt.js')> => (importHook ? importHook('odt') : import('./odt.js')) as Promise<typeof import('./odt.js')>;
const pdf = async (): Promise<typeof import('./pdf.js')> => (importHook ? importHook('pdf') : import('./pdf.js')) as Promise<typeof import('./pdf.js')>;

/**
 * Read a text format.
 * @param format the format detected
 * @param value the decoded file
 */
export async function readTextFormat(format: TextFormat, value: string): Promise<FormatReading> {
  switch (format) {
    case 'markdown': return (await markdown()).readMarkdown(value);
    case 'html': return (await html()).readHtml(value);
    case 'xliff': return (await xliff()).readXliff(value);
    case 'tmx': return (await xliff()).readTmx(value);
  }
}

/**
 * Read a binary format.
 * @param format the format detected
 * @param bytes the file's content
 */
export async function readBinaryFormat(format: BinaryFormat, bytes: Uint8Array, options: FormatOptions & { path?: string } = {}): Promise<FormatReading> {
  switch (format) {
    case 'docx': return (await docx()).readDocx(bytes, options);
    case 'odt': return (await odt()).readOdt(bytes, options);
    case 'pdf': return (await pdf()).readPdf(bytes, options);
  }
}

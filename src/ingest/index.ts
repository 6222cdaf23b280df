/** Stage 1, read: bytes from a file or standard input → a decoded `Document`. */
import type { Document } from '../types.js';
import { computeLineStarts } from '../position.js';
import { decodeBytes } from './decode.js';
import { readFileBytes, readStdinBytes } from './read-bytes.js';
import { FbcoopError, type ErrorCode } from '../errors.js';
import { detectBinary, detectText, FORMAT_NAMES, readBinaryFormat, readTextFormat, type FormatOptions, type TextFormat } from './formats/index.js';
import type { FormatReading } from './formats/types.js';

export { listTextFiles, type ListOptions, type ListResult } from './list-files.js';
export { readConfigFile, CONFIG_FILE_NAME } from './config-file.js';
export { WINDOWS_1252_NOTE } from './decode.js';
export { BoundedBytes, DEFAULT_MAX_INPUT_BYTES, formatSize, parseSize } from './bounded.js';

/** Options for `readDocument` and `loadDocument`. */
export interface ReadOptions extends FormatOptions {
  /** Reads standard input when the path is `-` (injected so tests need no real stdin). */
  stdin?: () => Uint8Array;
  /** Most bytes read from standard input or a file that is not a regular file (default `DEFAULT_MAX_INPUT_BYTES`). */
  maxBytes?: number;
}

/**
 * Read and decode a file (`-` for standard input).
 * @param path the path as the user gave it; `-` reads standard input
 * @throws FbcoopError (exit 2) for a missing, unreadable, binary, directory or empty input
 */
export function readDocument(path: string, options: ReadOptions = {}): Document {
  const bytes = path === '-' ? (options.stdin ? options.stdin() : readStdinBytes(options.maxBytes)) : readFileBytes(path, options.maxBytes);
  return decodeDocument(bytes, path);
}

/**
 * Read a side file that may legitimately be empty (a lexicon): its text, or `''` when the file
 * is empty or holds only whitespace.
 * @throws FbcoopError (exit 2) for a missing, unreadable, binary or directory path
 */
export function readOptionalText(path: string): string {
  const bytes = readFileBytes(path);
  let blank = true;
  for (let k = 0; k < bytes.length && blank; k++) {
    const b = bytes[k];
    // ASCII whitespace, and the bytes of a UTF-8 BOM.
    if (!(b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0xef || b === 0xbb || b === 0xbf)) blank = false;
  }
  return blank ? '' : decodeDocument(bytes, path).value;
}

/**
 * Decode bytes: UTF-8 with or without BOM, UTF-16 LE/BE (with a BOM, or recognised without
 * one, with a note), else Windows-1252 with a note.
 * @param bytes the file's content
 * @param path the path to report (`-` for standard input)
 * @throws FbcoopError (exit 2) for binary, empty or whitespace-only content
 */
export function decodeDocument(bytes: Uint8Array, path: string): Document {
  const { value, encoding, notes } = decodeBytes(bytes, path);
  return { path, value, encoding, lineStarts: computeLineStarts(value), notes };
}

/**
 * Read a document in any format fbcoop reads (plain text, Markdown, HTML, XLIFF, TMX, DOCX,
 * ODT, PDF), chosen by content. The reader of a format is loaded only when a file in it is seen.
 * @param path the path as the user gave it; `-` reads standard input
 * @throws FbcoopError (exit 2) for a missing, unreadable, empty, unsupported or damaged input
 */
export async function loadDocument(path: string, options: ReadOptions = {}): Promise<Document> {
  const bytes = path === '-' ? (options.stdin ? options.stdin() : readStdinBytes(options.maxBytes)) : readFileBytes(path, options.maxBytes);
  return parseDocument(bytes, path, options);
}

/**
 * Read a document's bytes in any format fbcoop reads, chosen by content.
 * @param bytes the file's content
 * @param path the path to report (`-` for standard input); its extension only tells Markdown from text
 * @throws FbcoopError (exit 2) for empty, unsupported or damaged content
 */
export async function parseDocument(bytes: Uint8Array, path: string, options: FormatOptions = {}): Promise<Document> {
  const name = path === '-' ? '<stdin>' : path;
  const binary = detectBinary(bytes);
  if (binary !== undefined) {
    if ('unsupported' in binary) throw new FbcoopError('E_INPUT_UNSUPPORTED', `${name}: ${binary.unsupported}, not a format fbcoop reads`);
    const format = binary.format as 'docx' | 'odt' | 'pdf';
    const reading = await guarded(name, format, () => readBinaryFormat(format, bytes, { revisions: options.revisions, path: name }));
    if (reading.value.trim() === '') throw new FbcoopError('E_INPUT_EMPTY', `${name}: no text in this ${FORMAT_NAMES[format]} file`);
    const doc = fromReading({ path, value: reading.value, encoding: 'utf-8', lineStarts: computeLineStarts(reading.value), notes: [] }, reading);
    if (doc.revisions !== undefined) doc.revisionMode = options.revisions ?? 'accepted';
    return doc;
  }
  const doc = decodeDocument(bytes, path);
  const detected = detectText(doc.value, path);
  if ('unsupported' in detected) throw new FbcoopError('E_INPUT_UNSUPPORTED', `${name}: ${detected.unsupported}`);
  if (detected.format === 'text') return doc;
  const format = detected.format as TextFormat;
  return fromReading(doc, await guarded(name, format, () => readTextFormat(format, doc.value)));
}

/** A reader's failure on a malformed file is the file's problem, said in one line. */
async function guarded(name: string, format: keyof typeof FORMAT_NAMES, read: () => Promise<FormatReading>): Promise<FormatReading> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof FbcoopError) throw error;
    // A reader bundled on its own has its own copy of the class: known by its name and code.
    const known = error as { name?: string; code?: ErrorCode; message?: string };
    if (known?.name === 'FbcoopError' && known.code !== undefined) throw new FbcoopError(known.code, known.message ?? '', error);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FbcoopError('E_INPUT_DAMAGED', `${name}: damaged or unreadable ${FORMAT_NAMES[format]} file (${reason})`, error);
  }
}

function fromReading(doc: Document, reading: FormatReading): Document {
  const value = reading.value;
  const hasText = reading.blocks.some((b) => {
    for (let k = 0; k + 1 < b.ranges.length; k += 2) if (value.slice(b.ranges[k], b.ranges[k + 1]).trim() !== '') return true;
    return false;
  });
  if (!hasText) throw new FbcoopError('E_INPUT_EMPTY', `${doc.path === '-' ? '<stdin>' : doc.path}: no text in this ${FORMAT_NAMES[reading.format]} file`);
  const out: Document = { ...doc, format: reading.format, blocks: reading.blocks, notes: [...doc.notes, ...reading.notes] };
  if (reading.replacements !== undefined && reading.replacements.length > 0) out.replacements = reading.replacements;
  if (reading.revisions !== undefined && reading.revisions.length > 0) out.revisions = reading.revisions;
  return out;
}

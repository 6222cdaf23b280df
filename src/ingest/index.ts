/** Stage 1, read: bytes from a file or standard input → a decoded `Document`. */
import type { Document } from '../types.js';
import { computeLineStarts } from '../position.js';
import { decodeBytes } from './decode.js';
import { readFileBytes, readStdinBytes } from './read-bytes.js';

export { listTextFiles, type ListOptions, type ListResult } from './list-files.js';
export { readConfigFile, CONFIG_FILE_NAME } from './config-file.js';
export { WINDOWS_1252_NOTE } from './decode.js';
export { BoundedBytes, DEFAULT_MAX_INPUT_BYTES, formatSize, parseSize } from './bounded.js';

/** Options for `readDocument`. */
export interface ReadOptions {
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

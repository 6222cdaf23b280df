/** Stage 1, read: bytes from a file or standard input → a decoded `Document`. */
import type { Document } from '../types.js';
import { InternalError } from '../errors.js';

/** Options for `readDocument`. */
export interface ReadOptions {
  /** Reads standard input when the path is `-` (injected so tests need no real stdin). */
  stdin?: () => Uint8Array;
}

/**
 * Read and decode a file (`-` for standard input).
 * @throws FbcoopError (exit 2) for a missing, unreadable, binary, directory or empty input
 */
export function readDocument(path: string, options: ReadOptions = {}): Document {
  void path; void options;
  throw new InternalError('readDocument: not implemented yet');
}

/**
 * Decode bytes (UTF-8 with or without BOM, UTF-16 LE/BE with BOM, else Windows-1252).
 * @param bytes the file's content
 * @param path the path to report
 */
export function decodeDocument(bytes: Uint8Array, path: string): Document {
  void bytes; void path;
  throw new InternalError('decodeDocument: not implemented yet');
}

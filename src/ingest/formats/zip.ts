/** The zip container of DOCX and ODT, opened with fflate (pure JavaScript, synchronous). */
import { unzipSync } from 'fflate';
import { FbcoopError } from '../../errors.js';

/** Largest uncompressed part read (bytes): an office document's XML is far smaller; a bigger one is a zip bomb or not a document. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

/**
 * Open a zip archive and return the parts wanted, decoded as UTF-8.
 * @param bytes the file's content
 * @param format the format's name for messages (`DOCX`, `ODT`)
 * @param wanted which entries to inflate (others are skipped unread)
 * @param path the file's path for messages, if known
 * @returns entry name → text, for the wanted entries present
 * @throws FbcoopError `E_INPUT_DAMAGED` when the archive cannot be read
 */
export function readZipParts(
  bytes: Uint8Array,
  format: string,
  wanted: (name: string) => boolean,
  path?: string,
): Map<string, string> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new Error(`${file.name} is too large (${Math.round(file.originalSize / 1e6)} MB)`);
        return true;
      },
    });
  } catch (error) {
    throw damaged(format, `the zip archive cannot be read (${describe(error)})`, path, error);
  }
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(entries)) parts.set(name, decoder.decode(data));
  return parts;
}

/**
 * The error for a document fbcoop cannot read.
 * @param format the format's name (`DOCX`, `ODT`, `PDF`)
 * @param problem what is wrong, in a few words
 * @param path the file's path, if known
 * @param cause the underlying error
 */
export function damaged(format: string, problem: string, path: string | undefined, cause?: unknown): FbcoopError {
  const prefix = path === undefined ? '' : `${path}: `;
  return new FbcoopError('E_INPUT_DAMAGED', `${prefix}damaged ${format}: ${problem}`, cause);
}

/** An error's message on one line, lower-cased first letter, without a trailing full stop. */
export function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0].trim().replace(/\.$/, '');
  return line.charAt(0).toLowerCase() + line.slice(1) || 'unknown error';
}

/** The zip container of DOCX and ODT, opened with fflate (pure JavaScript, synchronous). */
import { unzipSync } from 'fflate';
import { damaged, errorLine } from './damaged.js';

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
    throw damaged(format, `the zip archive cannot be read (${errorLine(error)})`, path, error);
  }
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(entries)) parts.set(name, decoder.decode(data));
  return parts;
}

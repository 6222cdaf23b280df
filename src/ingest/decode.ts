/** Bytes → text: byte-order marks, UTF-8, UTF-16, and the Windows-1252 fallback. */
import { Buffer, isUtf8 } from 'node:buffer';
import type { Encoding } from '../types.js';
import { FbcoopError } from '../errors.js';
import { binaryReason, bomlessUtf16Of, bomOf } from './sniff.js';

/** The note a user sees when a file was not UTF-8 (other stages and tests rely on its wording). */
export const WINDOWS_1252_NOTE = 'not valid UTF-8: read as Windows-1252';

/** Decoded text with how it was decoded. */
export interface Decoded {
  value: string;
  encoding: Encoding;
  notes: string[];
}

/** The name used in messages: `<stdin>` for `-`, else the path as given. */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/**
 * Decode a file's bytes, or throw a one-line `FbcoopError` when they are not text.
 * UTF-16 is recognised before the NUL-byte test, since its ASCII is half NULs.
 * @param bytes the whole content
 * @param path the path to name in messages (`-` for standard input)
 */
export function decodeBytes(bytes: Uint8Array, path: string): Decoded {
  const name = displayName(path);
  if (bytes.length === 0) {
    throw new FbcoopError('E_INPUT_EMPTY', path === '-' ? `${name}: empty input` : `${name}: empty file`);
  }
  let decoded: Decoded;
  try {
    decoded = decodeText(bytes, name);
  } catch (error) {
    // V8 caps string length (about 512 MB of text); say so rather than crash.
    if (error instanceof RangeError) {
      throw new FbcoopError('E_INPUT_UNREADABLE', `${name}: too large to read as text (${Math.round(bytes.length / 1e6)} MB)`, error);
    }
    throw error;
  }
  if (decoded.value.trim() === '') {
    throw new FbcoopError('E_INPUT_EMPTY', `${name}: no text (only whitespace)`);
  }
  return decoded;
}

function decodeText(bytes: Uint8Array, name: string): Decoded {
  const bom = bomOf(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return decodeUtf16(bytes.subarray(2), bom, []);
  if (bom === 'utf-8') return decodeUtf8OrWindows1252(bytes.subarray(3));
  const bomless = bomlessUtf16Of(bytes);
  if (bomless) {
    return decodeUtf16(bytes, bomless, [`no byte-order mark: read as ${bomless === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}`]);
  }
  const reason = binaryReason(bytes);
  if (reason) throw new FbcoopError('E_INPUT_BINARY', `${name}: binary file (${reason}), not text`);
  return decodeUtf8OrWindows1252(bytes);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', notes: string[]): Decoded {
  try {
    // ignoreBOM: the mark was already removed; a second one would be text.
    return { value: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding, notes };
  } catch (error) {
    if (!isInvalidData(error)) throw error;
    const value = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    return { value, encoding, notes: [...notes, 'damaged UTF-16 (odd length or lone surrogate): bad characters read as U+FFFD'] };
  }
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): Decoded {
  // Validated, then decoded, by Node's SIMD UTF-8 code: ten times faster on a 100 MB file than a
  // fatal TextDecoder, with the same verdict (WHATWG UTF-8), the byte-order mark kept as U+FEFF.
  if (isUtf8(bytes)) {
    return { value: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8', notes: [] };
  }
  return { value: decodeWindows1252(bytes), encoding: 'windows-1252', notes: [WINDOWS_1252_NOTE] };
}

/** Whether a TextDecoder error means malformed bytes (not, say, a string too long). */
function isInvalidData(error: unknown): boolean {
  return error instanceof TypeError && (error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the WHATWG table; the five
 * unassigned bytes map to the C1 control of the same number).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decode Windows-1252 by table. Node's `TextDecoder('windows-1252')` decodes
 * as Latin-1 in some versions, which would turn `’` (0x92) into a C1 control.
 * Every byte has a character, so nothing is lost.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : b;
  }
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

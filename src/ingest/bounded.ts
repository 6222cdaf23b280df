/**
 * Reading what has no size known in advance (standard input, a pipe, a device) without
 * growing for ever: `fbcoop segment /dev/zero` grew to 5 GB before this (issue 11). Bytes
 * are collected up to a limit, and a stream that is plainly binary from its first bytes
 * (NUL bytes, control characters) is refused without reading the rest.
 */
import { FbcoopError } from '../errors.js';
import { displayName } from './decode.js';
import { binaryReason, bomlessUtf16Of, bomOf, SNIFF_LENGTH } from './sniff.js';

/**
 * Most bytes read from standard input or a file that is not a regular file (`--max-input`).
 * 256 MiB is several times the largest corpus documents we have seen (a 60 MB text decodes to
 * about 120 MB of string and stays under 2 GB of memory through the whole pipeline).
 */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Binary reasons that no text format can have at its start (signatures may be formats a reader knows). */
const PLAINLY_BINARY = new Set(['NUL bytes', 'control characters']);

/** Collects the chunks of one stream, enforcing the limit and the early binary check. */
export class BoundedBytes {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private sniffed = false;

  /**
   * @param path the path as the user gave it (`-` for standard input), for messages
   * @param limit most bytes accepted
   */
  constructor(
    private readonly path: string,
    private readonly limit: number = DEFAULT_MAX_INPUT_BYTES,
  ) {}

  /** Bytes collected so far. */
  get length(): number {
    return this.total;
  }

  /**
   * Add a chunk (copied).
   * @throws FbcoopError E_INPUT_TOO_LARGE past the limit, E_INPUT_BINARY when plainly binary
   */
  add(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.total += chunk.length;
    if (this.total > this.limit) {
      throw new FbcoopError('E_INPUT_TOO_LARGE', `${displayName(this.path)}: more than ${formatSize(this.limit)} to read (${this.path === '-' ? 'standard input' : 'not a regular file'}); raise the limit with --max-input, e.g. --max-input ${formatSize(this.limit * 4).replace(/ /g, '')}`);
    }
    this.chunks.push(Buffer.from(chunk));
    if (!this.sniffed && this.total >= SNIFF_LENGTH) this.sniff();
  }

  /** All the bytes, once the stream has ended. */
  bytes(): Buffer {
    if (!this.sniffed) this.sniff();
    return Buffer.concat(this.chunks, this.total);
  }

  private sniff(): void {
    this.sniffed = true;
    const head = Buffer.concat(this.chunks, this.total).subarray(0, SNIFF_LENGTH);
    if (head.length === 0 || bomOf(head) !== undefined || bomlessUtf16Of(head) !== undefined) return;
    const reason = binaryReason(head);
    if (reason !== undefined && PLAINLY_BINARY.has(reason)) {
      throw new FbcoopError('E_INPUT_BINARY', `${displayName(this.path)}: binary file (${reason}), not text`);
    }
  }
}

/**
 * A size for messages: `256 MB`, `1.5 GB`, `900 KB` (binary units, as `--max-input` reads them).
 * @param bytes a size in bytes
 */
export function formatSize(bytes: number): string {
  const units = [['GB', 2 ** 30], ['MB', 2 ** 20], ['KB', 2 ** 10]] as const;
  for (const [unit, size] of units) if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  return `${bytes} bytes`;
}

/**
 * Parse a size flag: a number of bytes, or with a unit `K`, `M`, `G` (binary: `512M`, `2G`).
 * @returns the size in bytes, or undefined when the text is not a size
 */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const scale = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, b: 1 }[(m[2] ?? 'b')[0].toLowerCase() as 'k' | 'm' | 'g' | 'b'];
  const bytes = Math.floor(Number(m[1]) * scale);
  return bytes >= 1 ? bytes : undefined;
}

/** The CLI's own I/O: standard input, output files, and broken pipes. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { FbcoopError } from '../errors.js';
import { BoundedBytes, DEFAULT_MAX_INPUT_BYTES, parseSize } from '../ingest/index.js';
import { colorEnabled, type FormatOptions } from '../report/index.js';
import { VERSION } from '../version.js';
import type { CliIo } from './main.js';

/** Flags every command takes. */
export interface CommonFlags {
  output?: string;
  color?: boolean;
  quiet?: boolean;
  granularity: string;
  maxInput?: string;
}

/** Where and how to write a command's output. */
export interface Output {
  file?: string;
  formatOptions: FormatOptions;
}

/**
 * Read a whole stream (standard input) into bytes, up to `maxBytes`.
 * @throws FbcoopError E_INPUT_TOO_LARGE past the limit, E_INPUT_BINARY when plainly binary
 */
export async function readAll(stream: NodeJS.ReadableStream, maxBytes?: number): Promise<Uint8Array> {
  const sink = new BoundedBytes('-', maxBytes);
  for await (const chunk of stream) sink.add(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
  return sink.bytes();
}

/**
 * `--max-input`: most bytes read from standard input or a non-regular file.
 * @throws FbcoopError E_USAGE when not a size
 */
export function maxInputOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_INPUT_BYTES;
  const bytes = parseSize(value);
  if (bytes === undefined) throw new FbcoopError('E_USAGE', `--max-input ${value}: expected a size such as 512M or 2G`);
  return bytes;
}

/**
 * Write the output to `-o` or standard output: one text, or pieces (`reportPieces`), which are
 * gathered into writes of about `WRITE_CHUNK` characters so that a report of hundreds of
 * megabytes is never one string (issue 11). A closed pipe (`fbcoop … | head`) is not an
 * error, as for `git log | head`: the reader has all it wanted, and writing stops. Any other
 * failure (a full disk, `> /dev/full`) is: CI must not pass on a report that was never written.
 * @throws FbcoopError E_OUTPUT when the output cannot be written
 */
export async function writeOutput(text: string | Iterable<string>, out: Output, io: CliIo): Promise<void> {
  const chunks = typeof text === 'string' ? [text] : gather(text);
  if (out.file !== undefined && out.file !== '-') {
    writeFile(out.file, chunks);
    return;
  }
  for (const chunk of chunks) {
    const error = await new Promise<Error | null | undefined>((resolve) => {
      try {
        // The callback comes once the chunk is handed on: one chunk in flight at a time is the backpressure.
        io.stdout.write(chunk, (e?: Error | null) => resolve(e));
      } catch (e) {
        resolve(e as Error);
      }
    });
    const failure = error ?? stdoutFailures.get(io.stdout);
    if (failure && (failure as NodeJS.ErrnoException).code !== 'EPIPE') {
      reported.add(io.stdout);
      throw new FbcoopError('E_OUTPUT', `cannot write output: ${failure.message}`, failure);
    }
    if (failure) return;
  }
}

/**
 * Characters per write: large enough that a write's cost is the bytes, not the call (a few hundred
 * writes for a 300 MB report), small enough that the piece in hand is a few megabytes at most.
 */
const WRITE_CHUNK = 1 << 20;

/** The pieces gathered into chunks of about `WRITE_CHUNK` characters (a bigger piece stays whole). */
function* gather(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= WRITE_CHUNK) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  // No pieces, no write: `-o` still creates the (empty) file, as the open empties it.
  if (parts.length > 0) yield parts.join('');
}

/** Write the chunks to a file, created or emptied first. */
function writeFile(file: string, chunks: Iterable<string>): void {
  const fail = (error: unknown): never => {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message;
    throw new FbcoopError('E_OUTPUT', `${file}: cannot write output (${reason})`, error);
  };
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (error) {
    return fail(error);
  }
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk);
      // writeSync may take fewer bytes than given (it does not on a regular file, but a device may).
      for (let at = 0; at < bytes.length; ) {
        try {
          at += writeSync(fd, bytes, at);
        } catch (error) {
          fail(error);
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

const guarded = new WeakSet<object>();
/** Errors standard output reported outside a write's callback, for the next write to report. */
const stdoutFailures = new WeakMap<object, Error>();
/** Standard outputs whose failure has been reported (the stream's late 'error' event is the same failure). */
const reported = new WeakSet<object>();

/**
 * A reader that stops early (`fbcoop … | head`) closes the pipe: the stream may report it
 * after the write's callback, so a listener stays for the whole run. It only records: the
 * failure is reported once, by `writeOutput` or `lateOutputFailure`.
 */
export function guardPipe(io: CliIo): void {
  if (guarded.has(io.stdout)) return;
  guarded.add(io.stdout);
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && !stdoutFailures.has(io.stdout)) stdoutFailures.set(io.stdout, error);
  });
}

/**
 * A failure of standard output that no write reported (it came after the write's callback).
 * @returns the one-line error to report, or undefined
 */
export function lateOutputFailure(io: CliIo): FbcoopError | undefined {
  const failure = stdoutFailures.get(io.stdout);
  if (!failure || reported.has(io.stdout)) return undefined;
  reported.add(io.stdout);
  return new FbcoopError('E_OUTPUT', `cannot write output: ${failure.message}`, failure);
}

/** Where the output goes and how it looks: colour only on a terminal (or when forced), never in a file. */
export function outputOf(flags: CommonFlags, io: CliIo): Output {
  const toFile = flags.output !== undefined && flags.output !== '-';
  const color = !toFile && colorEnabled(io.env, Boolean(io.stdout.isTTY), flags.color === false ? false : undefined);
  return {
    file: flags.output,
    formatOptions: { color, width: toFile ? 120 : (io.stdout.columns ?? columnsOf(io.env) ?? 100), toolVersion: VERSION },
  };
}

/** `COLUMNS` as the shell exports it, for output piped to a pager or a file: a width, or undefined. */
function columnsOf(env: NodeJS.ProcessEnv): number | undefined {
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n >= 20 && n <= 1000 ? n : undefined;
}

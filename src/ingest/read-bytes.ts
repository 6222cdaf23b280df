/** Bytes from a file or standard input, with file-system errors turned into one-line messages. */
import * as fs from 'node:fs';
import { FbcoopError } from '../errors.js';
import { BoundedBytes, DEFAULT_MAX_INPUT_BYTES } from './bounded.js';

/** Chunk size for reading standard input by hand. */
const STDIN_CHUNK = 1 << 16;

/** How long to wait before retrying a non-blocking standard input that has no data yet. */
const EAGAIN_WAIT_MS = 5;

/** How long a named pipe may go without a writer before it is taken as having none. */
const FIFO_WRITER_WAIT_MS = 2000;

/**
 * The whole content of a file. A regular file is read whole (its size is known); anything else
 * (a named pipe, `/dev/stdin`, a device) is read as a stream, up to `maxBytes`, and a named pipe
 * is opened without waiting for a writer, so that one with none does not block for ever.
 * @param path the path as the user gave it (used in messages)
 * @param maxBytes most bytes read from a file that is not a regular file
 * @throws FbcoopError: E_INPUT_NOT_FOUND, E_INPUT_DIRECTORY, E_INPUT_UNREADABLE, E_INPUT_TOO_LARGE, E_INPUT_BINARY
 */
export function readFileBytes(path: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): Uint8Array {
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) {
      throw new FbcoopError('E_INPUT_DIRECTORY', `${path}: is a directory (give a file)`);
    }
    if (stat.isFile()) return fs.readFileSync(path);
    return readStreamFile(path, stat.isFIFO(), maxBytes);
  } catch (error) {
    if (error instanceof FbcoopError) throw error;
    throw fileError(path, error);
  }
}

/** A pipe or device, read chunk by chunk up to the limit. */
function readStreamFile(path: string, fifo: boolean, maxBytes: number): Uint8Array {
  // O_NONBLOCK: opening a named pipe otherwise waits until a writer opens it, maybe never.
  const fd = fs.openSync(path, fifo ? fs.constants.O_RDONLY | fs.constants.O_NONBLOCK : fs.constants.O_RDONLY);
  try {
    const sink = new BoundedBytes(path, maxBytes);
    const buffer = Buffer.alloc(STDIN_CHUNK);
    let waited = 0;
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        // A writer is there but has written nothing yet: wait for it, as `cat` would.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          sleep(EAGAIN_WAIT_MS);
          continue;
        }
        throw error;
      }
      if (n === 0) {
        // A named pipe reads as ended while no writer has it open: give a writer a moment to come.
        if (fifo && sink.length === 0 && waited < FIFO_WRITER_WAIT_MS) {
          sleep(EAGAIN_WAIT_MS * 10);
          waited += EAGAIN_WAIT_MS * 10;
          continue;
        }
        break;
      }
      sink.add(buffer.subarray(0, n));
    }
    if (fifo && sink.length === 0) {
      throw new FbcoopError('E_INPUT_EMPTY', `${path}: named pipe with no writer (nothing written to it within ${FIFO_WRITER_WAIT_MS / 1000} s)`);
    }
    return sink.bytes();
  } finally {
    fs.closeSync(fd);
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The `FbcoopError` for a failed file-system call on `path`.
 * @param path the path as the user gave it
 * @param error what `fs` threw
 */
export function fileError(path: string, error: unknown): FbcoopError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new FbcoopError('E_INPUT_NOT_FOUND', `${path}: no such file`, error);
    case 'ENOTDIR':
      return new FbcoopError('E_INPUT_NOT_FOUND', `${path}: no such file (a folder on the path is a file)`, error);
    case 'EISDIR':
      return new FbcoopError('E_INPUT_DIRECTORY', `${path}: is a directory (give a file)`, error);
    case 'EACCES':
    case 'EPERM':
      return new FbcoopError('E_INPUT_UNREADABLE', `${path}: cannot read (permission denied)`, error);
    case 'ELOOP':
      return new FbcoopError('E_INPUT_UNREADABLE', `${path}: cannot read (too many symbolic links)`, error);
    case 'ERR_FS_FILE_TOO_LARGE':
      return new FbcoopError('E_INPUT_UNREADABLE', `${path}: cannot read (file too large)`, error);
    default: {
      const why = code ?? (error instanceof Error ? error.message : String(error));
      return new FbcoopError('E_INPUT_UNREADABLE', `${path}: cannot read (${why})`, error);
    }
  }
}

/**
 * All of standard input, up to `maxBytes`. `readFileSync(0)` fails with EAGAIN when stdin is a
 * non-blocking pipe or terminal, and with EOF on some Windows pipes, so read by hand.
 * @param maxBytes most bytes read
 * @throws FbcoopError E_INPUT_TOO_LARGE past the limit, E_INPUT_BINARY when plainly binary
 */
export function readStdinBytes(maxBytes = DEFAULT_MAX_INPUT_BYTES): Uint8Array {
  const sink = new BoundedBytes('-', maxBytes);
  const buffer = Buffer.alloc(STDIN_CHUNK);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        sleep(EAGAIN_WAIT_MS);
        continue;
      }
      if (code === 'EOF') break;
      throw new FbcoopError('E_INPUT_UNREADABLE', `<stdin>: cannot read (${code ?? String(error)})`, error);
    }
    if (n === 0) break;
    sink.add(buffer.subarray(0, n));
  }
  return sink.bytes();
}

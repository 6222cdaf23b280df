/** Bytes from a file or standard input, with file-system errors turned into one-line messages. */
import * as fs from 'node:fs';
import { FbcoopError } from '../errors.js';

/** Chunk size for reading standard input by hand. */
const STDIN_CHUNK = 1 << 16;

/** How long to wait before retrying a non-blocking standard input that has no data yet. */
const EAGAIN_WAIT_MS = 5;

/**
 * The whole content of a file.
 * @param path the path as the user gave it (used in messages)
 * @throws FbcoopError: E_INPUT_NOT_FOUND, E_INPUT_DIRECTORY or E_INPUT_UNREADABLE
 */
export function readFileBytes(path: string): Uint8Array {
  try {
    if (fs.statSync(path).isDirectory()) {
      throw new FbcoopError('E_INPUT_DIRECTORY', `${path}: is a directory (give a file)`);
    }
    return fs.readFileSync(path);
  } catch (error) {
    if (error instanceof FbcoopError) throw error;
    throw fileError(path, error);
  }
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
 * All of standard input. `readFileSync(0)` fails with EAGAIN when stdin is a
 * non-blocking pipe or terminal, and with EOF on some Windows pipes, so read by hand.
 */
export function readStdinBytes(): Uint8Array {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(STDIN_CHUNK);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, EAGAIN_WAIT_MS);
        continue;
      }
      if (code === 'EOF') break;
      throw new FbcoopError('E_INPUT_UNREADABLE', `<stdin>: cannot read (${code ?? String(error)})`, error);
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

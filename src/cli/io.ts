/** The CLI's own I/O: standard input, output files, and broken pipes. */
import { writeFileSync } from 'node:fs';
import { FbcoopError } from '../errors.js';
import { colorEnabled, type FormatOptions } from '../report/index.js';
import { VERSION } from '../version.js';
import type { CliIo } from './main.js';

/** Flags every command takes. */
export interface CommonFlags {
  output?: string;
  color?: boolean;
  quiet?: boolean;
  granularity: string;
}

/** Where and how to write a command's output. */
export interface Output {
  file?: string;
  formatOptions: FormatOptions;
}

/** Read a whole stream (standard input) into bytes. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Write the output to `-o` or standard output; a closed pipe (`| head`) is not an error. */
export async function writeOutput(text: string, out: Output, io: CliIo): Promise<void> {
  if (out.file !== undefined && out.file !== '-') {
    try {
      writeFileSync(out.file, text);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message;
      throw new FbcoopError('E_USAGE', `${out.file}: cannot write output (${reason})`, error);
    }
    return;
  }
  await new Promise<void>((resolve) => {
    io.stdout.write(text, (error?: Error | null) => {
      const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
      if (error && code !== 'EPIPE') io.stderr.write(`fbcoop: cannot write output: ${error.message}\n`);
      resolve();
    });
  });
}

const guarded = new WeakSet<object>();

/**
 * A reader that stops early (`fbcoop … | head`) closes the pipe: that is not an error. The
 * stream may report it after the write's callback, so the listener stays for the whole run.
 */
export function guardPipe(io: CliIo): void {
  if (guarded.has(io.stdout)) return;
  guarded.add(io.stdout);
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') io.stderr.write(`fbcoop: cannot write output: ${error.message}\n`);
  });
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

/** The one-line error for a document fbcoop cannot read (DOCX, ODT, PDF). */
import { FbcoopError } from '../../errors.js';

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
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0].trim().replace(/\.$/, '');
  return line.charAt(0).toLowerCase() + line.slice(1) || 'unknown error';
}

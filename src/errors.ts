/**
 * Errors the library throws. A finding is never an error; these are for input
 * the tool cannot run on (exit 2) and for states that should be impossible.
 */

/** Stable codes for errors a user can cause and fix. */
export type ErrorCode =
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_DIRECTORY'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_UNSUPPORTED'
  | 'E_INPUT_DAMAGED'
  | 'E_INPUT_TOO_LARGE'
  | 'E_USAGE'
  | 'E_OUTPUT'
  | 'E_CONFIG'
  | 'E_LEXICON'
  | 'E_GLOSSARY';

/** An error with a one-line, user-facing message and a stable `code` (exit 2). */
export class FbcoopError extends Error {
  readonly code: ErrorCode;
  /**
   * @param code stable error code
   * @param message one line naming the file and the problem
   * @param cause the underlying error, if any
   */
  constructor(code: ErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'FbcoopError';
    this.code = code;
  }
}

/** A state that should be impossible: a bug in fbcoop, not in the input. */
export class InternalError extends Error {
  constructor(message: string) {
    super(`internal error: ${message}`);
    this.name = 'InternalError';
  }
}

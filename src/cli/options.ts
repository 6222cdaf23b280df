/** Flags → library options, with one clear line for each bad value. */
import { FbcoopError } from '../errors.js';
import type { Granularity, Segmentation } from '../types.js';

// ISO 639-1 is two letters; `und` is the legitimate "undetermined".
const LANG_CODE = /^(?:[a-z]{2}|und)$/;

/**
 * Validate a language flag.
 * @param value the flag's value, or undefined when absent
 * @param flag the flag's name, for the message
 * @returns the lower-cased code, or undefined (detect)
 */
export function langOf(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toLowerCase();
  if (!LANG_CODE.test(code)) {
    throw new FbcoopError('E_USAGE', `${flag} ${value}: expected an ISO 639-1 language code such as fr, en or nl`);
  }
  return code;
}

/** The granularity flag (commander has already checked its choices). */
export function granularityOf(value: string): Granularity {
  return value === 'clause' ? 'clause' : 'sentence';
}

/** The segmentation flag (commander has already checked its choices). */
export function segmentationOf(value: string): Segmentation {
  return value === 'lines' ? 'lines' : 'auto';
}

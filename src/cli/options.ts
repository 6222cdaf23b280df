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

/**
 * `--lexicon-langs fr-en`: the languages of a lexicon's two columns.
 * @throws FbcoopError E_USAGE unless two ISO 639-1 codes joined by `-`
 */
export function lexiconLangsOf(value: string | undefined): [string, string] | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*([a-z]{2})\s*-\s*([a-z]{2})\s*$/i.exec(value);
  if (!m) throw new FbcoopError('E_USAGE', `--lexicon-langs ${value}: expected the languages of the two columns, such as fr-en`);
  return [m[1].toLowerCase(), m[2].toLowerCase()];
}

/**
 * `--shard k/n`: shard k (1-based) of n.
 * @throws FbcoopError E_USAGE unless 1 ≤ k ≤ n
 */
export function shardOf(value: string): { k: number; n: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new FbcoopError('E_USAGE', `--shard ${value}: expected k/n with 1 ≤ k ≤ n, such as 2/4`);
  return { k, n };
}

/** JSON files a user writes (configuration, baseline): one clear line when they do not parse. */
import { FbcoopError } from '../errors.js';

/**
 * Parse a JSON file's text.
 * @param path the file's path, named in the error
 * @throws FbcoopError E_CONFIG `<path>: not valid JSON (<why>)`
 */
export function parseJsonFile(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FbcoopError('E_CONFIG', `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, error);
  }
}

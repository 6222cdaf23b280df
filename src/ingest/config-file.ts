/** Find and read `fbcoop.config.json` (reading only: validation belongs to the config's owner). */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { FbcoopError } from '../errors.js';

/** The config file searched for, from the start folder up to the file-system root. */
export const CONFIG_FILE_NAME = 'fbcoop.config.json';

/**
 * The config file's path and text: the explicit one, or the nearest
 * `fbcoop.config.json` in `startDir` or a folder above it.
 * @param startDir folder to search from (also what a relative `explicit` is resolved against)
 * @param explicit a path the user named (`--config`); must exist
 * @returns undefined when no explicit path was given and none was found
 * @throws FbcoopError E_CONFIG when the explicit file is missing or unreadable
 */
export function readConfigFile(startDir: string, explicit?: string): { path: string; text: string } | undefined {
  if (explicit !== undefined) {
    const text = readText(explicit, nodePath.resolve(startDir, explicit));
    if (text === undefined) throw new FbcoopError('E_CONFIG', `${explicit}: config file not found`);
    return { path: explicit, text };
  }
  let dir = nodePath.resolve(startDir);
  for (;;) {
    const candidate = nodePath.join(dir, CONFIG_FILE_NAME);
    const text = readText(candidate, candidate);
    if (text !== undefined) return { path: candidate, text };
    const parent = nodePath.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The file's text without a byte-order mark, or undefined when there is no such file. */
function readText(display: string, absolute: string): string | undefined {
  try {
    if (fs.statSync(absolute).isDirectory()) {
      throw new FbcoopError('E_CONFIG', `${display}: is a directory (give a config file)`);
    }
    const text = fs.readFileSync(absolute, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if (error instanceof FbcoopError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
    throw new FbcoopError('E_CONFIG', `${display}: cannot read config file (${why})`, error);
  }
}

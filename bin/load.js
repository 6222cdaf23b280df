// Loads the CLI bundle (npm run build) with V8's code cache, when `npm run build` made one for
// exactly this bundle: compiling the megabyte of bundled code again at every start cost about
// 50 ms of the seed check's second. A missing, stale or rejected cache just means compiling.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const BUNDLE = fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url));
const CACHE = `${BUNDLE}.cache`;
/** The cache file starts with the SHA-256 of the bundle it was made from. */
const HASH_BYTES = 32;

/**
 * Load the bundled CLI.
 * @returns its exports, and a function that writes the code cache of what has run so far
 */
export function loadCli() {
  const source = readFileSync(BUNDLE, 'utf8');
  const hash = createHash('sha256').update(source).digest();
  let cachedData;
  try {
    const cache = readFileSync(CACHE);
    if (cache.subarray(0, HASH_BYTES).equals(hash)) cachedData = cache.subarray(HASH_BYTES);
  } catch {
    // No cache: compile.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  // Format readers are ES modules beside the bundle, imported only when their format is seen. Code
  // compiled by vm.Script cannot run import() on Node 20 without a flag, so this module imports them.
  globalThis.__fbcoopImportReader = (name) => import(new URL(`${name}.js`, pathToFileURL(BUNDLE)).href);
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return {
    cli: module.exports,
    saveCache: () => writeFileSync(CACHE, Buffer.concat([hash, script.createCachedData()])),
  };
}

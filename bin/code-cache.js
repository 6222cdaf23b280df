// Build step: run the CLI once on the bundled seed corpus, output discarded, then save V8's code
// cache of everything that ran (bin/load.js). Without the fixtures there is nothing to warm: no cache.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { loadCli } from './load.js';

const corpus = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
if (existsSync(corpus)) {
  const { cli, saveCache } = loadCli();
  const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  await cli.run(['check', corpus, '-q'], { stdout: discard(), stderr: discard(), stdin: process.stdin, env: {}, cwd: process.cwd() });
  saveCache();
}

/**
 * The CLI loads its bundle with V8's code cache (bin/load.js); whatever the state of the cache
 * file, it must start and give the same output: a cache is only ever a shortcut.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, tempDir } from '../helpers/cli.js';

/** A copy of the built CLI (bin/ and the bundle) whose cache file the test may spoil. */
function copyOfCli(): string {
  const dir = tempDir('fbcoop-cache-');
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'dist/bundle'), { recursive: true });
  for (const f of ['main.cjs', 'worker.js']) cpSync(join(ROOT, 'dist/bundle', f), join(dir, 'dist/bundle', f));
  return dir;
}

const diffOf = (dir: string) => spawnSync(process.execPath, [join(dir, 'bin/fbcoop.js'), 'diff', SEED.fr, SEED.enB, '--format', 'json'], { encoding: 'utf8' });

describe('the code cache', () => {
  const expected = diffOf(ROOT);

  it('is made by the build, for the bundle it sits beside', () => {
    const cache = readFileSync(join(ROOT, 'dist/bundle/main.cjs.cache'));
    const hash = createHash('sha256').update(readFileSync(join(ROOT, 'dist/bundle/main.cjs'), 'utf8')).digest();
    expect(cache.subarray(0, 32).equals(hash)).toBe(true);
    expect(cache.length).toBeGreaterThan(1000);
  });

  it.each([
    ['missing', (_cache: string, _bundle: Buffer) => undefined],
    ['made for another bundle', (cache: string) => writeFileSync(cache, Buffer.concat([Buffer.alloc(32, 7), readFileSync(join(ROOT, 'dist/bundle/main.cjs.cache')).subarray(32)]))],
    ['damaged', (cache: string, bundle: Buffer) => writeFileSync(cache, Buffer.concat([createHash('sha256').update(bundle.toString('utf8')).digest(), Buffer.from('not a code cache at all')]))],
  ])('when %s, the CLI compiles and gives the same output', (_what, spoil) => {
    const dir = copyOfCli();
    try {
      const cache = join(dir, 'dist/bundle/main.cjs.cache');
      spoil(cache, readFileSync(join(dir, 'dist/bundle/main.cjs')));
      expect(existsSync(join(dir, 'dist/bundle/main.cjs'))).toBe(true);
      const r = diffOf(dir);
      expect(r.stderr).toBe('');
      expect([r.status, r.stdout]).toEqual([expected.status, expected.stdout]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

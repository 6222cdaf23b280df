/** Run the real CLI as a user would: a spawned process on real files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/fbcoop.js');
export const CORPUS = join(ROOT, 'fixtures/corpus');
export const SEED = {
  fr: join(CORPUS, '2018-06-11_val-duchesse-ii_fr.txt'),
  enA: join(CORPUS, '2018-06-11_val-duchesse-ii_en-a.txt'),
  enB: join(CORPUS, '2018-06-11_val-duchesse-ii_en-b.txt'),
  nl: join(CORPUS, '2021-11-22_val-duchesse-iii_nl.txt'),
  article: join(CORPUS, '2016-02-01_euobserver-article_en.txt'),
};

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn `fbcoop args…`, optionally feeding standard input. */
export function fbcoop(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: cleanEnv(options.env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'fbcoop-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The test's environment without colour forcing, so output is plain unless a test asks. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  delete env.FBCOOP_DEBUG;
  delete env.COLUMNS;
  return { ...env, ...extra };
}

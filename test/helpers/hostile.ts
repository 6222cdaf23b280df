/** Spawning the CLI on hostile input, with the child's own resource usage. */
import { spawnSync, type StdioOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, tempDir } from './cli.js';

const USAGE = join(ROOT, 'test/helpers/usage.cjs');

/** What a run did, and what it cost the child process. */
export interface HostileRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Lines on standard error (the trailing newline does not make one). */
  stderrLines: string[];
  /** User plus system CPU time of the child, in milliseconds (undefined when it did not exit normally). */
  cpuMs?: number;
  /** Peak resident memory of the child, in megabytes. */
  maxRssMb?: number;
}

/** Options of `runHostile`. */
export interface HostileOptions {
  input?: string | Buffer;
  cwd?: string;
  /** Standard output: a file descriptor (e.g. opened on /dev/full) instead of a pipe. */
  stdout?: number;
  /** Extra flags for node itself (e.g. a small `--stack-size`). */
  nodeFlags?: string[];
  /** Kill the child after this long: a hang fails the test instead of stalling the suite. */
  timeoutMs?: number;
}

/**
 * Run `fbcoop args…` and read back the child's CPU time and peak memory.
 * @returns the exit code, outputs and usage
 */
export function runHostile(args: string[], options: HostileOptions = {}): HostileRun {
  const usageFile = join(tempDir('fbcoop-usage-'), 'usage.json');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FBCOOP_USAGE_FILE: usageFile };
  delete env.FORCE_COLOR;
  delete env.FBCOOP_DEBUG;
  const stdio: StdioOptions = ['pipe', options.stdout ?? 'pipe', 'pipe'];
  const r = spawnSync(process.execPath, [...(options.nodeFlags ?? []), '-r', USAGE, BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    stdio,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 60_000,
  });
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssMb: number }) : undefined;
  const stderr = r.stderr ?? '';
  return {
    code: r.status,
    stdout: r.stdout ?? '',
    stderr,
    stderrLines: stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n'),
    cpuMs: usage?.cpuMs,
    maxRssMb: usage?.maxRssMb,
  };
}

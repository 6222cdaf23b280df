/**
 * Hostile input (issue 11): each case is generated here, run through the real CLI, and must end
 * in a result or in exactly one clear line on stderr with exit 2, within loose bounds of CPU time
 * and memory that the child process measures itself (test/helpers/usage.cjs). The bounds are
 * several times what a run takes, and far below what the failures they guard against took.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { platform } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TaskPool } from '../../src/corpus/pool.js';
import { BIN, CORPUS, SEED, tempDir } from '../helpers/cli.js';
import { analyze, formatReport, readDocument } from '../../src/index.js';
import { orderReport } from '../../src/report/order.js';
import { runHostile, type HostileRun } from '../helpers/hostile.js';

/** Loose ceilings for the child's own usage. */
const CPU_MS = 20_000;
const RSS_MB = 1024;

const linux = platform() === 'linux';

/** Exit 2 with exactly one line on stderr, naming the problem, within the bounds. */
function expectOneLineFailure(r: HostileRun, mentions: RegExp | string): void {
  expect(r.stderrLines, r.stderr).toHaveLength(1);
  expect(r.stderrLines[0]).toMatch(/^fbcoop: /);
  if (typeof mentions === 'string') expect(r.stderrLines[0]).toContain(mentions);
  else expect(r.stderrLines[0]).toMatch(mentions);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.code).toBe(2);
  expectBounded(r);
}

function expectBounded(r: HostileRun, cpuMs = CPU_MS, rssMb = RSS_MB): void {
  expect(r.cpuMs, 'the child reported its usage').toBeDefined();
  expect(r.cpuMs!).toBeLessThan(cpuMs);
  expect(r.maxRssMb!).toBeLessThan(rssMb);
}

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One sentence with `n` dates; the dates of each `shift` fall that many days later. */
function datesSentence(n: number, shift: number): string {
  const dates: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = (i * 7919) % 9973;
    dates.push(`${1 + ((k + shift) % 28)} ${MONTHS[k % 12]} ${1950 + (k % 80)}`);
  }
  return `The Council met on ${dates.join(', ')}.\n`;
}

describe('hostile input: results, not crashes', () => {
  it('check reports a document with tens of thousands of findings (no stack overflow)', () => {
    // A small stack makes a spread of ~20,000 findings overflow as ~125,000 did with the default one.
    const dir = tempDir();
    const file = write(dir, 'repeated.txt', 'The Council adopted the regulation on 12 March 2021.\n'.repeat(20_000));
    const r = runHostile(['check', file, '--format', 'json', '-q'], { nodeFlags: ['--stack-size=100'] });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: unknown[] };
    expect(report.findings.length).toBeGreaterThan(19_000);
    expectBounded(r);
  });

  it('diff output grows with the findings, not with findings × segment length', () => {
    const dir = tempDir();
    const n = 2000;
    const a = write(dir, 'a.txt', datesSentence(n, 1));
    const b = write(dir, 'b.txt', datesSentence(n, 2));
    const r = runHostile(['diff', a, b, '--format', 'json', '-q']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { source?: { text?: string }; target?: { text?: string } }[] };
    expect(report.findings.length).toBeGreaterThan(n / 2);
    // Each finding quotes a bounded excerpt around its value, not the 50 KB sentence.
    for (const f of report.findings) {
      expect((f.source?.text ?? '').length).toBeLessThan(1200);
      expect((f.target?.text ?? '').length).toBeLessThan(1200);
    }
    expect(r.stdout.length).toBeLessThan(report.findings.length * 4000);
    expectBounded(r);
    const text = runHostile(['diff', a, b, '-q']);
    expect(text.code).toBe(1);
    expectBounded(text);
  });

  it('segment draws a table of a long line of wide characters in linear time', () => {
    const dir = tempDir();
    let line = '';
    for (let i = 0; i < 40_000; i++) line += String.fromCharCode(0x4e00 + ((i * 37) % 20000));
    const r = runHostile(['segment', write(dir, 'zh.txt', `${line}\n`)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('…');
    expectBounded(r, 10_000);
  });

  it('compares figures above 2^53 exactly', () => {
    const dir = tempDir();
    const a = write(dir, 'a.txt', 'The budget is 12345678901234567890 euros.\n');
    const b = write(dir, 'b.txt', 'The budget is 12345678901234567891 euros.\n');
    const r = runHostile(['diff', a, b, '--format', 'json', '-q']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; expected?: string; actual?: string }[] }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'number-mismatch', expected: '12345678901234567890', actual: '12345678901234567891' }));
  });

  it('a decomposed (NFD) copy of a document does not differ from it, and positions still point into it', () => {
    const dir = tempDir();
    const nfd = write(dir, 'fr-nfd.txt', readFileSync(SEED.fr, 'utf8').normalize('NFD'));
    const r = runHostile(['diff', SEED.fr, nfd, '--format', 'json', '-q']);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'text-change' || f.rule === 'name-mismatch')).toEqual([]);
    const seg = runHostile(['segment', nfd, '--format', 'json', '-q']);
    const value = readFileSync(nfd, 'utf8');
    const segments = (JSON.parse(seg.stdout) as { segments: { text: string; start: number; end: number }[] }).segments;
    for (const s of segments) {
      expect(s.text).toBe(s.text.normalize('NFC'));
      // The text ends where its slice of the file ends (lost apostrophes read as "?" are repaired in the text).
      const letters = (t: string) => t.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '').slice(-8);
      expect(letters(value.slice(s.start, s.end))).toBe(letters(s.text));
    }
  });

  it('check - reads standard input', () => {
    const r = runHostile(['check', '-', '--format', 'json', '-q'], { input: readFileSync(SEED.fr) });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { documents: { path: string; language: string }[] };
    expect(report.documents).toEqual([expect.objectContaining({ path: '-', language: 'fr' })]);
  });

  it('walks 1,000 nested folders quickly', () => {
    const dir = tempDir();
    const deep = join(dir, ...new Array<string>(1000).fill('d'));
    mkdirSync(deep, { recursive: true });
    write(deep, 'a.txt', 'The Council adopted the regulation on 12 March 2021.\n');
    const r = runHostile(['check', dir, '--format', 'json', '-q']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { documents: unknown[] }).documents).toHaveLength(1);
    expectBounded(r, 8_000);
  });

  it("leaves out its own text reports saved into the corpus folder", () => {
    const dir = tempDir();
    for (const name of ['2018-06-11_val-duchesse-ii_fr.txt', '2018-06-11_val-duchesse-ii_en-a.txt']) write(dir, name, readFileSync(join(CORPUS, name)));
    const first = runHostile(['check', dir, '-q']);
    write(dir, 'report.txt', first.stdout);
    const diff = runHostile(['diff', join(dir, '2018-06-11_val-duchesse-ii_fr.txt'), join(dir, '2018-06-11_val-duchesse-ii_en-a.txt'), '-q']);
    write(dir, 'diff-report.txt', diff.stdout);
    const again = runHostile(['check', dir, '--format', 'json', '-q']);
    const paths = (JSON.parse(again.stdout) as { documents: { path: string }[] }).documents.map((d) => d.path);
    expect(paths).toHaveLength(2);
    expect(paths.some((p) => p.includes('report'))).toBe(false);
  });
});

describe('hostile input: one line and exit 2, nothing unbounded', () => {
  it.skipIf(!linux)('refuses /dev/zero and /dev/urandom early, without reading them whole', () => {
    expectOneLineFailure(runHostile(['segment', '/dev/zero']), '/dev/zero: binary file');
    expectOneLineFailure(runHostile(['check', '/dev/urandom']), /\/dev\/urandom: binary file/);
  });

  it('caps standard input at --max-input, naming the limit and the option', () => {
    const text = 'The Council adopted the regulation on 12 March 2021.\n'.repeat(40_000); // about 2 MB
    const r = runHostile(['segment', '-', '--max-input', '1M'], { input: text });
    expectOneLineFailure(r, '1 MB');
    expect(r.stderrLines[0]).toContain('--max-input');
    expect(runHostile(['segment', '-', '--max-input', '4M', '--format', 'json', '-q'], { input: text }).code).toBe(0);
    expectOneLineFailure(runHostile(['segment', '-', '--max-input', 'lots']), '--max-input lots');
  });

  it.skipIf(!linux)('a named pipe with no writer ends in one line instead of blocking', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expectOneLineFailure(runHostile(['segment', fifo], { timeoutMs: 20_000 }), 'no writer');
    expectOneLineFailure(runHostile(['check', fifo], { timeoutMs: 20_000 }), 'no writer');
  });

  it.skipIf(!existsSync('/dev/full'))('a failed write to standard output exits 2 (a full disk), once', () => {
    for (const args of [['check', CORPUS, '--fail-on', 'never'], ['segment', SEED.fr]]) {
      const full = openSync('/dev/full', 'w');
      try {
        expectOneLineFailure(runHostile(args, { stdout: full }), 'cannot write output');
      } finally {
        closeSync(full);
      }
    }
  });

  it('diff writes a report of thousands of findings in pieces: complete, the library\'s, and a failed write is one line', async () => {
    const dir = tempDir();
    // A document repeated 40 times: each repeat is a duplicate finding, 2 MB of JSON, so several writes.
    const big = write(dir, 'big.txt', Array(40).fill(readFileSync(SEED.enA, 'utf8')).join('\n\n'));
    const { report } = analyze(readDocument(big), readDocument(SEED.fr));
    const library = formatReport(report, 'json');
    const r = runHostile(['diff', big, SEED.fr, '--format', 'json', '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(2_000_000);
    const parsed = JSON.parse(r.stdout) as { findings: unknown[] };
    expect(parsed.findings.length).toBeGreaterThan(1000);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(orderReport(report))));
    expect(r.stdout).toBe(library);
    expectBounded(r);
    const file = join(dir, 'out.json');
    expect(runHostile(['diff', big, SEED.fr, '--format', 'json', '-q', '-o', file]).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(library);
    if (existsSync('/dev/full')) {
      expectOneLineFailure(runHostile(['diff', big, SEED.fr, '--format', 'json', '-o', '/dev/full']), '/dev/full: cannot write output');
      const full = openSync('/dev/full', 'w');
      try {
        expectOneLineFailure(runHostile(['diff', big, SEED.fr, '--format', 'sarif'], { stdout: full }), 'cannot write output');
      } finally {
        closeSync(full);
      }
    }
    // A reader that stops early (`| head`) is no failure: the exit code is the findings', nothing on stderr.
    const child = spawn(process.execPath, [BIN, 'diff', big, SEED.fr, '--format', 'json'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('caps --jobs at the CPUs available', () => {
    expect(TaskPool.threadsFor(1000, 2000, 1e9, 2)).toBe(2);
    expect(TaskPool.threadsFor(3, 2000, 1e9, 8)).toBe(3);
    const dir = tempDir();
    for (let i = 0; i < 60; i++) write(dir, `doc-${i}.txt`, `Report ${i}: the Council adopted regulation ${i} on ${1 + (i % 28)} March 2021 in Brussels.\n`);
    const r = runHostile(['check', dir, '--jobs', '1000', '--format', 'json', '-q']);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { documents: unknown[] }).documents).toHaveLength(60);
    expectBounded(r, CPU_MS, 600);
  });

  it('merge-reports refuses reports of different corpora and malformed ones, in one line', () => {
    const dir = tempDir();
    const one = write(dir, 'one.txt', readFileSync(SEED.fr));
    const other = write(dir, 'other.txt', readFileSync(SEED.article));
    runHostile(['check', one, '--format', 'json', '-q', '-o', join(dir, 'a.json')]);
    runHostile(['check', other, '--format', 'json', '-q', '-o', join(dir, 'b.json')]);
    expectOneLineFailure(runHostile(['merge-reports', join(dir, 'a.json'), join(dir, 'b.json')]), 'not a shard of the same run');
    const report = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as { findings: { severity: string }[] };
    report.findings[0].severity = 'catastrophic';
    expectOneLineFailure(runHostile(['merge-reports', write(dir, 'bad.json', JSON.stringify(report))]), 'severity "catastrophic"');
    expectOneLineFailure(runHostile(['merge-reports', write(dir, 'null.json', 'null')]), 'null.json: not a report');
    expectOneLineFailure(runHostile(['merge-reports', write(dir, 'text.json', '{"version":1,"documents":[],"groups":[],"findings":[{"rule":"x","severity":"info","message":"m","diff":"a"}]}')]), 'diff');
  });

  it('a failing run says one line: no notes before it, and no baseline written', () => {
    const dir = tempDir();
    // Windows-1252 bytes: reading them makes a note, which must not come before the error.
    const latin = write(dir, 'latin.txt', Buffer.from('Le Conseil a adopt\xe9 le r\xe8glement le 12 mars 2021.\n', 'latin1'));
    expectOneLineFailure(runHostile(['segment', latin, '-o', join(dir, 'nodir', 'x.txt')]), 'nodir');
    expectOneLineFailure(runHostile(['check', latin, '--write-baseline', join(dir, 'b.json'), '-o', join(dir, 'nodir', 'x.txt')]), 'nodir');
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
  });

  it('no command, and help of an unknown command, are bad usage', () => {
    expectOneLineFailure(runHostile([]), 'no command');
    expectOneLineFailure(runHostile(['help', 'nosuch']), 'nosuch');
    expectOneLineFailure(runHostile(['diff', '--formt', 'json', 'a', 'b']), 'Did you mean --format');
  });
});

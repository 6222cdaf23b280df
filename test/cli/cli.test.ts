/** The command-line contract, through a spawned process on real files (spec/cli.md). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import { BIN, fbcoop, ROOT, SEED, tempDir } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** A clear error: exit 2, exactly one line on stderr, no stack trace, nothing on stdout. */
function expectCleanFailure(r: ReturnType<typeof fbcoop>, mentions: string): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^fbcoop: /);
  expect(lines[0]).toContain(mentions);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('fbcoop (general)', () => {
  it('prints the package version', () => {
    const r = fbcoop(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists every command in --help, with examples and exit codes', () => {
    const r = fbcoop(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['segment', 'align', 'diff', 'check']) expect(r.stdout).toContain(cmd);
    expect(r.stdout).toContain('Exit codes');
  });

  it('shows subcommand help with examples', () => {
    const r = fbcoop(['diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--fail-on');
    expect(r.stdout).toContain('Examples');
  });

  it('rejects an unknown command with one line and exit 2', () => {
    const r = fbcoop(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/^fbcoop: .*frobnicate/);
  });

  it('rejects a bad option value with exit 2', () => {
    const r = fbcoop(['diff', SEED.fr, SEED.enB, '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pdf');
  });

  it('rejects a language that is not an ISO 639-1 code', () => {
    expectCleanFailure(fbcoop(['segment', SEED.fr, '--lang', 'french']), '--lang');
  });
});

describe('bad input: one clear line on stderr, exit 2', () => {
  const dir = tempDir();
  const empty = join(dir, 'empty.txt');
  const blank = join(dir, 'blank.txt');
  const binary = join(dir, 'image.bin');
  writeFileSync(empty, '');
  writeFileSync(blank, ' \n\t\n  \n');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  mkdirSync(join(dir, 'folder'));

  it.each([
    ['a missing file', ['segment', join(dir, 'nope.txt')], 'nope.txt'],
    ['a directory', ['segment', join(dir, 'folder')], 'folder'],
    ['an empty file', ['segment', empty], 'empty.txt'],
    ['a whitespace-only file', ['segment', blank], 'blank.txt'],
    ['a binary file', ['segment', binary], 'image.bin'],
    ['a missing target in diff', ['diff', SEED.fr, join(dir, 'gone.txt')], 'gone.txt'],
    ['a missing source in align', ['align', join(dir, 'gone.txt'), SEED.fr], 'gone.txt'],
    ['standard input twice', ['diff', '-', '-'], 'standard input'],
  ])('%s', (_name, args, mentions) => {
    expectCleanFailure(fbcoop(args), mentions);
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    for (const [args, first] of [[`align "${SEED.fr}" "${SEED.enA}"`, /^source: /], ['check --help', /^Usage: fbcoop check/]] as const) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args} | head -n 1`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.stdout.split('\n')[0]).toMatch(first);
      expect(r.stderr).toBe('');
    }
  });

  it('shows the stack only with FBCOOP_DEBUG=1', () => {
    const r = fbcoop(['segment', join(dir, 'nope.txt')], { env: { FBCOOP_DEBUG: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('fbcoop segment', () => {
  it('prints the JSON of the contract, pointing into the file as given', () => {
    const r = fbcoop(['segment', SEED.fr, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ version: 1, language: 'fr' });
    expect(doc.path).toContain('val-duchesse-ii_fr.txt');
    const raw = readFileSync(SEED.fr, 'utf8');
    expect(doc.segments.length).toBeGreaterThan(20);
    for (const s of doc.segments) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(raw.length);
      expect(raw.slice(0, s.start).split('\n').length).toBe(s.line);
      expect(raw.slice(0, s.end - 1).split('\n').length).toBe(s.endLine);
    }
    expect(doc.repairs.length).toBeGreaterThan(100);
  });

  it('reads standard input with -', () => {
    const r = fbcoop(['segment', '-', '--format', 'json'], { input: 'The first sentence is here. The second one follows it.\n' });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.segments.map((s: { text: string }) => s.text)).toEqual(['The first sentence is here.', 'The second one follows it.']);
  });

  it('reads UTF-16 with a BOM and CRLF line ends, lines counted as in the file', () => {
    const dir = tempDir();
    const file = join(dir, 'utf16.txt');
    const text = 'Premier paragraphe, ligne un.\r\n\r\nLe groupe s’est réuni le 27 février 2018 à Paris.\r\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = fbcoop(['segment', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const last = doc.segments.at(-1);
    expect(last.text).toBe('Le groupe s’est réuni le 27 février 2018 à Paris.');
    expect(last.line).toBe(3);
    expect(text.slice(last.start, last.end)).toBe(last.text);
  });

  it('reads Windows-1252 with a note on stderr', () => {
    const dir = tempDir();
    const file = join(dir, 'cp1252.txt');
    writeFileSync(file, Buffer.from('Le caf\xe9 est ouvert. Il co\xfbte 3 \x80.\n', 'latin1'));
    const r = fbcoop(['segment', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).segments[0].text).toBe('Le café est ouvert.');
    expect(r.stderr).toContain('Windows-1252');
    expect(fbcoop(['segment', file, '--format', 'json', '-q']).stderr).toBe('');
  });

  it('writes to a file with -o', () => {
    const out = join(tempDir(), 'segments.json');
    const r = fbcoop(['segment', SEED.nl, '--format', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).language).toBe('nl');
  });
});

describe('fbcoop align', () => {

  // A hang guard: cli-table3 took 27 s for a cell of 80 lines; a bead's lines are now rows of their own.
  it('shows a bead of a hundred thousand characters side by side', { timeout: 60_000 }, () => {
    const dir = tempDir();
    const words = Array.from({ length: 20_000 }, (_, k) => ['alpha', 'beta', 'gamma'][k % 3]).join(' ');
    writeFileSync(join(dir, 'a.txt'), `Début. ${words}\n`);
    writeFileSync(join(dir, 'b.txt'), `Debut. ${words} fin\n`);
    const r = fbcoop(['align', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fin');
    expect(r.stdout.split('\n').filter((l) => l.includes('gamma')).length).toBeGreaterThan(1000);
  });
  it('covers every segment once, in order, with scores in [0, 1]', () => {
    const r = fbcoop(['align', SEED.fr, SEED.enB, '--format', 'json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.source.language).toBe('fr');
    expect(a.target.language).toBe('en');
    const src = a.beads.flatMap((b: { source: number[] }) => b.source);
    const tgt = a.beads.flatMap((b: { target: number[] }) => b.target);
    expect(src).toEqual([...Array(a.source.segments.length).keys()]);
    expect(tgt).toEqual([...Array(a.target.segments.length).keys()]);
    for (const b of a.beads) expect(b.score).toBeGreaterThanOrEqual(0), expect(b.score).toBeLessThanOrEqual(1);
  });

  it.each([
    ['fr', 'en-a', SEED.fr, SEED.enA],
    ['fr', 'en-b', SEED.fr, SEED.enB],
    ['en-a', 'en-b', SEED.enA, SEED.enB],
  ])('pairs the seeds %s → %s heading with heading, and leaves no bullet unpaired', (_a, _b, source, target) => {
    const r = fbcoop(['align', source, target, '--format', 'json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    type Seg = { kind: string; line: number };
    const kinds = (side: 'source' | 'target', ids: number[]) => ids.map((i) => (a[side].segments[i] as Seg).kind);
    for (const b of a.beads as { source: number[]; target: number[] }[]) {
      const s = kinds('source', b.source);
      const t = kinds('target', b.target);
      expect(s.includes('heading'), JSON.stringify(b)).toBe(t.includes('heading'));
      if (s.includes('item') || t.includes('item')) expect(b.source.length > 0 && b.target.length > 0, JSON.stringify(b)).toBe(true);
    }
  });

  it('pairs the repeated French financing bullet 2-1 with en-b\'s single one, and en-a\'s copy of it the same way', () => {
    const lines = (from: string, to: string) => {
      const a = JSON.parse(fbcoop(['align', from, to, '--format', 'json']).stdout);
      const line = (side: 'source' | 'target', i: number) => a[side].segments[i].line as number;
      return a.beads.map((b: { source: number[]; target: number[] }) => [b.source.map((i) => line('source', i)), b.target.map((j) => line('target', j))]);
    };
    expect(lines(SEED.fr, SEED.enB)).toContainEqual([[64, 69], [27]]);
    expect(lines(SEED.enA, SEED.enB)).toContainEqual([[73, 80], [27]]);
  });

  it('exports TMX that an XML parser reads back', () => {
    const r = fbcoop(['align', SEED.fr, SEED.enA, '--format', 'tmx']);
    expect(r.code).toBe(0);
    const tmx = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    expect(tmx.tmx['@_version']).toBe('1.4');
    const tus = [].concat(tmx.tmx.body.tu);
    expect(tus.length).toBeGreaterThan(20);
  });

  it('prints gold-set beads for pre-segmented input', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Hello world.\nThis is a test.\n');
    writeFileSync(join(dir, 'b.txt'), 'Bonjour le monde.\nCeci est un test.\n');
    const r = fbcoop(['align', join(dir, 'a.txt'), join(dir, 'b.txt'), '--segmentation', 'lines', '--format', 'beads']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => l.replace(/:[0-9.]+$/, ''))).toEqual(['[0]:[0]', '[1]:[1]']);
  });
});

describe('fbcoop diff', () => {
  // A hang guard: a bracket-matching expression once backtracked over the whole line (17 s for 120 kB).
  it('compares a one-line file of a megabyte with an unclosed bracket in reasonable time', { timeout: 60_000 }, () => {
    const dir = tempDir();
    const words = Array.from({ length: 170_000 }, (_, k) => ['alpha', 'beta', 'gamma', 'delta'][k % 4]).join(' ');
    writeFileSync(join(dir, 'a.txt'), `Le texte commence (note ${words} et finit le 3 mars 2024\n`);
    writeFileSync(join(dir, 'b.txt'), `Le texte commence [note ${words} et finit le 3 mars 2025\n`);
    const r = fbcoop(['diff', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'json']);
    expect(r.stderr).toBe('');
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('date-mismatch');
  });

  it('compares a one-line table of thousands of equal figures, and finds the one that changed', { timeout: 60_000 }, () => {
    const dir = tempDir();
    const row = Array.from({ length: 10_000 }, () => '1 000 euros').join(', ');
    writeFileSync(join(dir, 'a.txt'), `Le budget : ${row}, puis 2 500 euros.\n`);
    writeFileSync(join(dir, 'b.txt'), `Le budget : ${row}, puis 2 600 euros.\n`);
    const r = fbcoop(['diff', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'json']);
    expect(r.stderr).toBe('');
    const numbers = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'number-mismatch');
    expect(numbers.map((f: { expected?: string; actual?: string }) => [f.expected, f.actual])).toEqual([['2500', '2600']]);
  });

  it('reports the changed date as an error and exits 1', () => {
    const r = fbcoop(['diff', SEED.fr, SEED.enB, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const dates = report.findings.filter((f: { rule: string }) => f.rule === 'date-mismatch');
    expect(dates.some((f: { expected?: string; actual?: string }) => f.expected?.startsWith('2018') && f.actual?.startsWith('2017'))).toBe(true);
    expect(report.summary.error).toBeGreaterThan(0);
  });

  it('exits 0 with --fail-on never', () => {
    expect(fbcoop(['diff', SEED.fr, SEED.enB, '--fail-on', 'never']).code).toBe(0);
  });

  it('finds nothing between a clean document and itself', () => {
    const r = fbcoop(['diff', SEED.nl, SEED.nl, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });

  it('prints GitHub annotations with file and line', () => {
    const r = fbcoop(['diff', SEED.enA, SEED.enB, '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=[^,]+,line=\d+/m);
  });
});

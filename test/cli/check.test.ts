/** `fbcoop check` and `merge-reports` through a spawned process on real folders (spec/cli.md, corpus mode). */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CORPUS, fbcoop, SEED, tempDir } from '../helpers/cli.js';

interface Loc { path: string; line: number; endLine: number }
interface JsonFinding { rule: string; severity: string; message: string; source?: Loc; target?: Loc; versions?: Loc[]; expected?: string; actual?: string }
interface JsonReport {
  version: number;
  documents: { path: string; language: string; segments: number }[];
  groups: { id: string; members: string[]; reference: string; languages: string[]; reason: string }[];
  findings: JsonFinding[];
  summary: { error: number; warning: number; info: number };
}

const places = (f: JsonFinding): Loc[] => [f.source, f.target, ...(f.versions ?? [])].filter((l): l is Loc => !!l);
const names = (paths: string[]): string[] => paths.map((p) => basename(p)).sort();

/** A fresh folder holding copies of the given seed files. */
function corpusOf(...files: string[]): string {
  const dir = tempDir('fbcoop-check-');
  for (const f of files) copyFileSync(f, join(dir, basename(f)));
  return dir;
}

describe('fbcoop check on the seed corpus', () => {
  const r = fbcoop(['check', CORPUS, '--format', 'json']);
  const report = JSON.parse(r.stdout) as JsonReport;

  it('exits 1 on the error-level divergences, with nothing on stderr', () => {
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(report.version).toBe(1);
    expect(report.summary.error).toBeGreaterThan(0);
  });

  it('groups the three 2018 versions together and leaves the other two alone', () => {
    const groups = report.groups.map((g) => names(g.members)).sort((a, b) => b.length - a.length);
    expect(groups).toEqual([names([SEED.enA, SEED.enB, SEED.fr]), [basename(SEED.article)], [basename(SEED.nl)]].sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1)));
    const big = report.groups.find((g) => g.members.length === 3)!;
    expect(basename(big.reference)).toBe(basename(SEED.fr));
    expect(big.languages).toEqual(['en', 'fr']);
    expect(big.reason.length).toBeGreaterThan(10);
  });

  it('finds the 2018/2017 date, the merged bullets and the duplicates, at file and line', () => {
    const date = report.findings.find((f) => f.rule === 'date-mismatch' && f.expected?.startsWith('2018') && f.actual?.startsWith('2017'));
    expect(date).toBeDefined();
    expect(names(places(date!).map((p) => p.path))).toContain(basename(SEED.enB));
    const raw = readFileSync(SEED.enB, 'utf8').split('\n');
    const inB = places(date!).find((p) => basename(p.path) === basename(SEED.enB))!;
    expect(raw[inB.line - 1]).toContain('2017');

    expect(report.findings.some((f) => f.rule === 'merge' && places(f).some((p) => basename(p.path) === basename(SEED.enB)))).toBe(true);
    const dupFiles = report.findings.filter((f) => f.rule === 'duplicate').flatMap((f) => places(f).map((p) => basename(p.path)));
    expect(dupFiles).toContain(basename(SEED.fr));
    expect(dupFiles).toContain(basename(SEED.enA));
  });

  it('prints one block per group in text, with the reference named', () => {
    const t = fbcoop(['check', CORPUS, '--fail-on', 'never']);
    expect(t.code).toBe(0);
    expect(t.stdout.match(/^Group g\d+: /gm)).toHaveLength(3);
    expect(t.stdout).toMatch(/reference +\S*2018-06-11_val-duchesse-ii_fr\.txt/);
    expect(t.stdout).toContain('date-mismatch');
    expect(t.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ info\n$/);
  });
});

describe('fbcoop check: CI formats', () => {
  const dir = corpusOf(SEED.fr, SEED.enB);

  it('writes SARIF 2.1.0 that parses, with rule metadata and physical locations', () => {
    const out = join(tempDir(), 'check.sarif');
    const r = fbcoop(['check', dir, '--format', 'sarif', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('date-mismatch');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'date-mismatch');
    expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
  });

  it('writes JUnit XML that parses, and GitHub annotations', () => {
    const junit = fbcoop(['check', dir, '--format', 'junit']);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(junit.stdout);
    expect(xml.testsuites).toBeDefined();
    const gh = fbcoop(['check', dir, '--format', 'github']);
    expect(gh.stdout).toMatch(/^::error file=[^,]+,line=\d+,endLine=\d+(?:,col=\d+)?,title=[^:]*date-mismatch[^:]*::/m);
  });

  it('puts the errors first in GitHub annotations, and a JUnit failure only at or above --fail-on', () => {
    const gh = fbcoop(['check', CORPUS, '--format', 'github']).stdout.split('\n').filter(Boolean);
    const levels = gh.map((l) => l.match(/^::(\w+)/)![1]);
    const firstNonError = levels.findIndex((l) => l !== 'error');
    expect(firstNonError).toBeGreaterThan(0);
    expect(levels.slice(firstNonError)).not.toContain('error');
    const parse = (args: string[]) => {
      const r = fbcoop(['check', dir, '--format', 'junit', ...args]);
      return { code: r.code, suites: new XMLParser({ ignoreAttributes: false }).parse(r.stdout).testsuites };
    };
    const never = parse(['--fail-on', 'never']);
    expect(never.code).toBe(0);
    expect(never.suites['@_failures']).toBe('0');
    const info = parse(['--fail-on', 'info']);
    expect(info.code).toBe(1);
    // Every finding fails at --fail-on info: tests = findings + one `checked` case per document.
    expect(Number(info.suites['@_failures'])).toBe(Number(info.suites['@_tests']) - 2);
    const error = parse([]);
    expect(Number(error.suites['@_failures'])).toBeGreaterThan(0);
    expect(Number(error.suites['@_failures'])).toBeLessThan(Number(info.suites['@_failures']));
  });

  it('writes one self-contained HTML file', () => {
    const out = join(tempDir(), 'report.html');
    const r = fbcoop(['check', dir, '--format', 'html', '-o', out, '--fail-on', 'never']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('table class="sbs"');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});

describe('fbcoop check: bad inputs over a corpus', () => {
  it('reports an unreadable, binary or empty file as an input finding and still checks the rest', () => {
    const dir = corpusOf(SEED.fr, SEED.enB);
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = fbcoop(['check', dir, join(dir, 'missing.txt'), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const inputs = report.findings.filter((f) => f.rule === 'input');
    expect(names(inputs.map((f) => f.source!.path))).toEqual(['empty.txt', 'missing.txt', 'scan.txt']);
    for (const f of inputs) expect(f.severity).toBe('error');
    expect(report.groups).toHaveLength(1);
    expect(report.findings.some((f) => f.rule === 'date-mismatch')).toBe(true);
  });

  it('exits 2 with one line when nothing can be read', () => {
    const empty = tempDir();
    for (const args of [['check', empty], ['check', join(empty, 'nope')]]) {
      const r = fbcoop(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^fbcoop: nothing to check: .*(no text files|no such file)/);
    }
  });

  it('checks a one-language corpus as versions of one text', () => {
    const dir = join(import.meta.dirname, '../../fixtures/cases/corpus-one-language');
    const r = fbcoop(['check', dir, '--format', 'json', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    const drafts = report.groups.find((g) => g.members.some((m) => m.endsWith('statement-draft-1.txt')))!;
    expect(names(drafts.members)).toEqual(['statement-draft-1.txt', 'statement-draft-2.txt']);
    expect(drafts.languages).toEqual(['en']);
    // Draft 2 changes a figure (120 → 150) and a date (30 June → 30 July 2022).
    expect(report.findings.some((f) => f.rule === 'number-mismatch' && f.expected === '120' && f.actual === '150')).toBe(true);
    expect(report.findings.some((f) => f.rule === 'date-mismatch' && f.expected === '2022-06-30' && f.actual === '2022-07-30')).toBe(true);
  });

  it('honours .fbcoopignore and --source', () => {
    const dir = corpusOf(SEED.fr, SEED.enA, SEED.enB);
    writeFileSync(join(dir, '.fbcoopignore'), `${basename(SEED.enA)}\n`);
    const r = fbcoop(['check', dir, '--format', 'json', '--source', join(dir, basename(SEED.enB))]);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(names(report.documents.map((d) => d.path))).toEqual(names([SEED.fr, SEED.enB]));
    expect(basename(report.groups[0].reference)).toBe(basename(SEED.enB));
    expect(report.groups[0].reason).toContain('--source');
  });
});

describe('fbcoop check: configuration and baseline', () => {
  it('finds fbcoop.config.json upwards, prints it, and applies its severities', () => {
    const root = tempDir();
    const dir = join(root, 'texts');
    mkdirSync(dir);
    copyFileSync(SEED.fr, join(dir, 'fr.txt'));
    copyFileSync(SEED.enB, join(dir, 'en.txt'));
    writeFileSync(join(root, 'fbcoop.config.json'), JSON.stringify({ rules: { 'date-mismatch': 'off', 'number-mismatch': 'warning' }, failOn: 'error' }));
    const shown = fbcoop(['check', 'texts', '--print-config'], { cwd: root });
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).rules['date-mismatch']).toBe('off');
    const r = fbcoop(['check', '.', '--format', 'json'], { cwd: join(root, 'texts') });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.some((f) => f.rule === 'date-mismatch')).toBe(false);
    expect(report.findings.filter((f) => f.rule === 'number-mismatch').every((f) => f.severity === 'warning')).toBe(true);
  });

  it('rejects a bad config with exit 2 naming the file, the key and the problem', () => {
    const root = tempDir();
    copyFileSync(SEED.nl, join(root, 'nl.txt'));
    writeFileSync(join(root, 'fbcoop.config.json'), JSON.stringify({ rules: { 'date-mismatch': 'loud' } }));
    const r = fbcoop(['check', '.'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/fbcoop\.config\.json: rules\.date-mismatch: .*loud/);
  });

  it('accepts the findings of a baseline, which survives lines added elsewhere', () => {
    const dir = corpusOf(SEED.fr, SEED.enB);
    const baseline = join(tempDir(), 'baseline.json');
    const first = fbcoop(['check', dir, '--write-baseline', baseline, '--format', 'json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).accepted.length).toBe((JSON.parse(first.stdout) as JsonReport).findings.length);

    // Lines inserted at the top move every finding down: the baseline still accepts them all.
    const enB = join(dir, basename(SEED.enB));
    writeFileSync(enB, `Draft for review\n\n${readFileSync(enB, 'utf8')}`);
    const again = fbcoop(['check', dir, '--baseline', baseline, '--format', 'json']);
    const report = JSON.parse(again.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.rule === 'date-mismatch')).toEqual([]);
    expect(again.code).toBe(0);
  });
});

describe('fbcoop check --shard and merge-reports', () => {
  it('two shards merged report exactly what one run reports', () => {
    const whole = fbcoop(['check', CORPUS, '--format', 'json']);
    const dir = tempDir();
    const shards = [1, 2].map((k) => {
      const out = join(dir, `shard-${k}.json`);
      fbcoop(['check', CORPUS, '--format', 'json', '--shard', `${k}/2`, '-o', out]);
      return out;
    });
    const merged = fbcoop(['merge-reports', ...shards]);
    expect(merged.code).toBe(1);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout));
  });

  it('rejects a bad shard and a report that is not one', () => {
    const r = fbcoop(['check', CORPUS, '--shard', '3/2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--shard');
    const notJson = join(tempDir(), 'x.json');
    writeFileSync(notJson, 'hello');
    const m = fbcoop(['merge-reports', notJson]);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('x.json');
  });
});

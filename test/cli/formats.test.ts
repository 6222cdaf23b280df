/**
 * Documents in every text format, through the real CLI: the seed texts written as Markdown, as
 * HTML (clean, and inside a page with furniture), as XLIFF 1.2/2.0 and TMX (fixtures/formats/,
 * made by make.sh with pandoc and fbcoop) give the divergences the text files give.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fbcoop, ROOT, SEED, tempDir } from '../helpers/cli.js';

const FORMATS = join(ROOT, 'fixtures/formats');
const F = (name: string): string => join(FORMATS, name);

interface Loc { path: string; line: number; endLine: number; unit?: string; column?: number; start?: number; end?: number }
interface JsonFinding { rule: string; severity: string; message: string; source?: Loc; target?: Loc; expected?: string; actual?: string }
interface JsonReport { findings: JsonFinding[]; groups?: { members: string[]; languages: string[] }[]; documents: { path: string; language: string }[] }

function diffJson(...args: string[]): { code: number | null; report: JsonReport; stderr: string } {
  const r = fbcoop(['diff', ...args, '--format', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

/** What a finding says, without where: the rule, the severity and the values compared. Encoding repairs are the text files' own damage. */
const says = (report: JsonReport): string[] =>
  report.findings.filter((f) => f.rule !== 'encoding').map((f) => `${f.rule} ${f.severity} ${f.expected ?? ''} ${f.actual ?? ''}`).sort();

describe('diff finds the same divergences in every format as in the text files', () => {
  const pairs: [string, string, string][] = [
    ['en-b', SEED.enB, 'en-b'],
    ['en-a', SEED.enA, 'en-a'],
  ];
  for (const [label, textTarget, name] of pairs) {
    const expected = says(diffJson(SEED.fr, textTarget).report);
    it.each([
      ['Markdown', 'fr.md', `${name}.md`],
      ['HTML', 'fr.html', `${name}.html`],
      ['HTML with page furniture', 'fr.page.html', `${name}.page.html`],
      ['Markdown against a web page', 'fr.md', `${name}.page.html`],
    ])(`fr/${label}: %s`, (_format, source, target) => {
      const { code, report } = diffJson(F(source), F(target));
      expect(code).toBe(1);
      expect(says(report)).toEqual(expected);
    });
  }

  it('the finding points into the HTML file itself: its line holds the date', () => {
    const { report } = diffJson(F('fr.page.html'), F('en-b.page.html'));
    const date = report.findings.find((f) => f.rule === 'date-mismatch')!;
    const html = readFileSync(F('en-b.page.html'), 'utf8');
    expect(html.slice(date.target!.start, date.target!.end)).toBe('27 February 2017');
    expect(html.split('\n')[date.target!.line - 1]).toContain('27 February 2017');
  });
});

describe('an XLIFF or TMX file alone: each unit source against its target', () => {
  it.each(['fr-en-b.xliff12.xlf', 'fr-en-b.xliff20.xlf', 'fr-en-b.tmx'])('%s: the date error and the merged bullets, with the unit', (file) => {
    const { code, report, stderr } = diffJson(F(file));
    expect(code).toBe(1);
    const date = report.findings.find((f) => f.rule === 'date-mismatch')!;
    expect(date).toMatchObject({ severity: 'error', expected: '2018-02-27', actual: '2017-02-27' });
    expect(date.source!.unit).toBe(date.target!.unit);
    expect(date.source!.path).toBe(date.target!.path);
    // The two French financing bullets sit in one unit with the single English one.
    expect(report.findings.some((f) => f.rule === 'merge' && f.source!.unit === f.target!.unit)).toBe(true);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['date-mismatch']);
    expect(report.documents.map((d) => d.language)).toEqual(['fr', 'en']);
    expect(stderr).toMatch(/47 units/);
  });

  it('align of an XLIFF file reports its units as they are: one bead each', () => {
    const r = fbcoop(['align', F('fr-en-b.xliff20.xlf'), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { beads: { source: number[]; target: number[]; score: number }[]; source: { segments: { text: string }[] } };
    expect(out.beads).toHaveLength(47);
    expect(out.beads.every((b) => b.score === 1)).toBe(true);
  });

  it('the text report names the unit; SARIF carries it in the location properties', () => {
    const text = fbcoop(['diff', F('fr-en-b.xliff12.xlf'), '--no-color']);
    expect(text.stdout).toMatch(/fr-en-b\.xliff12\.xlf:\d+ \(unit \d+\)/);
    const sarif = JSON.parse(fbcoop(['diff', F('fr-en-b.xliff12.xlf'), '--format', 'sarif']).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'date-mismatch');
    expect(result.locations[0].properties.unit).toMatch(/^\d+$/);
    expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  });

  it('diff with one file that is not bilingual says what is missing (exit 2)', () => {
    const r = fbcoop(['diff', SEED.fr]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fbcoop: missing the target: .*XLIFF or TMX/);
    expect(r.stdout).toBe('');
  });
});

describe('check walks folders by content', () => {
  const dir = tempDir('fbcoop-formats-');
  copyFileSync(F('fr.md'), join(dir, 'communique-fr.md'));
  copyFileSync(F('en-b.page.html'), join(dir, 'communique-en-b.html'));
  copyFileSync(SEED.enA, join(dir, basename(SEED.enA)));
  copyFileSync(F('fr-en-b.xliff20.xlf'), join(dir, 'memory.xlf'));
  writeFileSync(join(dir, 'pom.xml'), '<?xml version="1.0"?>\n<project><version>1.2</version></project>\n');
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  writeFileSync(join(dir, 'broken.docx'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('not really a zip; word/document.xml')]));
  const r = fbcoop(['check', dir, '--format', 'json']);
  const report = JSON.parse(r.stdout) as JsonReport;

  it('groups the versions across formats, and keeps the XLIFF as a group of its own', () => {
    const groups = (report.groups ?? []).map((g) => g.members.map((m) => basename(m)).sort());
    expect(groups).toContainEqual(['2018-06-11_val-duchesse-ii_en-a.txt', 'communique-en-b.html', 'communique-fr.md']);
    expect(groups).toContainEqual(['memory.xlf']);
    const dates = report.findings.filter((f) => f.rule === 'date-mismatch');
    expect(dates.some((f) => basename(f.target!.path) === 'communique-en-b.html' && f.actual === '2017-02-27')).toBe(true);
    expect(dates.some((f) => basename(f.target!.path) === 'memory.xlf' && f.target!.unit !== undefined)).toBe(true);
  });

  it('skips files in no format it reads with a note, and a damaged DOCX is an input finding', () => {
    expect(r.stderr).toMatch(/note: .*logo\.png: skipped, not a format fbcoop reads \(PNG image\)/);
    expect(r.stderr).toMatch(/note: .*pom\.xml: skipped, XML document with root <project>/);
    const inputs = report.findings.filter((f) => f.rule === 'input');
    expect(inputs.map((f) => basename(f.source!.path))).toEqual(['broken.docx']);
    expect(inputs[0].message).toMatch(/broken\.docx: damaged or unreadable DOCX file/);
    expect(r.code).toBe(1);
  });
});

describe('readers load only when their format is seen', () => {
  it('the CLI bundle holds none of the readers\' libraries', () => {
    const bundle = readFileSync(join(ROOT, 'dist/bundle/main.cjs'), 'utf8');
    expect(bundle).not.toMatch(/node_modules\/(parse5|micromark|mdast-util-from-markdown)\//);
    expect(bundle).toContain('import("./html.js")');
  });
});

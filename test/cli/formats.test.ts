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

interface Loc { path: string; line: number; endLine: number; unit?: string; column?: number; start?: number; end?: number; page?: number; lineOnPage?: number; paragraph?: number }
interface JsonFinding { rule: string; severity: string; message: string; source?: Loc; target?: Loc; expected?: string; actual?: string; note?: string }
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

    // A DOCX or ODT gives its paragraphs as LibreOffice wrote them, not as the text file's lines
    // suggest: the aligner may be sure of a sentence-level merge there that it doubted in the text
    // file, so the aligner's doubt and the info-level merges/splits it hides may differ.
    it.each([
      ['DOCX (LibreOffice)', 'docx/2018-06-11_val-duchesse-ii_fr.docx', `docx/2018-06-11_val-duchesse-ii_${name}.docx`],
      ['ODT (LibreOffice)', 'odt/2018-06-11_val-duchesse-ii_fr.odt', `odt/2018-06-11_val-duchesse-ii_${name}.odt`],
      ['DOCX against a web page', 'docx/2018-06-11_val-duchesse-ii_fr.docx', `${name}.page.html`],
    ])(`fr/${label}: %s, the same findings but for the aligner's doubt`, (_format, source, target) => {
      const { code, report } = diffJson(F(source), F(target));
      expect(code).toBe(1);
      const firm = (list: string[]): string[] => list.filter((x) => !/^low-confidence |^(merge|split) info /.test(x));
      expect(firm(says(report))).toEqual(firm(expected));
    });

    // PDF is read best effort: paragraphs rebuilt from the layout may pair a little differently (info level).
    it.each([
      ['PDF', 'pdf/2018-06-11_val-duchesse-ii_fr.pdf', `pdf/2018-06-11_val-duchesse-ii_${name}.pdf`],
      ['PDF in two columns', 'pdf-2col/2018-06-11_val-duchesse-ii_fr.pdf', `pdf-2col/2018-06-11_val-duchesse-ii_${name}.pdf`],
    ])(`fr/${label}: %s, the same warnings and errors`, (_format, source, target) => {
      const { code, report } = diffJson(F(source), F(target));
      expect(code).toBe(1);
      const serious = (list: string[]): string[] => list.filter((x) => !/ info /.test(x));
      expect(serious(says(report))).toEqual(serious(expected));
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

  it('files written by translate-toolkit (po2xliff, po2tmx) from the same units: the date error in its unit', () => {
    // po2xliff declares en-US as the source language whatever the text: the user says what it is.
    const xliff = diffJson(F('fr-en-b.po2xliff.xlf'), '--source-lang', 'fr', '--target-lang', 'en');
    expect(xliff.report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual, f.source!.unit === f.target!.unit])).toEqual([['date-mismatch', '2018-02-27', '2017-02-27', true]]);
    expect(xliff.stderr).toMatch(/47 units/);
    const declared = fbcoop(['diff', F('fr-en-b.po2xliff.xlf'), '--format', 'json']);
    expect(declared.stderr).toMatch(/both sides read as en; if the file declares a wrong language, give --source-lang and --target-lang/);
    // po2tmx's header names English the source language: the header is followed.
    const tmx = diffJson(F('fr-en-b.po2tmx.tmx'));
    expect(tmx.report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual])).toEqual([['date-mismatch', '2017-02-27', '2018-02-27']]);
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
    expect(inputs[0].message).toMatch(/broken\.docx: damaged DOCX/);
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

describe('DOCX, ODT and PDF (readers of the binary branch) through the format layer', () => {
  const seed = (folder: string, name: string, ext: string): string => F(`${folder}/2018-06-11_val-duchesse-ii_${name}.${ext}`);

  it('diff fr.docx en-b.pdf: the date error and the merged bullets, with a paragraph number and a page', () => {
    const { code, report } = diffJson(seed('docx', 'fr', 'docx'), seed('pdf', 'en-b', 'pdf'));
    expect(code).toBe(1);
    const date = report.findings.find((f) => f.rule === 'date-mismatch')!;
    expect(date).toMatchObject({ severity: 'error', expected: '2018-02-27', actual: '2017-02-27' });
    expect(date.source!.paragraph).toBeGreaterThan(0);
    expect(date.target!.page).toBe(1);
    expect(date.target!.lineOnPage).toBeGreaterThan(0);
    const merge = report.findings.find((f) => f.rule === 'merge' && f.severity === 'warning')!;
    expect(merge.message).toMatch(/^2 source list items/);
    expect(merge.source!.paragraph).toBeGreaterThan(date.source!.paragraph!);
    expect(merge.target!.page).toBeGreaterThan(0);
  });

  it('the text report shows the paragraph and the page beside the line', () => {
    const r = fbcoop(['diff', seed('docx', 'fr', 'docx'), seed('pdf', 'en-b', 'pdf'), '--no-color']);
    expect(r.stdout).toMatch(/_fr\.docx:\d+ \(paragraph \d+\)/);
    expect(r.stdout).toMatch(/_en-b\.pdf:\d+ \(page 1 line \d+\)/);
  });

  it('a tracked change that fixes the date: accepted by default (listed, no date error); --revisions original shows the error and says a pending change alters it', () => {
    const accepted = diffJson(seed('docx', 'fr', 'docx'), seed('revisions', 'en-b', 'docx'));
    expect(accepted.report.findings.some((f) => f.rule === 'date-mismatch')).toBe(false);
    const revisions = accepted.report.findings.filter((f) => f.rule === 'revision');
    expect(revisions.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(revisions.every((f) => f.target!.paragraph === revisions[0].target!.paragraph)).toBe(true);
    expect(revisions.map((f) => f.message).join('\n')).toMatch(/deletion .*"2017"[\s\S]*insertion .*"2018"|insertion .*"2018"[\s\S]*deletion .*"2017"/);
    const original = diffJson(seed('docx', 'fr', 'docx'), seed('revisions', 'en-b', 'docx'), '--revisions', 'original');
    const date = original.report.findings.find((f) => f.rule === 'date-mismatch')!;
    expect(date).toMatchObject({ expected: '2018-02-27', actual: '2017-02-27' });
    expect(date.note).toMatch(/pending tracked change in the target would alter this once accepted/);
  });

  it('check on a folder mixing DOCX, ODT, PDF, HTML and text groups the versions across formats', () => {
    const dir = tempDir('fbcoop-binary-');
    copyFileSync(seed('docx', 'fr', 'docx'), join(dir, 'fr.docx'));
    copyFileSync(seed('odt', 'en-a', 'odt'), join(dir, 'en-a.odt'));
    copyFileSync(seed('pdf-2col', 'en-b', 'pdf'), join(dir, 'en-b.pdf'));
    copyFileSync(F('en-a.page.html'), join(dir, 'en-a.html'));
    copyFileSync(SEED.nl, join(dir, basename(SEED.nl)));
    const r = fbcoop(['check', dir, '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    const groups = (report.groups ?? []).map((g) => g.members.map((m) => basename(m)).sort());
    expect(groups).toContainEqual(['en-a.html', 'en-a.odt', 'en-b.pdf', 'fr.docx']);
    expect(groups).toContainEqual([basename(SEED.nl)]);
    expect(report.findings.filter((f) => f.rule === 'input')).toEqual([]);
    const dates = report.findings.filter((f) => f.rule === 'date-mismatch' && [f.expected, f.actual].sort().join() === '2017-02-27,2018-02-27');
    expect(dates.length).toBeGreaterThan(0);
  });
});

describe('bad documents in a format: one line on stderr, exit 2', () => {
  const dir = tempDir('fbcoop-bad-formats-');
  const cases: [string, string, RegExp][] = [
    ['nav-only.html', '<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><footer>© 2019</footer></body></html>', /^fbcoop: .*nav-only\.html: no text in this HTML file\n$/],
    ['open.xlf', '<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>Texte.</source>', /^fbcoop: .*open\.xlf: damaged or unreadable XLIFF file \(<trans-unit> is never closed at line 1\)\n$/],
    ['pom.xml', '<?xml version="1.0"?><project><version>1.2</version></project>', /^fbcoop: .*pom\.xml: XML document with root <project>, not a format fbcoop reads\n$/],
    ['cut.docx', 'PK\x03\x04 word/document.xml cut short', /^fbcoop: .*cut\.docx: damaged DOCX/],
  ];
  it.each(cases)('%s', (name, content, message) => {
    writeFileSync(join(dir, name), Buffer.from(content, 'latin1'));
    const r = fbcoop(['segment', join(dir, name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

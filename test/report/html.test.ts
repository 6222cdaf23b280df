import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/formats/html.js';
import { formatCorpus } from '../../src/report/index.js';
import type { CorpusReport, PairSegment } from '../../src/corpus/index.js';

const seg = (id: string, line: number, text: string): PairSegment => ({ id, kind: 'sentence', text, line, endLine: line, start: line * 100, end: line * 100 + text.length });

/** The page as `check --format html` makes it: through `formatCorpus`, which puts the findings in report order. */
const formatHtml = (report: CorpusReport) => formatCorpus(report, 'html');

function sample(): CorpusReport {
  const findings: CorpusReport['findings'] = [
    {
      rule: 'date-mismatch', severity: 'error', message: 'date differs: 27 février 2018 (source) vs 27 February 2017 (target)',
      source: { path: 'fr.txt', line: 2, endLine: 2, segment: 's2', text: 'Réunion le 27 février 2018.' },
      target: { path: 'en.txt', line: 2, endLine: 2, segment: 's2', text: 'Meeting on 27 February 2017.' },
      versions: [{ path: 'en-a.txt', line: 3, endLine: 3, text: 'Met on 27 February 2018.' }],
      expected: '2018-02-27', actual: '2017-02-27',
    },
    {
      rule: 'text-change', severity: 'info', message: 'words changed <script>alert(1)</script>',
      source: { path: 'fr.txt', line: 3, endLine: 3, segment: 's3', text: 'A & B' },
      target: { path: 'en.txt', line: 3, endLine: 3, segment: 's3', text: 'A & C' },
      diff: [{ op: 'equal', value: 'A & ' }, { op: 'removed', value: 'B' }, { op: 'added', value: 'C' }],
    },
    { rule: 'input', severity: 'error', message: 'scan.pdf: binary file', source: { path: 'scan.pdf', line: 1, endLine: 1 } },
  ];
  return {
    version: 1,
    documents: [{ path: 'en.txt', language: 'en', segments: 3 }, { path: 'fr.txt', language: 'fr', segments: 3 }],
    findings,
    summary: { error: 2, warning: 0, info: 1 },
    groups: [{ id: 'g1', members: ['en.txt', 'fr.txt'], reference: 'fr.txt', languages: ['en', 'fr'], reason: 'fr: the version the others agree with most' }],
    pairs: [{
      group: 'g1', source: 'fr.txt', target: 'en.txt', sourceLanguage: 'fr', targetLanguage: 'en',
      beads: [{ source: [0], target: [0], score: 0.9 }, { source: [1], target: [1], score: 0.8 }, { source: [2], target: [2], score: 0.7 }, { source: [], target: [3], score: 0 }],
      sourceSegments: [seg('s1', 1, 'Titre <b>'), seg('s2', 2, 'Réunion le 27 février 2018.'), seg('s3', 3, 'A & B')],
      targetSegments: [seg('s1', 1, 'Title <b>'), seg('s2', 2, 'Meeting on 27 February 2017.'), seg('s3', 3, 'A & C'), seg('s4', 4, 'Extra.')],
    }],
  };
}

describe('formatHtml', () => {
  const html = formatHtml(sample());

  it('is one self-contained page: no external scripts, styles, images or fonts', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<link\b|<img\b|\bsrc=|@import|url\(/i);
    expect(html).toContain('@media print');
  });

  it('escapes every text from the documents and findings', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Titre &lt;b&gt;');
    expect(html).toContain('A &amp; <del>B</del><ins>C</ins>');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('draws the pair side by side with the finding under the aligned row, values marked', () => {
    expect(html).toContain('<table class="sbs">');
    const row = html.indexOf('Meeting on 27 February <mark>2017</mark>');
    const finding = html.indexOf('id="f1"');
    expect(row).toBeGreaterThan(0);
    expect(finding).toBeGreaterThan(row);
    expect(html).toContain('Réunion le 27 février <mark>2018</mark>');
    expect(html).toMatch(/<tr class="finding" id="f1" data-rule="date-mismatch" data-severity="error">/);
  });

  it('has filters per rule and severity, a jump list, and lists findings outside any pair', () => {
    for (const rule of ['date-mismatch', 'text-change', 'input']) expect(html).toContain(`data-filter="rule" value="${rule}"`);
    for (const sev of ['error', 'warning', 'info']) expect(html).toContain(`data-filter="severity" value="${sev}"`);
    expect(html).toContain('href="#f3"');
    // Numbered in report order: the two errors (the date, then the unreadable file), then the info.
    expect(html).toMatch(/<li id="f2" data-rule="input"/);
    expect(html.indexOf('<h3 class="level sev-error" data-severity="error">Errors (2)</h3>')).toBeLessThan(html.indexOf('Info (1)'));
    expect(html).toContain('Reference: <span class="path">fr.txt</span>: fr: the version the others agree with most');
  });

  it('shows a finding between versions only in the pairs that found it', () => {
    const report = sample();
    report.pairs![0].findings = [1];
    const html = formatHtml(report);
    // The date finding was made by another pair: it moves to the list below, the text change stays.
    expect(html).toMatch(/<tr class="finding" id="f3" data-rule="text-change"/);
    expect(html).not.toMatch(/<tr class="finding"[^>]*data-rule="date-mismatch"/);
    expect(html).toMatch(/<li id="f1" data-rule="date-mismatch"/);
  });

  it('puts each text cell in its language', () => {
    expect(html).toContain('<td class="side" lang="fr"><span class="seg"><span class="ln">2</span>Réunion');
    expect(html).toContain('<td class="side" lang="en"><span class="seg"><span class="ln">2</span>Meeting');
  });

  it('marks both members of a duplicate, the link going to the later one', () => {
    const report = sample();
    report.pairs![0].sourceSegments.push(seg('s4', 5, 'Réunion le 27 février 2018 à Paris.'));
    report.pairs![0].beads.push({ source: [3], target: [], score: 0 });
    report.findings.push({
      rule: 'duplicate', severity: 'warning', message: 'sentence nearly repeats the sentence on line 2',
      source: { path: 'fr.txt', line: 5, endLine: 5, segment: 's4', text: 'Réunion le 27 février 2018 à Paris.' },
      note: 'earlier occurrence: line 2, segment s2; the diff runs from it to this one',
      diff: [{ op: 'equal', value: 'Réunion le 27 février 2018' }, { op: 'removed', value: '.' }, { op: 'added', value: ' à Paris.' }],
    });
    const page = formatHtml(report);
    const rows = [...page.matchAll(/<tr class="finding( dup-first)?"( id="f\d+")? data-rule="duplicate"/g)].map((m) => [!!m[1], !!m[2]]);
    // Under the earlier member (line 2): a mark without the id; under the later one: the finding with its id.
    expect(rows).toEqual([[true, false], [false, true]]);
    expect(page.indexOf('repeated later in this document')).toBeLessThan(page.indexOf('Réunion le 27 février 2018 à Paris.'));
  });

  it('draws a group of three versions as one table with a column per version, rows by the reference', () => {
    const report = sample();
    report.groups[0].members = ['en.txt', 'en-a.txt', 'fr.txt'];
    report.documents.push({ path: 'en-a.txt', language: 'en', segments: 2 });
    report.pairs!.push({
      group: 'g1', source: 'fr.txt', target: 'en-a.txt', sourceLanguage: 'fr', targetLanguage: 'en',
      beads: [{ source: [0, 1], target: [0], score: 0.7 }, { source: [], target: [1], score: 0 }, { source: [2], target: [2], score: 0.9 }],
      sourceSegments: report.pairs![0].sourceSegments,
      targetSegments: [seg('s1', 1, 'Title, met on 27 February 2018.'), seg('s2', 2, 'Added line.'), seg('s3', 3, 'A & D')],
    });
    const page = formatHtml(report);
    const table = page.slice(page.indexOf('<table class="sbs versions">'), page.indexOf('</table>', page.indexOf('<table class="sbs versions">')));
    expect(table).toContain('<th><span class="path">fr.txt</span> (fr) — reference</th><th><span class="path">en.txt</span> (en)</th><th><span class="path">en-a.txt</span> (en)</th>');
    const rows = table.split('<tr class="bead">').slice(1).map((r) => [...r.matchAll(/<td class="side[^"]*"[^>]*>(.*?)<\/td>/g)].map((m) => m[1].replace(/<a class="fref[^]*?<\/a>/g, '').replace(/<[^>]+>/g, '').replace(/^\d+/, '')));
    expect(rows).toEqual([
      ['Titre &lt;b&gt;', 'Title &lt;b&gt;', 'Title, met on 27 February 2018.'],
      ['Réunion le 27 février 2018.', 'Meeting on 27 February 2017.', '↑ with the row above'],
      ['', '', 'Added line.'],
      ['A &amp; B', 'A &amp; C', 'A &amp; D'],
      ['', 'Extra.', ''],
    ]);
    // The date finding is linked from the cells of its versions.
    expect(table).toContain('href="#f1" data-rule="date-mismatch" data-severity="error">#1 date-mismatch</a>');
  });

  it('shows summaries and findings when the report has no pairs', () => {
    const { pairs: _pairs, ...rest } = sample();
    void _pairs;
    const plain = formatHtml(rest);
    expect(plain).not.toContain('<table class="sbs">');
    expect(plain).toMatch(/<li id="f1" data-rule="date-mismatch"/);
  });
});

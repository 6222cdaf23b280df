import { describe, expect, it } from 'vitest';
import { escapeHtml, formatHtml } from '../../src/report/formats/html.js';
import type { CorpusReport, PairSegment } from '../../src/corpus/index.js';

const seg = (id: string, line: number, text: string): PairSegment => ({ id, kind: 'sentence', text, line, endLine: line, start: line * 100, end: line * 100 + text.length });

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
      beads: [{ source: [0], target: [0], score: 0.9, sure: true }, { source: [1], target: [1], score: 0.8, sure: true }, { source: [2], target: [2], score: 0.7, sure: true }, { source: [], target: [3], score: 0, sure: false }],
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
    expect(html).toMatch(/<li id="f3" data-rule="input"/);
    expect(html).toContain('Reference: <span class="path">fr.txt</span>: fr: the version the others agree with most');
  });

  it('shows a finding between versions only in the pairs that found it', () => {
    const report = sample();
    report.pairs![0].findings = [1];
    const html = formatHtml(report);
    // The date finding was made by another pair: it moves to the list below, the text change stays.
    expect(html).toMatch(/<tr class="finding" id="f2" data-rule="text-change"/);
    expect(html).not.toMatch(/<tr class="finding"[^>]*data-rule="date-mismatch"/);
    expect(html).toMatch(/<li id="f1" data-rule="date-mismatch"/);
  });

  it('shows summaries and findings when the report has no pairs', () => {
    const { pairs: _pairs, ...rest } = sample();
    void _pairs;
    const plain = formatHtml(rest);
    expect(plain).not.toContain('<table class="sbs">');
    expect(plain).toMatch(/<li id="f1" data-rule="date-mismatch"/);
  });
});

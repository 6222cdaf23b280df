/** The text formats beyond the goldens: colour on and off, highlights, widths. */
import { describe, expect, it } from 'vitest';
import { formatAlignment, formatReport, formatSegments } from '../../src/report/index.js';
import { displayWidth } from '../../src/report/wrap.js';
import { emptyReport, makeDocument, makeSegmented, sampleAlignment, sampleDraftReport, sampleReport, sampleSegmented } from './samples.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

function visibleWidth(line: string): number {
  // eslint-disable-next-line no-control-regex
  return displayWidth(line.replace(/\u001b\[[0-9;]*m/g, ''));
}

describe('text formats and colour', () => {
  const outputs = (color: boolean) => [
    formatReport(sampleReport(), 'text', { color }),
    formatReport(sampleDraftReport(), 'text', { color }),
    formatAlignment(sampleAlignment(), 'text', { color }),
    formatSegments(sampleSegmented(), 'text', { color }),
  ];

  it('writes no ANSI escapes when colour is off (the default)', () => {
    for (const out of outputs(false)) expect(out).not.toMatch(ANSI);
    expect(formatReport(sampleReport(), 'text')).not.toMatch(ANSI);
  });

  it('colours when asked, and then uses no plain-text markers', () => {
    const [report, drafts] = outputs(true);
    expect(report).toMatch(ANSI);
    expect(drafts).toContain('\u001b[31m\u001b[9mMonday');
    expect(drafts).toContain('\u001b[32mTuesday');
    expect(drafts).not.toContain('[-Monday-]');
    expect(report).not.toContain('[[2018]]');
  });

  it('marks the word diff and the differing values without colour', () => {
    const drafts = formatReport(sampleDraftReport(), 'text');
    expect(drafts).toContain('The ministers met on [-Monday-] in [-Brussels-] to discuss the plan.');
    expect(drafts).toContain('{+Tuesday+}');
    const report = formatReport(sampleReport(), 'text');
    expect(report).toContain('27 février [[2018]]');
    expect(report).toContain('27 February [[2017]]');
    // Names match without accents or case.
    expect(report).toContain('[[Édouard Philippe]]');
    expect(report).toContain('source 2018-02-27 ≠ target 2017-02-27');
  });

  it('lists rules with errors first and ends with the totals', () => {
    const report = formatReport(sampleReport(), 'text');
    const order = ['date-mismatch (', 'number-mismatch (', 'name-mismatch (', 'low-confidence ('].map((h) => report.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(report.trimEnd().split('\n').at(-1)).toBe('2 errors, 5 warnings, 2 info');
    expect(report).toContain('docs/2018/fr.txt:22-24');
    expect(report).toContain('docs/2018/en b.txt:9 ');
  });

  it('says so when nothing was found', () => {
    expect(formatReport(emptyReport(), 'text').trimEnd().split('\n').at(-1)).toBe('no divergences found');
  });

  it('keeps every line within the terminal width', () => {
    for (const width of [60, 80, 120]) {
      const outs = [
        formatReport(sampleReport(), 'text', { width, color: true }),
        formatAlignment(sampleAlignment(), 'text', { width, color: true }),
        formatSegments(sampleSegmented(), 'text', { width }),
      ];
      for (const out of outs) {
        // The one-line summaries under the tables may be longer; every table and finding line fits.
        const lines = out.split('\n').filter((l) => /^[┌│├└ ]/.test(l));
        for (const line of lines) expect(visibleWidth(line), line).toBeLessThanOrEqual(width);
      }
    }
  });

  it('cuts segment texts to the table with an ellipsis instead of wrapping', () => {
    const out = formatSegments(sampleSegmented(), 'text', { width: 60 });
    expect(out.split('\n').filter((l) => l.startsWith('│'))).toHaveLength(5);
    expect(out).toContain('…');
    expect(out).toContain('4 segments, 1 repair, 2 skipped lines');
    expect(out).toContain('note: not valid UTF-8: read as Windows-1252');
  });

  it('shows every word of the alignment, however narrow the terminal', () => {
    const out = formatAlignment(sampleAlignment(), 'text', { width: 40 });
    expect(out).not.toContain('…');
    expect(out).toContain('(no');
    expect(out).toContain('7 beads (1-1: 4, 0-1: 1, 1-0: 1, 2-1: 1); 3 unsure (marked ?)');
  });
});

describe('long tables', () => {
  const lines = Array.from({ length: 450 }, (_, i) => `Sentence ${i} is here.`);
  const doc = makeSegmented(makeDocument('long.txt', lines.join('\n') + '\n'), 'en', lines.map((slice) => ({ slice, kind: 'sentence' as const })));

  it('draw one table with one header however many rows (they are drawn in chunks)', () => {
    const out = formatSegments(doc, 'text').split('\n');
    expect(out.filter((l) => l.startsWith('┌'))).toHaveLength(1);
    expect(out.filter((l) => l.startsWith('├'))).toHaveLength(1);
    expect(out.filter((l) => l.startsWith('└'))).toHaveLength(1);
    const body = out.filter((l) => l.startsWith('│')).slice(1);
    expect(body).toHaveLength(450);
    expect(body[449]).toContain('s450');
    expect(body[449]).toContain('Sentence 449 is here.');
    expect(new Set(out.filter((l) => /^[┌├│└]/.test(l)).map((l) => l.length)).size).toBe(1);
  });

  it('keep a rule between every bead of a long alignment', () => {
    const beads = doc.segments.map((_, i) => ({ source: [i], target: [i], score: 1, sure: true }));
    const out = formatAlignment({ source: doc, target: doc, beads }, 'text').split('\n');
    expect(out.filter((l) => l.startsWith('├'))).toHaveLength(450);
    expect(out.filter((l) => l.startsWith('┌'))).toHaveLength(1);
  });

  it('draw a header-only table for an empty document', () => {
    const empty = { ...doc, segments: [] };
    const out = formatSegments(empty, 'text');
    expect(out.split('\n').filter((l) => /^[┌├│└]/.test(l))).toHaveLength(3);
    expect(out).toContain('0 segments');
  });
});

describe('values line', () => {
  it('is left out when both values are equal (an accent-only name difference)', () => {
    const r = sampleReport();
    r.findings = [{ ...r.findings[3], severity: 'info', expected: 'edouard philippe', actual: 'edouard philippe' }];
    const out = formatReport(r, 'text');
    expect(out).not.toContain('≠');
    expect(out).toContain('[[Édouard Philippe]]');
  });

  it('highlights the changed part of a date wherever the date is written', () => {
    const r = sampleReport();
    r.findings = [{
      rule: 'date-mismatch', severity: 'error', message: 'date differs',
      source: { path: 'a', line: 1, endLine: 1, text: 'En 2017, réunion le 27 février 2018.' },
      target: { path: 'b', line: 1, endLine: 1, text: 'In 2017, held on 27 February 2017.' },
      expected: '2018-02-27', actual: '2017-02-27',
    }];
    const out = formatReport(r, 'text');
    expect(out).toContain('En 2017, réunion le 27 février [[2018]].');
    expect(out).toContain('In [[2017]], held on 27 February [[2017]].');
  });
});

/** `revision`: pending tracked changes listed, and a divergence they make says so. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { computeLineStarts } from '../../src/position.js';
import type { Document, Revision } from '../../src/types.js';

/** A document as a DOCX reader gives it: a text rendition, one block per paragraph, its revisions. */
function office(path: string, paragraphs: string[], revisions: Revision[] = []): Document {
  const value = paragraphs.join('\n\n') + '\n';
  let at = 0;
  const blocks = paragraphs.map((p, i) => {
    const block = { kind: 'paragraph' as const, ranges: [at, at + p.length], locator: { paragraph: i + 1 } };
    at += p.length + 2;
    return block;
  });
  return { path, value, encoding: 'utf-8', lineStarts: computeLineStarts(value), notes: [], format: 'docx', blocks, revisions };
}

const FR = ['La première réunion du groupe de travail s’est tenue le 27 février 2018 à Paris.', 'Les ministres se reverront en 2019 à Bruxelles.'];
const EN = ['The first meeting of the working group was held on 27 February 2017 in Paris.', 'The ministers will meet again in 2019 in Brussels.'];

describe('revision', () => {
  const start = EN[0].indexOf('2017');
  const insertion: Revision = { type: 'insertion', author: 'A. Editor', date: '2018-06-08T10:00:00Z', text: '2017', paragraph: 1, start, end: start + 4 };

  it('lists each pending change as an info finding with its paragraph, author and text', () => {
    const { report } = analyze(office('fr.docx', FR), office('en.docx', EN, [insertion]));
    const found = report.findings.filter((f) => f.rule === 'revision');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', target: { path: 'en.docx', paragraph: 1, line: 1 } });
    expect(found[0].message).toBe('pending tracked insertion by A. Editor (2018-06-08): "2017" in paragraph 1');
  });

  it('a divergence a pending change makes says so; the others do not', () => {
    const { report } = analyze(office('fr.docx', FR), office('en.docx', EN, [insertion]));
    const date = report.findings.find((f) => f.rule === 'date-mismatch')!;
    expect(date.target?.paragraph).toBe(1);
    expect(date.note).toMatch(/pending tracked change in the target, read as accepted, makes this \(insertion by A\. Editor .*"2017", paragraph 1\)/);
    const clean = analyze(office('fr.docx', FR), office('en.docx', EN)).report.findings.find((f) => f.rule === 'date-mismatch')!;
    expect(clean.note ?? '').not.toMatch(/tracked change/);
  });

  it('a change elsewhere in the document is listed but leaves the divergence alone', () => {
    const far = EN[0].length + 2 + EN[1].indexOf('Brussels');
    const other: Revision = { type: 'deletion', text: 'Belgian ', paragraph: 2, start: far, end: far };
    const { report } = analyze(office('fr.docx', FR), office('en.docx', EN, [other]));
    expect(report.findings.filter((f) => f.rule === 'revision')).toHaveLength(1);
    expect(report.findings.find((f) => f.rule === 'date-mismatch')!.note ?? '').not.toMatch(/tracked change/);
  });
});

/**
 * The done-when list on the seed communiqué, end to end: the real
 * divergences are found where they are, the French-to-English pairs raise no
 * other error, and a document compared with itself raises nothing but its own
 * repeats and damage.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const read = (path: string) => decodeDocument(readFileSync(resolve(FIXTURES, path)), path);
const SEED = 'corpus/2018-06-11_val-duchesse-ii_';
const diff = (a: string, b: string) => analyze(read(a), read(b)).report.findings;
const brief = (f: Finding) => [f.rule, f.severity, f.source?.line, f.target?.line, f.expected, f.actual];

describe('the seed communiqué', () => {
  it('fr → en-b: the working-group date as the only error, the merged financing bullets, the French duplicate', () => {
    const findings = diff(`${SEED}fr.txt`, `${SEED}en-b.txt`);
    expect(findings.filter((f) => f.severity === 'error').map(brief)).toEqual([['date-mismatch', 'error', 23, 9, '2018-02-27', '2017-02-27']]);
    const merge = findings.find((f) => f.rule === 'merge' && f.severity === 'warning');
    expect([merge?.source?.line, merge?.source?.endLine, merge?.target?.line]).toEqual([64, 74, 27]);
    expect(findings.filter((f) => f.rule === 'duplicate').map((f) => [f.source?.line, f.target?.line])).toEqual([[69, undefined]]);
  });

  it('fr → en-a: the left-out figures on returning fighters as the only errors, and the duplicate in both', () => {
    const findings = diff(`${SEED}fr.txt`, `${SEED}en-a.txt`);
    expect(findings.filter((f) => f.severity === 'error').map(brief)).toEqual([
      ['number-mismatch', 'error', 111, 129, '200', undefined],
      ['number-mismatch', 'error', 111, 129, '100', undefined],
    ]);
    expect(findings.some((f) => f.rule === 'omission' && f.message.includes('(à ce stade plus de 200'))).toBe(true);
    expect(findings.filter((f) => f.rule === 'duplicate').map((f) => [f.source?.line, f.target?.line])).toEqual([[69, undefined], [undefined, 80]]);
  });

  it('en-a → en-b: same-language versions get the date as a date-mismatch, and text changes', () => {
    const findings = diff(`${SEED}en-a.txt`, `${SEED}en-b.txt`);
    expect(findings.filter((f) => f.rule === 'date-mismatch').map(brief)).toEqual([['date-mismatch', 'error', 24, 9, '2018-02-27', '2017-02-27']]);
    expect(findings.some((f) => f.rule === 'text-change')).toBe(true);
  });

  it('en-a → en-b: two translations of one text leave nothing unpaired but en-b\'s title and en-a\'s repeated item', () => {
    const findings = diff(`${SEED}en-a.txt`, `${SEED}en-b.txt`);
    const unpaired = findings.filter((f) => f.rule === 'omission' || (f.rule === 'addition' && !f.message.startsWith('parenthetical')));
    expect(unpaired.map((f) => [f.rule, f.source?.line, f.target?.line])).toEqual([['addition', undefined, 1]]);
    // The repeated item is reported as the repeat it is, merged with its original in en-b.
    expect(findings.filter((f) => f.rule === 'duplicate').map((f) => [f.source?.line, f.target?.line])).toEqual([[80, undefined]]);
  });
});

describe('a document compared with itself', () => {
  const corpus = readdirSync(resolve(FIXTURES, 'corpus')).map((f) => `corpus/${f}`);
  const planted = readdirSync(resolve(FIXTURES, 'cases')).filter((d) => d.startsWith('plant-'))
    .flatMap((d) => readdirSync(resolve(FIXTURES, 'cases', d)).filter((f) => f.endsWith('.txt')).map((f) => `cases/${d}/${f}`));
  it.each([...corpus, ...planted])('%s: only its own repeats and damaged characters', (path) => {
    const findings = diff(path, path);
    expect(findings.filter((f) => f.rule !== 'duplicate' && f.rule !== 'encoding').map((f) => f.message)).toEqual([]);
    // Each of its own findings once, on the source side (not once per side).
    const side = (s: 'source' | 'target') => findings.filter((f) => f[s]).map((f) => `${f.rule}:${f[s]!.line}`);
    expect(side('target')).toEqual([]);
    expect(new Set(side('source')).size).toBe(side('source').length);
  });
  it('is clean for the seeds without internal repeats or damage', () => {
    const clean = corpus.filter((p) => !/_fr\.txt$|_en-a\.txt$/.test(p));
    expect(clean.length).toBe(3);
    for (const path of clean) expect(diff(path, path), path).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyBaseline, checkCorpus, parseBaseline, writeBaseline } from '../../src/corpus/index.js';
import { findingFingerprint } from '../../src/fingerprint.js';
import { computeLineStarts } from '../../src/position.js';
import type { Document, Finding } from '../../src/types.js';
import { ONE_LANGUAGE, readAll, txtFiles } from './helpers.js';

describe('findingFingerprint', () => {
  const base: Finding = {
    rule: 'number-mismatch', severity: 'error', message: 'figure differs',
    source: { path: 'a.txt', line: 4, endLine: 4, text: 'We inspect 120 locks.', start: 40, end: 61 },
    target: { path: 'b.txt', line: 4, endLine: 5, text: 'We inspect 150 locks.', start: 40, end: 61 },
    expected: '120', actual: '150',
  };

  it('ignores lines and offsets but not the rule, text or values', () => {
    const moved = { ...base, source: { ...base.source!, line: 40, endLine: 40, start: 400, end: 421 }, target: { ...base.target!, line: 9, endLine: 9 } };
    expect(findingFingerprint(moved)).toBe(findingFingerprint(base));
    expect(findingFingerprint({ ...base, actual: '160' })).not.toBe(findingFingerprint(base));
    expect(findingFingerprint({ ...base, rule: 'text-change' })).not.toBe(findingFingerprint(base));
  });
});

describe('baselines', () => {
  function shifted(doc: Document, prefix: string): Document {
    const value = prefix + doc.value;
    return { ...doc, value, lineStarts: computeLineStarts(value) };
  }

  it('accepted findings are not reported again, even after lines move', async () => {
    const { documents } = readAll(txtFiles(ONE_LANGUAGE));
    const first = await checkCorpus(documents, []);
    expect(first.findings.length).toBeGreaterThan(0);
    const baseline = parseBaseline(writeBaseline(first.findings), 'fbcoop-baseline.json');
    expect(applyBaseline(first.findings, baseline)).toEqual([]);

    // Three new lines at the top of every file: same findings, new line numbers.
    const edited = documents.map((d) => shifted(d, 'Draft for discussion.\n\nNot for publication.\n'));
    const second = await checkCorpus(edited, []);
    const moved = second.findings.filter((f) => f.rule !== 'structure-mismatch');
    expect(moved.some((f) => (f.source ?? f.target)!.line > 3)).toBe(true);
    const left = await checkCorpus(edited, [], { baseline: baseline.fingerprints });
    // Whatever the new lines themselves cause may be new; nothing accepted comes back.
    const acceptedRules = new Set(first.findings.map(findingFingerprint));
    expect(left.findings.filter((f) => acceptedRules.has(findingFingerprint(f)))).toEqual([]);
    expect(left.findings.length).toBeLessThan(second.findings.length);
    const numbers = (r: typeof first) => r.findings.filter((f) => f.rule === 'number-mismatch').length;
    expect(numbers(second)).toBe(numbers(first));
    expect(numbers(left)).toBe(0);
  });

  it('a bad baseline file is a config error naming the file', () => {
    expect(() => parseBaseline('{"accepted": [{"rule": "x"}]}', 'base.json')).toThrow(/^base\.json: accepted\[0\]: expected a fingerprint/);
    expect(() => parseBaseline('nope', 'base.json')).toThrow(/^base\.json: not valid JSON/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/index.js';
import { mergeFindings } from '../../src/corpus/merge.js';
import { sortFindings } from '../../src/corpus/order.js';
import type { Finding } from '../../src/types.js';
import { SEED, locations, readAll } from './helpers.js';

const loc = (path: string, line: number, segment: string) => ({ path, line, endLine: line, segment, start: line * 10, end: line * 10 + 5 });

describe('mergeFindings', () => {
  it('merges findings of several pairs about the same place into one naming every version', () => {
    const fromRefB: Finding = { rule: 'date-mismatch', severity: 'error', message: 'ref vs b', source: loc('ref', 3, 's2'), target: loc('b', 9, 's7'), expected: '2018-02-27', actual: '2017-02-27' };
    const fromAB: Finding = { rule: 'date-mismatch', severity: 'warning', message: 'a vs b', source: loc('a', 5, 's4'), target: loc('b', 9, 's7'), expected: '2018-02-27', actual: '2017-02-27' };
    const merged = mergeFindings([
      { finding: fromAB, fromReference: false },
      { finding: fromRefB, fromReference: true },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].message).toBe('ref vs b');
    expect(merged[0].severity).toBe('error');
    expect(merged[0].versions?.map((v) => v.path)).toEqual(['a']);
  });

  it('keeps findings about different places or values apart, and reports a repeated one-document finding once', () => {
    const dup: Finding = { rule: 'duplicate', severity: 'warning', message: 'repeats s3', source: loc('ref', 8, 's5') };
    const other: Finding = { rule: 'date-mismatch', severity: 'error', message: 'x', source: loc('ref', 3, 's2'), target: loc('c', 2, 's1'), expected: '2019', actual: '2020' };
    const merged = mergeFindings([
      { finding: dup, fromReference: true },
      { finding: { ...dup }, fromReference: true },
      { finding: other, fromReference: true },
      { finding: { ...other, expected: '2018', target: loc('d', 2, 's1') }, fromReference: true },
    ]);
    expect(merged).toHaveLength(3);
    expect(merged.filter((f) => f.rule === 'duplicate')).toHaveLength(1);
    expect(merged[0].versions).toBeUndefined();
  });
});

describe('mergeFindings: word changes', () => {
  it('keeps apart different changes of one reference segment, and merges the same change in several versions', () => {
    const change = (target: string, text: string): Finding => ({ rule: 'text-change', severity: 'info', message: `changed in ${target}`, source: { ...loc('ref', 4, 's3'), text: 'We met twice.' }, target: { ...loc(target, 4, 's3'), text } });
    const merged = mergeFindings([
      { finding: change('a', 'We met three times.'), fromReference: true },
      { finding: change('b', 'We met once.'), fromReference: true },
      { finding: change('c', 'We met once.'), fromReference: true },
    ]);
    expect(merged).toHaveLength(2);
    expect(merged.find((f) => f.target!.path === 'b')!.versions!.map((v) => v.path)).toEqual(['c']);
  });
});

describe('mergeFindings: content on one side only', () => {
  it('merges what several versions leave out of the reference, and what they add at one place only when it is the same', () => {
    const omitted = (target: string): Finding => ({ rule: 'omission', severity: 'warning', message: `left out in ${target}`, source: loc('ref', 12, 's9'), target: { path: target, line: 7, endLine: 7 } });
    const added = (target: string, line: number): Finding => ({ rule: 'addition', severity: 'warning', message: `added in ${target}`, source: { path: 'ref', line: 11, endLine: 11 }, target: loc(target, line, `s${line}`) });
    const merged = mergeFindings([
      { finding: omitted('a'), fromReference: true, added: 'target' },
      { finding: omitted('b'), fromReference: true, added: 'target' },
      { finding: added('a', 8), fromReference: true, added: 'source' },
      { finding: added('b', 9), fromReference: true, added: 'source' },
      { finding: { ...added('c', 8), target: { ...loc('c', 8, 's8'), text: 'same words' } }, fromReference: true, added: 'source' },
      { finding: { ...added('d', 8), target: { ...loc('d', 8, 's8'), text: 'same words' } }, fromReference: true, added: 'source' },
    ]);
    const omissions = merged.filter((f) => f.rule === 'omission');
    expect(omissions).toHaveLength(1);
    expect([omissions[0].target!.path, ...omissions[0].versions!.map((v) => v.path)]).toEqual(['a', 'b']);
    const additions = merged.filter((f) => f.rule === 'addition');
    expect(additions).toHaveLength(3);
    expect(additions.find((f) => f.target!.path === 'c')!.versions!.map((v) => v.path)).toEqual(['d']);
  });
});

describe('checkCorpus: findings across the versions of the seed text', async () => {
  const { documents } = readAll([SEED.fr, SEED.enA, SEED.enB]);
  const report = await checkCorpus(documents, []);

  it('reports the 2017 date of translation B once, naming the versions involved', () => {
    const dates = report.findings.filter((f) => f.rule === 'date-mismatch' && f.actual === '2017-02-27');
    expect(dates).toHaveLength(1);
    const paths = locations(dates[0]).map((l) => l.path);
    expect(paths).toContain(SEED.fr);
    expect(paths).toContain(SEED.enB);
    expect(dates[0].expected).toBe('2018-02-27');
  });

  it('reports a duplicate of the reference once, not once per pair', async () => {
    const inGroup = report.findings.filter((f) => f.rule === 'duplicate' && f.source?.path === SEED.fr && !f.target);
    const alone = (await checkCorpus(readAll([SEED.fr]).documents, [])).findings.filter((f) => f.rule === 'duplicate');
    expect(inGroup.length).toBeGreaterThan(0);
    expect(inGroup.length).toBe(alone.length);
  });

  it('gives every finding a fingerprint and a canonical order', () => {
    expect(report.findings.every((f) => typeof f.fingerprint === 'string' && f.fingerprint.length > 0)).toBe(true);
    const shuffled = report.findings.map((f, i) => ({ f, k: (i * 7919) % 101 })).sort((a, b) => a.k - b.k).map(({ f }) => ({ ...f }));
    expect(sortFindings(shuffled)).toEqual(report.findings);
  });

});

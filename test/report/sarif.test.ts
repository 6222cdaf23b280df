/** `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. */
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatReport, RULES } from '../../src/report/index.js';
import { sortFindings } from '../../src/report/order.js';
import type { Report } from '../../src/types.js';
import { emptyReport, sampleReport } from './samples.js';

function sarif(report: Report): Sarif.Log {
  return JSON.parse(formatReport(report, 'sarif', { toolVersion: '0.1.0' }));
}

describe('--format sarif', () => {
  const report = sampleReport();
  const log = sarif(report);
  const run = log.runs[0];

  it('has the schema, version 2.1.0 and one run of fbcoop with every rule', () => {
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('fbcoop');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    const ids = run.tool.driver.rules!.map((r) => r.id);
    expect(ids).toEqual(RULES.map((r) => r.id));
    for (const id of ['date-mismatch', 'untranslated', 'low-confidence', 'input']) expect(ids).toContain(id);
    for (const rule of run.tool.driver.rules!) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      // SARIF1001: a name for people, not the id in another case or without its hyphens.
      expect(rule.name!.toLowerCase()).not.toBe(rule.id.replace(/-/g, '').toLowerCase());
      // GH2012: GitHub code scanning needs help on every rule; helpUri leads to the README's rule table.
      expect(rule.help?.text).toContain(rule.shortDescription!.text);
      expect(rule.help?.markdown).toContain('What to do:');
      expect(rule.helpUri).toMatch(/^https:\/\/\S+#diff-every-divergence-at-file-and-line$/);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
    }
    expect(run.tool.driver.rules!.find((r) => r.id === 'structure-mismatch')!.defaultConfiguration!.level).toBe('note');
  });

  it('has one result per finding with ruleId, a matching ruleIndex and the level', () => {
    expect(run.results).toHaveLength(report.findings.length);
    const ordered = sortFindings(report.findings, report.documents.map((d) => d.path));
    run.results!.forEach((result, i) => {
      const finding = ordered[i];
      expect(result.ruleId).toBe(finding.rule);
      expect(run.tool.driver.rules![result.ruleIndex!].id).toBe(finding.rule);
      expect(result.level).toBe(finding.severity === 'info' ? 'note' : finding.severity);
      expect(result.message.text?.startsWith(finding.message)).toBe(true);
      expect(result.partialFingerprints?.['fbcoop/v1']).toMatch(/\S/);
    });
  });

  it('locates a two-sided finding at the target, the source as a related location', () => {
    const date = run.results!.find((r) => r.ruleId === 'date-mismatch')!;
    const loc = date.locations![0].physicalLocation!;
    expect(loc.artifactLocation!.uri).toBe('docs/2018/en%20b.txt');
    expect(loc.region).toMatchObject({ startLine: 9, endLine: 9 });
    const related = date.relatedLocations![0];
    expect(related.physicalLocation!.artifactLocation!.uri).toBe('docs/2018/fr.txt');
    expect(related.physicalLocation!.region).toMatchObject({ startLine: 22, endLine: 24 });
    expect(related.message!.text).toBe('source');
    expect(date.message.text).toContain('source: docs/2018/fr.txt:22-24');
  });

  it('locates a source-only finding at the source', () => {
    const omission = run.results!.find((r) => r.ruleId === 'omission')!;
    expect(omission.locations![0].physicalLocation!.artifactLocation!.uri).toBe('docs/2018/fr.txt');
    expect(omission.locations![0].physicalLocation!.region).toMatchObject({ startLine: 30, endLine: 31 });
    expect(omission.relatedLocations).toBeUndefined();
  });

  it('keeps fingerprints stable when lines move, and unique when content repeats', () => {
    const moved = sampleReport();
    moved.findings[1].source!.line += 10;
    moved.findings[1].source!.endLine += 10;
    const dateOf = (l: Sarif.Log) => l.runs[0].results!.find((x) => x.ruleId === 'date-mismatch')!;
    expect(dateOf(sarif(moved)).partialFingerprints).toEqual(dateOf(log).partialFingerprints);

    const twice = sampleReport();
    twice.findings.push(structuredClone(twice.findings[1]));
    const prints = sarif(twice).runs[0].results!.map((r) => r.partialFingerprints!['fbcoop/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('uses a finding’s own fingerprint when it has one, and columns where known', () => {
    const r = sampleReport();
    r.findings[0].fingerprint = 'abc123';
    r.findings[0].source!.column = 5;
    const result = sarif(r).runs[0].results!.find((x) => x.ruleId === 'omission')!;
    expect(result.partialFingerprints).toEqual({ 'fbcoop/v1': 'abc123' });
    expect(result.locations![0].physicalLocation!.region!.startColumn).toBe(5);
  });

  it('turns Windows and absolute paths into forward-slash URIs', () => {
    const r = sampleReport();
    r.findings[0].source!.path = 'docs\\2018\\fr #1.txt';
    r.findings[2].target!.path = '/abs/en.txt';
    const results = sarif(r).runs[0].results!;
    const uri = (rule: string) => results.find((x) => x.ruleId === rule)!.locations![0].physicalLocation!.artifactLocation!.uri;
    expect(uri('omission')).toBe('docs/2018/fr%20%231.txt');
    expect(uri('number-mismatch')).toBe('file:///abs/en.txt');
  });

  it('adds rules not in the table, and is valid with no findings', () => {
    const r = sampleReport();
    r.findings.push({ rule: 'brand-new', severity: 'warning', message: 'x', source: { path: 'a', line: 1, endLine: 1 } });
    const l = sarif(r);
    const last = l.runs[0].results!.find((x) => x.ruleId === 'brand-new')!;
    expect(l.runs[0].tool.driver.rules![last.ruleIndex!].id).toBe('brand-new');
    expect(sarif(emptyReport()).runs[0].results).toEqual([]);
  });
});

/** Every output lists findings most severe first, then by document, then by place. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatCorpus, formatReport } from '../../src/report/index.js';
import { orderReport, sortFindings } from '../../src/report/order.js';
import type { Finding, Report } from '../../src/types.js';
import { sampleCorpusReport, sampleReport } from './samples.js';

/** The sample's findings in a scrambled order, so that no output can pass by keeping the order given. */
function scrambled(): Report {
  const r = sampleReport();
  r.findings = [...r.findings].reverse();
  r.findings.push(r.findings.shift()!);
  return r;
}

/** (severity, document, line) of the sample's findings in report order, written out by hand. */
const EXPECTED = [
  'error number-mismatch en:6', 'error date-mismatch en:9',
  'warning encoding fr:4', 'warning duplicate fr:17', 'warning omission fr:30', 'warning name-mismatch en:3', 'warning merge en:11',
  'info low-confidence en:20', 'info structure-mismatch',
];
const RULES = EXPECTED.map((e) => e.split(' ')[1]);

describe('finding order', () => {
  it('sorts by severity, then document (in the report order), then line', () => {
    const r = scrambled();
    const label = (f: Finding) => {
      const at = f.target ?? f.source;
      return `${f.severity} ${f.rule}${at ? ` ${at.path.includes('fr') ? 'fr' : 'en'}:${at.line}` : ''}`;
    };
    expect(sortFindings(r.findings, r.documents.map((d) => d.path)).map(label)).toEqual(EXPECTED);
  });

  it('is the order of json, sarif, github and junit', () => {
    const r = scrambled();
    expect(JSON.parse(formatReport(r, 'json')).findings.map((f: Finding) => f.rule)).toEqual(RULES);
    expect(JSON.parse(formatReport(r, 'sarif')).runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(RULES);
    expect(formatReport(r, 'github').split('\n').filter(Boolean).map((l) => l.match(/title=fbcoop ([\w-]+)/)![1])).toEqual(RULES);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' || n === 'testsuite' }).parse(formatReport(r, 'junit'));
    const cases = xml.testsuites.testsuite.flatMap((s: { testcase: { '@_classname': string }[] }) => s.testcase).map((c: { '@_classname': string }) => c['@_classname']).filter((c: string) => c !== 'fbcoop');
    // JUnit groups cases by document (fr, en, then no location); within each, report order.
    expect(cases).toEqual(['encoding', 'duplicate', 'omission', 'number-mismatch', 'date-mismatch', 'name-mismatch', 'merge', 'low-confidence', 'structure-mismatch']);
  });

  it('is the order of the text report: errors, then warnings, then info, a rule with two levels in each', () => {
    const r = scrambled();
    r.findings.push({ rule: 'name-mismatch', severity: 'info', message: 'name differs in accents only', target: { path: 'docs/2018/en b.txt', line: 2, endLine: 2 } });
    const text = formatReport(r, 'text', { width: 100 });
    const headings = [...text.matchAll(/^([a-z-]+) \((\d+ \w+)\)/gm)].map((m) => `${m[1]} (${m[2]})`);
    expect(headings).toEqual([
      'date-mismatch (1 error)', 'number-mismatch (1 error)',
      'name-mismatch (1 warning)', 'omission (1 warning)', 'merge (1 warning)', 'duplicate (1 warning)', 'encoding (1 warning)',
      'name-mismatch (1 info)', 'structure-mismatch (1 info)', 'low-confidence (1 info)',
    ]);
  });

  it('renumbers the pair views of a corpus report with its findings', () => {
    const r = { ...sampleCorpusReport(), pairs: [{ group: 'g1', source: 'a', target: 'b', sourceLanguage: 'fr', targetLanguage: 'en', beads: [], sourceSegments: [], targetSegments: [], findings: [1, 3] }] };
    const before = r.pairs[0].findings.map((i) => r.findings[i]);
    const ordered = orderReport(r);
    const after = ordered.pairs![0].findings!.map((i) => ordered.findings[i]);
    expect(after).toHaveLength(2);
    expect(new Set(after)).toEqual(new Set(before));
    expect(ordered.findings.map((f) => f.severity)).toEqual(['error', 'error', 'warning', 'warning']);
    // A file that could not be read is no document of the report: its error comes after the documents' errors.
    expect(JSON.parse(formatCorpus(r, 'json')).findings.map((f: Finding) => f.rule)).toEqual(['date-mismatch', 'input', 'duplicate', 'merge']);
  });
});

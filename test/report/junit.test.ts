/** `--format junit`: JUnit XML read back with a real XML parser. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { emptyReport, sampleReport } from './samples.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'testcase' || name === 'testsuite',
});

function junit(report: Report) {
  const xml = formatReport(report, 'junit');
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

describe('--format junit', () => {
  const report = sampleReport();
  const suites = junit(report);
  const suite = suites.testsuite[0];
  const cases = suite.testcase;

  it('has one test case per finding and consistent counts', () => {
    expect(cases).toHaveLength(report.findings.length);
    expect(suite['@_name']).toBe('fbcoop');
    expect(suite['@_tests']).toBe(String(report.findings.length));
    // 2 errors + 5 warnings fail; the 2 info findings pass.
    expect(suite['@_failures']).toBe('7');
    expect(suites['@_failures']).toBe('7');
    expect(cases.filter((c: Record<string, unknown>) => c.failure).length).toBe(7);
  });

  it('names each case by rule and place, with the failure typed by severity', () => {
    const date = cases[1];
    expect(date['@_classname']).toBe('date-mismatch');
    expect(date['@_name']).toBe('docs/2018/en b.txt:9 date differs: 27 février 2018 (source) vs 27 February 2017 (target)');
    expect(date['@_file']).toBe('docs/2018/en b.txt');
    expect(date['@_line']).toBe('9');
    expect(date.failure['@_type']).toBe('error');
    expect(date.failure['#text']).toContain('source: docs/2018/fr.txt:22-24 Le groupe de travail');
    expect(date.failure['#text']).toContain('expected: 2018-02-27, actual: 2017-02-27');
  });

  it('lets info findings pass with their details in system-out', () => {
    const info = cases[7];
    expect(info['@_classname']).toBe('low-confidence');
    expect(info.failure).toBeUndefined();
    expect(info['system-out']).toContain('note: values in these lines were not compared');
  });

  it('reports an unreadable input as an error, and escapes markup in texts', () => {
    const r = sampleReport();
    r.findings = [
      { rule: 'input', severity: 'error', message: 'cannot read "a&b.txt": binary file', source: { path: 'a&b.txt', line: 1, endLine: 1 } },
      { rule: 'omission', severity: 'warning', message: 'lost <b> & "c"', source: { path: 'x.txt', line: 1, endLine: 1, text: 'AT&T <b> ]]>' } },
    ];
    const s = junit(r).testsuite[0];
    expect(s['@_errors']).toBe('1');
    expect(s['@_failures']).toBe('1');
    expect(s.testcase[0].error['@_message']).toBe('cannot read "a&b.txt": binary file');
    expect(s.testcase[1].failure['@_message']).toBe('lost <b> & "c"');
    expect(s.testcase[1].failure['#text']).toContain('AT&T <b> ]]>');
  });

  it('has one passing case per document when nothing was found', () => {
    const s = junit(emptyReport()).testsuite[0];
    expect(s.testcase.map((c: Record<string, string>) => c['@_name'])).toEqual(['a_fr.txt: no divergences found', 'a_en.txt: no divergences found']);
    expect(s['@_failures']).toBe('0');
  });
});

/** `--format junit`: JUnit XML read back with a real XML parser. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatReport, type FormatOptions } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { emptyReport, sampleReport } from './samples.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'testcase' || name === 'testsuite',
});

type Case = Record<string, any>;

function junit(report: Report, options: FormatOptions = {}) {
  const xml = formatReport(report, 'junit', options);
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

const FR = 'docs/2018/fr.txt';
const EN = 'docs/2018/en b.txt';

describe('--format junit', () => {
  const report = sampleReport();
  const suites = junit(report);
  const suite = (name: string) => suites.testsuite.find((s: Case) => s['@_name'] === name);
  const all: Case[] = suites.testsuite.flatMap((s: Case) => s.testcase);
  const findingCases = all.filter((c) => c['@_name'] !== 'checked');

  it('has a suite per document with a `checked` case, one case per finding, and consistent counts', () => {
    expect(suites.testsuite.map((s: Case) => s['@_name'])).toEqual([FR, EN, 'fbcoop']);
    for (const path of [FR, EN]) expect(suite(path).testcase[0]).toMatchObject({ '@_name': 'checked', '@_file': path });
    expect(suite(FR).testcase[0]['system-out']).toContain('fr, 44 segments');
    expect(findingCases).toHaveLength(report.findings.length);
    expect(suites['@_tests']).toBe(String(all.length));
    // At the default --fail-on error, the 2 errors fail; warnings and info pass.
    expect(suites['@_failures']).toBe('2');
    expect(findingCases.filter((c) => c.failure).map((c) => c['@_classname'])).toEqual(['number-mismatch', 'date-mismatch']);
    expect(suite(EN)['@_failures']).toBe('2');
    expect(suite(FR)['@_failures']).toBe('0');
  });

  it('names each case by rule and fingerprint, so a new wording does not rename it', () => {
    const date = findingCases.find((c) => c['@_classname'] === 'date-mismatch')!;
    expect(date['@_name']).toMatch(/^date-mismatch [0-9a-f]{12}$/);
    expect(date['@_file']).toBe(EN);
    expect(date['@_line']).toBe('9');
    expect(date.failure['@_type']).toBe('error');
    expect(date.failure['#text']).toContain('source: docs/2018/fr.txt:22-24 Le groupe de travail');
    expect(date.failure['#text']).toContain('expected: 2018-02-27, actual: 2017-02-27');
    const reworded = sampleReport();
    reworded.findings.find((f) => f.rule === 'date-mismatch')!.message = 'the dates are not the same';
    const again = junit(reworded).testsuite.flatMap((s: Case) => s.testcase).find((c: Case) => c['@_classname'] === 'date-mismatch');
    expect(again['@_name']).toBe(date['@_name']);
  });

  it('follows --fail-on: below it a finding passes with its text in system-out, at or above it fails', () => {
    const warning = junit(report, { failOn: 'warning' });
    expect(warning['@_failures']).toBe('7');
    const info = junit(report, { failOn: 'info' });
    expect(info['@_failures']).toBe('9');
    const never = junit(report, { failOn: 'never' });
    expect(never['@_failures']).toBe('0');
    const cases: Case[] = never.testsuite.flatMap((s: Case) => s.testcase);
    const date = cases.find((c) => c['@_classname'] === 'date-mismatch')!;
    expect(date.failure).toBeUndefined();
    expect(date['system-out']).toContain('error date-mismatch: date differs');
    const low = findingCases.find((c) => c['@_classname'] === 'low-confidence')!;
    expect(low.failure).toBeUndefined();
    expect(low['system-out']).toContain('note: values in these lines were not compared');
  });

  it('reports an unreadable input as an error, in a suite of its own, and escapes markup in texts', () => {
    const r = sampleReport();
    r.findings = [
      { rule: 'input', severity: 'error', message: 'cannot read "a&b.txt": binary file', source: { path: 'a&b.txt', line: 1, endLine: 1 } },
      { rule: 'omission', severity: 'warning', message: 'lost <b> & "c"', source: { path: FR, line: 1, endLine: 1, text: 'AT&T <b> ]]>' } },
    ];
    const s = junit(r, { failOn: 'warning' });
    expect(s['@_errors']).toBe('1');
    expect(s['@_failures']).toBe('1');
    const input = s.testsuite.find((x: Case) => x['@_name'] === 'a&b.txt');
    expect(input.testcase[0].error['@_message']).toBe('cannot read "a&b.txt": binary file');
    const omission = s.testsuite.find((x: Case) => x['@_name'] === FR).testcase[1];
    expect(omission.failure['@_message']).toBe('lost <b> & "c"');
    expect(omission.failure['#text']).toContain('AT&T <b> ]]>');
  });

  it('gives every document a passing case when nothing was found', () => {
    const s = junit(emptyReport());
    expect(s.testsuite.map((x: Case) => [x['@_name'], x.testcase.map((c: Case) => c['@_name'])])).toEqual([['a_fr.txt', ['checked']], ['a_en.txt', ['checked']]]);
    expect(s.testsuite[0].testcase[0]['system-out']).toContain('no findings located in this document');
    expect(s['@_failures']).toBe('0');
  });
});

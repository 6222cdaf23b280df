/** `--format github`: workflow-command annotations, escaped as @actions/core does. */
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { emptyReport, sampleReport } from './samples.js';

describe('--format github', () => {
  const lines = formatReport(sampleReport(), 'github').split('\n').filter(Boolean);

  it('prints one annotation per finding, level by severity, errors first', () => {
    expect(lines).toHaveLength(sampleReport().findings.length);
    expect(lines.map((l) => l.match(/^::(\w+) /)![1])).toEqual(['error', 'error', 'warning', 'warning', 'warning', 'warning', 'warning', 'notice', 'notice']);
  });

  it('points at the target with line, endLine and a title naming the rule', () => {
    expect(lines[1]).toBe(
      '::error file=docs/2018/en b.txt,line=9,endLine=9,title=fbcoop date-mismatch::' +
      'date differs: 27 février 2018 (source) vs 27 February 2017 (target)%0Asource: docs/2018/fr.txt:22-24',
    );
    expect(lines.find((l) => l.includes('omission'))).toMatch(/^::warning file=docs\/2018\/fr\.txt,line=30,endLine=31,title=fbcoop omission::/);
  });

  it('prints a finding without location with a title only', () => {
    expect(lines[8]).toBe('::notice title=fbcoop structure-mismatch::the source has 3 sections, the target 2');
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const r = sampleReport();
    r.findings = [{ rule: 'omission', severity: 'warning', message: '100% left out\r\nsee: a, b', source: { path: 'dir,1/a:b.txt', line: 2, endLine: 3 } }];
    expect(formatReport(r, 'github')).toBe('::warning file=dir%2C1/a%3Ab.txt,line=2,endLine=3,title=fbcoop omission::100%25 left out%0D%0Asee: a, b\n');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatReport(emptyReport(), 'github')).toBe('');
  });
});

describe('--format github: GitHub shows 10 annotations of each level per step', () => {
  function many(errors: number, warnings: number) {
    const r = sampleReport();
    const at = (i: number) => ({ path: 'en.txt', line: i + 1, endLine: i + 1 });
    r.findings = [
      ...Array.from({ length: warnings }, (_, i) => ({ rule: i % 2 ? 'omission' : 'name-mismatch', severity: 'warning' as const, message: `w${i}`, target: at(i) })),
      ...Array.from({ length: errors }, (_, i) => ({ rule: i < 12 ? 'date-mismatch' : 'number-mismatch', severity: 'error' as const, message: `e${i}`, target: at(i) })),
    ];
    return formatReport(r, 'github').split('\n').filter(Boolean);
  }

  it('prints the errors first and, past the limit, says in the 10th how many more and where to read them', () => {
    const lines = many(14, 12);
    const errors = lines.filter((l) => l.startsWith('::error'));
    const warnings = lines.filter((l) => l.startsWith('::warning'));
    expect(lines.slice(0, 10)).toEqual(errors);
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    // Nine findings, in place order, then the note: 5 more (e9…e13), of which rules, and where.
    expect(errors.slice(0, 9).map((l) => l.split('::')[2])).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8']);
    expect(errors[9]).toMatch(/^::error title=fbcoop%3A 5 more errors::5 more errors \(date-mismatch 3, number-mismatch 2\) are not shown/);
    expect(errors[9]).toContain('All 14 are in the SARIF or JSON report');
    expect(errors[9]).toContain('--format sarif');
    expect(warnings[9]).toMatch(/^::warning title=fbcoop%3A 3 more warnings::3 more warnings \(/);
  });

  it('prints every finding of a level that fits', () => {
    const lines = many(10, 3);
    expect(lines).toHaveLength(13);
    expect(lines.some((l) => l.includes('more errors'))).toBe(false);
    expect(lines[9].split('::')[2]).toBe('e9');
  });
});

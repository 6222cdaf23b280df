/** `--format github`: workflow-command annotations, escaped as @actions/core does. */
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { emptyReport, sampleReport } from './samples.js';

describe('--format github', () => {
  const lines = formatReport(sampleReport(), 'github').split('\n').filter(Boolean);

  it('prints one annotation per finding, level by severity', () => {
    expect(lines).toHaveLength(sampleReport().findings.length);
    expect(lines.map((l) => l.match(/^::(\w+) /)![1])).toEqual(['warning', 'error', 'error', 'warning', 'warning', 'warning', 'warning', 'notice', 'notice']);
  });

  it('points at the target with line, endLine and a title naming the rule', () => {
    expect(lines[1]).toBe(
      '::error file=docs/2018/en b.txt,line=9,endLine=9,title=fbcoop date-mismatch::' +
      'date differs: 27 février 2018 (source) vs 27 February 2017 (target)%0Asource: docs/2018/fr.txt:22-24',
    );
    expect(lines[0]).toMatch(/^::warning file=docs\/2018\/fr\.txt,line=30,endLine=31,title=fbcoop omission::/);
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

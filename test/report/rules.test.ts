/** The rule table and the report stage's public API. */
import { describe, expect, it } from 'vitest';
import * as report from '../../src/report/index.js';
import { ruleInfo, RULES } from '../../src/report/index.js';

describe('RULES', () => {
  it('lists every rule id of the spec with its default severity', () => {
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.severity]))).toEqual({
      'date-mismatch': 'error', 'number-mismatch': 'error', 'name-mismatch': 'warning',
      omission: 'warning', addition: 'warning', merge: 'warning', split: 'warning', duplicate: 'warning',
      untranslated: 'error', encoding: 'warning', 'structure-mismatch': 'info', 'text-change': 'info',
      'low-confidence': 'info', revision: 'info', input: 'error',
    });
  });

  it('gives each rule a PascalCase name and one-line descriptions', () => {
    expect(ruleInfo('date-mismatch').name).toBe('DateMismatch');
    for (const r of RULES) {
      expect(r.description).not.toContain('\n');
      expect(r.description.length).toBeLessThan(80);
      expect(r.detail.trim()).not.toBe('');
    }
  });

  it('gives an unknown rule generic metadata instead of failing', () => {
    expect(ruleInfo('brand-new', 'info')).toMatchObject({ id: 'brand-new', name: 'BrandNew', severity: 'info' });
  });
});

describe('report public API', () => {
  it('exports the formatters, the rule table and the colour decision', () => {
    expect(Object.keys(report).sort()).toEqual(['FORMATS', 'RULES', 'UNSURE_SCORE', 'colorEnabled', 'formatAlignment', 'formatCorpus', 'formatReport', 'formatSegments', 'ruleInfo']);
  });

  it('rejects an unknown format as a bug, not silently', () => {
    expect(() => report.formatReport({} as never, 'xml' as never)).toThrow(/unknown report format/);
  });
});

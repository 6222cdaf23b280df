/** The rule table and the report stage's public API. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as report from '../../src/report/index.js';
import { ruleInfo, RULES } from '../../src/report/index.js';
import { ruleDocs, RULES_URL } from '../../src/rules.js';

describe('RULES', () => {
  it('lists every rule id of the spec with its default severity', () => {
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.severity]))).toEqual({
      'date-mismatch': 'error', 'number-mismatch': 'error', 'name-mismatch': 'warning',
      omission: 'warning', addition: 'warning', merge: 'warning', split: 'warning', duplicate: 'warning',
      untranslated: 'error', encoding: 'warning', 'structure-mismatch': 'info', 'text-change': 'info',
      'low-confidence': 'info', terminology: 'warning', inconsistency: 'info', revision: 'info', input: 'error',
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

describe('ruleDocs', () => {
  it('gives every rule a name for people that is not its id, help on what to do, and the rule table as helpUri', () => {
    const names = new Set<string>();
    for (const r of RULES) {
      const docs = ruleDocs(r.id);
      expect(docs.name.toLowerCase()).not.toBe(r.id.replace(/-/g, '').toLowerCase());
      expect(docs.name, `${r.id} has no entry in DOCS (src/rules.ts): give it a name and what to do`).not.toMatch(/Rule$/);
      names.add(docs.name);
      expect(docs.text).toContain(r.description);
      expect(docs.text).toMatch(/What to do: \S/);
      expect(docs.markdown).toContain(`Rule id \`${r.id}\``);
      expect(docs.uri).toBe(RULES_URL);
    }
    expect(names.size).toBe(RULES.length);
    expect(ruleDocs('omission').name).toBe('ContentMissingFromTarget');
  });

  it('points helpUri at the README section that holds the rule table', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const anchor = RULES_URL.split('#')[1];
    // GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
    const headings = [...readme.matchAll(/^#+ (.+)$/gm)].map((m) => ({ at: m.index!, anchor: m[1].toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-') }));
    const i = headings.findIndex((h) => h.anchor === anchor);
    expect(i).toBeGreaterThanOrEqual(0);
    const section = readme.slice(headings[i].at, headings[i + 1]?.at);
    for (const r of RULES.filter((x) => x.id !== 'input')) expect(section).toContain(`\`${r.id}\``);
  });

  it('names an unknown rule after its id with a suffix, never the id itself', () => {
    expect(ruleDocs('brand-new').name).toBe('BrandNewRule');
    expect(ruleDocs('brand-new').text).toContain('What to do: See the rule table in the README.');
  });
});

describe('report public API', () => {
  it('exports the formatters, the rule table and the colour decision', () => {
    expect(Object.keys(report).sort()).toEqual(['FORMATS', 'MULTI_ALIGN_FORMATS', 'RULES', 'alignmentPieces', 'colorEnabled', 'corpusPieces', 'formatAlignment', 'formatAlignments', 'formatCorpus', 'formatReport', 'formatSegments', 'readsSegmentLanguages', 'reportPieces', 'ruleInfo']);
  });

  it('rejects an unknown format as a bug, not silently', () => {
    expect(() => report.formatReport({} as never, 'xml' as never)).toThrow(/unknown report format/);
  });
});

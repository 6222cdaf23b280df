import { describe, expect, it } from 'vitest';
import { checkDocument, compare } from '../../src/compare/index.js';
import { RULES } from '../../src/rules.js';
import { makeAlignment, makeDoc } from './helpers.js';

const fr = [
  { text: '1- En matière de lutte contre le terrorisme', kind: 'heading' as const, section: '1' },
  'La première réunion du groupe de travail s’est tenue le 27 février 2018 à Paris.',
  'Plus de 200 combattants sont revenus en France et plus de 100 en Belgique.',
  'Le Premier ministre Édouard Philippe et Charles Michel se sont réunis aujourd’hui.',
];
const en = [
  { text: '1. On counter-terrorism', kind: 'heading' as const, section: '1' },
  'The first meeting of the working group was held on 27 February 2017 in Paris.',
  'More than 200 fighters returned to France and more than 100 to Belgium.',
  'Prime Minister Édouard Philippe and Charles Michel met today.',
];

describe('compare', () => {
  it.each([['fr', fr], ['en', en]] as const)('reports nothing for a %s document compared with itself', (lang, texts) => {
    const doc = makeDoc(lang, texts);
    expect(compare(makeAlignment(doc, doc))).toEqual([]);
  });

  it('finds the planted date and nothing else in a faithful translation', () => {
    const findings = compare(makeAlignment(makeDoc('fr', fr), makeDoc('en', en)));
    expect(findings.map((f) => [f.rule, f.severity, f.source?.line, f.target?.line])).toEqual([['date-mismatch', 'error', 3, 3]]);
  });

  it('sorts findings by source position, then target, with target-only findings in alignment order', () => {
    const source = makeDoc('en', ['Held on 1 May 2018 with 20 people.', 'Second.', 'Third sentence here.']);
    const target = makeDoc('en', ['Held on 2 May 2018 with 30 people.', 'Added sentence.', 'Second.', 'Third sentence there.']);
    const findings = compare(makeAlignment(source, target, [[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]]]));
    expect(findings.map((f) => f.rule)).toEqual(['text-change', 'date-mismatch', 'number-mismatch', 'addition', 'text-change']);
    const starts = findings.filter((f) => f.source).map((f) => f.source!.start!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('fingerprints do not change when lines shift, and differ between findings', () => {
    const a = compare(makeAlignment(makeDoc('fr', fr), makeDoc('en', en)));
    const b = compare(makeAlignment(makeDoc('fr', fr, { leadingLines: 7 }), makeDoc('en', en, { leadingLines: 3 })));
    expect(b[0].source!.line).toBe(a[0].source!.line + 7);
    expect(b.map((f) => f.fingerprint)).toEqual(a.map((f) => f.fingerprint));
    expect(a[0].fingerprint).toMatch(/^[0-9a-f]{40}$/);
    const dups = checkDocument(makeDoc('en', Array(3).fill('The same long sentence repeated three times in this document.')), 'source');
    expect(new Set(dups.map((f) => f.fingerprint)).size).toBe(dups.length);
  });

  it('severity overrides and off', () => {
    const align = makeAlignment(makeDoc('fr', fr), makeDoc('en', en));
    expect(compare(align, { severity: { 'date-mismatch': 'warning' } }).map((f) => f.severity)).toEqual(['warning']);
    expect(compare(align, { severity: { 'date-mismatch': 'off' } })).toEqual([]);
  });

  it('documentChecks: false leaves out duplicates and encoding', () => {
    const texts = ['A sentence that is long enough to count as a duplicate here.', 'A sentence that is long enough to count as a duplicate here.'];
    const doc = makeDoc('en', texts, { repairs: [{ kind: 'encoding', line: 1, offset: 2, from: 'l?a', to: 'l’a' }] });
    // A document compared with itself is one document: its own findings once (issue 10.8).
    expect(compare(makeAlignment(doc, doc)).map((f) => f.rule).sort()).toEqual(['duplicate', 'encoding']);
    const other = makeDoc('en', texts, { repairs: [{ kind: 'encoding', line: 1, offset: 2, from: 'l?a', to: 'l’a' }], path: 'copy.txt' });
    expect(compare(makeAlignment(doc, other)).map((f) => f.rule).sort()).toEqual(['duplicate', 'duplicate', 'encoding', 'encoding']);
    expect(compare(makeAlignment(doc, doc), { documentChecks: false })).toEqual([]);
  });

  it('every finding has a rule from RULES, a message, a location and a fingerprint', () => {
    const source = makeDoc('fr', [...fr, 'Une phrase omise dans la traduction anglaise.']);
    const findings = compare(makeAlignment(source, makeDoc('en', en)));
    const ids = new Set(RULES.map((r) => r.id));
    for (const f of findings) {
      expect(ids.has(f.rule)).toBe(true);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.source ?? f.target).toBeDefined();
      expect(f.fingerprint).toBeDefined();
    }
  });
});

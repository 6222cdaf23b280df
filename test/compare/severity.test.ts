/** One severity model: checks say what they found, `severityOf` alone decides how severe it is. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { RULES, ruleLevels, severityOf } from '../../src/rules.js';
import { makeAlignment, makeDoc } from './helpers.js';

const quiet = { 'text-change': 'off', 'structure-mismatch': 'off' } as const;

/** An accent-only name difference (a minor `name-mismatch`) beside a real one, fr → en. */
function names() {
  const source = makeDoc('fr', ['Le ministre Gérald Darmanin a rencontré Annelies Verlinden à Bruxelles.']);
  const target = makeDoc('en', ['Minister Gerald Darmanin met Vincent Van Quickenborne in Brussels.']);
  return makeAlignment(source, target);
}

describe('severityOf', () => {
  it('gives every rule its default, and a minor variant one level below (never below info)', () => {
    for (const r of RULES) {
      expect(severityOf(r.id, false)).toBe(r.severity);
      expect(severityOf(r.id, true)).toBe(r.severity === 'error' ? 'warning' : 'info');
    }
  });

  it('a configured level moves the rule and its minor variants together; both can be set apart', () => {
    expect(ruleLevels('name-mismatch', 'error')).toEqual({ severity: 'error', minor: 'warning' });
    expect(ruleLevels('name-mismatch', 'off')).toEqual({ severity: 'off', minor: 'off' });
    expect(ruleLevels('name-mismatch', { minor: 'off' })).toEqual({ severity: 'warning', minor: 'off' });
    expect(ruleLevels('date-mismatch', { severity: 'warning', minor: 'error' })).toEqual({ severity: 'warning', minor: 'error' });
  });
});

describe('compare applies the one model', () => {
  it('an accent-only name is an info by default, a different name a warning', () => {
    const found = compare(names(), { severity: quiet }).filter((f) => f.rule === 'name-mismatch');
    expect(found.map((f) => [f.severity, f.message.startsWith('name differs in accents')])).toEqual(
      expect.arrayContaining([['info', true], ['warning', false]]),
    );
  });

  it('the default level written out in a config gives the same findings (the minor variant stays info)', () => {
    const byDefault = compare(names(), { severity: quiet });
    const explicit = compare(names(), { severity: { ...quiet, 'name-mismatch': 'warning' } });
    expect(explicit).toEqual(byDefault);
  });

  it('the minor variant can be switched off alone', () => {
    const found = compare(names(), { severity: { ...quiet, 'name-mismatch': { minor: 'off' } } }).filter((f) => f.rule === 'name-mismatch');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'warning' && !f.message.startsWith('name differs in accents'))).toBe(true);
  });

  it('a bare year dropped across languages is a minor date-mismatch (warning), a changed date an error', () => {
    const source = makeDoc('fr', ['La réunion du 27 février 2018 a eu lieu à Paris en 2018.']);
    const target = makeDoc('en', ['The meeting of 27 February 2017 took place in Paris.']);
    const dates = compare(makeAlignment(source, target), { severity: quiet }).filter((f) => f.rule === 'date-mismatch');
    expect(dates.map((f) => f.severity).sort()).toEqual(['error', 'warning']);
    const raised = compare(makeAlignment(source, target), { severity: { ...quiet, 'date-mismatch': { minor: 'error' } } }).filter((f) => f.rule === 'date-mismatch');
    expect(raised.map((f) => f.severity)).toEqual(['error', 'error']);
  });
});

describe('within-document findings once per document', () => {
  it('a document compared with itself reports its duplicate once, on the source side', () => {
    const doc = makeDoc('en', [
      { text: 'We agree to strengthen our co-operation against the financing of terrorism in Europe.', kind: 'item' },
      { text: 'We agree to strengthen our co-operation against the financing of terrorism in Europe.', kind: 'item' },
    ]);
    const findings = compare(makeAlignment(doc, doc), {});
    expect(findings.filter((f) => f.rule === 'duplicate').map((f) => [!!f.source, !!f.target])).toEqual([[true, false]]);
  });
});

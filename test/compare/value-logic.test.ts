/** The value rules' matching logic, on a stand-in extractor (the real one is tested in values-*.test.ts). */
import { describe, expect, it, vi } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { fakeAnchors } from './fake-anchors.js';
import { makeAlignment, makeDoc, only, type BeadSpec } from './helpers.js';

vi.mock('../../src/anchors/index.js', () => ({
  extractAnchors: (text: string) => fakeAnchors(text),
  segmentAnchors: (segment: { text: string }) => fakeAnchors(segment.text),
}));

function run(rule: string, sl: string, st: string | string[], tl: string, tt: string | string[], beads?: BeadSpec[]) {
  const source = makeDoc(sl, Array.isArray(st) ? st : [st]);
  const target = makeDoc(tl, Array.isArray(tt) ? tt : [tt]);
  return { source, target, findings: compare(makeAlignment(source, target, beads), only(rule)) };
}

describe('date-mismatch (logic)', () => {
  it('a changed year, with ISO expected/actual and locations on the dates', () => {
    const { source, target, findings } = run('date-mismatch', 'fr', 'La réunion s’est tenue le 27 février 2018; elle fut utile.', 'en', 'The meeting was held on 27 February 2017.');
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({ rule: 'date-mismatch', severity: 'error', expected: '2018-02-27', actual: '2017-02-27' });
    expect(f.message).toBe('date differs: 27 février 2018 (source) vs 27 February 2017 (target)');
    expect(source.document.value.slice(f.source!.start, f.source!.end)).toBe('27 février 2018');
    expect(target.document.value.slice(f.target!.start, f.target!.end)).toBe('27 February 2017');
  });
  it.each([
    ['partial date compatible with a full one', 'fr', 'le 25 mai 2018', 'en', 'on 25 May this year'],
    ['same range', 'nl', 'op 25-26 april 2018', 'en', 'on 25–26 April 2018'],
    ['date one bead away (jitter)', 'fr', ['Le 11 juin 2018.', 'Rien.'], 'en', ['Nothing.', 'On 11 June 2018.']],
  ])('%s: no finding', (_n, sl, st, tl, tt) => {
    expect(run('date-mismatch', sl, st, tl, tt).findings).toEqual([]);
  });
  it('a date the target lacks is an error; a bare year cross-language only a warning', () => {
    expect(run('date-mismatch', 'fr', 'Réunion le 11 juin 2018.', 'en', 'Meeting today.').findings.map((f) => f.severity)).toEqual(['error']);
    expect(run('date-mismatch', 'fr', 'Décidé en 2016.', 'en', 'Decided back then.').findings.map((f) => f.severity)).toEqual(['warning']);
    expect(run('date-mismatch', 'en', 'Decided in 2016.', 'en', 'Decided back then.').findings.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('number-mismatch (logic)', () => {
  it('figures of the source missing in the target: one finding per figure', () => {
    const { findings } = run('number-mismatch', 'fr', 'Les combattants (plus de 200 en France et plus de 100 en Belgique) reviennent.', 'en', 'Fighters are returning.');
    expect(findings.map((f) => [f.expected, f.actual, f.severity])).toEqual([['200', undefined, 'error'], ['100', undefined, 'error']]);
  });
  it('a differing figure is one finding, not a missing and an added one', () => {
    const { findings } = run('number-mismatch', 'nl', 'Meer dan 1.500 strijders.', 'en', 'More than 1,600 fighters.');
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([['1500', '1600']]);
    expect(findings[0].message).toBe('figure differs: 1.500 (source) vs 1,600 (target)');
  });
  it.each([
    ['locale formats', 'fr', '1 500 agents et 3,5 millions', 'en', '1,500 officers and 3.5 million'],
    ['digits = spelled out', 'fr', 'vingt experts', 'nl', '20 experts'],
    ['multiset, any order', 'en', '100 in Belgium and 200 in France', 'fr', '200 en France et 100 en Belgique'],
    ['small spelled-out numbers cross-language (both/les deux)', 'fr', 'nos deux pays', 'en', 'both our countries'],
    ['list numbering is not a figure', 'fr', '1- En matière de terrorisme', 'en', 'On terrorism'],
    ['figure inside a date on the other side', 'fr', 'le 11 du mois, en juin 2018', 'en', 'on 11 June 2018'],
  ])('%s: no finding', (_n, sl, st, tl, tt) => {
    expect(run('number-mismatch', sl, st, tl, tt).findings).toEqual([]);
  });
  it('repeated figure: multiset counts matter in the same language', () => {
    expect(run('number-mismatch', 'en', '200 and 200', 'en', '200 and more').findings.map((f) => f.expected)).toEqual(['200']);
  });
});

describe('name-mismatch (logic)', () => {
  it('a misspelled person name across languages', () => {
    const { findings } = run('name-mismatch', 'fr', 'En présence de Gérard Collomb et de Jan Jambon.', 'en', 'In the presence of Gérard Colomb and Jan Jambon.');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', 'name spelled differently: Gérard Collomb (source) vs Gérard Colomb (target)']]);
  });
  it('an accent-only difference is info', () => {
    const { findings } = run('name-mismatch', 'fr', 'Le Premier ministre Édouard Philippe.', 'en', 'Prime Minister Edouard Philippe.');
    expect(findings.map((f) => f.severity)).toEqual(['info']);
  });
  it('a person name missing everywhere in the other document', () => {
    const { findings } = run('name-mismatch', 'fr', 'avec Koen Geens et Nicole Belloubet.', 'nl', 'Met de minister van Justitie.');
    expect(findings.map((f) => f.expected)).toEqual(['koen geens', 'nicole belloubet']);
  });
  it.each([
    ['acronyms differ across languages', 'fr', 'le RGPD et la CJUE', 'en', 'the GDPR and the CJEU'],
    ['translated place and institution names', 'fr', 'à Bruxelles, la Commission Européenne', 'nl', 'in Brussel, de Europese Commissie'],
    ['capitalised titles are not persons', 'en', 'The Prime Ministers met.', 'fr', 'Les Premiers ministres se sont réunis.'],
    ['a name written elsewhere in the target', 'fr', ['Avec Jan Jambon.', 'Fin.', 'Autre.'], 'en', ['With the minister.', 'End.', 'Jan Jambon agreed.']],
  ])('%s: no finding', (_n, sl, st, tl, tt) => {
    expect(run('name-mismatch', sl, st, tl, tt).findings).toEqual([]);
  });
  it('same language: acronyms are compared too', () => {
    expect(run('name-mismatch', 'en', 'Europol and the SIS.', 'en', 'Europol and the PNR.').findings.map((f) => f.expected)).toEqual(['sis']);
  });
});

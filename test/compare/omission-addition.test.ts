import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc, only, type BeadSpec } from './helpers.js';


describe('omission', () => {
  it('a sentence the aligner paired with its neighbour though the target lacks it (same language): an omission, not a merge', () => {
    const source = makeDoc('fr', [
      'De travailler sur l’harmonisation des critères d’identification biométriques au sein de nos bases de données.',
      'De faciliter les équipes communes d’enquêtes dès lors que des faits de terrorisme sont constatés sur les deux territoires.',
    ]);
    const target = makeDoc('fr', ['De travailler sur l’harmonisation des critères d’identification biométriques au sein de nos bases de données.']);
    const findings = compare(makeAlignment(source, target, [[[0, 1], [0]]]), { severity: { 'text-change': 'off' } });
    expect(findings.map((f) => [f.rule, f.source?.line, f.target?.line])).toEqual([['omission', 3, 1]]);
    expect(findings[0].message).toContain('has no counterpart in the target, which renders only its neighbours there (line 1)');
  });

  it('across languages, by length: a 2:1 bead whose target is as long as one of its sentences (fr → en)', () => {
    const source = makeDoc('fr', [
      'Les administrations pénitentiaires échangeront chaque trimestre leurs informations sur les détenus radicalisés.',
      'Une réunion d’experts se tiendra avant la fin de 2018 à Bruxelles.',
      'Elle portera notamment sur les sorties de prison prévues entre 2019 et 2021.',
      'Les ministres soutiennent l’adoption rapide du règlement.',
    ]);
    const target = makeDoc('en', [
      'The prison administrations will exchange their information on radicalised prisoners every quarter.',
      'It will focus in particular on the prison releases expected between 2019 and 2021.',
      'The Ministers support the swift adoption of the regulation.',
    ]);
    const beads: BeadSpec[] = [[[0], [0]], [[1, 2], [1]], [[3], [2]]];
    const findings = compare(makeAlignment(source, target, beads), { severity: { 'date-mismatch': 'off' } });
    expect(findings.map((f) => [f.rule, f.source?.line])).toEqual([['omission', 3]]);
  });

  it('a real merge across languages keeps its length: no omission (fr → en)', () => {
    const source = makeDoc('fr', ['Une réunion d’experts se tiendra avant la fin de 2018 à Bruxelles.', 'Elle portera notamment sur les sorties de prison prévues entre 2019 et 2021.']);
    const target = makeDoc('en', ['A meeting of experts on the prison releases expected between 2019 and 2021 will be held in Brussels before the end of 2018.']);
    expect(compare(makeAlignment(source, target, [[[0, 1], [0]]]), only('omission'))).toEqual([]);
  });

  it('a source bullet with no counterpart (fr → en)', () => {
    const source = makeDoc('fr', ['Première mesure adoptée par les deux pays.', 'Deuxième mesure, que la traduction a oubliée.', 'Troisième mesure adoptée.']);
    const target = makeDoc('en', ['First measure adopted by both countries.', 'Third measure adopted.']);
    const findings = compare(makeAlignment(source, target, [[[0], [0]], [[1], []], [[2], [1]]]), only('omission'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'omission', severity: 'warning', source: { segment: 's2', line: 3 } });
    expect(findings[0].target).toBeUndefined();
  });

  it('consecutive left-out segments are one finding (nl → fr)', () => {
    const source = makeDoc('nl', ['Eerste zin.', 'Tweede zin die ontbreekt.', 'Derde zin die ook ontbreekt.', 'Vierde zin.']);
    const target = makeDoc('fr', ['Première phrase.', 'Quatrième phrase.']);
    const findings = compare(makeAlignment(source, target, [[[0], [0]], [[1], []], [[2], []], [[3], [1]]]), only('omission'));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('2 segments');
    expect(findings[0].source).toMatchObject({ line: 3, endLine: 5 });
  });

  it('a parenthetical with figures left out within a 1-1 pair (fr → en)', () => {
    const source = makeDoc('fr', ['Assurer le suivi des combattants de retour de la zone irako-syrienne (à ce stade plus de 200 en France et plus de 100 en Belgique), une priorité.']);
    const target = makeDoc('en', ['Follow up on fighters returning from the Iraqi-Syrian area, a priority.']);
    const [f] = compare(makeAlignment(source, target), only('omission'));
    expect(f.rule).toBe('omission');
    expect(f.message).toContain('(à ce stade plus de 200');
    expect(source.document.value.slice(f.source!.start, f.source!.end)).toMatch(/^\(à ce stade.*Belgique\)$/);
    expect(f.target?.segment).toBe('s1');
  });

  const valid: [string, string, string, string, string][] = [
    ['parenthetical kept with its figures', 'fr', 'Plus de combattants (plus de 200 en France) sont revenus.', 'en', 'More fighters (over 200 in France) have returned.'],
    ['figures kept without brackets', 'en', 'More fighters (over 200 in France) have returned.', 'nl', 'Meer strijders, meer dan 200 in Frankrijk, zijn teruggekeerd.'],
    ['acronym parenthetical without figures cross-language', 'fr', 'Le système d’information Schengen (SIS) est renforcé.', 'en', 'The Schengen Information System is strengthened.'],
    ['blank segment with no counterpart', 'en', '', 'en', ''],
    ['figures read by the language: 1,500 (en) is 1.500 (nl)', 'en', 'Staff (1,500 in total) moved.', 'nl', 'Het personeel, in totaal 1.500, verhuisde.'],
    ['a year range kept as two years', 'en', 'The plan (2004-2015) ended.', 'fr', 'Le plan, de 2004 à 2015, est terminé.'],
    ['a figure kept in words', 'en', 'The team (two hundred people) left.', 'fr', 'L’équipe de deux cents personnes est partie.'],
    ['an inline label is not a figure', 'en', 'The first point (1) is agreed.', 'fr', 'Le premier point est acquis.'],
  ];
  it.each(valid)('%s: no finding', (_n, sl, st, tl, tt) => {
    const source = makeDoc(sl, [st]);
    const target = makeDoc(tl, [tt]);
    const beads: [number[], number[]][] = st === '' ? [[[0], []], [[], [0]]] : [[[0], [0]]];
    expect(compare(makeAlignment(source, target, beads), only('omission'))).toEqual([]);
  });

  it('a parenthetical whose figure is written in words, left out (en → fr)', () => {
    const source = makeDoc('en', ['The team (two hundred people) left the site.']);
    const target = makeDoc('fr', ['L’équipe a quitté le site.']);
    expect(compare(makeAlignment(source, target), only('omission')).map((f) => f.message)).toEqual(['parenthetical left out in the target: "(two hundred people)"']);
  });

  it('same language: a parenthetical whose words are gone', () => {
    const source = makeDoc('en', ['The meeting (held in the presence of the ministers of justice) was a success.']);
    const target = makeDoc('en', ['The meeting was a success.']);
    expect(compare(makeAlignment(source, target), only('omission')).map((f) => f.rule)).toEqual(['omission']);
  });
});

describe('addition', () => {
  it('a target sentence with no counterpart (en → nl)', () => {
    const source = makeDoc('en', ['One.', 'Two.']);
    const target = makeDoc('nl', ['Een.', 'Een toegevoegde zin zonder tegenhanger.', 'Twee.']);
    const findings = compare(makeAlignment(source, target, [[[0], [0]], [[], [1]], [[1], [2]]]), only('addition'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'addition', target: { segment: 's2' } });
    expect(findings[0].source).toBeUndefined();
  });

  it('a parenthetical with figures added in the target', () => {
    const source = makeDoc('fr', ['Les retours de combattants sont suivis.']);
    const target = makeDoc('en', ['Returning fighters (more than 300 so far) are followed up.']);
    expect(compare(makeAlignment(source, target), only('addition')).map((f) => f.rule)).toEqual(['addition']);
  });
});

/** The value rules with the real anchors module, valid/invalid tables in fr/en/nl. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

type Row = [name: string, sourceLang: string, source: string, targetLang: string, target: string];

function findings(rule: string, [, sl, st, tl, tt]: Row) {
  return compare(makeAlignment(makeDoc(sl, [st]), makeDoc(tl, [tt])), only(rule));
}

describe('date-mismatch', () => {
  const invalid: (Row & unknown[])[] = [
    ['year changed fr/en', 'fr', 'La première réunion s’est tenue le 27 février 2018.', 'en', 'The first meeting was held on 27 February 2017.'],
    ['day changed en/nl', 'en', 'The meeting of 11 June 2018 in Paris.', 'nl', 'De vergadering van 12 juni 2018 in Parijs.'],
    ['month changed nl/fr', 'nl', 'Op 22 november 2021 in Brussel.', 'fr', 'Le 22 octobre 2021 à Bruxelles.'],
    ['range changed fr/en', 'fr', 'Conférence de Paris, 25-26 avril 2018.', 'en', 'Paris conference, 25–27 April 2018.'],
    ['date left out en/fr', 'en', 'The declaration signed on 1 February 2016 is the basis.', 'fr', 'La déclaration signée est la base.'],
    ['same language year changed', 'en', 'Held on 27 February 2018.', 'en', 'Held on 27 February 2017.'],
  ];
  it.each(invalid)('%s: error', (...row) => {
    const f = findings('date-mismatch', row as Row);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'date-mismatch', severity: 'error' });
    expect(f[0].expected).toMatch(/^\d{4}|^--/);
  });
  it('message and values', () => {
    const [f] = findings('date-mismatch', invalid[0] as Row);
    expect(f.message).toBe('date differs: 27 février 2018 (source) vs 27 February 2017 (target)');
    expect([f.expected, f.actual]).toEqual(['2018-02-27', '2017-02-27']);
  });
  const valid: Row[] = [
    ['same date, other format fr/en', 'fr', 'Le 1er février 2016, une déclaration conjointe.', 'en', 'On 1 February 2016, a joint declaration.'],
    ['numeric vs written nl/en', 'nl', 'Op 22/11/2021 in Brussel.', 'en', 'On 22 November 2021 in Brussels.'],
    ['partial date vs full date fr/en', 'fr', 'entrée en vigueur le 25 mai dernier', 'en', 'entry into force on 25 May 2018'],
    ['ranges in both languages', 'fr', 'Paris, 25-26 avril 2018', 'nl', 'Parijs, 25-26 april 2018'],
    ['years in both', 'en', 'in 2016 and 2017', 'fr', 'en 2016 et en 2017'],
  ];
  it.each(valid)('%s: no finding', (...row) => {
    expect(findings('date-mismatch', row as Row)).toEqual([]);
  });
});

describe('number-mismatch', () => {
  const invalid: Row[] = [
    ['figures left out fr/en', 'fr', 'les combattants de retour (à ce stade plus de 200 en France et plus de 100 en Belgique)', 'en', 'the returning fighters'],
    ['figure changed en/nl', 'en', 'more than 200 fighters in France', 'nl', 'meer dan 300 strijders in Frankrijk'],
    ['locale format, different value nl/fr', 'nl', '1.500 agenten', 'fr', '1 600 agents'],
    ['spelled out vs digits, different', 'en', 'twenty experts', 'fr', '30 experts'],
    ['percentage changed', 'fr', 'une hausse de 12 %', 'en', 'a rise of 15%'],
    ['same language, spelled-out figure changed', 'en', 'three experts met', 'en', 'four experts met'],
  ];
  it.each(invalid)('%s: error', (...row) => {
    const f = findings('number-mismatch', row as Row);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.rule === 'number-mismatch' && x.severity === 'error')).toBe(true);
  });
  it('each left-out figure is named', () => {
    expect(findings('number-mismatch', invalid[0]).map((f) => f.expected)).toEqual(['200', '100']);
  });
  const valid: Row[] = [
    ['locale formats fr/en', 'fr', '1 500 agents et 3,5 millions d’euros', 'en', '1,500 officers and 3.5 million euros'],
    ['locale formats nl/en', 'nl', '1.500 agenten en 3,5 miljoen euro', 'en', '1,500 officers and 3.5 million euros'],
    ['spelled out = digits fr/nl', 'fr', 'vingt experts', 'nl', '20 experts'],
    ['spelled out = digits en/fr', 'en', 'twenty experts', 'fr', 'vingt experts'],
    ['ordinals fr/en', 'fr', 'la première réunion', 'en', 'the first meeting'],
    ['ordinal paraphrased away', 'fr', 'la première réunion du groupe', 'en', 'the inaugural meeting of the group'],
    ['both / les deux', 'fr', 'nos deux pays', 'en', 'both our countries'],
    ['order differs', 'en', '100 in Belgium and 200 in France', 'fr', '200 en France et 100 en Belgique'],
    ['percentages', 'fr', '12 %', 'nl', '12%'],
    ['same language, two → both', 'en', 'our two countries agreed', 'en', 'both our countries agreed'],
  ];
  it.each(valid)('%s: no finding', (...row) => {
    expect(findings('number-mismatch', row as Row)).toEqual([]);
  });
});

describe('name-mismatch', () => {
  const invalid: [...Row, string][] = [
    ['misspelled person fr/en', 'fr', 'en présence de Gérard Collomb et de Jan Jambon', 'en', 'in the presence of Gérard Colomb and Jan Jambon', 'warning'],
    ['misspelled person nl/fr', 'nl', 'met minister Koen Geens', 'fr', 'avec le ministre Koen Gens', 'warning'],
    ['accent-only fr/en', 'fr', 'les Premiers ministres, Édouard Philippe et Charles Michel', 'en', 'the Prime Ministers, Edouard Philippe and Charles Michel', 'info'],
    ['person missing fr/nl', 'fr', 'les ministres de la Justice, Nicole Belloubet et Koen Geens', 'nl', 'de ministers van Justitie, Koen Geens', 'warning'],
    ['same language acronym changed', 'en', 'the European PNR', 'en', 'the European SIS', 'warning'],
  ];
  it.each(invalid)('%s', (_n, sl, st, tl, tt, severity) => {
    const f = findings('name-mismatch', [_n, sl, st, tl, tt]);
    expect(f.map((x) => x.severity)).toEqual([severity]);
  });
  const valid: Row[] = [
    ['acronyms cross-language', 'fr', 'le RGPD, la CJUE et les ECE', 'en', 'the GDPR, the CJEU and the JITs'],
    ['place names translated', 'fr', 'l’attentat de Liège, à Bruxelles', 'nl', 'de aanslag in Luik, in Brussel'],
    ['place name with an article', 'nl', 'overleg in Den Haag', 'en', 'talks in The Hague'],
    ['institutions translated', 'en', 'the European Commission and the Court of Justice', 'fr', 'la Commission européenne et la Cour de justice'],
    ['titles capitalised in English only', 'en', 'the Prime Ministers of the French Republic and the Kingdom of Belgium', 'fr', 'les Premiers ministres de la République française et du Royaume de Belgique'],
    ['same names', 'nl', 'Charles Michel en Jan Jambon', 'en', 'Charles Michel and Jan Jambon'],
    ['same language, a single capitalised word reworded', 'en', 'fight against Islamist terrorism', 'en', 'fight against terrorism'],
    ['variant spellings of a place adjective', 'en', 'returning from the Iraq-Syria area', 'en', 'returning from the Iraqi-Syrian area'],
  ];
  it.each(valid)('%s: no finding', (...row) => {
    expect(findings('name-mismatch', row as Row)).toEqual([]);
  });
});

/**
 * The value rules on the cases the planted-divergence runs turned up, with the
 * real anchors module: valid/invalid tables in fr/en/nl, including ordinals,
 * ranges, spelled-out numbers, locale number formats, kept acronyms and names
 * after titles.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc, only, type BeadSpec, type SegmentSpec } from './helpers.js';

type Row = [name: string, sourceLang: string, source: SegmentSpec | SegmentSpec[], targetLang: string, target: SegmentSpec | SegmentSpec[]];

function findings(rule: string, [, sl, st, tl, tt]: Row, beads?: BeadSpec[]) {
  const list = (x: SegmentSpec | SegmentSpec[]) => (Array.isArray(x) ? x : [x]);
  return compare(makeAlignment(makeDoc(sl, list(st)), makeDoc(tl, list(tt)), beads), only(rule));
}

describe('date-mismatch: every format, every part', () => {
  const invalid: Row[] = [
    ['ordinal day fr/en', 'fr', 'Le traité entre en vigueur le 1er juin 2019.', 'en', 'The treaty enters into force on 2nd June 2019.'],
    ['ordinal day en/nl, month first', 'en', 'Meeting held on June 11th, 2018 in The Hague.', 'nl', 'Vergadering gehouden op 12 juni 2018 in Den Haag.'],
    ['range nl/fr', 'nl', 'op 25-26 april 2018 in Doornik', 'fr', 'les 24-26 avril 2018 à Tournai'],
    ['month-year fr/en', 'fr', 'La première promotion commencera en septembre 2019.', 'en', 'The first intake starts in October 2019.'],
    ['day-month without year nl/en', 'nl', 'de aanslag in Luik op 29 mei', 'en', 'the attack in Liège on 29 June'],
    ['numeric dates en/nl', 'en', 'The minutes of 2018-03-15 were approved.', 'nl', 'Het verslag van 15-04-2018 werd goedgekeurd.'],
    ['of-dates en/fr', 'en', 'the next meeting on the 11th of October 2018', 'fr', 'la prochaine réunion le 11 octobre 2019'],
    ['a year next door does not hide a changed date, same language', 'en', ['In 2017, work began.', 'The first meeting was held on 27 February 2017.'], 'en', ['In 2017, work began.', 'The first meeting was held on 28 February 2017.']],
  ];
  it.each(invalid)('%s: one error at the changed date', (...row) => {
    const f = findings('date-mismatch', row).filter((x) => x.severity === 'error');
    expect(f.map((x) => x.rule)).toEqual(['date-mismatch']);
    expect(f[0].expected).not.toEqual(f[0].actual);
  });
  it('in a bead of two segments each date pairs with its own segment’s', () => {
    const row: Row = ['', 'fr', ['Paris, le 11 juin 2018', 'Les ministres se sont réunis à Paris le 11 juin 2018.'], 'fr', ['Paris, le 12 juin 2018', 'Les ministres se sont réunis à Paris le 11 juin 2018.']];
    const [f] = findings('date-mismatch', row, [[[0, 1], [0, 1]]]);
    expect([f.source?.line, f.target?.line, f.expected, f.actual]).toEqual([1, 1, '2018-06-11', '2018-06-12']);
  });
  it('of two years, the changed one is reported, not its twin (order kept)', () => {
    const [f] = findings('date-mismatch', ['', 'fr', 'engagée en 2016 et 2017 par nos deux gouvernements', 'en', 'entered upon in 2017 and 2017 by our two governments']);
    expect([f.expected, f.actual, f.target?.column]).toEqual(['2016', '2017', 17]);
  });
  const valid: Row[] = [
    ['1er = 1st = 1 fr/en/nl', 'fr', 'le 1er juin 2019', 'nl', 'op 1 juni 2019'],
    ['ordinal day en/fr', 'en', 'on 1st June 2019', 'fr', 'le 1er juin 2019'],
    ['numeric and written nl/en', 'nl', 'tegen 30/06/2018', 'en', 'by 30 June 2018'],
    ['ISO and day-first en/nl', 'en', 'of 2018-03-15', 'nl', 'van 15-03-2018'],
    ['month first and day first en/nl', 'en', 'on June 11th, 2018', 'nl', 'op 11 juni 2018'],
    ['a range in two notations', 'nl', 'op 4-5 december 2018', 'en', 'on 4–5 December 2018'],
  ];
  it.each(valid)('%s: no finding', (...row) => {
    expect(findings('date-mismatch', row)).toEqual([]);
  });
});

describe('number-mismatch: formats, words, ranks', () => {
  const invalid: Row[] = [
    ['spelled-out small number changed fr/en', 'fr', 'le groupe s’est réuni trois fois', 'en', 'the group has met four times'],
    ['spelled-out small number changed nl/en', 'nl', 'vijf gemeenschappelijke patrouilles', 'en', 'six joint patrols'],
    ['Dutch compound vs digits', 'nl', 'met ongeveer tweehonderd deelnemers', 'en', 'with around 300 participants'],
    ['hyphenated compound fr/en', 'fr', 'le transfèrement de quarante-deux détenus', 'en', 'the transfer of forty-three prisoners'],
    ['grouped thousands fr/en', 'fr', 'au total 1 250 agents', 'en', 'a total of 2,250 officers'],
    ['decimal comma nl/en', 'nl', '3,5 miljoen euro', 'en', '4.5 million euros'],
    ['rank in digits fr/nl', 'fr', 'la 1re promotion commencera en septembre', 'nl', 'de 2e lichting start in september'],
    ['rank in words en/fr', 'en', 'the third edition of the programme', 'fr', 'la quatrième édition du programme'],
    ['a count next to a date range is still a count', 'en', ['They meet four times a year.', 'A conference on 4-5 December 2018.'], 'nl', ['Ze komen vijf keer per jaar samen.', 'Een conferentie op 4-5 december 2018.']],
  ];
  it.each(invalid)('%s: error', (...row) => {
    const f = findings('number-mismatch', row);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ rule: 'number-mismatch', severity: 'error' });
  });
  const valid: Row[] = [
    ['spelled-out = spelled-out fr/nl', 'fr', 's’est réuni trois fois', 'nl', 'kwam drie keer samen'],
    ['Dutch compound = digits', 'nl', 'ongeveer tweehonderd deelnemers', 'en', 'around 200 participants'],
    ['grouped thousands fr/nl/en', 'fr', 'plus de 15 000 demandes', 'nl', 'meer dan 15.000 verzoeken'],
    ['ranks 1re/1e/1st', 'fr', 'la 1re promotion', 'en', 'the 1st intake'],
    ['Dutch clock times are not figures', 'nl', 'van 10.00 tot 16.30 uur', 'en', 'from 10:00 to 16:30'],
    ['both / les deux, no counterpart needed', 'en', 'both countries', 'fr', 'les deux pays'],
    ['a small word with nothing to pair stays wording', 'fr', 'nos deux pays ont décidé', 'en', 'our countries decided'],
  ];
  it.each(valid)('%s: no finding', (...row) => {
    expect(findings('number-mismatch', row)).toEqual([]);
  });
});

describe('name-mismatch: persons and kept acronyms across languages', () => {
  const invalid: Row[] = [
    ['person after a title, misspelled fr/en', 'fr', 'La ministre de l’Intérieur Annelies Verlinden a signé.', 'en', 'Minister of the Interior Annelies Verlindan signed.'],
    ['another person in the same place nl/fr', 'nl', 'met minister Jan Jambon', 'fr', 'avec le ministre Jan Peeters'],
    ['person dropped though named elsewhere fr/nl', 'fr', ['Annelies Verlinden et Gérald Darmanin ont signé.', 'a déclaré la ministre Verlinden.'], 'nl', ['Gérald Darmanin heeft ondertekend.', 'verklaarde minister Verlinden.']],
    ['acronym one letter off fr/en', 'fr', 'un échange des données PNR', 'en', 'exchange of PNS data'],
    ['acronym in a Dutch compound, one letter off nl/en', 'nl', 'uitwisseling van PNR-gegevens', 'en', 'exchange of PNS data'],
    ['acronym defined in brackets, dropped fr/en', 'fr', 'les centres de coopération policière et douanière (CCPD) de Tournai', 'en', 'the police and customs co-operation centres in Tournai'],
    ['kept acronym dropped where the translation keeps it elsewhere en/fr', 'en', ['the PNR data and the SIS', 'the air PNR'], 'fr', ['les données et le SIS', 'le PNR aérien']],
  ];
  it.each(invalid)('%s: warning', (...row) => {
    expect(findings('name-mismatch', row).map((f) => [f.rule, f.severity])).toEqual([['name-mismatch', 'warning']]);
  });
  const valid: Row[] = [
    ['institutions translated nl/fr', 'nl', 'Persbericht – Federale Overheidsdienst Binnenlandse Zaken', 'fr', 'Communiqué de presse – Service public fédéral Intérieur'],
    ['titles before a person translated fr/en', 'fr', 'La ministre de l’Intérieur Annelies Verlinden', 'en', 'Minister of the Interior Annelies Verlinden'],
    ['acronyms translated fr/en/nl', 'fr', 'le RGPD, la CJUE, les ECE et le CCPD', 'nl', 'de AVG, het HvJ-EU, de GOT en het PDSC'],
    ['defined acronym translated fr/en', 'fr', 'les centres de coopération (CCPD)', 'en', 'the co-operation centres (PCCC)'],
    ['reordered acronym fr/en', 'fr', 'la CJUE', 'en', 'the CJEU'],
    ['a name moved to the next sentence fr/en', 'fr', ['Avec Jan Jambon.', 'Fin.', 'Autre.'], 'en', ['With the minister.', 'End.', 'Jan Jambon agreed.']],
  ];
  it.each(valid)('%s: no warning', (...row) => {
    expect(findings('name-mismatch', row).filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('same language: one of two occurrences of an acronym dropped', () => {
    const f = findings('name-mismatch', ['', 'fr', 'le territoire de l’UE et les frontières de l’UE', 'fr', 'le territoire de l’UE et les frontières']);
    expect(f.map((x) => x.expected)).toEqual(['ue']);
  });
});

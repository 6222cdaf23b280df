import { describe, expect, it } from 'vitest';
import { extractAnchors, extractNumbers, isOrdinal, isPercent } from '../../src/anchors/index.js';
import { expectValues, values } from './helpers.js';

/** [lang, text, expected number values in order] */
const valid: Array<[string, string, string[]]> = [
  // the left-out figures kind of sentence
  ['fr', '(à ce stade plus de 200 en France et plus de 100 en Belgique)', ['200', '100']],
  ['en', '(at this stage more than 200 in France and more than 100 in Belgium)', ['200', '100']],
  ['nl', '(op dit moment meer dan 200 in Frankrijk en meer dan 100 in België)', ['200', '100']],
  // thousands separators
  ['fr', '1 000 personnes', ['1000']],
  ['fr', '1\u00a0000 personnes', ['1000']],
  ['fr', '1\u202f000 personnes', ['1000']],
  ['en', '1,000 people', ['1000']],
  ['nl', '1.000 mensen', ['1000']],
  ['de', '1.000 Menschen', ['1000']],
  ['en', '1,234,567.5 euros', ['1234567.5']],
  ['fr', '1.234.567,5 euros', ['1234567.5']],
  // decimals
  ['fr', 'une hausse de 3,5', ['3.5']],
  ['nl', 'een stijging van 3,5', ['3.5']],
  ['en', 'an increase of 3.5', ['3.5']],
  ['fr', 'soit 3,500 tonnes', ['3.5']],
  ['en', 'that is 3,500 tonnes', ['3500']],
  // percentages
  ['fr', 'une hausse de 12 %', ['12%']],
  ['en', 'a rise of 12%', ['12%']],
  ['nl', 'een stijging van 12 procent', ['12%']],
  ['en', 'a rise of twelve per cent', ['12%']],
  ['fr', 'une hausse de douze pour cent', ['12%']],
  ['fr', '3,5 %', ['3.5%']],
  // scale words
  ['fr', '2,5 millions d’euros', ['2500000']],
  ['en', '2.5 million euros', ['2500000']],
  ['nl', '2,5 miljoen euro', ['2500000']],
  ['en', '3 billion', ['3000000000']],
  ['fr', '3 milliards', ['3000000000']],
  // spelled out
  ['en', 'two hundred fighters', ['200']],
  ['fr', 'deux cents combattants', ['200']],
  ['nl', 'tweehonderd strijders', ['200']],
  ['fr', 'dix-sept, soixante-dix, quatre-vingt-dix-neuf, vingt et un', ['17', '70', '99', '21']],
  ['fr', 'soixante et onze et quatre-vingts', ['71', '80']],
  ['nl', 'eenentwintig en tweeëntwintig, zeventien', ['21', '22', '17']],
  ['en', 'twenty-one, a hundred, one thousand, two hundred and five', ['21', '100', '1000', '205']],
  ['en', 'one million people', ['1000000']],
  ['fr', 'un million de personnes', ['1000000']],
  ['fr', 'deux mille dix-huit', ['2018']],
  ['nl', 'nog acht andere teams, wat het totaal op 17 brengt', ['8', '17']],
  ['en', 'our two countries', ['2']],
  ['fr', 'nos deux pays', ['2']],
  ['nl', 'de twee landen', ['2']],
  // ordinals
  ['en', 'its first meeting', ['#1']],
  ['fr', 'la première réunion', ['#1']],
  ['nl', 'de eerste vergadering', ['#1']],
  ['en', 'the 2nd and 3rd rounds', ['#2', '#3']],
  ['fr', 'le 2e et le 3ème tour', ['#2', '#3']],
  ['nl', 'de 2de en 3e ronde', ['#2', '#3']],
  ['fr', 'le 1er tour', ['#1']],
  ['en', 'the twenty-first century', ['#21']],
  ['nl', 'de vierentwintigste keer', ['#24']],
  // article numbers matter
  ['en', 'under Article 5 of the Treaty', ['5']],
  ['fr', 'en vertu de l’article 5 du traité', ['5']],
  // identifiers kept verbatim
  ['en', 'Regulation (EU) 2016/679', ['2016/679']],
  // figures next to units and hyphens
  ['en', 'a 14-day free trial and 20 years of archives', ['14', '20']],
  ['en', 'a 5km walk', ['5']],
];

/** [lang, text]: no figure in these. */
const invalid: Array<[string, string]> = [
  // list and section labels
  ['fr', '1- en matière de lutte contre le terrorisme'],
  ['en', '1. On counter-terrorism —'],
  ['nl', '2. Samenwerking tussen politie en inlichtingendiensten'],
  ['en', '1.4 Scope of the agreement'],
  ['fr', 'a) la coopération'],
  ['en', '(b) the cooperation'],
  ['fr', 'les mesures 1) et 2) sont adoptées'],
  // years are dates
  ['fr', 'en 2016 et 2017'],
  ['en', 'in 2016 and 2017'],
  ['nl', 'in 2016 en 2017'],
  // articles, not numbers
  ['en', 'one of the measures is a good one'],
  ['fr', 'un des pays a une position'],
  ['nl', 'een van de landen heeft een positie'],
  ['fr', 'les Premiers ministres et le Premier ministre'],
  ['nl', 'de Eerste Minister'],
  ['nl', 'rekening houden met en in acht nemen'],
  ['en', 'nationals of third countries and third parties'],
  ['nl', 'onderdanen van derde landen'],
  ['nl', 'een debat in de Tweede Kamer'],
  ['en', 'the First Vice-President of the Commission'],
  ['en', 'hundreds of people and millions of euros'],
  // names and identifiers
  ['en', 'at COP28 the G7 discussed COVID-19 and 5G'],
  // times and digits inside URLs
  ['en', 'at 14:30 see https://example.org/2018/page-12'],
  ['nl', 'van 10.00 tot 16.30 uur'],
  ['nl', 'om 9.30 uur en om 14.15 u.'],
  ['de', 'von 10.00-12.00 Uhr'],
  // dates' digits
  ['fr', 'le 27 février 2018'],
  ['en', 'since the 1990s and the 2010’s'],
];

describe('numbers', () => {
  it.each(valid)('%s: %s', (lang, text, expected) => {
    expectValues(text, lang, ['number'], expected);
  });
  it.each(invalid)('%s: no figure in %s', (lang, text) => {
    expect(extractNumbers(text, lang)).toEqual([]);
  });

  it('reads 1 000, 1,000 and 1.000 as the same figure in their languages', () => {
    const v = [values('1 000', 'fr', ['number']), values('1,000', 'en', ['number']), values('1.000', 'nl', ['number'])];
    expect(v).toEqual([['1000'], ['1000'], ['1000']]);
  });

  it('reads French 3,5 and English 3.5 as the same figure', () => {
    expect(values('3,5', 'fr', ['number'])).toEqual(values('3.5', 'en', ['number']));
  });

  it('gives digits and spelled-out numbers the same value in each language', () => {
    expect(values('200 fighters', 'en', ['number'])).toEqual(values('two hundred fighters', 'en', ['number']));
    expect(values('200 combattants', 'fr', ['number'])).toEqual(values('deux cents combattants', 'fr', ['number']));
    expect(values('200 strijders', 'nl', ['number'])).toEqual(values('tweehonderd strijders', 'nl', ['number']));
  });

  it('keeps ordinals apart from cardinals', () => {
    const [first] = extractNumbers('the first meeting', 'en');
    const [one] = extractNumbers('1 meeting', 'en');
    expect(first.value).not.toBe(one.value);
    expect(isOrdinal(first.value)).toBe(true);
    expect(isOrdinal(one.value)).toBe(false);
  });

  it('marks percentages', () => {
    expect(isPercent(extractNumbers('12 %', 'fr')[0].value)).toBe(true);
    expect(isPercent(extractNumbers('12 pays', 'fr')[0].value)).toBe(false);
  });

  it('keeps the year as a date when a quantity word does not make it a figure', () => {
    expect(extractAnchors('more than 2000 people', 'en').map((a) => [a.kind, a.value])).toEqual([['number', '2000']]);
    expect(extractAnchors('in 2000', 'en').map((a) => [a.kind, a.value])).toEqual([['date', '2000']]);
  });
});

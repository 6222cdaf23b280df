import { describe, expect, it } from 'vitest';
import { compareDates, extractAnchors, extractDates } from '../../src/anchors/index.js';
import { expectValues } from './helpers.js';

/** [lang, text, expected date values in order] */
const valid: Array<[string, string, string[]]> = [
  // a decade is the range of its years (number-forms.test.ts has the other languages)
  ['en', 'since the 1990s', ['1990/1999']],
  // full dates, three languages, same value
  ['fr', 'la première réunion s’est tenue le 27 février 2018 ;', ['2018-02-27']],
  ['en', 'its first meeting was held on 27 February 2018.', ['2018-02-27']],
  ['nl', 'de eerste vergadering vond plaats op 27 februari 2018.', ['2018-02-27']],
  ['en', 'on February 27, 2018, the group met', ['2018-02-27']],
  ['en', 'on the 27th of February 2018', ['2018-02-27']],
  ['de', 'am 27. Februar 2018 in Berlin', ['2018-02-27']],
  ['de', '1. Februar 2018 in Berlin', ['2018-02-01']],
  ['es', 'el 27 de febrero de 2018', ['2018-02-27']],
  ['it', 'il 27 febbraio 2018', ['2018-02-27']],
  ['pt', 'em 27 de fevereiro de 2018', ['2018-02-27']],
  // ordinal days
  ['fr', 'une déclaration conjointe le 1er février 2016 visant', ['2016-02-01']],
  ['en', 'a joint declaration of 1 February 2016 intended', ['2016-02-01']],
  ['en', 'scraped on 11th Dec 2023', ['2023-12-11']],
  ['nl', 'op 1e februari 2016', ['2016-02-01']],
  ['fr', 'le 2 sept. 2019 et le 3 févr. 2020', ['2019-09-02', '2020-02-03']],
  ['en', 'on 3 Feb. 2020 and 4 Sept 2021', ['2020-02-03', '2021-09-04']],
  // day and month, no year
  ['fr', 'l’attaque qui a eu lieu à Liège le 29 mai, et', ['--05-29']],
  ['en', 'the attack in Liège on 29 May — and', ['--05-29']],
  ['nl', 'de aanslag in Luik op 29 mei', ['--05-29']],
  ['en', 'France and Belgium pledged on Monday (1 February) to', ['--02-01']],
  // month and year
  ['fr', 'en juin 2018', ['2018-06']],
  ['en', 'in June 2018', ['2018-06']],
  ['nl', 'in juni 2018 en in september 2021', ['2018-06', '2021-09']],
  // ranges
  ['fr', '(« No Money For Terror », Paris, 25-26 avril 2018)', ['2018-04-25/2018-04-26']],
  ['en', '(“No Money For Terror”, Paris, 25–26 April 2018)', ['2018-04-25/2018-04-26']],
  ['nl', 'Parijs, 25-26 april 2018', ['2018-04-25/2018-04-26']],
  ['fr', 'du 25 au 26 avril 2018', ['2018-04-25/2018-04-26']],
  ['en', 'on 25 and 26 April', ['--04-25/--04-26']],
  ['nl', 'op 25 en 26 april', ['--04-25/--04-26']],
  ['fr', 'du 25 avril au 2 mai 2018', ['2018-04-25/2018-05-02']],
  ['en', 'from 2016 to 2017', ['2016/2017']],
  ['nl', 'in de periode 2016-2017', ['2016/2017']],
  ['fr', 'l’année judiciaire 2016/2017', ['2016/2017']],
  ['en', 'the 2018’s budget', ['2018']],
  // digits
  ['fr', 'Paris, le 11/06/2018', ['2018-06-11']],
  ['nl', 'Brussel, 11.06.2018', ['2018-06-11']],
  ['en', 'dated 2018-06-11', ['2018-06-11']],
  ['en', 'dated 06/25/2018', ['2018-06-25']],
  // bare years
  ['fr', 'Nous avions décidé en 2016 d’intensifier', ['2016']],
  ['en', 'In 2017, these endeavours', ['2017']],
  ['nl', 'het vredesakkoord van 2015', ['2015']],
  ['fr', 'engagée en 2016 et 2017 par nos deux gouvernements', ['2016', '2017']],
  ['en', 'entered upon in 2016 and 2017 can be', ['2016', '2017']],
  // an impossible day is not read as a day: the month remains
  ['en', 'on 30 February 2018', ['2018-02']],
];

/** [lang, text]: no date in these. */
const invalid: Array<[string, string]> = [
  ['en', 'Article 2 may be applied'],
  ['en', 'they march 5 abreast'],
  ['fr', 'les 7 sept membres'],
  ['fr', 'plus de 200 en France et plus de 100 en Belgique'],
  ['en', 'more than 2000 people and 1500 euros'],
  ['en', 'Jan Jambon met 3 ministers'],
  ['fr', 'le 32 mars'],
  ['en', 'version 1.2.3 and section 4.5'],
  ['en', 'a 14-day trial'],
];

describe('dates', () => {
  it.each(valid)('%s: %s', (lang, text, expected) => {
    expectValues(text, lang, ['date'], expected);
  });
  it.each(invalid)('%s: no date in %s', (lang, text) => {
    expect(extractDates(text, lang)).toEqual([]);
  });

  it('gives the same value for one date in French, English and Dutch', () => {
    const fr = extractDates('le 27 février 2018', 'fr')[0].value;
    const en = extractDates('on 27 February 2018', 'en')[0].value;
    const nl = extractDates('op 27 februari 2018', 'nl')[0].value;
    expect(new Set([fr, en, nl])).toEqual(new Set(['2018-02-27']));
  });

  it('tells 2017 from 2018', () => {
    const a = extractDates('held on 27 February 2018', 'en')[0].value;
    const b = extractDates('held on 27 February 2017', 'en')[0].value;
    expect(compareDates(a, b)).toBe('different');
  });

  it('keeps the ordinal day inside the date, not as a figure', () => {
    const anchors = extractAnchors('le 1er février 2016', 'fr');
    expect(anchors.map((a) => [a.kind, a.surface])).toEqual([['date', '1er février 2016']]);
  });

  it('reports the surface and offsets of the date in the text', () => {
    const text = 'réunie le 27 février 2018; puis';
    const [d] = extractDates(text, 'fr');
    expect(text.slice(d.start, d.end)).toBe('27 février 2018');
    expect(d.surface).toBe('27 février 2018');
  });
});

describe('compareDates', () => {
  const cases: Array<[string, string, 'same' | 'compatible' | 'different']> = [
    ['2018-02-27', '2018-02-27', 'same'],
    ['2018-02-27', '2017-02-27', 'different'],
    ['--05-29', '2018-05-29', 'compatible'],
    ['2018-05-29', '--05-29', 'compatible'],
    ['2018-06', '2018-06-11', 'compatible'],
    ['2018', '2018-06-11', 'compatible'],
    ['2018', '--05-29', 'different'],
    ['--05-29', '--05-28', 'different'],
    ['2018-04-25/2018-04-26', '2018-04-25/2018-04-26', 'same'],
    ['2018-04-25/2018-04-26', '--04-25/--04-26', 'compatible'],
    ['2018-04-25/2018-04-26', '2018-04-25/2018-04-27', 'different'],
    ['2018-04', '2018-04-25/2018-04-26', 'compatible'],
    ['2018-04-25', '2018-04-25/2018-04-26', 'different'],
    ['2016/2017', '2016', 'different'],
    ['not a date', '2018', 'different'],
  ];
  it.each(cases)('%s vs %s → %s', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
    expect(compareDates(b, a)).toBe(expected);
  });
});

/** Number forms that translations write differently: centuries, decades, units glued or spaced, scale words. */
import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import { romanValue } from '../../src/anchors/centuries.js';
import { expectValues, values } from './helpers.js';

const kinds = ['number', 'date'] as const;
const both = (text: string, lang: string) => values(text, lang, [...kinds]);

describe('centuries', () => {
  it.each([
    ['fr', 'à la fin du XIXe siècle', ['#19']],
    ['fr', 'les croisades du XIIe siècle', ['#12']],
    ['fr', 'au Ier siècle', ['#1']],
    ['en', 'in the late 19th century', ['#19']],
    ['nl', 'in de 19e eeuw', ['#19']],
    ['de', 'im 19. Jahrhundert', ['#19']],
    ['it', 'nel XIX secolo', ['#19']],
    ['es', 'en el siglo XIX', ['#19']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expectValues(text, lang, [...kinds], [...expected]);
  });

  it('gives a Roman century and a digit century the same value across languages', () => {
    expect(both('le XIXe siècle', 'fr')).toEqual(both('the 19th century', 'en'));
    expect(both('im 19. Jahrhundert', 'de')).toEqual(both('de 19e eeuw', 'nl'));
  });

  it('leaves a Roman numeral without a century word alone (a regnal number is part of a name)', () => {
    expect(both('la reine Élisabeth Ire et Louis XIV', 'fr')).toEqual([]);
  });

  it('reads Roman numerals and rejects malformed ones', () => {
    expect([romanValue('XIX'), romanValue('IV'), romanValue('XL'), romanValue('CCCXCIX')]).toEqual([19, 4, 40, 399]);
    expect([romanValue('IIII'), romanValue('VX'), romanValue('')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('decades', () => {
  it.each([
    ['fr', 'dans les années 1980', ['1980/1989']],
    ['en', 'in the 1980s', ['1980/1989']],
    ['en', 'in the 1980’s', ['1980/1989']],
    ['nl', 'in de jaren 1980', ['1980/1989']],
    ['de', 'in den 1980er Jahren', ['1980/1989']],
    ['de', 'die 1980er-Jahre', ['1980/1989']],
    ['it', 'negli anni 1980', ['1980/1989']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expectValues(text, lang, [...kinds], [...expected]);
  });

  it('is a date range, not a year and not a figure', () => {
    const [decade] = extractAnchors('in the 2000s', 'en');
    expect([decade.kind, decade.value, decade.surface]).toEqual(['date', '2000/2009', '2000s']);
    expect(both('en 1980', 'fr')).toEqual(['1980']);
  });
});

describe('units', () => {
  it.each([
    ['en', 'a rate of 600Mbit/s', ['600']],
    ['fr', 'un débit de 600 Mbit/s', ['600']],
    ['en', 'it produces 750,000kWh', ['750000']],
    ['fr', 'il produit 750 000 kWh', ['750000']],
    ['de', 'eine Schubkraft von 31kN', ['31']],
    ['fr', 'des vents de 130km/h', ['130']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expectValues(text, lang, [...kinds], [...expected]);
  });

  it('never takes a unit after a figure for a name', () => {
    expect(values('un débit de 600 Mbit/s et 31 kN de poussée', 'fr', ['name'])).toEqual([]);
  });

  it('still keeps identifiers such as 5G and 4K out of the figures', () => {
    expect(both('the 5G and 4K standards', 'en')).toEqual([]);
  });
});

describe('scale words', () => {
  it.each([
    ['en', '3.7 million', '3700000'],
    ['fr', '3,7 millions', '3700000'],
    ['fr', '3,7 million', '3700000'],
    ['de', '3,7 Millionen', '3700000'],
    ['de', '3,7 Mio.', '3700000'],
    ['it', '3,7 milioni', '3700000'],
    ['nl', '3,7 miljoen', '3700000'],
    ['es', '3,7 millones', '3700000'],
    ['de', '2 Milliarden', '2000000000'],
    ['it', '2 miliardi', '2000000000'],
    ['nl', '2 miljard', '2000000000'],
    ['en', '2 billion', '2000000000'],
    ['de', '2 Billionen', '2000000000000'],
  ] as const)('%s: %s', (lang, text, expected) => {
    expectValues(text, lang, ['number'], [expected]);
  });
});

describe('short ordinals', () => {
  it('reads the French and older English 2d and 3d as ranks', () => {
    expect(both('le 2d bataillon', 'fr')).toEqual(['#2']);
    expect(both('the 3d Division', 'en')).toEqual(['#3']);
    expect(both('the 2nd Battalion', 'en')).toEqual(['#2']);
  });
});

/** number-mismatch and date-mismatch on number forms that translations write differently: no finding when they agree. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

type Row = [name: string, sourceLang: string, source: string, targetLang: string, target: string];

function findings([, sl, st, tl, tt]: Row) {
  return compare(makeAlignment(makeDoc(sl, [st]), makeDoc(tl, [tt])), only('number-mismatch', 'date-mismatch'));
}

describe('number forms that agree', () => {
  const valid: Row[] = [
    ['Roman century fr/en', 'fr', 'Les croisades du XIIe siècle ont changé la ville.', 'en', 'The Crusades of the 12th century changed the town.'],
    ['Roman century fr/nl', 'fr', 'À la fin du XIXe siècle, le canal fut comblé.', 'nl', 'Aan het eind van de 19e eeuw werd het kanaal gedempt.'],
    ['German century de/en', 'de', 'Im 19. Jahrhundert wuchs die Stadt.', 'en', 'In the 19th century the town grew.'],
    ['decade fr/en', 'fr', 'Le marché mondial dans les années 1940.', 'en', 'World marketing in the 1940s.'],
    ['decade de/nl', 'de', 'In den 1980er Jahren wuchs die Stadt.', 'nl', 'In de jaren 1980 groeide de stad.'],
    ['unit spaced and glued fr/en', 'fr', 'Un débit de 600 Mbit/s.', 'en', 'A rate of 600Mbit/s.'],
    ['unit glued and spaced en/de', 'en', 'It produces 750,000kWh a year.', 'de', 'Sie erzeugt 750 000 kWh im Jahr.'],
    ['scale word fr/en', 'fr', 'La ville compte 3,7 millions d’habitants.', 'en', 'The city has 3.7 million inhabitants.'],
    ['scale word it/en', 'it', 'Un investimento di 5 milioni di euro.', 'en', 'An investment of 5 million euros.'],
    ['scale word de/nl', 'de', 'Eine Investition von 5 Millionen Euro.', 'nl', 'Een investering van 5 miljoen euro.'],
    ['rank and numbered figure fr/en', 'fr', 'Le single atteint la première place en Thaïlande.', 'en', 'The single reached No. 1 in Thailand.'],
    ['ordinal and numbered work fr/en', 'fr', 'Il enregistre la 2e symphonie pour CBS.', 'en', 'He recorded Symphony No. 2 for CBS.'],
    ['short ordinal fr/en', 'fr', 'Le 2d bataillon attaqua le village.', 'en', 'The 2nd Battalion attacked the village.'],
    ['article for one fr/en', 'fr', 'Un corps d’une masse solaire.', 'en', 'A body of 1 solar mass.'],
    ['conversion in brackets fr/en', 'fr', 'Des vents de 130 km/h sur la côte.', 'en', 'Winds of 80 mph (130 km / h) over land.'],
  ];
  it.each(valid)('%s: no finding', (...row) => {
    expect(findings(row as Row)).toEqual([]);
  });
});

describe('number forms that differ are still reported', () => {
  const invalid: Row[] = [
    ['other century fr/en', 'fr', 'Les croisades du XIIe siècle ont changé la ville.', 'en', 'The Crusades of the 13th century changed the town.'],
    ['other decade fr/en', 'fr', 'Le marché mondial dans les années 1940.', 'en', 'World marketing in the 1950s.'],
    ['other scale de/en', 'de', 'Eine Investition von 5 Millionen Euro.', 'en', 'An investment of 5 billion euros.'],
    ['other rank fr/en', 'fr', 'Le single atteint la première place en Thaïlande.', 'en', 'The single reached No. 2 in Thailand.'],
    ['a plain 1 is not a rank', 'fr', 'Le single atteint la première place.', 'en', 'The single sold 1 copy.'],
    ['a 2 is not an article', 'fr', 'Un corps d’une masse solaire.', 'en', 'A body of 2 solar masses.'],
    ['a part in brackets is no conversion en/nl', 'en', 'A total of 1,250 officers (800 on the Belgian side).', 'nl', 'In totaal 2.250 agenten (800 aan Belgische zijde).'],
  ];
  it.each(invalid)('%s: a finding', (...row) => {
    expect(findings(row as Row).length).toBeGreaterThan(0);
  });
});

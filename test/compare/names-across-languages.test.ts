/** name-mismatch across languages: translated, reordered and abbreviated names are the same; swapped and missing ones are reported. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { cognate } from '../../src/compare/evidence.js';
import { samePlace } from '../../src/anchors/places.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

type Row = [name: string, sourceLang: string, source: string | string[], targetLang: string, target: string | string[]];

function findings([, sl, st, tl, tt]: Row) {
  const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  return compare(makeAlignment(makeDoc(sl, list(st)), makeDoc(tl, list(tt))), only('name-mismatch')).filter((f) => f.severity !== 'info');
}

describe('the same name in another language', () => {
  const valid: Row[] = [
    ['translated words fr/en', 'fr', 'Le prix est administré par la Fondation Nobel depuis cette date.', 'en', 'The award is administered by the Nobel Foundation since then.'],
    ['reordered fr/en', 'fr', 'Il fut dépisteur du Canadiens de Montréal en Europe.', 'en', 'He later scouted in Europe for the Montreal Canadiens.'],
    ['reordered with particle fr/en', 'fr', 'En semaine 14 contre les Chargers de San Diego, il marque.', 'en', 'In Week 14 against the San Diego Chargers, he scores.'],
    ['cognates fr/en', 'fr', 'Elle n’est pas définie par la Convention de Vienne pour cette raison.', 'en', 'It is not defined by the Vienna Convention for this reason.'],
    ['partly translated fr/en', 'fr', 'Il suivit la politique du Parti Vert sur le mandat unique.', 'en', 'He followed Green Party policy on dual mandates.'],
    ['country fr/en', 'fr', 'La population de l’Afrique du Nord et de l’Afrique du Sud augmente.', 'en', 'The population of North Africa and South Africa grows.'],
    ['country de/fr', 'de', 'Die Delegation aus Südafrika und Deutschland traf Herrn Jan Smit.', 'fr', 'La délégation d’Afrique du Sud et d’Allemagne a rencontré M. Jan Smit.'],
    ['country nl/en', 'nl', 'De delegatie uit Zuid-Afrika ontmoette Jan Smit in Brussel.', 'en', 'The delegation from South Africa met Jan Smit in Brussels.'],
    ['translated given name fr/en', 'fr', 'Le roi tenta d’installer Édouard Balliol sur le trône.', 'en', 'The king attempted to install Edward Balliol on the throne.'],
    ['regnal ordinal fr/en', 'fr', 'Publié en 1601 en hommage à la reine Élisabeth Ire, chaque madrigal.', 'en', 'Published in 1601 as a tribute to Elizabeth I of England, each madrigal.'],
    ['title word before a name fr/en', 'fr', 'la Française Sophie Blanchard avait déjà fait un vol.', 'en', 'the Frenchwoman Sophie Blanchard had previously made a flight.'],
    ['abbreviated in the target fr/en', 'fr', 'Les vestiges de la Marine Impériale Japonaise furent concentrés.', 'en', 'The remnants of the IJN were concentrated.'],
    ['a translated single word is no swap fr/en', 'fr', 'Il partit de Francfort en 1810.', 'en', 'He started from Frankfurt in 1810.'],
  ];
  it.each(valid)('%s: no finding', (...row) => {
    expect(findings(row as Row).map((f) => f.message)).toEqual([]);
  });
});

describe('names that differ are still reported', () => {
  const invalid: Row[] = [
    ['person missing fr/en', 'fr', 'Alice et Phoebe Cary sont incluses dans l’anthologie.', 'en', 'Alice and her sister were included in the anthology.'],
    ['another person, same surname fr/en', 'fr', 'Le ministre Louis Michel a signé le texte.', 'en', 'Minister Charles Michel signed the text.'],
    ['surname misspelled fr/en', 'fr', 'Le ministre Gérard Collomb a signé le texte.', 'en', 'Minister Gérard Colomb signed the text.'],
    ['a swapped single-word organisation fr/en', 'fr', ['Europol et Eurojust coopèrent depuis longtemps.', 'Le rapport annuel de Europol est publié en mai.'],
      'en', ['Europol and Eurojust have long cooperated.', 'The annual report of Eurojust is published in May.']],
  ];
  it.each(invalid)('%s: a finding', (...row) => {
    expect(findings(row as Row).length).toBeGreaterThan(0);
  });
});

describe('word evidence', () => {
  it('takes cognates and keeps unrelated names apart', () => {
    expect([cognate('fondation', 'foundation'), cognate('mexique', 'mexico'), cognate('nord', 'north'), cognate('paradis', 'paradise')]).toEqual([true, true, true, true]);
    expect([cognate('europol', 'eurojust'), cognate('reims', 'rome'), cognate('de', 'des')]).toEqual([false, false, false]);
  });
  it('knows countries in the EU languages from the data package', () => {
    expect([samePlace('Afrique du Sud', 'South Africa'), samePlace('Duitsland', 'Allemagne'), samePlace('Deutschland', 'Germany')]).toEqual([true, true, true]);
    expect(samePlace('France', 'Belgique')).toBe(false);
  });
});

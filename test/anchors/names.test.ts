import { describe, expect, it } from 'vitest';
import { compareNames, extractNames, foldName } from '../../src/anchors/index.js';
import { expectValues, values } from './helpers.js';

/** [lang, text, expected name and acronym values in order] */
const valid: Array<[string, string, string[]]> = [
  ['fr', 'les Premiers ministres, Edouard Philippe et Charles Michel, se sont réunis', ['premiers', 'edouard philippe', 'charles michel']],
  ['en', 'the Prime Ministers, Édouard Philippe and Charles Michel, met today', ['prime ministers', 'edouard philippe', 'charles michel']],
  ['nl', 'de Eerste Ministers, Alexander De Croo en Jean Castex, zijn bijeengekomen', ['eerste ministers', 'alexander de croo', 'jean castex']],
  ['fr', 'auprès du Préfet des Hauts-de-France à Lille', ['prefet des hauts-de-france', 'lille']],
  ['en', 'to the French prefecture of Hauts-de-France, based in Lille', ['french', 'hauts-de-france', 'lille']],
  ['nl', 'in Parijs en Saint-Denis', ['parijs', 'saint-denis']],
  ['en', 'a painting by Jan van Eyck in Ghent', ['jan van eyck', 'ghent']],
  ['fr', 'la présidence de Vincent Van Quickenborne', ['vincent van quickenborne']],
  ['fr', 'en présence du ministre De Croo', ['de croo']],
  ['fr', 'au sein du Royaume de Belgique', ['royaume de belgique']],
  ['fr', 'au développement de l’Union européenne', ['union']],
  ['en', 'as the Franco-Belgian meeting Val Duchesse II showed', ['franco-belgian', 'val duchesse ii']],
  // acronyms, plural folded
  ['fr', 'des équipes communes d’enquête (ECE) et le RGPD', ['ece', 'rgpd']],
  ['en', 'joint inquiry teams (JCTs, French acronym ECE) and the GDPR', ['jct', 'french', 'ece', 'gdpr']],
  ['en', 'the Police and Customs Co-operation Centres (CCPDs) in Tournai', ['police', 'customs co-operation centres', 'ccpd', 'tournai']],
  ['nl', 'het OCAD en het DGSI', ['ocad', 'dgsi']],
  ['en', 'the EU and the UN ON Monday', ['eu', 'un']],
  ['en', 'at COP28 and the G7 summit', ['cop28', 'g7']],
  // an acronym opening a compound is that acronym
  ['nl', 'de uitwisseling van PNR-gegevens tussen de EU-lidstaten', ['pnr', 'eu']],
  ['en', 'GDPR-compliant tools', ['gdpr']],
  // sentence-initial words after a stop word are real capitals
  ['en', 'In Brussels the ministers met.', ['brussels']],
  ['fr', 'Le Havre et Anvers sont des ports.', ['havre', 'anvers']],
  // initial multi-word names are kept
  ['en', 'Charles Michel said it.', ['charles michel']],
  // German capitalises nouns: only multi-word names and acronyms
  ['de', 'Die Kommission und die Europäische Union prüfen die DSGVO mit Angela Merkel.', ['europaische union', 'dsgvo', 'angela merkel']],
];

/** [lang, text]: no name or acronym in these. */
const invalid: Array<[string, string]> = [
  ['en', 'Likewise, the partnership has reached a level of trust.'],
  ['fr', 'Ainsi, depuis deux ans. Nous souhaitons que la dynamique continue.'],
  ['nl', 'Deze samenwerking werd opgedreven. Ze bevestigden de vriendschap.'],
  ['fr', '-De poursuivre le renforcement des échanges'],
  ['en', '1. On counter-terrorism —'],
  ['nl', '1. Opvolging van de terrorismeprocessen'],
  ['en', 'The meeting ended: Today it resumed.'],
  ['en', '« Determined to face the challenges »'],
  ['en', 'It happened on Monday, in February.'],
  // a heading in capitals has no acronyms
  ['fr', 'DÉCLARATION CONJOINTE DE LA RÉUNION FRANCO-BELGE'],
  ['en', 'JOINT COMMUNIQUÉ OF THE MEETING'],
  ['en', '1. ON COUNTER-TERRORISM'],
  // a single capital letter or roman numeral is not a name
  ['en', 'see annex I and point A'],
  // German nouns alone
  ['de', 'Wir haben die Zusammenarbeit mit der Polizei verstärkt.'],
];

describe('names', () => {
  it.each(valid)('%s: %s', (lang, text, expected) => {
    expectValues(text, lang, ['name', 'acronym'], expected);
  });
  it.each(invalid)('%s: no name in %s', (lang, text) => {
    expect(extractNames(text, lang)).toEqual([]);
  });

  it('folds accents and case', () => {
    expect(foldName('Édouard')).toBe('edouard');
    expect(foldName('  Gérald   DARMANIN ')).toBe('gerald darmanin');
    expect(values('avec Édouard Philippe', 'fr', ['name'])).toEqual(values('with Edouard Philippe', 'en', ['name']));
  });

  it('tells an accent-only difference from a different name', () => {
    expect(compareNames('Édouard Philippe', 'Édouard Philippe')).toBe('same');
    expect(compareNames('Edouard Philippe', 'Édouard Philippe')).toBe('accents');
    expect(compareNames('Edouard Philippe', 'Edward Philips')).toBe('different');
  });

  it('points at the name itself, after an elided article', () => {
    const text = 'au développement de l’Union européenne';
    const [a] = extractNames(text, 'fr');
    expect(text.slice(a.start, a.end)).toBe('Union');
  });

  it('reads a plural acronym as its singular and keeps the surface', () => {
    const [a] = extractNames('the JITs were set up', 'en');
    expect(a).toMatchObject({ kind: 'acronym', surface: 'JITs', value: 'jit', start: 4, end: 8 });
  });
});

import { describe, expect, it } from 'vitest';
import { align, alignTexts, parseLexicon } from '../../src/align/index.js';
import { FbcoopError } from '../../src/errors.js';
import type { SegmentKind } from '../../src/types.js';
import { checkCoverage, doc, shapes } from './helpers.js';

// A made-up municipal notice, written for these tests.
const FR = [
  'La passerelle du canal sera fermée du 3 au 14 mars 2025.',
  'Les travaux coûteront 480 000 euros, financés par la Région.',
  'Pendant la fermeture, une navette gratuite circulera toutes les 20 minutes.',
  'Les cyclistes sont invités à emprunter le pont Saint-Martin.',
  'Pour toute question, contactez le service technique au 04 72 10 33 90.',
  'La municipalité remercie les riverains de leur patience.',
];
const EN = [
  'The canal footbridge will be closed from 3 to 14 March 2025.',
  'The works will cost 480,000 euros, funded by the Region.',
  'During the closure, a free shuttle will run every 20 minutes.',
  'Cyclists are asked to use the Saint-Martin bridge.',
  'For any question, contact the technical department on 04 72 10 33 90.',
  'The municipality thanks local residents for their patience.',
];

describe('alignTexts on a short fr↔en notice', () => {
  it('pairs a faithful translation 1-1, in order', () => {
    const beads = alignTexts(FR, EN);
    checkCoverage(beads, FR.length, EN.length);
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5']);
  });

  it('leaves a sentence added to the translation unpaired (0-1), with a low score', () => {
    const en = [...EN.slice(0, 3), 'Please note that parking on the quay is forbidden during the works, day and night.', ...EN.slice(3)];
    const beads = alignTexts(FR, en);
    checkCoverage(beads, FR.length, en.length);
    expect(shapes(beads)).toContain(':3');
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:2', ':3', '3:4', '4:5', '5:6']);
    expect(beads[3].score).toBeLessThan(0.5);
  });

  it('pairs two sentences merged into one as 2-1', () => {
    const en = [EN[0], EN[1], 'During the closure, a free shuttle will run every 20 minutes, and cyclists are asked to use the Saint-Martin bridge.', EN[4], EN[5]];
    const beads = alignTexts(FR, en);
    checkCoverage(beads, FR.length, en.length);
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2,3:2', '4:3', '5:4']);
  });

  it('gives confident pairings higher scores than a gap', () => {
    const beads = alignTexts(FR, EN);
    for (const b of beads) expect(b.score).toBeGreaterThan(0.3);
  });
});

describe('alignTexts with a sentence cut across two segments on one side', () => {
  it('joins the fragment to the segment that goes on with it, not to the one before', () => {
    // Subtitles and hard-wrapped text cut sentences: `nous partirons…` goes on with `Oui,`.
    const fr = ['Le musée rouvre ses portes le 4 mai.', 'Voulez-vous venir avec nous ?', 'Oui,', 'nous partirons après le déjeuner.', 'La visite dure deux heures.'];
    const en = ['The museum reopens on 4 May.', 'Would you like to come with us?', 'Yes, we will leave after lunch.', 'The tour takes two hours.'];
    const beads = alignTexts(fr, en, { sourceLanguage: 'fr', targetLanguage: 'en' });
    checkCoverage(beads, fr.length, en.length);
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2,3:2', '4:3']);
  });
});

describe('alignTexts with a bullet repeated on one side', () => {
  it('pairs the repeat and its fuller neighbour 2-1 with the single counterpart, both ways', () => {
    // The first French item says again what the second says, and more; the English renders it once.
    const fr = [
      'Le conseil a adopté trois mesures.',
      'Réduire les délais de paiement des fournisseurs de la ville, en particulier des petites entreprises et des associations locales.',
      'Réduire les délais de paiement des fournisseurs de la ville, en particulier des petites entreprises et des associations locales, et publier les délais constatés.',
      'Former les agents au nouveau logiciel comptable.',
      'La prochaine séance aura lieu le 12 juin.',
    ];
    const en = [
      'The council adopted three measures.',
      'Reduce payment times for the city’s suppliers, in particular small businesses and local associations, and publish the observed times.',
      'Train staff in the new accounting software.',
      'The next meeting will be held on 12 June.',
    ];
    const kinds = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 || i === n - 1 ? 'sentence' : 'item') as SegmentKind);
    const forward = alignTexts(fr, en, { sourceLanguage: 'fr', targetLanguage: 'en', sourceKinds: kinds(fr.length), targetKinds: kinds(en.length) });
    expect(shapes(forward)).toEqual(['0:0', '1,2:1', '3:2', '4:3']);
    const back = alignTexts(en, fr, { sourceLanguage: 'en', targetLanguage: 'fr', sourceKinds: kinds(en.length), targetKinds: kinds(fr.length) });
    expect(shapes(back)).toEqual(['0:0', '1:1,2', '2:3', '3:4']);
  });
});

describe('align with structure', () => {
  it('pairs headings with headings and items with items', () => {
    const fr = doc('fr', [
      { text: '1. Objet', kind: 'heading', section: '1' },
      { text: 'Le présent avis informe les habitants des travaux prévus sur la passerelle.', section: '1' },
      { text: '2. Calendrier', kind: 'heading', section: '2' },
      { text: 'fermeture complète du 3 au 14 mars ;', kind: 'item', section: '2' },
      { text: 'réouverture partielle le 15 mars.', kind: 'item', section: '2' },
      { text: '3. Contact', kind: 'heading', section: '3' },
      { text: 'Le service technique répond aux questions du lundi au vendredi.', section: '3' },
    ]);
    const en = doc('en', [
      { text: '1. Purpose', kind: 'heading', section: '1' },
      { text: 'This notice informs residents of the works planned on the footbridge.', section: '1' },
      { text: '2. Timetable', kind: 'heading', section: '2' },
      { text: 'full closure from 3 to 14 March;', kind: 'item', section: '2' },
      { text: 'partial reopening on 15 March.', kind: 'item', section: '2' },
      { text: '3. Contact', kind: 'heading', section: '3' },
      { text: 'The technical department answers questions from Monday to Friday.', section: '3' },
    ]);
    const beads = align(fr, en);
    checkCoverage(beads, 7, 7);
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5', '6:6']);
  });

  it('does not merge a heading into a sentence when lengths would suggest it', () => {
    const fr = doc('fr', [
      'Le service répond.',
      { text: "Horaires d'ouverture du guichet unique de la mairie", kind: 'heading' },
      'Du lundi au vendredi.',
      'Fermé le samedi.',
    ]);
    const en = doc('en', [
      'The department answers all questions from residents and from local businesses alike.',
      { text: 'Opening hours', kind: 'heading' },
      'Monday to Friday.',
      'Closed on Saturdays.',
    ]);
    // Without kinds, length alone pairs the short sentence plus the long heading with the long sentence.
    expect(shapes(alignTexts(fr.segments.map((s) => s.text), en.segments.map((s) => s.text)))).not.toEqual(['0:0', '1:1', '2:2', '3:3']);
    expect(shapes(align(fr, en))).toEqual(['0:0', '1:1', '2:2', '3:3']);
  });

  it('keeps a heading with its heading when the body around it is merged', () => {
    const fr = doc('fr', [
      { text: 'Financement', kind: 'heading' },
      { text: 'la Région apporte 300 000 euros ;', kind: 'item' },
      { text: 'la commune apporte 180 000 euros.', kind: 'item' },
      { text: 'Calendrier', kind: 'heading' },
      { text: 'Les travaux dureront deux semaines.' },
    ]);
    const en = doc('en', [
      { text: 'Funding', kind: 'heading' },
      { text: 'the Region provides 300,000 euros and the town 180,000 euros.', kind: 'item' },
      { text: 'Timetable', kind: 'heading' },
      { text: 'The works will last two weeks.' },
    ]);
    const beads = align(fr, en);
    checkCoverage(beads, 5, 4);
    expect(shapes(beads)).toEqual(['0:0', '1,2:1', '3:2', '4:3']);
  });

  it('aligns a document with itself 1-1 with top scores (same language)', () => {
    const fr = doc('fr', FR);
    const beads = align(fr, doc('fr', FR));
    expect(shapes(beads)).toEqual(FR.map((_, k) => `${k}:${k}`));
    for (const b of beads) expect(b.score).toBeGreaterThanOrEqual(0.9);
  });
});

describe('parseLexicon', () => {
  it('reads TSV pairs, skipping comments and blank lines', () => {
    expect(parseLexicon('# fr\ten\npasserelle\tfootbridge\n\r\nnavette\tshuttle\n')).toEqual([
      ['passerelle', 'footbridge'],
      ['navette', 'shuttle'],
    ]);
  });

  it('names the malformed line', () => {
    expect(() => parseLexicon('pont\tbridge\nnavette shuttle\n')).toThrow(/line 2/);
    try {
      parseLexicon('a\tb\tc');
    } catch (e) {
      expect(e).toBeInstanceOf(FbcoopError);
      expect((e as FbcoopError).code).toBe('E_LEXICON');
    }
  });

  it('is used by the aligner without breaking coverage', () => {
    const lexicon = parseLexicon('passerelle\tfootbridge\nnavette\tshuttle\n');
    const beads = alignTexts(FR, EN, { lexicon });
    checkCoverage(beads, FR.length, EN.length);
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5']);
  });
});

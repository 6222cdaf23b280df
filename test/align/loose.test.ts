import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/align/index.js';
import { checkCoverage, shapes } from './helpers.js';

// A made-up report on a library's Sunday opening, written for these tests. The English of the
// sixth sentence is a loose paraphrase, about five times as long as the French.
const FR = [
  'La bibliothèque municipale a ouvert le dimanche pendant six mois, de janvier à juin 2024.',
  'Il exige toutefois un certain savoir-faire de la part des bibliothécaires qui le tiennent à jour.',
  'Carnets de route',
  'La collecte par carnet de route consiste à demander à chacun de noter ce qu’il fait pendant la journée.',
  'Un questionnaire a aussi été remis aux lecteurs à la sortie, en français et en néerlandais.',
  'Ce bilan nous aidera à adapter les horaires.',
  'Le conseil municipal décidera en septembre de prolonger ou non l’essai.',
];
const EN = [
  'The municipal library opened on Sundays for six months, from January to June 2024.',
  'However, it requires some skill on the part of the librarians who keep it up to date.',
  'Logs',
  'Gathering information by means of logs entails asking each person to write down what they do during the day.',
  'Readers were also handed a questionnaire on their way out, in French and in Dutch.',
  'It is hoped that this review, and the figures gathered over these months by the staff and the readers themselves, will help the city to fit its opening hours as closely as possible to what the people who live here actually need.',
  'The city council will decide in September whether to extend the trial.',
];

describe('alignTexts on a loose translation', () => {
  it('pairs a paraphrase far longer than its original, rather than leaving both unpaired', () => {
    const beads = alignTexts(FR, EN, { sourceLanguage: 'fr', targetLanguage: 'en' });
    checkCoverage(beads, FR.length, EN.length);
    // Past a point, a worse length ratio is no more evidence against a pairing.
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5', '6:6']);
    expect(beads[5].score).toBeGreaterThan(0.2);
  });
});

describe('alignTexts on two translations of one text (same language)', () => {
  it('pairs two wordings of one sentence that share few words, rather than leaving both unpaired', () => {
    const a = [
      'The canal footbridge will be closed from 3 to 14 March 2025.',
      'We pledge to keep working hand in hand on the safety of the footbridge and its users.',
      'During the closure, a free shuttle will run every 20 minutes.',
      'Cyclists are asked to use the Saint-Martin bridge.',
    ];
    const b = [
      a[0],
      'Our two towns will go on cooperating so that the walkway stays secure for everyone who crosses it.',
      a[2],
      a[3],
    ];
    const beads = alignTexts(a, b, { sameLanguage: true });
    expect(shapes(beads)).toEqual(['0:0', '1:1', '2:2', '3:3']);
    // Paired, but not with the confidence of the identical sentences around it.
    expect(beads[1].score).toBeLessThan(0.5);
  });
});

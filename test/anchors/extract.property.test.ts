import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';

/** Pieces that exercise every pass: dates, figures, number words, names, acronyms, URLs, labels. */
const FRAGMENTS = [
  '27 février 2018', '25–26 April', 'du 25 au', '1er', '11th', '2016', '-', '–', '1 000', '1,000', '3,5', '%',
  'deux cents', 'twenty-one', 'eenentwintig', 'Charles Michel', 'De Croo', 'van', 'JITs', 'GDPR', 'https://x.eu/a',
  'a@b.be', '1.', '(a)', '14:30', '«', '»', '.', ',', ' ', '\u00a0', 'é', 'É', 'May', 'mai', 'sept.', 'COP28', 'l’Union',
  'quatre-vingt-dix', 'per cent', '2016/679', 'II', '\ud83d\ude00', '\u0301', '\n',
];
const textArb = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((xs) => xs.join(' ')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((xs) => xs.join('')),
);
const langArb = fc.constantFrom('fr', 'en', 'nl', 'de', 'es', 'it', 'pt', 'und', 'fr-BE', '');

describe('extractAnchors invariants', () => {
  test.prop([textArb, langArb], { numRuns: 1500 })('in bounds, ordered, non-overlapping, surface = slice', (text, lang) => {
    const anchors = extractAnchors(text, lang);
    let prevEnd = 0;
    for (const a of anchors) {
      expect(a.start).toBeGreaterThanOrEqual(prevEnd);
      expect(a.end).toBeGreaterThan(a.start);
      expect(a.end).toBeLessThanOrEqual(text.length);
      expect(a.surface).toBe(text.slice(a.start, a.end));
      expect(a.value.length).toBeGreaterThan(0);
      prevEnd = a.end;
    }
  });

  test.prop([textArb, langArb])('deterministic', (text, lang) => {
    expect(extractAnchors(text, lang)).toEqual(extractAnchors(text, lang));
  });
});

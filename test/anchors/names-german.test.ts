/** Names in German, where every noun is capitalised: only what is a name by more than its capitals. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc, only } from '../compare/helpers.js';
import { values } from './helpers.js';

const names = (text: string) => values(text, 'de', ['name']);

describe('German names', () => {
  it('does not take capitalised nouns after a contraction for a name', () => {
    expect(names('Beim Kauf achten Sie auf den Preis.')).toEqual([]);
    expect(names('Zum Schutz der Daten gilt das Gesetz.')).toEqual([]);
  });
  it('does not take a genitive noun phrase for a name', () => {
    expect(names('Sie überwacht die Umsetzung der Vorschriften in den Kantonen.')).toEqual([]);
  });
  it('still finds names, with their particles', () => {
    expect(names('Heute sprach Ursula von der Leyen mit Karin Keller-Sutter in Bern.')).toEqual(['ursula von der leyen', 'karin keller-sutter']);
  });
  it('compares a person across languages, not the title before the name', () => {
    const src = makeDoc('de', ['Bundesrätin Karin Keller-Sutter hat heute die Umsetzung der Vorschriften vorgestellt.']);
    const tgt = makeDoc('en', ['Federal Councillor Karin Keller-Sutter today presented how the rules are implemented.']);
    expect(compare(makeAlignment(src, tgt), only('name-mismatch'))).toEqual([]);
    const other = makeDoc('en', ['Federal Councillor Viola Amherd today presented how the rules are implemented.']);
    expect(compare(makeAlignment(src, other), only('name-mismatch')).map((f) => f.rule)).toEqual(['name-mismatch']);
  });
});

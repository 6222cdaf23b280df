import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

describe('text-change', () => {
  it.each([
    ['en', 'The first meeting of the working group was held in Paris.', 'The first meeting of the working group took place in Brussels.'],
    ['fr', 'La première réunion du groupe de travail s’est tenue à Paris.', 'La première réunion du groupe s’est tenue à Bruxelles.'],
    ['nl', 'De eerste vergadering van de werkgroep vond plaats in Parijs.', 'De eerste vergadering van de werkgroep vond plaats in Brussel.'],
  ])('%s: words changed, with the word diff', (lang, before, after) => {
    const [f] = compare(makeAlignment(makeDoc(lang, [before]), makeDoc(lang, [after])), only('text-change'));
    expect(f).toMatchObject({ rule: 'text-change', severity: 'info' });
    expect(f.diff!.map((c) => c.value).filter((_, i) => f.diff![i].op !== 'added').join('')).toBe(before);
    expect(f.diff!.map((c) => c.value).filter((_, i) => f.diff![i].op !== 'removed').join('')).toBe(after);
  });

  it('names the changed words in the message', () => {
    const [f] = compare(makeAlignment(makeDoc('en', ['Held on 27 February 2018.']), makeDoc('en', ['Held on 27 February 2017.'])), only('text-change'));
    expect(f.message).toBe('words changed: "2018" → "2017"');
  });

  it('not across languages, not for identical texts', () => {
    expect(compare(makeAlignment(makeDoc('fr', ['Bonjour à tous.']), makeDoc('en', ['Hello everyone.'])), only('text-change'))).toEqual([]);
    expect(compare(makeAlignment(makeDoc('nl', ['Goedendag.']), makeDoc('nl', ['Goedendag.'])), only('text-change'))).toEqual([]);
  });
});

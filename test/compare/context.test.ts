/** The whole-document tables of `PairContext` (issue 11: built segment by segment, not from one huge folded copy). */
import { describe, expect, it } from 'vitest';
import { PairContext } from '../../src/compare/context.js';
import { foldedWords } from '../../src/compare/text.js';
import { makeAlignment, makeDoc } from './helpers.js';

describe('PairContext whole-document tables', () => {
  it('counts the same words as folding the whole text at once, across accents, final sigma and dotted capitals', () => {
    const source = makeDoc('fr', [
      'Le Président Édouard a reçu l’İstanbul-Gruppe à Bâle le 3 mars.',
      'ΟΔΥΣΣΕΥΣ met Ødegård; the co-operation of the Ministère continues.',
      'Édouard again, and ÉDOUARD in capitals; naïve façade, Straße.',
    ]);
    const target = makeDoc('en', ['President Edouard received the group in Basel.', 'Odysseus met Odegard.', 'Edouard again.']);
    const ctx = new PairContext(makeAlignment(source, target));
    for (const side of ['source', 'target'] as const) {
      const expected = new Map<string, number>();
      for (const w of foldedWords(ctx.foldedText(side))) expected.set(w, (expected.get(w) ?? 0) + 1);
      expect(new Map([...ctx.wordCounts(side)].sort())).toEqual(new Map([...expected].sort()));
      expect([...ctx.wordSet(side)].sort()).toEqual([...expected.keys()].sort());
    }
    expect(ctx.wordCounts('source').get('edouard')).toBe(3);
  });

  it('counts acronyms over every segment, whether or not their anchors were asked for first', () => {
    const source = makeDoc('en', ['The EPPO and the OLAF met in Brussels.', 'The office reported to the EPPO on Monday.', 'The EPPO agreed with the UNODC.']);
    const target = makeDoc('en', ['The EPPO met.']);
    const fresh = new PairContext(makeAlignment(source, target));
    const warmed = new PairContext(makeAlignment(source, target));
    const byHand = new Map<string, number>();
    for (let i = 0; i < source.segments.length; i++) {
      for (const a of warmed.anchors('source', i)) if (a.kind === 'acronym') byHand.set(a.value, (byHand.get(a.value) ?? 0) + 1);
    }
    expect(byHand.get('eppo')).toBe(3);
    expect(fresh.acronymCounts('source')).toEqual(byHand);
    expect(warmed.acronymCounts('source')).toEqual(byHand);
  });
});

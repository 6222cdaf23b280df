import { describe, expect, it } from 'vitest';
import { extractFeatures, listAt, Vocabulary } from '../../src/align/features.js';

/** The feature strings of one text, as the aligner sees it. */
function features(text: string, lang: string, vocab = new Vocabulary()): string[] {
  return Array.from(listAt(extractFeatures([text], vocab, false, lang).features, 0), (id) => vocab.key(id));
}

describe('aligner features', () => {
  it('a number word meets its figure and its translation', () => {
    expect(features('seize membres', 'fr')).toContain('n:16');
    expect(features('sixteen members', 'en')).toContain('n:16');
    expect(features('zestien leden', 'nl')).toContain('n:16');
    expect(features('16 members', 'en')).toContain('n:16');
    expect(features('the first meeting', 'en')).toContain('n:#1');
  });

  it('articles that spell one are not figures, and unknown languages get no number words', () => {
    expect(features('un comité', 'fr').filter((f) => f.startsWith('n:'))).toEqual([]);
    expect(features('sixteen members', 'und').filter((f) => f.startsWith('n:'))).toEqual([]);
  });

  it('wordless texts and dialogue lines get a shape feature shared across languages', () => {
    expect(features('. . . . 12', 'fr')).toContain('s:figures');
    expect(features('. . . .', 'en')).toContain('s:marks');
    expect(features('-- Mais la route doit être détrempée.', 'fr')).toContain('s:dialogue');
    expect(features('"But you must have found it very damp."', 'en')).toContain('s:dialogue');
    expect(features('But it was damp.', 'en').filter((f) => f.startsWith('s:'))).toEqual([]);
  });
});

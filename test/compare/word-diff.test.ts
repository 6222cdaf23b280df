import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/compare/word-diff.js';
import { diffSides } from '../../src/report/highlight.js';

const text = (spans: { text: string }[]) => spans.map((s) => s.text).join('');

describe('word diff', () => {
  it.each([
    ['a PNR, which could ultimately be extended', 'a PNR, which, in time, could be extended'],
    ['the agencies and to increase', 'the agencies, and to intensify'],
    ['Regulation (GDPR) and CJEU case law', 'Regulation (GDPR), and indeed the case-law'],
    ['27 février 2018', '27 février 2017'],
  ])('rebuilds both texts exactly, spaces included: %s → %s', (before, after) => {
    const sides = diffSides(wordDiff(before, after));
    expect(text(sides.source)).toBe(before);
    expect(text(sides.target)).toBe(after);
  });

  it('marks only the changed words', () => {
    expect(wordDiff('held on 27 February 2018.', 'held on 27 February 2017.')).toEqual([
      { op: 'equal', value: 'held on 27 February ' },
      { op: 'removed', value: '2018' },
      { op: 'added', value: '2017' },
      { op: 'equal', value: '.' },
    ]);
  });
});

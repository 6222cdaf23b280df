import { readFileSync } from 'node:fs';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { TrigramClassifier } from '../../src/detect/trigrams.js';
import { CANDIDATES } from '../../src/detect/codes.js';

const only = [...CANDIDATES];
const classifier = new TrigramClassifier(CANDIDATES);

const seedSentences = ['fr', 'en-a', 'en-b']
  .flatMap((n) => readFileSync(`fixtures/corpus/2018-06-11_val-duchesse-ii_${n}.txt`, 'utf8').replace(/\s+/g, ' ').split(/(?<=[.;:])\s+/))
  .concat(readFileSync('fixtures/corpus/2021-11-22_val-duchesse-iii_nl.txt', 'utf8').split('\n'));

const ODD = [
  '  Hello,   WORLD!!  ', '\u00a0Ünïcödé ÉCOLE\u2003et  l’été\t\n', 'A', '  ', '', 'x'.repeat(3000),
  'İstanbul’da büyük bir toplantı yapıldı ve kararlar alındı', 'Straße GROSS ß ẞ ǅ ǈ Ǆ text in German',
  'Обе страны усилят сотрудничество в борьбе с радикализацией', '日本語のテキストです。これは日本語。', '한국어 텍스트입니다',
  'Ελληνικά κείμενα εδώ', 'שלום עולם זה טקסט', '中文文本在这里，这是中文。', '12345 678 90', 'ΑΒΓ mostly latin text with a little greek',
  '𝐇𝐞𝐥𝐥𝐨 math bold letters and plain words', "l'été 2018 — 27 février, «guillemets» [crochets]",
];

describe('TrigramClassifier', () => {
  it('gives exactly franc’s scores on real sentences and odd strings', () => {
    for (const text of [...seedSentences, ...ODD]) {
      for (const minLength of [1, 10, 40]) {
        expect(classifier.scores(text, minLength), text).toEqual(francAll(text, { only, minLength }));
      }
    }
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'aeiou nrstlé’ÉÀ-.,1\u00a0\tкоыの'.split('')), maxLength: 120 })], { numRuns: 300 })(
    'gives exactly franc’s scores on random text',
    (text) => {
      expect(classifier.scores(text, 1)).toEqual(francAll(text, { only, minLength: 1 }));
    },
  );
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';

const corpus = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

/** The seed as one line of text: hard line breaks undone, words split at line ends rejoined. */
function flat(name: string): string {
  return readFileSync(corpus + name, 'utf8').replace(/-\n(?=\p{Ll})/gu, '-').replace(/\s+/g, ' ');
}

function valuesOf(name: string, lang: string, kind: string): string[] {
  return extractAnchors(flat(name), lang).filter((a) => a.kind === kind).map((a) => a.value).sort();
}

describe('anchors on the seed communiqué', () => {
  const fr = valuesOf('2018-06-11_val-duchesse-ii_fr.txt', 'fr', 'date');
  const enA = valuesOf('2018-06-11_val-duchesse-ii_en-a.txt', 'en', 'date');
  const enB = valuesOf('2018-06-11_val-duchesse-ii_en-b.txt', 'en', 'date');

  it('finds the same dates in the French original and translation A', () => {
    expect(enA).toEqual(fr);
    expect(fr).toContain('2018-02-27');
    expect(fr).toContain('2018-04-25/2018-04-26');
    expect(fr).toContain('--05-29');
  });

  it('sees translation B date the working group 2017 instead of 2018', () => {
    expect(enB).toContain('2017-02-27');
    expect(enB).not.toContain('2018-02-27');
  });

  it('finds the returning fighters’ figures in French and English-B but not English-A', () => {
    const numbers = (name: string, lang: string) => valuesOf(name, lang, 'number');
    expect(numbers('2018-06-11_val-duchesse-ii_fr.txt', 'fr')).toEqual(expect.arrayContaining(['200', '100']));
    expect(numbers('2018-06-11_val-duchesse-ii_en-b.txt', 'en')).toEqual(expect.arrayContaining(['200', '100']));
    expect(numbers('2018-06-11_val-duchesse-ii_en-a.txt', 'en')).not.toContain('200');
  });

  it('reads the Dutch declaration’s dates', () => {
    const nl = valuesOf('2021-11-22_val-duchesse-iii_nl.txt', 'nl', 'date');
    expect(nl).toEqual(expect.arrayContaining(['2016-02', '2018-06', '2021-11-22', '2015-11-13', '2016-03-22', '2021-09', '2022-09']));
  });
});

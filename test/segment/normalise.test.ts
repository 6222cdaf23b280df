/** Reflow, hyphens, white space and encoding repair, each with its map back to the original. */
import { describe, expect, it } from 'vitest';
import { originalOffset, segment } from '../../src/segment/index.js';
import { doc } from './doc.js';
import type { Segment } from '../../src/types.js';

const texts = (value: string) => segment(doc(value)).segments.map((s) => s.text);
/** The original character behind each text character must be the same character (where nothing was repaired). */
function expectMapped(value: string, s: Segment): void {
  for (let i = 0; i < s.text.length; i++) {
    if (s.text[i] === ' ') continue;
    expect(value[originalOffset(s, i)]).toBe(s.text[i]);
  }
}

describe('reflow and line-end hyphens', () => {
  it('keeps the hyphen of a compound split at a line end', () => {
    const value = 'the Franco-Belgian partnership in counter-\nterrorism matters, near the Hauts-de-\nFrance region, a franco-\nbelge accord.';
    const [s] = segment(doc(value)).segments;
    expect(s.text).toBe('the Franco-Belgian partnership in counter-terrorism matters, near the Hauts-de-France region, a franco-belge accord.');
    expectMapped(value, s);
  });

  it('drops a hyphen that only breaks a word the document writes whole', () => {
    expect(texts('La coopé-\nration est bonne. La coopération continue.')).toEqual(['La coopération est bonne.', 'La coopération continue.']);
  });

  it('drops soft hyphens, inside a line and at its end', () => {
    const value = 'An extra\u00adordinary hyphen\u00ad\nation.';
    const [s] = segment(doc(value)).segments;
    expect(s.text).toBe('An extraordinary hyphenation.');
    expectMapped(value, s);
  });

  it('joins a sentence across a page-break gap when the next line continues it', () => {
    expect(texts('- To hold a meeting on the issue of returning \n\n\n\nminors, so as to discuss it.\n\n- Next bullet.'))
      .toEqual(['To hold a meeting on the issue of returning minors, so as to discuss it.', 'Next bullet.']);
  });

  it('does not join across a gap after a finished sentence', () => {
    expect(texts('First paragraph ends here.\n\n\nsecond one starts lower.')).toEqual(['First paragraph ends here.', 'second one starts lower.']);
  });

  it('folds no-break spaces, tabs and runs of spaces to one space', () => {
    const value = 'Des mots\u00a0: trois\u202f; et\t\tquatre   ici.';
    const [s] = segment(doc(value)).segments;
    expect(s.text).toBe('Des mots : trois ; et quatre ici.');
    expectMapped(value, s);
  });

  it('maps positions into CRLF text, lines counted as the file has them', () => {
    const value = 'First line of text\r\ncontinues here. Second one.\r\n\r\nNew paragraph.\r\n';
    const r = segment(doc(value));
    expect(r.segments.map((s) => [s.text, s.position.start.line, s.position.end.line])).toEqual([
      ['First line of text continues here.', 1, 2], ['Second one.', 2, 2], ['New paragraph.', 4, 4],
    ]);
    for (const s of r.segments) {
      expect(value.slice(s.position.start.offset, s.position.end.offset).replace(/\r\n/g, ' ')).toBe(s.text);
      expectMapped(value, s);
    }
  });
});

describe('encoding repair', () => {
  it('restores lost apostrophes and œ, and lists each damaged word', () => {
    const value = 'C?est l?Union, aujourd?hui, qu?ils ont mis en ?uvre. D??uvrer avec c?ur et s?ur.';
    const r = segment(doc(value));
    expect(r.segments.map((s) => s.text)).toEqual(['C’est l’Union, aujourd’hui, qu’ils ont mis en œuvre.', 'D’œuvrer avec cœur et sœur.']);
    expect(r.repairs.map((x) => [x.from, x.to])).toEqual([
      ['C?est', 'C’est'], ['l?Union', 'l’Union'], ['aujourd?hui', 'aujourd’hui'], ['qu?ils', 'qu’ils'],
      ['?uvre', 'œuvre'], ['D??uvrer', 'D’œuvrer'], ['c?ur', 'cœur'], ['s?ur', 'sœur'],
    ]);
    for (const x of r.repairs) {
      expect(value.slice(x.offset, x.offset + x.from.length)).toBe(x.from);
      expect(x).toMatchObject({ kind: 'encoding', line: 1 });
    }
    // Repairs keep the map: the character after a repair still points at itself.
    const s = r.segments[1];
    expect(value[originalOffset(s, s.text.indexOf('uvrer'))]).toBe('u');
  });

  it('keeps real question marks and query strings', () => {
    expect(texts('Is it real? Yes. Ça va ? Oui. See https://x.org/a?id=3 now.'))
      .toEqual(['Is it real?', 'Yes.', 'Ça va ?', 'Oui.', 'See https://x.org/a?id=3 now.']);
  });

  it('undoes UTF-8 read as Latin-1 or Windows-1252, shortening the text but not the map', () => {
    const value = 'Ã‰tÃ© et lâ€™Union, cafÃ© crÃ¨me.';
    const r = segment(doc(value));
    const [s] = r.segments;
    expect(s.text).toBe('Été et l’Union, café crème.');
    expect(r.repairs.map((x) => x.to)).toEqual(['Été', 'l’Union', 'café', 'crème']);
    expect(originalOffset(s, s.text.indexOf('Union'))).toBe(value.indexOf('Union'));
    expect(s.position.end.offset).toBe(value.length);
  });

  it('lists a U+FFFD it cannot decide, and repairs one it can', () => {
    const r = segment(doc('Une coop\ufffdration et l\ufffdUnion.'));
    expect(r.segments[0].text).toBe('Une coop\ufffdration et l’Union.');
    expect(r.repairs.map((x) => [x.from, x.to])).toEqual([['coop\ufffdration', 'coop\ufffdration'], ['l\ufffdUnion', 'l’Union']]);
  });

  it('leaves clean text alone', () => {
    expect(segment(doc('Café, crème brûlée, naïve Zoë — «\u00a0oui\u00a0» ; l’Union.')).repairs).toEqual([]);
  });
});

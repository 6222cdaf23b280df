/** Invariants of segmentation on arbitrary text: order, positions, maps back to the original. */
import { describe, expect, test as plain } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { originalOffset, segment } from '../../src/segment/index.js';
import { pointAt, computeLineStarts } from '../../src/position.js';
import { doc } from './doc.js';

/** Pieces that exercise every step: words, damage, white space of all kinds, line ends, markers, punctuation. */
const PIECES = [
  'word', 'Mot', 'été', 'l?Union', 'D??uvrer', '?uvre', 'Ã©tÃ©', 'lâ€™', 'counter-', 'extra\u00ad', 'M.', 'e.g.', '1er', '3.5',
  ' ', ' ', ' ', '\u00a0', '\u202f', '\t', '\n', '\n', '\n\n', '\r\n', '\r', '\n\n\n\n',
  '.', '. ', '? ', '!', ';', ' ; ', ':', ',', '…', '...', '«\u00a0', '\u00a0»', '"', '(', ')', '[', ']',
  '-', '- ', '-\u00a0\u00a0', '•', '–', '1. ', '2- ', 'a) ', 'Monday', '(Photo: X)', 'Join us', './.', '12', '\ufffd', '?',
  // Decomposed and NFC-changing characters: the text is NFC, positions still point at the originals.
  'e\u0301te\u0301', 'A\u030a', '\u212b', '\u0301', 'o\u0308\u0304', '\u1100\u1161\u11a8', 'Z\u0351\u0352\u0353\u0354', '\ud835\udc00\u0301',
  // An astral character, then an astral singleton NFC maps into the BMP (U+2F800 → U+4E3D): found by this test.
  '\ud800\udc00\ud87e\udc00',
];
/** Invisible characters the segmenter drops (soft hyphen, zero-width space, word joiner, BOM). */
const DROPPED = /[\u00ad\u200b\u2060\ufeff]/gu;

/**
 * The base character and combining marks around offset `o`, without the invisible characters the
 * segmenter drops: a mark after a dropped soft hyphen (`extra\u00ad\u0301`) joins the letter before.
 */
function clusterAt(value: string, o: number): string {
  const joins = (c: string | undefined) => c !== undefined && /[\p{M}\u1161-\u11c2\udc00-\udfff\u00ad\u200b\u2060\ufeff]/u.test(c);
  let a = o;
  while (a > 0 && joins(value[a])) a--;
  let b = o + 1;
  while (b < value.length && joins(value[b])) b++;
  return value.slice(a, b).replace(DROPPED, '');
}

/** Pieces where the structure does not hang on a character next to a mark (hyphens, markers), for the NFD test. */
const WORDS = ['Mot', 'e\u0301te\u0301', 'A\u030a', '\u212b', 'o\u0308\u0304', '\u1100\u1161\u11a8', 'Z\u0351\u0352\u0353\u0354', 'word', 'Été'];
const SPACING = [' ', ' ', '\n', '\n\n', '. ', ', ', '; '];
const wordsText = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACING)), { maxLength: 40 }).map((parts) => parts.flat().join(''));

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(text, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('segment properties', () => {
  test.prop([anyText, fc.constantFrom('sentence' as const, 'clause' as const)], { numRuns: 300 })(
    'auto: ordered, non-overlapping, positions agree with lines, every character comes from its slice',
    (value, granularity) => {
      const d = doc(value);
      const r = segment(d, { granularity });
      const repaired = r.repairs.map((x) => [x.offset, x.offset + x.from.length]);
      let previousEnd = 0;
      r.segments.forEach((s, i) => {
        expect(s.id).toBe(`s${i + 1}`);
        expect(s.index).toBe(i);
        const { start, end } = s.position;
        expect(start.offset).toBeGreaterThanOrEqual(previousEnd);
        expect(end.offset).toBeGreaterThan(start.offset);
        expect(end.offset).toBeLessThanOrEqual(value.length);
        expect(start).toEqual(pointAt(d.lineStarts, start.offset));
        expect(end).toEqual(pointAt(d.lineStarts, end.offset));
        previousEnd = end.offset;
        expect(s.text.length).toBeGreaterThan(0);
        expect(s.text).not.toMatch(/[\r\n]| {2}|^ | $/);
        expect(originalOffset(s, 0)).toBe(start.offset);
        for (let k = 0; k < s.text.length; k++) {
          const o = originalOffset(s, k);
          expect(o).toBeGreaterThanOrEqual(start.offset);
          expect(o).toBeLessThan(end.offset);
          if (s.text[k] === ' ' || repaired.some(([a, b]) => o >= a && o < b)) continue;
          if (value[o] === s.text[k]) continue;
          // A character composed or reordered under NFC comes from the cluster (base and marks) around its offset.
          expect(clusterAt(value, o).normalize('NFC')).toContain(s.text[k]);
        }
      });
    },
  );

  // fast-check's counterexample (seed 1083884177): a soft hyphen, then a lone combining acute.
  plain('auto: a mark after a dropped soft hyphen composes with the letter before it, which keeps its offset', () => {
    const value = 'extra\u00ad\u0301 word.';
    const [s] = segment(doc(value)).segments;
    expect(s.text).toBe('extr\u00e1 word.');
    expect(originalOffset(s, 4)).toBe(value.indexOf('a'));
    expect(originalOffset(s, 6)).toBe(value.indexOf('word'));
  });

  test.prop([wordsText], { numRuns: 200 })('auto: a decomposed (NFD) text gives the segments of its composed (NFC) form', (value) => {
    const composed = segment(doc(value.normalize('NFC'))).segments.map((s) => s.text);
    const decomposed = segment(doc(value.normalize('NFD'))).segments.map((s) => s.text);
    expect(decomposed).toEqual(composed);
  });

  test.prop([anyText], { numRuns: 300 })("lines: one segment per line, text exactly the line", (value) => {
    const r = segment(doc(value), { segmentation: 'lines' });
    const starts = computeLineStarts(value);
    const lines = value.length === 0 ? [] : value.split(/\r\n|\r|\n/);
    if (lines.length > 0 && /(\r\n|\r|\n)$/.test(value)) lines.pop();
    expect(r.segments.map((s) => s.text)).toEqual(lines);
    r.segments.forEach((s, i) => {
      expect(s.position.start).toEqual(pointAt(starts, starts[i]));
      expect(s.position.end).toEqual(pointAt(starts, starts[i] + s.text.length));
      expect(originalOffset(s, s.text.length)).toBe(starts[i] + s.text.length);
    });
  });
});

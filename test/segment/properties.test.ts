/** Invariants of segmentation on arbitrary text: order, positions, maps back to the original. */
import { describe, expect } from 'vitest';
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
];
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
          expect(value[o]).toBe(s.text[k]);
        }
      });
    },
  );

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

/** The segmenter on blocks a format reader gave: kinds taken as given, parts apart, labels and sections. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { computeLineStarts } from '../../src/position.js';
import type { Block, Document } from '../../src/types.js';

/** A document whose blocks are given as [kind, text, extra] over a rendition of one block a line. */
function withBlocks(spec: [Block['kind'], string, Partial<Block>?][]): Document {
  let value = '';
  const blocks: Block[] = [];
  for (const [kind, text, extra] of spec) {
    blocks.push({ kind, ranges: [value.length, value.length + text.length], ...(extra ?? {}) });
    value += `${text}\n`;
  }
  return { path: 'x.docx', value, encoding: 'utf-8', lineStarts: computeLineStarts(value), notes: [], format: 'docx', blocks };
}

describe('segment on blocks', () => {
  const doc = withBlocks([
    ['paragraph', 'Ministry of the Interior — 12 June 2018', { part: 'header' }],
    ['heading', 'Joint communiqué', { level: 1 }],
    ['paragraph', 'The ministers met. They agreed on two points.', { locator: { paragraph: 2 } }],
    ['heading', '1- On security', { level: 2 }],
    ['item', 'To reinforce exchanges.', { label: '3.', level: 1, locator: { paragraph: 4 } }],
    ['item', 'To harmonise the criteria.', { label: '•', level: 1 }],
    ['paragraph', '– A typed dash bullet in a plain paragraph.'],
    ['cell', 'Cell text.'],
    ['paragraph', 'Page 3 of 4', { part: 'footer' }],
  ]);
  const out = segment(doc);

  it('takes the kinds as given, with sections, labels and the block locators', () => {
    expect(out.segments.map((s) => [s.kind, s.section, s.label, s.text, s.locator?.paragraph])).toEqual([
      ['title', undefined, undefined, 'Joint communiqué', undefined],
      ['sentence', undefined, undefined, 'The ministers met.', 2],
      ['sentence', undefined, undefined, 'They agreed on two points.', 2],
      ['heading', '1', undefined, '1- On security', undefined],
      ['item', '1.1', '3', 'To reinforce exchanges.', 4],
      ['item', '1.2', undefined, 'To harmonise the criteria.', undefined],
      ['item', '1.3', undefined, 'A typed dash bullet in a plain paragraph.', undefined],
      ['sentence', '1', undefined, 'Cell text.', undefined],
    ]);
  });

  it('headers and footers are not compared: listed as skipped, with their lines', () => {
    expect(out.skipped.map((s) => [s.line, s.reason])).toEqual([[1, 'not body text: header'], [9, 'not body text: footer']]);
  });

  it('every segment is a slice of the document', () => {
    for (const s of out.segments) expect(doc.value.slice(s.position.start.offset, s.position.end.offset).replace(/^– /, '')).toBe(s.text);
  });
});

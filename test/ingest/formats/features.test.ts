import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/ingest/formats/docx.js';
import { readOdt } from '../../../src/ingest/formats/odt.js';
import type { FormatReading } from '../../../src/ingest/formats/types.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/formats/${path}`, import.meta.url)));
const shape = (r: FormatReading) => r.blocks.map((b) => [b.kind, b.level, b.label, b.part, b.locator?.paragraph, r.value.slice(b.ranges[0], b.ranges[1])]);

/** What pandoc's DOCX and ODT of fixtures/formats/make-binary.sh's short Markdown text hold, block by block. */
const expected = [
  ['title', undefined, undefined, 'body', 1, 'Val Duchesse II, dates'],
  ['heading', 1, undefined, 'body', 2, 'The meetings'],
  ['cell', undefined, undefined, 'body', 4, 'Date'],
  ['cell', undefined, undefined, 'body', 5, 'Step'],
  ['cell', undefined, undefined, 'body', 6, '1 February 2016'],
  ['cell', undefined, undefined, 'body', 7, 'joint declaration'],
  ['cell', undefined, undefined, 'body', 8, '16 October 2017'],
  ['cell', undefined, undefined, 'body', 9, 'communiqué on bilateral measures'],
  ['cell', undefined, undefined, 'body', 10, '27 February 2018'],
  ['cell', undefined, undefined, 'body', 11, 'first meeting of the joint working group'],
  ['item', 1, '1.', 'body', 12, 'Police co-operation'],
  ['item', 1, '2.', 'body', 13, 'Judicial co-operation'],
  ['item', 2, 'a.', 'body', 14, 'joint inquiry teams'],
  ['item', 2, 'b.', 'body', 15, 'liaison magistrates'],
  ['item', 1, '3.', 'body', 16, 'Countering violent radicalisation'],
  ['paragraph', undefined, undefined, 'footnote', undefined, 'Joint communiqué, Paris, 11 June 2018.'],
];

describe('pandoc DOCX and ODT: title, table, footnote, nested numbered list, comment', () => {
  it('DOCX: cells as blocks, numbers from numbering.xml, the footnote apart, the comment left out', () => {
    const docx = readDocx(fixture('features/features.docx'));
    const blocks = shape(docx);
    expect(blocks.filter((b) => b[4] !== 3)).toEqual(expected);
    expect(blocks.find((b) => b[4] === 3)?.[5]).toBe('The Prime Ministers met in Paris on 11 June 2018. They recalled earlier steps.');
    expect(docx.value).not.toContain('Check this date');
  });

  it('ODT: the same blocks (pandoc writes the comment as plain text there, so it is read as text)', () => {
    const odt = readOdt(fixture('features/features.odt'));
    expect(shape(odt).filter((b) => b[4] !== 3 && b[3] !== 'footer')).toEqual(expected);
    // pandoc's page style numbers pages in the footer: a part of its own
    expect(odt.blocks.filter((b) => b.part === 'footer').map((b) => odt.value.slice(b.ranges[0], b.ranges[1]))).toEqual(['1']);
  });
});

describe("LibreOffice's PDF of the pandoc DOCX", () => {
  it('reads the list numbers as labels, the footnote apart, drops the footnote call, keeps title and heading', async () => {
    const { readPdf } = await import('../../../src/ingest/formats/pdf.js');
    const pdf = await readPdf(fixture('features/features.pdf'));
    const items = pdf.blocks.filter((b) => b.kind === 'item');
    expect(items.map((b) => [b.level, b.label, pdf.value.slice(b.ranges[0], b.ranges[1])])).toEqual([
      [1, '1.', 'Police co-operation'],
      [1, '2.', 'Judicial co-operation'],
      [2, 'a.', 'joint inquiry teams'],
      [2, 'b.', 'liaison magistrates'],
      [1, '3.', 'Countering violent radicalisation'],
    ]);
    expect(pdf.blocks[0].kind).toBe('title');
    expect(pdf.blocks[1].kind).toBe('heading');
    // the superscript footnote call "1" is not glued to the year
    expect(pdf.value.replace(/\s+/g, ' ')).toContain('11 June 2018. They recalled earlier steps.');
    // the note at the foot of the page is a footnote, as in the DOCX, not body text
    const notes = pdf.blocks.filter((b) => b.part === 'footnote');
    expect(notes.map((b) => [b.label, pdf.value.slice(b.ranges[0], b.ranges[1])])).toEqual([['1', 'Joint communiqué, Paris, 11 June 2018.']]);
    expect(pdf.blocks.filter((b) => b.part === 'body').every((b) => !pdf.value.slice(b.ranges[0], b.ranges[1]).includes('Joint communiqué'))).toBe(true);
  });
});

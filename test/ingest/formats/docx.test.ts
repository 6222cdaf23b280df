import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/ingest/formats/docx.js';
import { readOdt } from '../../../src/ingest/formats/odt.js';
import { FbcoopError } from '../../../src/errors.js';
import type { Block, FormatReading } from '../../../src/ingest/formats/types.js';
import { makeDocx, p } from './office-zip.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/formats/${path}`, import.meta.url)));
const seed = (v: string) => `2018-06-11_val-duchesse-ii_${v}`;
const text = (reading: FormatReading, block: Block): string => reading.value.slice(block.ranges[0], block.ranges[block.ranges.length - 1]);
const body = (reading: FormatReading) => reading.blocks.filter((b) => b.part === 'body');

/** Every block's ranges are ordered, inside `value`, and blocks are apart by a blank line. */
function expectWellFormed(reading: FormatReading): void {
  let last = 0;
  for (const block of reading.blocks) {
    expect(block.ranges.length % 2).toBe(0);
    for (let i = 0; i < block.ranges.length; i += 2) {
      expect(block.ranges[i]).toBeGreaterThanOrEqual(last);
      expect(block.ranges[i + 1]).toBeGreaterThan(block.ranges[i]);
      last = block.ranges[i + 1];
    }
    expect(text(reading, block).trim()).not.toBe('');
  }
  expect(reading.value.split('\n\n').length).toBe(reading.blocks.length);
}

describe('readDocx on the LibreOffice fixtures', () => {
  const enB = readDocx(fixture(`docx/${seed('en-b')}.docx`));

  it('gives the title, numbered headings, bullets and paragraphs in order, with paragraph numbers', () => {
    expectWellFormed(enB);
    expect(enB.format).toBe('docx');
    const blocks = body(enB);
    expect(blocks[0].kind).toBe('title');
    expect(text(enB, blocks[0])).toMatch(/^Franco-Belgian intergovernmental meeting/);
    expect(blocks.map((b) => b.locator?.paragraph)).toEqual(blocks.map((_, i) => i + 1));
    const headings = blocks.filter((b) => b.kind === 'heading');
    // the section numbers are not in the text: the outline numbering of the Heading 2 style renders them
    expect(headings.map((b) => [b.level, b.label, text(enB, b)])).toEqual([
      [2, '1.', '1. On counter-terrorism —'],
      [2, '2.', '2. On countering violent radicalisation —'],
      [2, '3.', '3. At European level —'],
    ]);
    const firstSection = blocks.slice(blocks.indexOf(headings[0]) + 1, blocks.indexOf(headings[1]));
    expect(firstSection.map((b) => b.kind)).toEqual(Array(6).fill('item'));
    expect(firstSection[0].label).toBe('•');
    // a bullet is not part of the item's text
    expect(text(enB, firstSection[0])).toMatch(/^To follow through/);
    expect(enB.revisions).toEqual([]);
  });

  it('reads unnumbered headings (one-line "…:" headings of translation A) as headings without a label', () => {
    const enA = readDocx(fixture(`docx/${seed('en-a')}.docx`));
    const headings = body(enA).filter((b) => b.kind === 'heading');
    expect(headings.map((b) => text(enA, b))).toEqual(['In counter-terrorism matters:', 'In the fight against violent radicalisation:', 'At European level:']);
    expect(headings.every((b) => b.label === undefined)).toBe(true);
  });

  it('renders the French "1-" numbering of the outline style', () => {
    const fr = readDocx(fixture(`docx/${seed('fr')}.docx`));
    expect(body(fr).filter((b) => b.kind === 'heading').map((b) => text(fr, b))).toEqual([
      '1- en matière de lutte contre le terrorisme',
      '2- en matière de lutte contre la radicalisation violente',
      '3- au niveau européen',
    ]);
  });

  it('reads the same blocks as the ODT LibreOffice wrote from the same text', () => {
    for (const v of ['fr', 'en-a', 'en-b']) {
      const docx = readDocx(fixture(`docx/${seed(v)}.docx`));
      const odt = readOdt(fixture(`odt/${seed(v)}.odt`));
      const shape = (r: FormatReading) => r.blocks.map((b) => [b.kind, b.level, b.locator?.paragraph, text(r, b)]);
      expect(shape(docx)).toEqual(shape(odt));
    }
  });

  it('reads a DOCX written by pandoc (its own style ids and numbering)', () => {
    const fr = readDocx(fixture(`docx-pandoc/${seed('fr')}.docx`));
    expectWellFormed(fr);
    const kinds = body(fr).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'heading')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'item').length).toBeGreaterThan(15);
    expect(fr.value).toContain('le 27 février 2018');
  });
});

describe('readDocx tracked changes', () => {
  const bytes = fixture(`revisions/${seed('en-b')}.docx`);

  it('reads the accepted text by default and lists the pending changes where they stand', () => {
    const accepted = readDocx(bytes);
    expect(accepted.value).toContain('held on 27 February 2018.');
    expect(accepted.value).not.toContain('27 February 2017');
    expect(accepted.revisions).toHaveLength(2);
    const [deletion, insertion] = accepted.revisions ?? [];
    expect(deletion).toMatchObject({ type: 'deletion', text: '2017', author: 'Editor', paragraph: 5 });
    expect(deletion.date).toMatch(/^2018-06-12T09:30/);
    expect(insertion).toMatchObject({ type: 'insertion', text: '2018', author: 'Editor', paragraph: 5 });
    expect(accepted.value.slice(insertion.start, insertion.end)).toBe('2018');
    // the deleted text would stand where the insertion begins
    expect(deletion.start).toBe(deletion.end);
    expect(deletion.start).toBe(insertion.start);
    const paragraph5 = accepted.blocks.find((b) => b.locator?.paragraph === 5);
    expect(paragraph5 && insertion.start >= paragraph5.ranges[0] && insertion.end <= paragraph5.ranges[1]).toBe(true);
  });

  it("reads the original text with revisions: 'original', listing the same changes", () => {
    const original = readDocx(bytes, { revisions: 'original' });
    expect(original.value).toContain('held on 27 February 2017.');
    expect(original.value).not.toContain('27 February 2018');
    const [deletion, insertion] = original.revisions ?? [];
    expect(original.value.slice(deletion.start, deletion.end)).toBe('2017');
    expect(insertion.start).toBe(insertion.end);
    expect(original.blocks.map((b) => b.kind)).toEqual(readDocx(bytes).blocks.map((b) => b.kind));
  });
});

describe('readDocx on hand-made packages', () => {
  const styles = `<w:styles>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="Titre 1"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="My sub heading"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  </w:styles>`;
  const numbering = `<w:numbering>
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1 –"/><w:suff w:val="space"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const num = (id: number, level = 0) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;

  it('computes list numbers from numbering.xml: start, format, nesting, restart, overrides, symbol bullets', () => {
    const reading = readDocx(makeDocx([
      p('Le titre', '<w:pStyle w:val="Title"/>'),
      p('Chapitre', '<w:pStyle w:val="Titre1"/>'),
      p('Section', '<w:pStyle w:val="Sub"/>'),
      p('one', num(1)), p('one a', num(1, 1)), p('one b', num(1, 1)), p('two', num(1)), p('two a', num(1, 1)),
      p('bullet', num(2)),
      p('not numbered', num(0)),
      p('fourth', num(3)),
    ].join(''), { 'styles.xml': styles, 'numbering.xml': numbering }));
    expect(reading.blocks.map((b) => [b.kind, b.level, b.label, text(reading, b)])).toEqual([
      ['title', undefined, undefined, 'Le titre'],
      ['heading', 1, undefined, 'Chapitre'],
      ['heading', 3, undefined, 'Section'],
      ['item', 1, '3.', 'one'],
      ['item', 2, '3.a)', 'one a'],
      ['item', 2, '3.b)', 'one b'],
      ['item', 1, '4.', 'two'],
      ['item', 2, '4.a)', 'two a'],
      ['item', 1, '•', 'bullet'],
      ['paragraph', undefined, undefined, 'not numbered'],
      ['item', 1, 'IV –', 'fourth'],
    ]);
    // the label is written before the item's text in the rendition
    expect(reading.value).toContain('3.b) one b');
  });

  it('reads table cells as blocks, keeps notes, headers and footers apart and comments out', () => {
    const reading = readDocx(makeDocx(
      p('Intro') +
      '<w:tbl><w:tr><w:tc>' + p('cell one') + '</w:tc><w:tc>' + p('cell two') + p('second line') + '</w:tc></w:tr></w:tbl>' +
      '<w:p><w:r><w:t>Text</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> with a note</w:t></w:r><w:commentRangeEnd w:id="0"/>' +
      '<w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>.</w:t></w:r></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>the link</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>after</w:t></w:r></w:p>',
      {
        'comments.xml': '<w:comments><w:comment w:id="0"><w:p><w:r><w:t>A REVIEWER REMARK</w:t></w:r></w:p></w:comment></w:comments>',
        'footnotes.xml': '<w:footnotes><w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>The note text.</w:t></w:r></w:p></w:footnote></w:footnotes>',
        'header1.xml': '<w:hdr><w:p><w:r><w:t>Running head</w:t></w:r></w:p></w:hdr>',
        'footer1.xml': '<w:ftr><w:p><w:r><w:t>Page 1</w:t></w:r></w:p></w:ftr>',
      },
    ));
    expectWellFormed(reading);
    expect(reading.blocks.map((b) => [b.kind, b.part, b.locator?.paragraph, text(reading, b)])).toEqual([
      ['paragraph', 'body', 1, 'Intro'],
      ['cell', 'body', 2, 'cell one'],
      ['cell', 'body', 3, 'cell two\nsecond line'],
      ['paragraph', 'body', 5, 'Text with a note.'],
      ['paragraph', 'body', 6, 'the link\tafter'],
      ['paragraph', 'header', undefined, 'Running head'],
      ['paragraph', 'footer', undefined, 'Page 1'],
      ['paragraph', 'footnote', undefined, 'The note text.'],
    ]);
    expect(reading.value).not.toContain('REVIEWER');
    expect(reading.value).not.toContain('HYPERLINK');
  });
});

describe('readDocx: nested tables', () => {
  it('reads a cell, then the table nested in it, then the rest of the cell, in order', () => {
    const reading = readDocx(makeDocx(
      '<w:tbl><w:tr><w:tc>' + p('outer before') + '<w:tbl><w:tr><w:tc>' + p('inner') + '</w:tc></w:tr></w:tbl>' + p('outer after') + '</w:tc></w:tr></w:tbl>',
    ));
    expect(reading.blocks.map((b) => [b.kind, b.locator?.paragraph, text(reading, b)])).toEqual([
      ['cell', 1, 'outer before'], ['cell', 2, 'inner'], ['cell', 3, 'outer after'],
    ]);
  });
});

describe('readDocx: paragraph marks and hidden text', () => {
  const markDeleted = '<w:pPr><w:rPr><w:del w:id="7" w:author="Ed" w:date="2024-01-02T03:04:05Z"/></w:rPr></w:pPr>';
  const bytes = makeDocx(
    `<w:p>${markDeleted}<w:r><w:t xml:space="preserve">First half </w:t></w:r></w:p>` +
    p('second half.') +
    '<w:p><w:r><w:t xml:space="preserve">Shown </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN </w:t></w:r><w:r><w:t>text.</w:t></w:r></w:p>',
  );

  it('joins two paragraphs whose mark a pending change deletes, in the accepted text only, and lists the change', () => {
    const accepted = readDocx(bytes);
    expect(accepted.blocks.map((b) => [b.locator?.paragraph, text(accepted, b)])).toEqual([[1, 'First half second half.'], [3, 'Shown text.']]);
    expect(accepted.revisions).toEqual([expect.objectContaining({ type: 'deletion', text: '¶', author: 'Ed', paragraph: 1 })]);
    const original = readDocx(bytes, { revisions: 'original' });
    expect(original.blocks.map((b) => [b.locator?.paragraph, text(original, b)])).toEqual([[1, 'First half'], [2, 'second half.'], [3, 'Shown text.']]);
  });

  it('leaves out hidden text (w:vanish)', () => {
    expect(readDocx(bytes).value).not.toContain('HIDDEN');
  });
});

describe('readDocx on damaged input', () => {
  const errorOf = (fn: () => unknown): FbcoopError => {
    try { fn(); } catch (error) { expect(error).toBeInstanceOf(FbcoopError); return error as FbcoopError; }
    throw new Error('no error thrown');
  };

  it('says a truncated DOCX is damaged, on one line naming the file', () => {
    const bytes = fixture(`docx/${seed('fr')}.docx`);
    const error = errorOf(() => readDocx(bytes.slice(0, Math.floor(bytes.length / 2)), { path: 'fr.docx' }));
    expect(error.code).toBe('E_INPUT_DAMAGED');
    expect(error.message).toMatch(/^fr\.docx: damaged DOCX: /);
    expect(error.message).not.toContain('\n');
  });

  it('says so for bytes that are no zip, a zip without a document, and a malformed document', () => {
    expect(errorOf(() => readDocx(new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).code).toBe('E_INPUT_DAMAGED');
    expect(errorOf(() => readDocx(zipSync({ 'notes.txt': strToU8('hello') }))).message).toMatch(/no word\/document\.xml in the archive/);
    const broken = makeDocx('<w:p><w:r><w:t>unclosed</w:r></w:p>');
    expect(errorOf(() => readDocx(broken)).message).toMatch(/document\.xml is not well-formed XML/);
  });
});

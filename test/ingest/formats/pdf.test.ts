import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/ingest/formats/pdf.js';
import { readDocx } from '../../../src/ingest/formats/docx.js';
import { FbcoopError } from '../../../src/errors.js';
import type { Block, FormatReading } from '../../../src/ingest/formats/types.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/formats/${path}`, import.meta.url)));
const seed = (v: string) => `2018-06-11_val-duchesse-ii_${v}`;
const text = (reading: FormatReading, block: Block): string => reading.value.slice(block.ranges[0], block.ranges[block.ranges.length - 1]);
const folded = (reading: FormatReading, block: Block): string => text(reading, block).replace(/\s+/g, ' ');

/** Where an offset of the rendition lies in the PDF, from the block's places. */
function placeOf(reading: FormatReading, offset: number): { page?: number; lineOnPage?: number } {
  const block = reading.blocks.find((b) => offset >= b.ranges[0] && offset < b.ranges[b.ranges.length - 1]);
  const places = (block?.places ?? []).filter((p) => p.offset <= offset);
  return places[places.length - 1]?.locator ?? {};
}

const readings = new Map<string, Promise<FormatReading>>();
const read = (path: string) => {
  if (!readings.has(path)) readings.set(path, readPdf(fixture(path)));
  return readings.get(path) as Promise<FormatReading>;
};

describe('readPdf on the LibreOffice fixtures', () => {
  it('rebuilds the blocks of the document: title, headings by font size, bullets, paragraphs', async () => {
    const enB = await read(`pdf/${seed('en-b')}.pdf`);
    expect(enB.format).toBe('pdf');
    expect(enB.blocks[0].kind).toBe('title');
    const headings = enB.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => folded(enB, b))).toEqual(['1. On counter-terrorism —', '2. On countering violent radicalisation —', '3. At European level —']);
    expect(headings.every((b) => b.level === 2)).toBe(true);
    const items = enB.blocks.filter((b) => b.kind === 'item');
    expect(items).toHaveLength(21);
    expect(items.every((b) => b.label === '–')).toBe(true);
    expect(text(enB, items[0])).toMatch(/^To follow through/);
  });

  it('finds the same blocks as the DOCX of the same text, in one column and in two', async () => {
    for (const v of ['fr', 'en-a', 'en-b']) {
      const docx = readDocx(fixture(`docx/${seed(v)}.docx`));
      for (const folder of ['pdf', 'pdf-2col']) {
        const pdf = await read(`${folder}/${seed(v)}.pdf`);
        expect(pdf.blocks.map((b) => b.kind), `${folder} ${v}`).toEqual(docx.blocks.map((b) => b.kind));
        // block by block, the text is the DOCX's (the seed's "?" for a lost apostrophe is a line-break point for LibreOffice, so French may differ there)
        const same = pdf.blocks.filter((b, i) => folded(pdf, b) === folded(docx, docx.blocks[i]).replace(/^\d+[-.] /, '') || folded(pdf, b) === folded(docx, docx.blocks[i])).length;
        expect(same / docx.blocks.length, `${folder} ${v}`).toBeGreaterThan(v === 'fr' ? 0.6 : 0.95);
      }
    }
  });

  it('drops the running header date and the page numbers of the two-column PDF, and says so', async () => {
    const fr = await read(`pdf-2col/${seed('fr')}.pdf`);
    expect(fr.value).not.toContain('Paris, le 11 juin 2018');
    expect(fr.blocks.some((b) => /^\d+$/.test(text(fr, b).trim()))).toBe(false);
    expect(fr.notes.join('\n')).toMatch(/6 running header, footer or page-number line\(s\) dropped/);
    // read column by column: the first paragraph runs on from the left column, not across to the right one
    expect(folded(fr, fr.blocks[0])).toMatch(/^A l\?invitation de la France, les Premiers ministres de la République française et du Royaume de Belgique, Edouard Philippe/);
  });

  it('joins the automatic hyphens of justified text and keeps the hyphens of compounds the document writes', async () => {
    const fr = await read(`pdf-2col/${seed('fr')}.pdf`);
    expect(fr.notes.join('\n')).toMatch(/line-end hyphen\(s\): \d+ joined, 0 kept \(the text is hyphenated automatically\)/);
    expect(fr.value).toContain('particulièrement');
    expect(fr.value).not.toMatch(/\p{L}-\n\p{Ll}/u);
    expect(fr.value).toContain('franco-belge');
    // every word the two-column PDFs rebuild at a line end is a word of the seed text (one miss:
    // "case-law", split at its own hyphen and written nowhere else, is read as "caselaw")
    for (const v of ['fr', 'en-a', 'en-b']) {
      const pdf = await read(`pdf-2col/${seed(v)}.pdf`);
      const seedText = readFileSync(new URL(`../../../fixtures/corpus/${seed(v)}.txt`, import.meta.url), 'utf8').replace(/-[ \t\u00a0]*\r?\n\s*/g, '-');
      const words = (t: string) => t.split(/[\s?]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => /^[\p{L}'’-]+$/u.test(w)); // words, not the URL
      const known = new Set(words(seedText));
      const unknown = [...new Set(words(pdf.value))].filter((w) => !known.has(w));
      expect(unknown, v).toEqual(v === 'en-b' ? ['caselaw'] : []);
    }
  });

  it('keeps the real compounds at line ends of text that does not hyphenate by itself', async () => {
    const enA = await read(`pdf/${seed('en-a')}.pdf`);
    expect(enA.notes.join('\n')).not.toMatch(/hyphenated automatically/);
    expect(enA.value.replace(/\s+/g, ' ')).toContain('counter-terrorism');
  });

  it('gives each block its page and line, and each line of a block that crosses a page its own', async () => {
    const enB = await read(`pdf-2col/${seed('en-b')}.pdf`);
    let pageBefore = 1;
    for (const block of enB.blocks) {
      expect(block.locator?.page).toBeGreaterThanOrEqual(pageBefore);
      pageBefore = block.locator?.page ?? pageBefore;
      expect(block.places?.[0].locator).toEqual(block.locator);
      const offsets = (block.places ?? []).map((p) => p.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    }
    const date = enB.value.search(/27\s+February\s+2017/);
    expect(placeOf(enB, date).page).toBe(1);
    // the terrorist-financing bullet starts at the foot of page 1 and ends on page 2
    const start = enB.value.search(/Given\s+the\s+necessity/);
    const end = enB.value.search(/No\s+Money\s+For\s+Terror/);
    expect(placeOf(enB, start).page).toBe(1);
    expect(placeOf(enB, end).page).toBe(2);
    expect(enB.blocks.find((b) => b.ranges[0] <= end && end < b.ranges[1])).toBe(enB.blocks.find((b) => b.ranges[0] <= start && start < b.ranges[1]));
  });
});

describe('readPdf on damaged input', () => {
  it('says a truncated or broken PDF is damaged, on one line naming the file', async () => {
    const bytes = fixture(`pdf/${seed('en-b')}.pdf`);
    for (const broken of [bytes.slice(0, bytes.length / 2), new TextEncoder().encode('%PDF-1.4\nnot a pdf')]) {
      const error = await readPdf(broken, { path: 'en-b.pdf' }).then(() => undefined, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(FbcoopError);
      expect((error as FbcoopError).code).toBe('E_INPUT_DAMAGED');
      expect((error as FbcoopError).message).toMatch(/^en-b\.pdf: damaged PDF: [^\n]+$/);
    }
  });
});

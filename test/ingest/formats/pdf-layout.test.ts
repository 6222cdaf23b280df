import { describe, expect, it } from 'vitest';
import { dropFurniture, itemsToLines, readingOrder, type TextItem } from '../../../src/ingest/formats/pdf-layout.js';
import { linesToBlocks } from '../../../src/ingest/formats/pdf-blocks.js';
import { RenditionBuilder } from '../../../src/ingest/formats/rendition.js';

const item = (text: string, x: number, y: number, size = 10): TextItem => ({ text, x, y, width: text.length * size * 0.5, size });

describe('itemsToLines', () => {
  it('joins the items of one baseline, adds the spaces the PDF left out, and takes a lone bullet as a label', () => {
    const lines = itemsToLines([item('Hello', 50, 700), item('world', 80, 700), item('•', 50, 685), item('First point', 65, 685)], 1);
    expect(lines.map((l) => [l.text, l.bullet])).toEqual([['Hello world', undefined], ['First point', '•']]);
  });

  it('keeps two items far apart on one baseline (a gutter) as two lines', () => {
    const lines = itemsToLines([item('left column', 50, 700), item('right column', 320, 700)], 1);
    expect(lines.map((l) => l.text)).toEqual(['left column', 'right column']);
  });
});

describe('dropFurniture', () => {
  const page = (n: number, body: string[]) => itemsToLines([
    item('Draft – 11 June 2018', 400, 800, 8),
    ...body.map((text, i) => item(text, 50, 700 - 12 * i)),
    item(String(n), 300, 40, 8),
  ], n);

  it('drops a line repeated at one height on most pages and the page numbers, not repeated body text', () => {
    const pages = [page(1, ['Body one.', 'Repeated phrase']), page(2, ['Repeated phrase', 'Body two.']), page(3, ['Body three.', 'More'])];
    const { pages: kept, dropped } = dropFurniture(pages);
    expect(dropped).toBe(6);
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual([['Body one.', 'Repeated phrase'], ['Repeated phrase', 'Body two.'], ['Body three.', 'More']]);
  });

  it('drops running heads that alternate between left and right pages (half the pages each), in the margins only', () => {
    const pageOf = (n: number) => itemsToLines([
      item(n % 2 === 0 ? 'Joint communiqué' : 'Val Duchesse II', 300, 800, 8),
      ...['one', 'two', 'three', 'four', 'five'].map((word, i) => item(n % 2 === 0 && i === 2 ? 'Same middle line' : `Body ${word} of page ${'ABCD'[n - 1]}.`, 50, 700 - 12 * i)),
      item(`${n}`, 300, 40, 8),
    ], n);
    const { pages } = dropFurniture([1, 2, 3, 4].map(pageOf));
    // the heads and page numbers go; a body line repeated at one height on half the pages stays
    expect(pages.map((lines) => lines.map((l) => l.text.replace(/ of page .\./, '')))).toEqual([
      ['Body one', 'Body two', 'Body three', 'Body four', 'Body five'],
      ['Body one', 'Body two', 'Same middle line', 'Body four', 'Body five'],
      ['Body one', 'Body two', 'Body three', 'Body four', 'Body five'],
      ['Body one', 'Body two', 'Same middle line', 'Body four', 'Body five'],
    ]);
  });

  it('drops a lone page number at the foot of a single page', () => {
    const { pages } = dropFurniture([itemsToLines([item('Text.', 50, 700), item('More text.', 50, 688), item('Page 1', 300, 40)], 1)]);
    expect(pages[0].map((l) => l.text)).toEqual(['Text.', 'More text.']);
  });
});

describe('readingOrder', () => {
  it('reads the left column, then the right one, below a title that spans both', () => {
    const items = [item('A title that runs across both columns of the page', 50, 760, 14)];
    for (let i = 0; i < 6; i++) items.push(item(`left ${i}`, 50, 700 - 12 * i), item(`right ${i}`, 320, 700 - 12 * i));
    const ordered = readingOrder(itemsToLines(items, 1)).map((l) => l.text);
    expect(ordered).toEqual(['A title that runs across both columns of the page', ...[0, 1, 2, 3, 4, 5].map((i) => `left ${i}`), ...[0, 1, 2, 3, 4, 5].map((i) => `right ${i}`)]);
  });
});

describe('linesToBlocks', () => {
  const build = (texts: string[], gapAfter: number[] = []) => {
    const items: TextItem[] = [];
    let y = 780;
    texts.forEach((text, i) => {
      items.push({ text, x: 50, y, width: 400, size: 10 });
      y -= gapAfter.includes(i) ? 24 : 12;
    });
    const out = new RenditionBuilder();
    const stats = linesToBlocks(readingOrder(itemsToLines(items, 1)), out);
    return { value: out.value, blocks: out.blocks, stats };
  };

  it('ends a paragraph at a wide gap and joins a split word the document writes whole elsewhere', () => {
    const { value, blocks, stats } = build(['It was particu-', 'larly clear.', 'A particularly good', 'day.', ...Array(30).fill('Plain line of text here.')], [1]);
    expect(blocks).toHaveLength(2);
    expect(value.split('\n\n')[0]).toBe('It was particularly\nclear.');
    expect(stats).toMatchObject({ lineEndHyphens: 1, joined: 1, kept: 0, automatic: false });
  });

  it('keeps the hyphen of a compound the document writes with it, and of two words it uses alone', () => {
    const { value, stats } = build(['The counter-', 'terrorism plan and the counter-terrorism unit', 'met on the case-', 'law; the case and the law', 'were heard.']);
    expect(value).toContain('counter-terrorism\nplan');
    expect(value).toContain('case-law;\nthe');
    expect(stats.words).toEqual(['counter-terrorism', 'case-law']);
  });

  it('keeps an unknown split word apart in text with rare hyphens, joins it in densely hyphenated text', () => {
    const rare = build(['We met the mega-', 'structure team.', ...Array(30).fill('Plain line of text here.')]);
    expect(rare.value).toContain('mega-structure');
    const dense = build(['We met the mega-', 'structure team', 'and the for-', 'mer ones. Ano-', 'ther line']);
    expect(dense.stats.automatic).toBe(true);
    expect(dense.value).toContain('megastructure');
    expect(dense.value).toContain('former');
    expect(dense.value).toContain('Another');
  });
});

describe('linesToBlocks with other hyphen characters', () => {
  it('always joins at a soft hyphen (U+00AD), which only a typesetter writes', () => {
    const items: TextItem[] = ['A mega\u00ad', 'structure here.', ...Array(30).fill('Plain line of text here.')]
      .map((text, i) => ({ text, x: 50, y: 780 - 12 * i, width: 400, size: 10 }));
    const out = new RenditionBuilder();
    linesToBlocks(readingOrder(itemsToLines(items, 1)), out);
    expect(out.value).toMatch(/^A megastructure\nhere\./);
  });
});

describe('list numbers set apart from their text', () => {
  const build = (items: TextItem[]) => {
    const out = new RenditionBuilder();
    linesToBlocks(readingOrder(itemsToLines(items, 1)), out);
    return out;
  };

  it('reads a number a tab away from its text as an item label, a number a space away as text', () => {
    const out = build([
      item('Intro line.', 50, 700),
      item('3.', 50, 676), item('Third point, written', 72, 676), item('on two lines.', 72, 664),
      item('b)', 50, 640), item('Another point.', 72, 640),
      item('Written', 50, 616), item('4.', 88, 616), item('Four', 100, 616),
      ...Array(20).fill(0).map((_, i) => item('Plain line of text here.', 50, 590 - 12 * i)),
    ]);
    expect(out.blocks.slice(0, 4).map((b) => [b.kind, b.label, out.value.slice(b.ranges[0], b.ranges[1])])).toEqual([
      ['paragraph', undefined, 'Intro line.'],
      ['item', '3.', 'Third point, written\non two lines.'],
      ['item', 'b)', 'Another point.'],
      ['paragraph', undefined, 'Written 4. Four'],
    ]);
  });

  it('keeps the number of a numbered heading in its text', () => {
    const out = build([
      item('2.', 50, 700, 14), item('Second part', 80, 700, 14),
      ...Array(20).fill(0).map((_, i) => item('Plain line of text here.', 50, 680 - 12 * i)),
    ]);
    expect([out.blocks[0].kind, out.value.slice(out.blocks[0].ranges[0], out.blocks[0].ranges[1])]).toEqual(['title', '2. Second part']);
  });
});

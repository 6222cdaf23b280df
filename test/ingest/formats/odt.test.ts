import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOdt } from '../../../src/ingest/formats/odt.js';
import { FbcoopError } from '../../../src/errors.js';
import type { Block, FormatReading } from '../../../src/ingest/formats/types.js';
import { makeOdt } from './office-zip.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/formats/${path}`, import.meta.url)));
const seed = (v: string) => `2018-06-11_val-duchesse-ii_${v}`;
const text = (reading: FormatReading, block: Block): string => reading.value.slice(block.ranges[0], block.ranges[block.ranges.length - 1]);

describe('readOdt on the LibreOffice fixtures', () => {
  it('gives numbered headings from the outline style, bullets from the list style, paragraph numbers', () => {
    const fr = readOdt(fixture(`odt/${seed('fr')}.odt`));
    expect(fr.format).toBe('odt');
    const headings = fr.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => [b.level, b.label, text(fr, b)])).toEqual([
      [2, '1-', '1- en matière de lutte contre le terrorisme'],
      [2, '2-', '2- en matière de lutte contre la radicalisation violente'],
      [2, '3-', '3- au niveau européen'],
    ]);
    const items = fr.blocks.filter((b) => b.kind === 'item');
    expect(items.length).toBeGreaterThan(15);
    expect(items.every((b) => b.label === '–' && b.level === 1)).toBe(true);
    expect(fr.blocks.map((b) => b.locator?.paragraph)).toEqual(fr.blocks.map((_, i) => i + 1));
    expect(fr.value).toContain('le 27 février 2018');
  });

  it('reads the accepted text by default and the original on request, listing the tracked change both ways', () => {
    const bytes = fixture(`revisions/${seed('en-b')}.odt`);
    const accepted = readOdt(bytes);
    expect(accepted.value).toContain('held on 27 February 2018.');
    const [deletion, insertion] = accepted.revisions ?? [];
    expect(deletion).toMatchObject({ type: 'deletion', text: '2017', author: 'Editor', paragraph: 5 });
    expect(insertion).toMatchObject({ type: 'insertion', text: '2018', author: 'Editor', paragraph: 5 });
    expect(accepted.value.slice(insertion.start, insertion.end)).toBe('2018');
    expect(deletion.start).toBe(deletion.end);
    const original = readOdt(bytes, { revisions: 'original' });
    expect(original.value).toContain('held on 27 February 2017.');
    expect(original.value).not.toContain('27 February 2018');
    expect(original.value.slice(original.revisions?.[0].start, original.revisions?.[0].end)).toBe('2017');
  });
});

describe('readOdt on hand-made packages', () => {
  const styles = `
    <style:style style:name="Title" style:family="paragraph"/>
    <style:style style:name="Titre_20_1" style:display-name="Titre 1" style:family="paragraph"/>
    <text:outline-style style:name="Outline">
      <text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>
      <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix=")"/>
    </text:outline-style>
    <text:list-style style:name="Num">
      <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="." text:start-value="5"/>
      <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>
    </text:list-style>`;

  it('numbers headings by the outline style (higher levels in their own format, as LibreOffice shows them) and list items by their list style, nested and continued', () => {
    const reading = readOdt(makeOdt(`
      <text:p text:style-name="Title">The title</text:p>
      <text:h text:outline-level="1">Part</text:h>
      <text:h text:outline-level="2">Section</text:h>
      <text:h text:outline-level="2">Section</text:h>
      <text:h text:outline-level="1">Part</text:h>
      <text:h text:outline-level="2">Section</text:h>
      <text:h text:outline-level="2" text:is-list-header="true">Unnumbered</text:h>
      <text:p text:style-name="Titre_20_1">Un titre</text:p>
      <text:list xml:id="l1" text:style-name="Num">
        <text:list-item><text:p>five</text:p>
          <text:list><text:list-item><text:p>five a</text:p></text:list-item><text:list-item><text:p>five b</text:p></text:list-item></text:list>
        </text:list-item>
        <text:list-item><text:p>six</text:p><text:p>more of six</text:p></text:list-item>
      </text:list>
      <text:p>Between</text:p>
      <text:list text:style-name="Num" text:continue-list="l1"><text:list-item><text:p>seven</text:p></text:list-item></text:list>
      <text:list text:style-name="Num"><text:list-item><text:p>five again</text:p></text:list-item></text:list>`, styles));
    expect(reading.blocks.map((b) => [b.kind, b.level, b.label, text(reading, b)])).toEqual([
      ['title', undefined, undefined, 'The title'],
      ['heading', 1, 'I.', 'I. Part'],
      ['heading', 2, 'I.1)', 'I.1) Section'],
      ['heading', 2, 'I.2)', 'I.2) Section'],
      ['heading', 1, 'II.', 'II. Part'],
      ['heading', 2, 'II.1)', 'II.1) Section'],
      ['heading', 2, undefined, 'Unnumbered'],
      ['heading', 1, undefined, 'Un titre'],
      ['item', 1, '5.', 'five'],
      ['item', 2, 'a)', 'five a'],
      ['item', 2, 'b)', 'five b'],
      ['item', 1, '6.', 'six\nmore of six'],
      ['paragraph', undefined, undefined, 'Between'],
      ['item', 1, '7.', 'seven'],
      ['item', 1, '5.', 'five again'],
    ]);
  });

  it('keeps ODF spaces, drops comments, reads cells, notes, headers and footers apart', () => {
    const reading = readOdt(makeOdt(`
      <text:p>Two<text:s text:c="2"/>spaces,
        a tab<text:tab/>and<text:line-break/>a break<office:annotation><dc:creator>R</dc:creator><text:p>A REVIEWER REMARK</text:p></office:annotation>.</text:p>
      <table:table><table:table-row><table:table-cell><text:p>cell one</text:p></table:table-cell><table:table-cell><text:p>cell two</text:p></table:table-cell></table:table-row></table:table>
      <text:p>A claim<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>The note.</text:p></text:note-body></text:note>.</text:p>`,
      '', '<style:master-page style:name="Standard"><style:header><text:p>Running head</text:p></style:header><style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page>'));
    expect(reading.blocks.map((b) => [b.kind, b.part, b.locator?.paragraph, text(reading, b)])).toEqual([
      ['paragraph', 'body', 1, 'Two  spaces, a tab\tand\na break.'],
      ['cell', 'body', 2, 'cell one'],
      ['cell', 'body', 3, 'cell two'],
      ['paragraph', 'body', 4, 'A claim.'],
      ['paragraph', 'footnote', undefined, 'The note.'],
      ['paragraph', 'header', undefined, 'Running head'],
      ['paragraph', 'footer', undefined, 'Page 1'],
    ]);
    expect(reading.value).not.toContain('REVIEWER');
  });

  it('reads a whole deleted paragraph and a whole inserted one as tracked changes, both ways', () => {
    const bytes = makeOdt(`
      <text:tracked-changes>
        <text:changed-region text:id="d1"><text:deletion><office:change-info><dc:creator>Ed</dc:creator><dc:date>2024-05-06T07:08:09</dc:date></office:change-info><text:p>A dropped paragraph.</text:p></text:deletion></text:changed-region>
        <text:changed-region text:id="i1"><text:insertion><office:change-info><dc:creator>Ed</dc:creator><dc:date>2024-05-06T07:08:10</dc:date></office:change-info></text:insertion></text:changed-region>
      </text:tracked-changes>
      <text:p>Kept one.</text:p>
      <text:change text:change-id="d1"/>
      <text:change-start text:change-id="i1"/><text:p>An added paragraph.</text:p><text:change-end text:change-id="i1"/>
      <text:p>Kept two.</text:p>`);
    const accepted = readOdt(bytes);
    expect(accepted.blocks.map((b) => text(accepted, b))).toEqual(['Kept one.', 'An added paragraph.', 'Kept two.']);
    expect(accepted.revisions?.map((r) => [r.type, r.text, r.paragraph, r.author])).toEqual([
      ['deletion', 'A dropped paragraph.', 2, 'Ed'],
      ['insertion', 'An added paragraph.', 2, 'Ed'],
    ]);
    const original = readOdt(bytes, { revisions: 'original' });
    expect(original.blocks.map((b) => text(original, b))).toEqual(['Kept one.', 'A dropped paragraph.', 'Kept two.']);
  });

  it('says a truncated ODT is damaged, on one line', () => {
    const bytes = fixture(`odt/${seed('en-a')}.odt`);
    let error: unknown;
    try { readOdt(bytes.slice(0, 3000), { path: 'en-a.odt' }); } catch (caught) { error = caught; }
    expect(error).toBeInstanceOf(FbcoopError);
    expect((error as FbcoopError).code).toBe('E_INPUT_DAMAGED');
    expect((error as FbcoopError).message).toMatch(/^en-a\.odt: damaged ODT: [^\n]+$/);
  });
});

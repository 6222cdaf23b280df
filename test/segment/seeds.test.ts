/** The Done-when list of issue 2 on the five seed documents. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { endLineOf } from '../../src/position.js';
import { seed, type SEEDS } from './doc.js';
import type { SegmentedDocument } from '../../src/types.js';

const cache = new Map<string, SegmentedDocument>();
function run(name: keyof typeof SEEDS): SegmentedDocument {
  if (!cache.has(name)) cache.set(name, segment(seed(name)));
  return cache.get(name)!;
}
const headings = (r: SegmentedDocument) => r.segments.filter((s) => s.kind === 'heading');
/** Distinct list items (an item cut into sentences counts once). */
function itemsBySection(r: SegmentedDocument): Map<string, number> {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const s of r.segments) {
    if (!s.section || !s.section.includes('.') || seen.has(s.section)) continue;
    seen.add(s.section);
    const top = s.section.split('.')[0];
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return counts;
}

describe('seed corpus', () => {
  it('French 2018: 3 headings, 7 + 7 + 7 bullets and the unbulleted paragraph of section 3', () => {
    const r = run('fr');
    expect(headings(r).map((h) => h.text)).toEqual([
      '1- en matière de lutte contre le terrorisme',
      '2- en matière de lutte contre la radicalisation violente',
      '3- au niveau européen',
    ]);
    expect(Object.fromEntries(itemsBySection(r))).toEqual({ 1: 7, 2: 7, 3: 7 });
    const paragraph = r.segments.filter((s) => s.section === '3' && s.kind === 'sentence');
    expect(paragraph[0].text).toMatch(/^Dans l’objectif de faciliter l’accès transfrontalier/);
  });

  it('French 2018: reflows across page-break gaps inside bullets', () => {
    const r = run('fr');
    const item = r.segments.find((s) => s.text.startsWith('En prévention d’une menace terroriste'))!;
    expect(item.text).toContain('des infractions terroristes en lien avec l’islam radical');
    expect(item.section).toBe('2.2');
    expect(r.segments.some((s) => s.text.includes('au sein du Conseil (Justice et Affaires intérieures).'))).toBe(true);
  });

  it('French 2018: no `?` damage left, 100+ repairs listed, œuvre restored', () => {
    const r = run('fr');
    for (const s of r.segments) expect(s.text).not.toMatch(/\p{L}\?\p{L}|\?uvr/u);
    expect(r.repairs.length).toBeGreaterThanOrEqual(100);
    expect(r.repairs).toContainEqual(expect.objectContaining({ from: 'l?invitation', to: 'l’invitation', line: 1 }));
    expect(r.repairs).toContainEqual(expect.objectContaining({ from: 'D??uvrer', to: 'D’œuvrer' }));
    expect(r.segments.some((s) => s.text.includes('mettre en œuvre cette coopération'))).toBe(true);
    expect(r.segments.some((s) => s.text.startsWith('D’œuvrer à la mise en place'))).toBe(true);
    for (const rep of r.repairs) expect(r.document.value.slice(rep.offset, rep.offset + rep.from.length)).toBe(rep.from);
  });

  it('French 2018: the source-URL footer and the end mark are furniture', () => {
    const r = run('fr');
    expect(r.skipped.map((s) => s.reason)).toEqual(['page furniture: end mark', 'page furniture: source URL']);
    expect(r.segments.some((s) => s.text.includes('URL source') || s.text.includes('https://'))).toBe(false);
    expect(r.segments.at(-1)!.text).toMatch(/acquisitions réalisées sur l’Internet\.$/);
  });

  it('English A: 3 headings ending in ":", ~20 items, counter-terrorism kept whole', () => {
    const r = run('enA');
    expect(headings(r).map((h) => h.text)).toEqual([
      'In counter-terrorism matters:', 'In the fight against violent radicalisation:', 'At European level:',
    ]);
    const items = [...itemsBySection(r).values()].reduce((a, b) => a + b, 0);
    expect(items).toBeGreaterThanOrEqual(17);
    expect(items).toBeLessThanOrEqual(23);
    const all = r.segments.map((s) => s.text).join('\n');
    expect(all).toContain('Franco-Belgian partnership in counter-terrorism matters.');
    expect(all).toContain('the Hauts-de-France Prefect in Lille');
    expect(all).toContain('translated into high-level concrete action');
    expect(all).not.toMatch(/counter- terrorism|counterterrorism/);
  });

  it('English B: a title, numbered headings with dashes, bullets made of no-break spaces', () => {
    const r = run('enB');
    expect(r.segments[0].kind).toBe('title');
    expect(headings(r).map((h) => h.text)).toEqual([
      '1. On counter-terrorism —', '2. On countering violent radicalisation —', '3. At European level —',
    ]);
    const counts = itemsBySection(r);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
    const first = r.segments.find((s) => s.section === '1.1')!;
    expect(first.text).toMatch(/^To follow through/);
  });

  it('Dutch 2021: its 8 numbered sections', () => {
    const r = run('nl');
    const h = headings(r);
    expect(h.map((s) => s.section)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(h[0].text).toBe('1. Opvolging van de terrorismeprocessen');
    expect(r.segments.filter((s) => s.section === '8' && s.kind === 'sentence').length).toBeGreaterThan(5);
  });

  it('news article: every paragraph of the article, none of the page furniture', () => {
    const r = run('article');
    const all = r.segments.map((s) => s.text).join('\n');
    expect(r.segments[0]).toMatchObject({ kind: 'title', text: 'France, Belgium step up security cooperation' });
    for (const kept of [
      'France and Belgium pledged on Monday (1 February)',
      'Belgium was criticised after it emerged',
      '"I never doubted for a moment the strength and determination of the Belgian government," Valls said',
      'A French liaison magistrate will be sent to Belgium',
      'Belgium and France also pledged to "develop as quickly as possible"',
      'an agreement on a European PNR was found in December',
      'Terrorism networks \'thwarted\'',
      'efforts at a European level were "important … but not sufficient".',
      'They also pushed for the quick creation of an EU border',
      'Michel said that Belgium "thwarted networks, at least of a logistical nature."',
      'people who have bad intentions," he said.',
    ]) expect(all).toContain(kept);
    for (const gone of ['Monday\n', '11th Dec 2023', 'Photo:', 'Read and decide', 'Join EUobserver', 'Become an expert',
      'free trial', 'subscribe as a group', 'Latest News', 'Stakeholders', 'Nordic Council', 'Bearded infidels',
      'Salafism', 'sovereignty', 'Wilders', 'Analysis', 'Support quality', 'Join us']) expect(all).not.toContain(gone);
    const reasons = new Set(r.skipped.map((s) => s.reason));
    expect(reasons).toEqual(new Set(['page furniture: scrape date', 'page furniture: photo caption',
      'page furniture: subscription prompt', 'page furniture: link list', 'page furniture: related-article teaser']));
  });

  it('no segment text keeps a line break, a double space or an outer space; positions agree with lines', () => {
    for (const name of ['fr', 'enA', 'enB', 'nl', 'article'] as const) {
      const r = run(name);
      expect(r.segments.length).toBeGreaterThan(10);
      r.segments.forEach((s, i) => {
        expect(s.text).not.toMatch(/[\r\n\u00a0\u202f\t]| {2}|^ | $/);
        expect(s.id).toBe(`s${i + 1}`);
        expect(s.index).toBe(i);
        const { value, lineStarts } = r.document;
        expect(value.slice(s.position.start.offset, s.position.start.offset + 1)).toBe(s.text[0]);
        expect(endLineOf(s.position, lineStarts)).toBeGreaterThanOrEqual(s.position.start.line);
        if (i > 0) expect(s.position.start.offset).toBeGreaterThanOrEqual(r.segments[i - 1].position.end.offset);
      });
    }
  });
});

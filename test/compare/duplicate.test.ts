import { describe, expect, it } from 'vitest';
import { checkDocument, compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc } from './helpers.js';

const fr1 = 'Soulignant la nécessité de lutter contre le financement du terrorisme, de renforcer notre coordination et notre coopération.';
const fr2 = 'Soulignant la nécessité de lutter contre le financement du terrorisme, de renforcer notre coordination et notre coopération, et de nous accorder sur la lutte contre le trafic de biens culturels.';
const en = 'The two countries agreed to exchange liaison officers between their police forces at the border.';
const nl = 'De twee landen hebben afgesproken verbindingsofficieren uit te wisselen tussen hun politiediensten aan de grens.';

describe('duplicate', () => {
  const invalid: [string, string, string[], number][] = [
    ['fr exact repeat', 'fr', [fr1, 'Une autre phrase sans rapport avec la précédente, assez longue pour compter.', fr1], 3],
    ['fr nearly contained (first inside second)', 'fr', [fr1, 'Une autre phrase sans rapport avec la précédente, assez longue pour compter.', fr2], 3],
    ['en repeat with a changed word', 'en', [en, en.replace('border', 'frontier')], 2],
    ['nl repeat', 'nl', [nl, 'Een heel andere zin over het gevangeniswezen en de re-integratie van gedetineerden.', nl], 3],
  ];
  it('a list item cut short and pasted before the whole item: reported, whatever the sizes', () => {
    const whole = 'Stressing the need to crack down on terrorism financing, to agree on coordinating more closely in efforts to counter trafficking of cultural goods, often a source of funding for terrorist organisations, particularly to enable identification of the channels through which artefacts, collectibles and antiques have been acquired.';
    const cut = 'Stressing the need to crack down on terrorism financing, to agree on coordinating more';
    const doc = makeDoc('en', [{ text: cut, kind: 'item' }, { text: whole, kind: 'item' }] as never);
    const findings = checkDocument(doc, 'target');
    expect(findings.map((f) => [f.rule, f.target?.segment])).toEqual([['duplicate', 's2']]);
    // The same cut phrase inside a much longer sentence is a quotation, not a pasted bullet.
    expect(checkDocument(makeDoc('en', [cut, whole]), 'target')).toEqual([]);
  });
  it.each(invalid)('%s: reported once, at the later place, naming the earlier line', (_name, lang, texts, laterIndex) => {
    const doc = makeDoc(lang, texts);
    const findings = checkDocument(doc, 'source');
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.rule).toBe('duplicate');
    expect(f.severity).toBe('warning');
    expect(f.source?.segment).toBe(`s${laterIndex}`);
    expect(f.target).toBeUndefined();
    expect(f.message).toContain(`line ${doc.segments[0].position.start.line}`);
    expect(f.diff?.length).toBeGreaterThan(0);
  });

  it('the diff shows what the later occurrence adds', () => {
    const [f] = checkDocument(makeDoc('fr', [fr1, fr2]), 'source');
    const added = f.diff!.filter((c) => c.op === 'added').map((c) => c.value).join('');
    expect(added).toContain('biens culturels');
  });

  const valid: [string, string, string[]][] = [
    ['short repeated lines (dates, salutations)', 'en', ['Done in Paris, 11 June 2018.', 'Done in Paris, 11 June 2018.']],
    ['repeated headings', 'fr', [{ text: 'En matière de lutte contre le terrorisme et la radicalisation violente', kind: 'heading' } as never, { text: 'En matière de lutte contre le terrorisme et la radicalisation violente', kind: 'heading' } as never]],
    ['parallel bullets sharing an opening', 'en', [
      'To continue our exchanges on administrative and judicial policy concerning returning fighters from the area.',
      'To continue our exchanges on prevention with local authorities so that they set up partnerships across the border.',
    ]],
    ['a long sentence quoting a short phrase', 'nl', [
      'De ministers van Justitie komen jaarlijks samen in Brussel.',
      'Zoals afgesproken komen de ministers van Justitie jaarlijks samen in Brussel, maar dit jaar wordt de vergadering verplaatst naar Luik omwille van de werken aan het gebouw en de beschikbaarheid van de zalen.',
    ]],
  ];
  it.each(valid)('%s: no finding', (_name, lang, texts) => {
    expect(checkDocument(makeDoc(lang, texts as never), 'target')).toEqual([]);
  });

  it('in compare, a duplicate of the target carries only the target location', () => {
    const source = makeDoc('en', [en, 'Something else entirely, about the prisons and the rehabilitation of inmates.']);
    const target = makeDoc('en', [en, en]);
    const dup = compare(makeAlignment(source, target), { severity: { 'text-change': 'off' } }).filter((f) => f.rule === 'duplicate');
    expect(dup).toHaveLength(1);
    expect(dup[0].source).toBeUndefined();
    expect(dup[0].target?.segment).toBe('s2');
  });

  it('finds a near-duplicate among thousands of segments', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `Segment number ${i} talks about topic ${i * 7} with words alpha${i} beta${i % 13} gamma${i % 17} delta.`);
    texts.push(texts[1234].replace('delta', 'epsilon'));
    const findings = checkDocument(makeDoc('en', texts), 'source');
    expect(findings.map((f) => f.source?.segment)).toEqual(['s5001']);
    expect(findings[0].message).toContain(`line ${1234 * 2 + 1}`);
  });
});
